// What the interview and review screens derive from a draft: each competency's
// state and the progress count. Derived on demand, never stored.
#pragma once
#include <string>

#include "app/app_state.hpp"

namespace app {

enum class CompetencyState { NotStarted, InProgress, Rated, NotAssessed };
CompetencyState state_of(const Draft& d, const std::string& competency);
std::string state_label(const Draft& d, const scorecard::Rubric& r, const std::string& competency);  // "Rated 3 Performing"

struct Progress {
    int done = 0;          // required competencies rated or marked not assessed
    int rated = 0;         // ... of which rated
    int not_assessed = 0;  // ... of which marked not assessed
    int required = 0;
};
Progress progress_of(const Draft& d, const scorecard::Rubric& r);
// "3 of 4 done: 2 rated, 1 not assessed" ("you cover" for a panel split).
std::string progress_text(const Progress& p, bool split);

}  // namespace app
