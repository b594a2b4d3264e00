// The interview screen's parts, each in its own file: the current question with its note
// and the list of all questions (interview_question.cpp), the rating and per-behaviour
// evidence (interview_rating.cpp), the clock strip, the keys and the shortcut sheet
// (interview_keys.cpp). screen_interview.cpp lays them out.
#pragma once
#include "app/app_state.hpp"
#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"
#include "ui/ui.hpp"

namespace ui {

// Which question is shown for a competency (the draft remembers it).
int shown_question(const app::Draft& d, const scorecard::Competency& c);

void draw_current_question(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c,
                           const scorecard::CompetencyScore& cs);
void draw_question_list(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c,
                        const scorecard::CompetencyScore& cs);
void draw_rating(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, const scorecard::Competency& c,
                 const scorecard::CompetencyScore& cs);
void draw_behaviour_evidence(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c,
                             const scorecard::CompetencyScore& cs);
void draw_clock_strip(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current);
void handle_interview_keys(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current);
void draw_shortcut_sheet(const Ctx& ctx);

}  // namespace ui
