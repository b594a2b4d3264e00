// Loading scorecard files for a panel (load.hpp).
#include "panel/load.hpp"

#include <map>

#include "base/json.hpp"
#include "base/text.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/seal.hpp"

namespace scorecard {

namespace f = scorecard_field;

namespace {

// One file on its own: parse, validate every field, then what a panel needs of it.
LoadedScorecard load_one(const std::string& name, const std::string& text) {
    LoadedScorecard l;
    l.file = name;
    auto j = parse_json_text(text, name);
    if (!j) {
        l.problems.push_back(j.error());
        return l;
    }
    l.problems = validate_scorecard_json(*j, name);
    if (!l.problems.empty()) return l;
    auto parsed = scorecard_from_json(*j, name);
    if (!parsed) {
        l.problems.push_back(parsed.error());
        return l;
    }
    const Scorecard& sc = *parsed;
    std::string candidate = member_path(f::kCandidate, f::kName), interviewer = member_path(f::kInterviewer, f::kName);
    if (is_blank(sc.candidate))
        l.problems.push_back({name, 0, candidate, "is empty; a panel needs to know whose scorecard this is"});
    if (is_blank(sc.interviewer))
        l.problems.push_back({name, 0, interviewer, "is empty; a panel needs to know who interviewed"});
    if (sc.sealed() && !digest_matches(sc))
        l.problems.push_back({name, 0, f::kDigest, "edited after it was submitted (digest does not match)"});
    if (!sc.sealed()) l.warnings.push_back({name, 0, f::kSubmittedAt, "not submitted (draft)"});
    if (l.problems.empty()) l.scorecard = *parsed;
    return l;
}

// The checks against the set, in load order: the first usable file sets the
// reference unless the panel already has a rubric.
class SetCheck {
public:
    SetCheck(const Rubric* panel_rubric, bool many_candidates) : many_(many_candidates) {
        if (panel_rubric) ref_ = rubric_ref(*panel_rubric);
    }

    void check(LoadedScorecard& l) {
        const Scorecard& sc = *l.scorecard;
        check_rubric(l, sc);
        if (!l.conflicts && !many_) check_candidate(l, sc);
        if (!l.conflicts) check_duplicates(l, sc);
        if (!l.problems.empty()) {
            l.scorecard.reset();
            return;
        }
        id_file_.emplace(sc.id, l.file);
        interviewer_file_.emplace(interviewer_key(sc), l.file);
    }

private:
    bool many_;
    std::optional<RubricRef> ref_;
    std::string ref_file_, candidate_, candidate_file_;
    std::map<std::string, std::string> interviewer_file_, id_file_;

    // One scorecard per interviewer and candidate ("\n" cannot occur in a name key's join).
    std::string interviewer_key(const Scorecard& sc) const {
        return many_ ? name_key(sc.candidate) + "\n" + name_key(sc.interviewer) : name_key(sc.interviewer);
    }

    void check_rubric(LoadedScorecard& l, const Scorecard& sc) {
        std::string from = ref_file_.empty() ? "" : " (from " + ref_file_ + ")";
        if (!ref_) {
            ref_ = sc.rubric;
            ref_file_ = l.file;
        } else if (sc.rubric.id != ref_->id) {
            l.problems.push_back({l.file, 0, member_path(f::kRubric, f::kId),
                                  "uses rubric " + quote_input(sc.rubric.id) + " but the panel's rubric is " + quote_input(ref_->id) + from});
            l.conflicts = true;
        } else if (sc.rubric.digest != ref_->digest) {
            l.problems.push_back({l.file, 0, member_path(f::kRubric, f::kDigest),
                                  "scored on a different version of rubric " + quote_input(ref_->id) +
                                      " (digest does not match the panel's" + from + ")"});
            l.conflicts = true;
        }
    }

    void check_candidate(LoadedScorecard& l, const Scorecard& sc) {
        if (candidate_file_.empty()) {
            candidate_ = sc.candidate;
            candidate_file_ = l.file;
        } else if (name_key(sc.candidate) != name_key(candidate_)) {
            l.problems.push_back({l.file, 0, member_path(f::kCandidate, f::kName),
                                  "candidate " + quote_input(sc.candidate) + " differs from " + quote_input(candidate_) + " in " +
                                      candidate_file_});
            l.conflicts = true;
        }
    }

    void check_duplicates(LoadedScorecard& l, const Scorecard& sc) {
        if (auto it = id_file_.find(sc.id); it != id_file_.end())
            l.problems.push_back({l.file, 0, f::kId, "same scorecard id as " + it->second + " (the same scorecard loaded twice?)"});
        if (auto it = interviewer_file_.find(interviewer_key(sc)); it != interviewer_file_.end())
            l.problems.push_back({l.file, 0, member_path(f::kInterviewer, f::kName),
                                  quote_input(sc.interviewer) + " already has a scorecard" +
                                      (many_ ? " for " + quote_input(sc.candidate) : std::string()) + " in this panel (" +
                                      it->second + ")"});
    }
};

}  // namespace

std::vector<LoadedScorecard> load_scorecards(const std::vector<NamedText>& files, const Rubric* panel_rubric,
                                             bool many_candidates) {
    std::vector<LoadedScorecard> out;
    for (const auto& [name, text] : files) out.push_back(load_one(name, text));
    SetCheck set(panel_rubric, many_candidates);
    for (auto& l : out)
        if (l.scorecard) set.check(l);
    return out;
}

}  // namespace scorecard
