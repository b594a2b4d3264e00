// The panel's decision record for the shown candidate: the decision, the other level
// when hiring at another level, the rationale, who attended, and the exports.
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "imgui.h"
#include "panel/decision.hpp"
#include "ui/panel_sections.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

void draw_exports(const Ctx& ctx, bool ready) {
    ImGui::Spacing();
    if (primary_button("Export panel JSON", ImVec2(0, 0), ready)) ctx.post(app::ExportPanel{app::PanelExport::Json});
    ImGui::SameLine();
    if (secondary_button("Export CSV", ImVec2(0, 0), ready)) ctx.post(app::ExportPanel{app::PanelExport::Csv});
    ImGui::SameLine();
    if (secondary_button("Copy summary", ImVec2(0, 0), ready)) ctx.post(app::CopyPanelSummary{});
    text_muted("The panel JSON holds the statistics and the decision; the CSV is the matrix; the summary is Markdown "
               "for an applicant tracking system.");
}

}  // namespace

void draw_panel_decision(const Ctx& ctx, const scorecard::Panel&) {
    const std::string& key = ctx.app.panel().candidate();
    heading(ctx, "Decision record");
    app::DecisionDraft d = ctx.app.panel().decision(key);
    const app::DecisionDraft before = d;
    for (const auto& o : scorecard::kDecisions) {
        if (ImGui::RadioButton(o.label, d.decision == o.id)) d.decision = o.id;
        ImGui::SameLine(0, 24);
    }
    ImGui::NewLine();
    if (d.decision == scorecard::kDecisionOtherLevel)
        if (auto v = line_field("##other-level", d.other_level, "Which level, e.g. L4 Support Manager", 360)) d.other_level = *v;
    auto problem = scorecard::decision_problem(app::to_decision(d));
    if (problem) text_wrapped(*problem, &palette().warn);
    text_muted("Rationale");
    if (auto v = note_field("##rationale", d.rationale, "Why the panel decided this", 3)) d.rationale = *v;
    text_muted("Who attended");
    if (auto v = line_field("##attendees", d.attendees, "Names, separated by commas", -1)) d.attendees = *v;
    if (!(d == before)) ctx.post(app::SetDecision{key, d});
    draw_exports(ctx, !problem);
}

}  // namespace ui
