// Sealing and reopening (seal.hpp).
#include "scorecard/seal.hpp"

#include "scorecard/scorecard_json.hpp"

namespace scorecard {

std::string scorecard_digest(const Scorecard& sc) {
    Json j = scorecard_to_json(sc);
    j.erase(scorecard_field::kDigest);
    // Signatures are added after the digest is set, and each covers it: the digest is of
    // the content alone, exactly as before signing existed.
    j.erase(scorecard_field::kSignatures);
    return digest_of(j);
}

std::vector<Missing> seal(Scorecard& sc, const Rubric& rubric, const std::string& now_iso) {
    auto missing = missing_for_submit(sc, rubric);
    if (!missing.empty()) return missing;
    sc.submitted_at = now_iso;
    sc.digest = scorecard_digest(sc);
    return {};
}

void reopen(Scorecard& sc, const std::string& now_iso, const std::string& reason) {
    if (!sc.sealed()) return;
    sc.reopened.push_back(ReopenEvent{now_iso, reason});
    sc.submitted_at.reset();
    sc.digest.reset();
}

bool digest_matches(const Scorecard& sc) { return sc.sealed() && sc.digest && *sc.digest == scorecard_digest(sc); }

}  // namespace scorecard
