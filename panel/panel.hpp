// Panel consolidation: many interviewers' scorecards for one candidate become
// per-competency statistics, a recommendation tally and room for the decision
// (panel format version 1, docs/panel-format.md).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/id_index.hpp"
#include "base/result.hpp"
#include "panel/decision.hpp"
#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"

namespace scorecard {

struct CompetencyStats {
    std::string id;
    std::string title;
    int n = 0;  // scores, not "not assessed"
    std::optional<double> mean, median, min, max, spread;
    bool disagreement = false;  // spread >= kDisagreementSpread
    int not_assessed = 0;
};
// Two interviewers this far apart on one competency is worth the debrief's time.
inline constexpr double kDisagreementSpread = 2;

// What became of one loaded file. Only Counted files enter any statistic, tally, chart,
// calibration or alpha; the others are listed with their reasons.
enum class FileStatus {
    Counted,     // a submitted scorecard of this panel
    NotCounted,  // a draft: its judgement can still move, so it never counts
    HeldBack,    // interviewed too far from the others: same application? The lead decides.
    Refused,     // invalid, or wrong for this set (another rubric, a duplicate)
};
// "counted", "not_counted", "held_back", "refused": the panel file's words.
const char* file_status_id(FileStatus s);

// A file that is not counted in this panel, and why (one "field: message" per reason).
struct ExcludedFile {
    std::string file;
    FileStatus status = FileStatus::Refused;
    std::string scorecard, interviewer, candidate;  // "" when the file could not be read that far
    std::vector<std::string> reasons;
};

// A counted scorecard's signature as the panel file records it (docs/trust.md).
struct SignatureRecord {
    std::string state;  // "signed" (unchanged since submit), "edited" (included by the lead), "not_signed"
    std::string key;    // the key's fingerprint, "" when not signed
    std::string signer; // who the key belongs to, as far as the panel knows
};
namespace signature_state_id {
inline constexpr const char* kSigned = "signed";
inline constexpr const char* kEdited = "edited";
inline constexpr const char* kNotSigned = "not_signed";
}  // namespace signature_state_id

struct Panel {
    RubricRef rubric;
    std::string candidate;
    std::vector<Scorecard> scorecards;           // the valid ones, in load order
    std::vector<CompetencyStats> competencies;   // rubric order
    std::map<std::string, int> recommendations;  // every recommendation id present
    std::optional<double> overall_mean;          // mean of competency means with n > 0
    std::vector<std::string> warnings;           // about the counted scorecards (see all_warnings)
    PanelDecision decision;
    std::vector<ExcludedFile> excluded;  // files not counted, each with its reasons (set by the loader's caller)
    // Scorecards counted although held back, because the lead included them on purpose:
    // scorecard id -> why they were held back.
    std::map<std::string, std::string> included_on_purpose;
    // How each counted scorecard is signed, for the record: scorecard id -> its signature.
    std::map<std::string, SignatureRecord> signatures;
};

// Builds the panel from valid scorecards, which must share rubric and candidate.
// `rubric` gives titles and competency order when known (else the first scorecard's order).
// Only submitted scorecards count: a draft among them is left out with a warning, and
// drafts alone are an error.
Result<Panel> consolidate(const std::vector<Scorecard>& scorecards, const Rubric* rubric = nullptr);

// Competency ids in rubric order, then any the scorecards carry that the rubric lacks.
std::vector<std::string> competency_ids(const std::vector<Scorecard>& scorecards, const Rubric* rubric);
// The recommendation tally with every id at zero.
std::map<std::string, int> empty_tally();
// Each scorecard's competencies by id, one index per scorecard (they refer into
// `scorecards`): the matrix and the exports look up every cell in constant time.
std::vector<IdIndex<CompetencyScore>> score_indexes(const std::vector<Scorecard>& scorecards);
// The panel's warnings and then one sentence per file not counted ("FILE (who) is held
// back: reason"): what the panel file and the summary list.
std::vector<std::string> all_warnings(const Panel& panel);
// The matrix cell for one interviewer: the score, "-" for not assessed, "" when absent (null).
std::string panel_cell(const CompetencyScore* c);

}  // namespace scorecard
