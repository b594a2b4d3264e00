// Sealing: a submitted scorecard carries the time of its submit and the digest of
// its content; reopening is explicit and recorded in the file.
#pragma once
#include <string>
#include <vector>

#include "scorecard/scorecard.hpp"
#include "scorecard/scoring.hpp"

namespace scorecard {

// "sha256:" of the canonical JSON of scorecard_to_json without "digest" and "signatures".
std::string scorecard_digest(const Scorecard& sc);
// Seals: sets submitted_at (given, ISO 8601 UTC) and digest. Returns the blocking problems instead when any.
std::vector<Missing> seal(Scorecard& sc, const Rubric& rubric, const std::string& now_iso);
// Reopens a sealed scorecard, recording when and why; clears submitted_at and digest and
// keeps the signatures (the next one covers them and the reopening).
void reopen(Scorecard& sc, const std::string& now_iso, const std::string& reason);
// True when sealed and the stored digest matches the content.
bool digest_matches(const Scorecard& sc);

}  // namespace scorecard
