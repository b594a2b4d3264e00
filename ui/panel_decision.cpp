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

// The record needs a complete decision; the CSVs and the summary do not.
void draw_exports(const Ctx& ctx, bool decision_complete) {
    ImGui::Spacing();
    if (primary_button("Export panel JSON", ImVec2(0, 0), decision_complete)) ctx.post(app::ExportPanel{app::PanelExport::Json});
    ImGui::SameLine();
    if (secondary_button("Export matrix CSV")) ctx.post(app::ExportPanel{app::PanelExport::Csv});
    ImGui::SameLine();
    if (secondary_button("Export long CSV")) ctx.post(app::ExportPanel{app::PanelExport::LongCsv});
    text_muted("The panel JSON is the record: statistics, who said what, the decision, and every file not counted with "
               "the reason. The matrix CSV is the table above; the long CSV has one row per interviewer and competency, "
               "for a pivot table or a database.");
    ImGui::Spacing();
    if (secondary_button("Copy short summary")) ctx.post(app::CopyPanelSummary{false});
    ImGui::SameLine();
    if (secondary_button("Copy summary with evidence")) ctx.post(app::CopyPanelSummary{true});
    text_muted("Markdown for an applicant tracking system. With evidence: each interviewer's takeaways and rationale, "
               "and per competency every rating with its evidence quoted.");
}

}  // namespace

void draw_panel_decision(const Ctx& ctx, const scorecard::Panel&) {
    const std::string& key = ctx.app.panel().candidate();
    heading(ctx, "Decision record");
    app::DecisionDraft d = ctx.app.panel().decision(key);
    const app::DecisionDraft before = d;
    for (const auto& o : scorecard::kDecisions) {
        if (ImGui::RadioButton(o.label, d.decision == o.id)) d.decision = o.id;
        mark_choice(Role::Radio, "Decision", d.decision == o.id);
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
