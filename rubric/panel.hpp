// Panel consolidation: many interviewers' scorecards for one candidate become
// per-competency statistics, a recommendation tally and a decision record
// (panel format version 1, docs/panel-format.md). Also cross-candidate
// calibration and Krippendorff's alpha for inter-rater agreement.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "result.hpp"
#include "rubric.hpp"
#include "scorecard.hpp"

namespace scorecard {

inline constexpr int kPanelFormatVersion = 1;

// One loaded file: its name, and either a scorecard or the problems found.
struct LoadedScorecard {
    std::string file;
    std::optional<Scorecard> scorecard;  // set when usable in a panel
    std::vector<Error> problems;         // blocking problems (file not used)
    std::vector<Error> warnings;         // usable, but worth saying (a draft)
    // Rejected only because it disagrees with the set (another rubric or candidate):
    // the CLI cannot tell which side is right, so no panel is made.
    bool conflicts = false;
    bool usable() const { return scorecard.has_value(); }
};

// Validates each file on its own (format, version, schema, types, score range,
// sealed or draft, digest matching content), then against the set: rubric digest
// against `panel_rubric` (or the first valid file's), same candidate, duplicate
// interviewer or id. A bad file never blocks the good ones.
// With `many_candidates` (the app's panel view, which compares candidates on one
// rubric) another candidate is not a problem: the same-interviewer check is then
// per candidate, while the rubric and the scorecard id stay checked across the set.
std::vector<LoadedScorecard> load_scorecards(
    const std::vector<std::pair<std::string, std::string>>& files,  // name, text
    const Rubric* panel_rubric = nullptr, bool many_candidates = false);

struct CompetencyStats {
    std::string id;
    std::string title;
    int n = 0;  // scores, not "not assessed"
    std::optional<double> mean, median, min, max, spread;
    bool disagreement = false;  // max - min >= 2
    int not_assessed = 0;
};

struct PanelDecision {
    std::string decision;  // "" | "hire" | "no_hire" | "hire_other_level"
    std::string other_level;  // when hire_other_level, e.g. "L4"
    std::string rationale;
    std::vector<std::string> attendees;
};

struct Panel {
    RubricRef rubric;
    std::string candidate;
    std::vector<Scorecard> scorecards;  // the valid ones, in load order
    std::vector<CompetencyStats> competencies;  // rubric order
    std::map<std::string, int> recommendations;  // all four ids present
    std::optional<double> overall_mean;  // mean of competency means with n > 0
    std::vector<std::string> warnings;
    PanelDecision decision;
};

// How people's names are matched: names typed by different people, "Ada  Lovelace "
// and "ada lovelace", are the same person (spaces collapsed, ASCII lower case).
std::string name_key(const std::string& s);

std::optional<double> mean_of(const std::vector<double>& xs);
std::optional<double> median_of(std::vector<double> xs);

// Builds the panel from valid scorecards, which must share rubric and candidate.
// `rubric` gives titles and competency order when known (else the first scorecard's order).
Result<Panel> consolidate(const std::vector<Scorecard>& scorecards, const Rubric* rubric = nullptr);

nlohmann::json panel_to_json(const Panel& panel);
std::string panel_csv(const Panel& panel);       // matrix: competency rows, interviewer columns, stats
std::string panel_markdown(const Panel& panel);  // summary for the clipboard

// Krippendorff's alpha, ordinal metric, tolerating missing values.
// units[u][c] is coder c's value for unit u, nullopt when missing.
struct Agreement {
    std::optional<double> alpha;   // unset when not enough data
    int pairable_values = 0;       // values in units with >= 2 ratings (the n)
    int units = 0;                 // units with >= 2 ratings
    std::string band;              // interpretation or "not enough data"
};
// Below either minimum, or when every value is the same (alpha = 0/0), alpha is
// unset and band is kNotEnoughData; documented in docs/panel-format.md.
inline constexpr int kAlphaMinUnits = 3;          // fewer pairable units: not enough data
inline constexpr int kAlphaMinPairableValues = 6;
Agreement krippendorff_alpha_ordinal(const std::vector<std::vector<std::optional<double>>>& units);
Agreement krippendorff_alpha_interval(const std::vector<std::vector<std::optional<double>>>& units);
Agreement krippendorff_alpha_nominal(const std::vector<std::vector<std::optional<double>>>& units);
// Krippendorff (2004, Content Analysis, 2nd ed., ch. on reliability; 2011 "Computing
// Krippendorff's Alpha-Reliability"): rely on data with alpha >= .800, draw only
// tentative conclusions for .667 <= alpha < .800, discard below .667.
std::string alpha_band(double alpha);  // "reliable" | "tentative" | "unreliable"
inline constexpr const char* kNotEnoughData = "not enough data";

// Many candidates on one rubric.
struct CandidateRow {
    std::string candidate;
    int scorecards = 0;
    std::optional<double> overall_mean;
    std::map<std::string, int> recommendations;
};
struct Calibration {
    std::string interviewer;
    std::optional<double> mean_offset;  // interviewer's score minus the panel mean, averaged
    int n = 0;                          // ratings compared
};
struct Comparison {
    std::vector<CandidateRow> candidates;
    std::vector<Calibration> calibration;
    Agreement agreement;  // units are (candidate, competency), coders interviewers
};
Comparison compare_candidates(const std::vector<Scorecard>& scorecards, const Rubric* rubric = nullptr);

}  // namespace scorecard
