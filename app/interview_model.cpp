// Derived interview state (interview_model.hpp).
#include "app/interview_model.hpp"

#include <algorithm>

namespace app {

CompetencyState state_of(const Draft& d, const std::string& competency) {
    const auto* c = d.card.find(competency);
    if (!c) return CompetencyState::NotStarted;
    if (c->rated()) return CompetencyState::Rated;
    if (c->not_assessed()) return CompetencyState::NotAssessed;
    if (c->has_written_anything() || std::any_of(c->questions.begin(), c->questions.end(),
                                                 [](const auto& q) { return q.asked; }))
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
        p.rated += st == CompetencyState::Rated;
        p.not_assessed += st == CompetencyState::NotAssessed;
    }
    p.done = p.rated + p.not_assessed;
    return p;
}

std::string progress_text(const Progress& p, bool split) {
    std::string text = std::to_string(p.done) + " of " + std::to_string(p.required) + (split ? " you cover" : "") + " done";
    if (p.done == 0) return text;
    text += ": " + std::to_string(p.rated) + " rated";
    if (p.not_assessed > 0) text += ", " + std::to_string(p.not_assessed) + " not assessed";
    return text;
}

}  // namespace app
