// Loading scorecard files for a panel (load.hpp): each file alone, then the set checks,
// the date rule and the record of what was not counted.
#include "panel/load.hpp"

#include <algorithm>
#include <map>

#include "base/dates.hpp"
#include "base/json_document.hpp"
#include "base/text.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/seal.hpp"

namespace scorecard {

namespace f = scorecard_field;

namespace {

bool listed(const std::vector<std::string>& included, const LoadedScorecard& l);

// A submitted file's signature: judged, then held back, counted or waiting for the verifier.
void judge_signature(LoadedScorecard& l, const Json& doc, const TrustContext& trust,
                     const std::vector<std::string>& included) {
    l.signer = judge_signer(doc, *l.scorecard, trust);
    const Signer& s = *l.signer;
    if (s.warning) l.warnings.push_back({l.file, 0, f::kSignatures, *s.warning});
    if (s.status.state == SignatureState::Checking) {
        l.status = FileStatus::NotCounted;
        l.warnings.push_back({l.file, 0, f::kSignatures, "checking the signature; counted once it verifies"});
        return;
    }
    if (!s.hold) return;
    l.held_back = Error{l.file, 0, f::kSignatures, *s.hold};
    l.held_back_fact = *s.hold;
    if (listed(included, l)) {
        l.included_on_purpose = true;
    } else {
        l.status = FileStatus::HeldBack;
        l.warnings.push_back(*l.held_back);
    }
}

// One file on its own: parse, validate every field, then what a panel needs of it.
LoadedScorecard load_one(const std::string& name, const std::string& text, const TrustContext& trust,
                         const std::vector<std::string>& included) {
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
    if (!l.problems.empty()) return l;
    l.scorecard = *parsed;
    if (sc.sealed()) {
        l.status = FileStatus::Counted;
        judge_signature(l, *j, trust, included);
    } else {
        // A draft's judgement can still move after the debrief: it never counts.
        l.status = FileStatus::NotCounted;
        l.warnings.push_back({name, 0, f::kSubmittedAt, "not submitted (draft); a draft is not counted"});
    }
    return l;
}

// The checks against the set, in load order: the first counted file sets the
// reference unless the panel already has a rubric.
class SetCheck {
public:
    SetCheck(const Rubric* panel_rubric, bool many_candidates) : many_(many_candidates) {
        if (panel_rubric) ref_ = rubric_ref(*panel_rubric);
    }

    // Rubric and candidate: before the date rule, which is per candidate.
    void check_file(LoadedScorecard& l) {
        const Scorecard& sc = *l.scorecard;
        check_rubric(l, sc);
        if (!l.conflicts && !many_) check_candidate(l, sc);
        if (!l.problems.empty()) l.status = FileStatus::Refused;
    }

    // After the date rule: no scorecard id twice in the set, and one counted scorecard per
    // interviewer and candidate. Every problem of the file is listed, not just the first.
    void check_duplicates(LoadedScorecard& l) {
        const Scorecard& sc = *l.scorecard;
        if (auto it = id_file_.find(sc.id); it != id_file_.end())
            l.problems.push_back({l.file, 0, f::kId, "same scorecard id as " + it->second + " (the same scorecard loaded twice?)"});
        if (l.status == FileStatus::Counted)
            if (auto it = interviewer_file_.find(interviewer_key(sc)); it != interviewer_file_.end())
                l.problems.push_back({l.file, 0, member_path(f::kInterviewer, f::kName),
                                      quote_input(sc.interviewer) + " already has a scorecard" +
                                          (many_ ? " for " + quote_input(sc.candidate) : std::string()) + " in this panel (" +
                                          it->second + ")"});
        if (!l.problems.empty()) {
            l.status = FileStatus::Refused;
            return;
        }
        id_file_.emplace(sc.id, l.file);
        if (l.status == FileStatus::Counted) interviewer_file_.emplace(interviewer_key(sc), l.file);
    }

    const std::map<std::string, std::string>& id_files() const { return id_file_; }

private:
    bool many_;
    std::optional<RubricRef> ref_;
    std::string ref_file_, candidate_, candidate_file_;
    std::map<std::string, std::string> interviewer_file_, id_file_;

