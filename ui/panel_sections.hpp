// The panel screen's sections, one file each: the files loaded (screen_panel.cpp), who said
// what (panel_cards.cpp), the summary, matrix and evidence (panel_matrix.cpp), the range
// chart (panel_chart.cpp), the decision record and exports (panel_decision.cpp) and the
// comparison of candidates (panel_comparison.cpp). Each reads the app's panel session and
// posts commands.
#pragma once
#include "panel/panel.hpp"
#include "ui/ui.hpp"

namespace ui {

void draw_panel_summary(const Ctx& ctx, const scorecard::Panel& panel);
void draw_panel_cards(const Ctx& ctx, const scorecard::Panel& panel, float width);
void draw_panel_matrix(const Ctx& ctx, const scorecard::Panel& panel, float width);
void draw_panel_chart(const scorecard::Panel& panel, float width);
void draw_panel_decision(const Ctx& ctx, const scorecard::Panel& panel);
void draw_panel_comparison(const Ctx& ctx, float width);

}  // namespace ui
