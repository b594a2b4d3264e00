// The panel's decision for one candidate: which decision, the other level when the
// panel hires at another level, its rationale and who attended. The ids and labels are
// base/vocabulary.hpp's; the rules about a complete decision live here.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace scorecard {

struct PanelDecision {
    std::string decision;     // "" or one of kDecisions
    std::string other_level;  // when kDecisionOtherLevel, e.g. "L4"
    std::string rationale;
    std::vector<std::string> attendees;
    bool operator==(const PanelDecision&) const = default;
};

// Why a decision cannot be recorded as it is (another level without a level), or nullopt.
std::optional<std::string> decision_problem(const PanelDecision& d);
// "Hire", "Hire at another level (L4)"; "" when no decision is taken.
std::string decision_text(const PanelDecision& d);
// "Ada Lovelace, Grace Hopper ,, " -> {"Ada Lovelace", "Grace Hopper"}: names as typed, commas between.
std::vector<std::string> parse_attendees(const std::string& text);

}  // namespace scorecard