    // "\n" cannot occur in a name key's join.
    std::string interviewer_key(const Scorecard& sc) const { return name_key(sc.candidate) + "\n" + name_key(sc.interviewer); }

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
};

std::string days_text(long long n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

// The panel's window for one candidate: the start day of the kSameApplicationDays span
// holding the most interviews, the most recent on a tie (a new application is the one
// being decided). Two pointers over the sorted days.
long long window_start(std::vector<long long> days) {
    std::sort(days.begin(), days.end());
    long long best = days.front();
    size_t best_n = 0, end = 0;
    for (size_t start = 0; start < days.size(); ++start) {
        while (end < days.size() && days[end] - days[start] <= kSameApplicationDays) ++end;
        if (end - start >= best_n) {
            best_n = end - start;
            best = days[start];
        }
    }
    return best;
}

bool listed(const std::vector<std::string>& included, const LoadedScorecard& l) {
    return std::find(included.begin(), included.end(), l.scorecard->id) != included.end() ||
           std::find(included.begin(), included.end(), l.file) != included.end();
}

// The date rule for one candidate's counted files (indexes into `out`).
void hold_back_outside(std::vector<LoadedScorecard>& out, const std::vector<size_t>& group,
                       const std::vector<std::string>& included) {
    std::vector<long long> days;
    for (size_t i : group) days.push_back(day_number(out[i].scorecard->date).value_or(0));
    const long long start = window_start(days), end = start + kSameApplicationDays;
    long long first = end, last = start;
    for (long long d : days) {
        if (d < start || d > end) continue;
        first = std::min(first, d);
        last = std::max(last, d);
    }
    std::string first_date, last_date;
    for (size_t k = 0; k < group.size(); ++k) {
        if (days[k] == first) first_date = out[group[k]].scorecard->date;
        if (days[k] == last) last_date = out[group[k]].scorecard->date;
    }
    std::string range = first_date == last_date ? first_date : first_date + " to " + last_date;
    for (size_t k = 0; k < group.size(); ++k) {
        if (days[k] >= start && days[k] <= end) continue;
        LoadedScorecard& l = out[group[k]];
        long long apart = days[k] < start ? first - days[k] : days[k] - last;
        l.held_back_fact = "interviewed " + l.scorecard->date + ", " + days_text(apart) +
                           (days[k] < start ? " before" : " after") + " the other interviews of " +
                           quote_input(l.scorecard->candidate) + " (" + range + ")";
        Error why{l.file, 0, f::kDate, l.held_back_fact + "; same application? Held back until the lead includes it"};
        // Included despite its signature and now out of the window too: both are on record.
        if (l.held_back) l.held_back_fact = l.held_back->message + "; and " + l.held_back_fact;
        l.held_back = why;
        if (listed(included, l)) {
            l.included_on_purpose = true;
        } else {
            l.status = FileStatus::HeldBack;
            l.warnings.push_back(why);
        }
    }
}

void apply_date_rule(std::vector<LoadedScorecard>& out, const std::vector<std::string>& included) {
    std::map<std::string, std::vector<size_t>> by_candidate;
    for (size_t i = 0; i < out.size(); ++i)
        if (out[i].status == FileStatus::Counted) by_candidate[name_key(out[i].scorecard->candidate)].push_back(i);
    for (const auto& [key, group] : by_candidate) hold_back_outside(out, group, included);
}

// A draft whose submitted copy is loaded as well: say which one counts.
void note_submitted_copies(std::vector<LoadedScorecard>& out, const std::map<std::string, std::string>& id_files) {
    for (auto& l : out) {
        if (l.status != FileStatus::NotCounted) continue;
        auto it = id_files.find(l.scorecard->id);
        if (it != id_files.end())
            l.warnings.push_back({l.file, 0, f::kId, "the submitted version of this scorecard is loaded too (" + it->second + ")"});
    }
}

std::string reason_text(const Error& e) {
    return (e.line > 0 ? "line " + std::to_string(e.line) + ": " : std::string()) + Error{"", 0, e.field, e.message}.to_string();
}

}  // namespace

std::vector<LoadedScorecard> load_scorecards(const std::vector<NamedText>& files, const Rubric* panel_rubric,
                                             bool many_candidates, const std::vector<std::string>& included,
                                             const TrustContext* trust) {
    std::vector<LoadedScorecard> out;
    const TrustContext none;
    for (const auto& [name, text] : files) out.push_back(load_one(name, text, trust ? *trust : none, included));
    SetCheck set(panel_rubric, many_candidates);
    for (auto& l : out)
        if (l.status == FileStatus::Counted) set.check_file(l);
    apply_date_rule(out, included);
    for (auto& l : out)
        if (l.status == FileStatus::Counted || l.status == FileStatus::HeldBack) set.check_duplicates(l);
    note_submitted_copies(out, set.id_files());
    return out;
}

std::vector<ExcludedFile> excluded_files(const std::vector<LoadedScorecard>& loaded, const std::string* candidate_key) {
    std::vector<ExcludedFile> out;
    for (const auto& l : loaded) {
        if (l.usable()) continue;
        ExcludedFile x;
        x.file = l.file;
        x.status = l.status;
        if (l.scorecard) {
            if (candidate_key && name_key(l.scorecard->candidate) != *candidate_key) continue;
            x.scorecard = l.scorecard->id;
            x.interviewer = l.scorecard->interviewer;
            x.candidate = l.scorecard->candidate;
        }
        for (const auto& e : l.problems) x.reasons.push_back(reason_text(e));
        for (const auto& e : l.warnings) x.reasons.push_back(reason_text(e));
        out.push_back(std::move(x));
    }
    return out;
}

void attach_files(Panel& panel, const std::vector<LoadedScorecard>& loaded, bool this_candidate_only) {
    std::string key = name_key(panel.candidate);
    panel.excluded = excluded_files(loaded, this_candidate_only ? &key : nullptr);
    for (const auto& l : loaded)
        if (l.usable() && l.included_on_purpose && l.held_back && name_key(l.scorecard->candidate) == key)
            panel.included_on_purpose[l.scorecard->id] = reason_text(*l.held_back);
    for (const auto& l : loaded)
        if (l.usable() && l.signer && name_key(l.scorecard->candidate) == key)
            panel.signatures[l.scorecard->id] = signature_record(*l.signer);
}

SignatureRecord signature_record(const Signer& s) {
    namespace id = signature_state_id;
    switch (s.status.state) {
        case SignatureState::Intact: return {id::kSigned, s.status.fingerprint, s.who};
        case SignatureState::Changed: return {id::kEdited, s.status.fingerprint, s.who};
        default: return {id::kNotSigned, "", ""};
    }
}

}  // namespace scorecard
