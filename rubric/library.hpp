// The built-in rubric library compiled into the app and the CLI: the seven
// Support levels of Octopus Deploy's career framework, L5 Senior Support Manager
// first and default, each with questions, probes and time budgets.
#pragma once
#include <string>
#include <vector>

#include "result.hpp"
#include "rubric.hpp"

namespace scorecard {

const std::vector<Rubric>& builtin_rubrics();
const Rubric& default_rubric();  // L5 Senior Support Manager
inline constexpr const char* kDefaultRubricId = "l5-senior-support-manager";

// nullptr when no built-in rubric has this id.
const Rubric* find_builtin_rubric(const std::string& id);

// Problems met while loading the library (a document that no longer imports, a
// guide naming a missing competency); empty in a good build, checked by the tests.
const std::vector<Error>& builtin_library_errors();

// Interview guide JSON (format "interview-guide", version 1; docs/rubric-format.md):
// per-competency summary, questions with probes, minutes and weight, matched by
// competency id. Returns the rubric with the guide applied, or the first problem.
inline constexpr int kInterviewGuideVersion = 1;
Result<Rubric> apply_interview_guide(const Rubric& rubric, const std::string& guide_json, const std::string& file);

}  // namespace scorecard
