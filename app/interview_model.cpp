// Derived interview state (interview_model.hpp).
#include "app/interview_model.hpp"

namespace app {

CompetencyState state_of(const Draft& d, const std::string& competency) {
    const auto* c = d.card.find(competency);
    if (!c) return CompetencyState::NotStarted;
    if (c->rated()) return CompetencyState::Rated;
    if (c->not_assessed()) return CompetencyState::NotAssessed;
    if (c->evidence_count() > 0 || c->notes.find_first_not_of(" \t\r\n") != std::string::npos)
        return CompetencyState::InProgress;
    return CompetencyState::NotStarted;
}

std::string state_label(const Draft& d, const scorecard::Rubric& r, const std::string& competency) {
    switch (state_of(d, competency)) {
        case CompetencyState::Rated: {
            int s = *d.card.find(competency)->score;
            std::string out = "Rated " + std::to_string(s);
            for (const auto& level : r.scale)
                if (level.value == s) out += " " + level.label;
            return out;
        }
        case CompetencyState::NotAssessed: return "Not assessed";
        case CompetencyState::InProgress: return "In progress";
        default: return "Not started";
    }
}

Progress progress_of(const Draft& d, const scorecard::Rubric& r) {
    Progress p;
    for (const auto& c : r.competencies) {
        if (!d.card.is_required(c.id)) continue;
        ++p.required;
        auto st = state_of(d, c.id);
        if (st == CompetencyState::Rated || st == CompetencyState::NotAssessed) ++p.done;
    }
    return p;
}

}  // namespace app
