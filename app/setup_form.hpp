// The set-up form of a new interview: rubric, candidate, interviewer, date and, for a
// panel split, the competencies this interviewer covers. It is app state (not a
// screen's) so that the library can preselect a rubric, the keyboard and the tests
// drive it like any other command, and a half-typed form survives a frame.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rubric/rubric.hpp"

namespace app {

struct SetupForm {
    std::string rubric_id;  // empty: the default rubric
    std::string candidate, interviewer, date;
    bool split = false;              // this interviewer covers only some competencies
    std::set<std::string> covered;   // competency ids, when split
};

// What stops the form from starting an interview, field by field, as the user reads it.
struct SetupProblem {
    enum Field { Candidate, Interviewer, Date, Covered } field;
    std::string message;
};
std::vector<SetupProblem> setup_problems(const SetupForm& form);

// The competencies the interview will require, in rubric order: all of them, or the
// ticked ones of a panel split.
std::vector<std::string> required_competencies(const SetupForm& form, const scorecard::Rubric& rubric);
// "4 competencies, 48 minutes" for what the form would start (a split counts only its part).
std::string setup_scope_text(const SetupForm& form, const scorecard::Rubric& rubric);

}  // namespace app
