// Decision rules (decision.hpp).
#include "panel/decision.hpp"

#include "base/text.hpp"
#include "base/vocabulary.hpp"

namespace scorecard {

std::optional<std::string> decision_problem(const PanelDecision& d) {
    if (!d.decision.empty() && !is_decision(d.decision)) return "Unknown decision " + quote_input(d.decision);
    if (d.decision == kDecisionOtherLevel && is_blank(d.other_level)) return "Name the level to export the decision.";
    return std::nullopt;
}

std::string decision_text(const PanelDecision& d) {
    std::string label = decision_label(d.decision);
    if (d.decision == kDecisionOtherLevel && !is_blank(d.other_level)) label += " (" + trim(d.other_level) + ")";
    return label;
}

std::vector<std::string> parse_attendees(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        std::string name = trim(std::string_view(text).substr(start, end - start));
        if (!name.empty()) out.push_back(name);
        start = end + 1;
    }
    return out;
}

}  // namespace scorecard
