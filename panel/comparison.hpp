// Many candidates on one rubric: grouping scorecards by candidate, a comparison row
// per candidate, each interviewer's calibration (mean offset from the panel) and
// Krippendorff's alpha over every (candidate, competency) rated by two or more.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "panel/statistics.hpp"
#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"

namespace scorecard {

// Scorecards of one candidate, matched by name_key, in order of first appearance.
struct CandidateGroup {
    std::string key;   // name_key of the candidate
    std::string name;  // as first written
    std::vector<const Scorecard*> scorecards;
};
std::vector<CandidateGroup> group_by_candidate(const std::vector<Scorecard>& scorecards);

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
// Only submitted scorecards count; drafts among `scorecards` are left out.
Comparison compare_candidates(const std::vector<Scorecard>& scorecards, const Rubric* rubric = nullptr);

}  // namespace scorecard
