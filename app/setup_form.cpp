// The set-up form's rules (setup_form.hpp).
#include "app/setup_form.hpp"

#include "base/dates.hpp"
#include "base/text.hpp"

namespace app {

std::vector<SetupProblem> setup_problems(const SetupForm& f) {
    std::vector<SetupProblem> out;
    if (scorecard::is_blank(f.candidate)) out.push_back({SetupProblem::Candidate, "Enter the candidate's name."});
    if (scorecard::is_blank(f.interviewer))
        out.push_back({SetupProblem::Interviewer, "Enter your name as the interviewer."});
    if (!scorecard::is_valid_date(f.date)) out.push_back({SetupProblem::Date, "Enter a real date as YYYY-MM-DD."});
    if (f.split && f.covered.empty())
        out.push_back({SetupProblem::Covered, "Pick the competencies you cover, or untick the panel split."});
    return out;
}

std::vector<std::string> required_competencies(const SetupForm& f, const scorecard::Rubric& rubric) {
    std::vector<std::string> out;
    for (const auto& c : rubric.competencies)
        if (!f.split || f.covered.count(c.id)) out.push_back(c.id);
    return out;
}

std::string setup_scope_text(const SetupForm& f, const scorecard::Rubric& rubric) {
    int count = 0, minutes = 0;
    for (const auto& c : rubric.competencies)
        if (!f.split || f.covered.count(c.id)) {
            ++count;
            minutes += c.minutes;
        }
    std::string text = std::to_string(count) + (count == 1 ? " competency" : " competencies");
    if (minutes > 0) text += ", " + std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes") + " of questions";
    if (f.split) text += " (the ones you cover)";
    return text + ".";
}

}  // namespace app
