// What a scorecard adds up to, and what stands between it and a submit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "scorecard/scorecard.hpp"

namespace scorecard {

// The score: mean of rated competencies, weighted by rubric weights where set.
struct ScoreSummary {
    std::optional<double> mean;  // unset when nothing is rated
    int rated = 0;               // competencies with a score
    int not_assessed = 0;
    int total = 0;               // competencies in the scorecard
};
ScoreSummary compute_score(const Scorecard& sc, const Rubric* rubric = nullptr);

// What blocks a submit, in rubric order, each one sentence for the review screen.
struct Missing {
    enum class Field { Candidate, Interviewer, Date, Competency, Recommendation, Rationale };
    Field field = Field::Competency;
    std::string competency;  // id, for Field::Competency
    std::string message;
};
std::vector<Missing> missing_for_submit(const Scorecard& sc, const Rubric& rubric);
// Warnings that do not block (a rating without any evidence).
std::vector<Missing> submit_warnings(const Scorecard& sc, const Rubric& rubric);

}  // namespace scorecard
