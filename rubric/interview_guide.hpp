// Interview guides (format "interview-guide", version 1; docs/rubric-format.md): what
// Scorecard adds to a framework document to interview with it, per competency: a summary,
// questions with probes, minutes and weight, matched by competency id.
#pragma once
#include <string>

#include "base/result.hpp"
#include "rubric/rubric.hpp"

namespace scorecard {

inline constexpr int kInterviewGuideVersion = 1;
inline constexpr const char* kInterviewGuideFormat = "interview-guide";
inline constexpr const char* kGuideRubricField = "rubric";  // the id of the rubric a guide is for

// The rubric with the guide applied, or the first problem (naming `file` and the field).
Result<Rubric> apply_interview_guide(const Rubric& rubric, const std::string& guide_json, const std::string& file);

}  // namespace scorecard
