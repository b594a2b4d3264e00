// The fixed words of the formats, written once: recommendation ids and the panel's
// decision ids, each with the label people read. Files carry the ids; screens, exports
// and the CLI show the labels.
#pragma once
#include <string>
#include <string_view>

namespace scorecard {

struct Choice {
    const char* id;
    const char* label;
};

// An interviewer's overall recommendation, ascending, with no neutral.
inline constexpr Choice kRecommendations[] = {
    {"strong_no", "Strong no"}, {"no", "No"}, {"yes", "Yes"}, {"strong_yes", "Strong yes"}};

// What a panel decides for a candidate.
inline constexpr const char* kDecisionHire = "hire";
inline constexpr const char* kDecisionNoHire = "no_hire";
inline constexpr const char* kDecisionOtherLevel = "hire_other_level";  // needs the level named
inline constexpr Choice kDecisions[] = {
    {kDecisionHire, "Hire"}, {kDecisionNoHire, "No hire"}, {kDecisionOtherLevel, "Hire at another level"}};

bool is_recommendation(std::string_view id);
// Whether a recommendation is for hiring (the upper half of the scale).
bool recommends_hire(std::string_view id);
std::string recommendation_label(std::string_view id);  // "" when unknown
bool is_decision(std::string_view id);
std::string decision_label(std::string_view id);        // "" when unknown
// "strong_no, no, yes, strong_yes": for messages that list what is accepted.
std::string recommendation_ids_text();

}  // namespace scorecard
