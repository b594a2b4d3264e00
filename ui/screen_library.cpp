// The rubric library: built-in and imported rubrics on the left, the chosen one
// in full on the right (summary, competencies with behaviours, questions and
// probes, the rating anchors, the hiring bar, its digest). Import by file chooser
// or by dropping a .md or .json file on the page; a bad file gets a clear message.
#include <algorithm>

#include "base/text.hpp"
#include "imgui.h"
#include "rubric/library.hpp"
#include "ui/ui.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

void bullets(const std::vector<std::string>& items, bool muted) {
    for (const auto& item : items) {
        ImGui::Bullet();
        ImGui::SameLine();
        if (muted) text_muted(item);
        else text_wrapped(item);
    }
}

void draw_intro(const Ctx& ctx, const scorecard::Rubric& r) {
    title(ctx, r.title);
    text_muted((scorecard::is_builtin(r) ? std::string("Built in") : "Imported from " + r.source) + "  ·  " +
               std::to_string(r.competencies.size()) + " competencies  ·  " + std::to_string(r.total_minutes()) +
               " minutes of questions");
    ImGui::Spacing();
    if (!r.summary.empty()) {
        ImGui::Indent(12);
        bold(ctx, r.summary);
        ImGui::Unindent(12);
        ImGui::Spacing();
    }
    for (const auto& m : r.metadata) text_muted(m.key + ": " + m.value);
    if (!r.impact.empty()) {
        heading(ctx, "Impact");
        bullets(r.impact, false);
        ImGui::Spacing();
    }
}

void draw_competency(const Ctx& ctx, const scorecard::Competency& c) {
    ImGui::Separator();
    ImGui::Spacing();
    heading(ctx, c.title);
    std::string meta;
    if (c.minutes > 0) meta += std::to_string(c.minutes) + " minutes";
    if (c.weight) meta += (meta.empty() ? "" : "  ·  ") + std::string("weight ") + scorecard::format_number(*c.weight);
    if (!meta.empty()) text_muted(meta);
    if (!c.summary.empty()) text_wrapped(c.summary);
    for (const auto& b : c.behaviours) {
        ImGui::Bullet();
        ImGui::SameLine();
        text_wrapped(b.text);
    }
    if (!c.examples.empty() && ImGui::TreeNode("Examples")) {
        bullets(c.examples, true);
        ImGui::TreePop();
    }
    if (c.questions.empty()) return;
    ImGui::Spacing();
    bold(ctx, "Questions");
    for (size_t q = 0; q < c.questions.size(); ++q) {
        text_wrapped(std::to_string(q + 1) + ". " + c.questions[q].text);
        ImGui::Indent(18);
        bullets(c.questions[q].probes, true);
        ImGui::Unindent(18);
    }
}

void draw_scale_and_bar(const Ctx& ctx, const scorecard::Rubric& r) {
    ImGui::Separator();
    heading(ctx, "Rating scale");
    for (const auto& s : r.scale) {
        bold(ctx, std::to_string(s.value) + "  " + s.label);
        ImGui::Indent(18);
        text_muted(s.anchor);
        ImGui::Unindent(18);
    }
    std::string recs;
    for (const auto& x : r.recommendations) recs += (recs.empty() ? "" : ", ") + x.label;
    text_muted("Not assessed is separate from every score. Recommendations: " + recs + " (no neutral).");
    if (!r.hiring_bar.empty() || !r.hiring_bar_intro.empty()) {
        ImGui::Spacing();
        heading(ctx, "What success looks like");
        if (!r.hiring_bar_intro.empty()) text_wrapped(r.hiring_bar_intro);
        bullets(r.hiring_bar, false);
    }
    ImGui::Spacing();
    text_muted("Digest " + ctx.state().digest_of(r));
}

void draw_list(const Ctx& ctx, const scorecard::Rubric& shown) {
    heading(ctx, "Rubrics");
    if (primary_button("Import rubric...", ImVec2(-1, 0))) ctx.post(app::PickRubricFiles{});
    text_muted("Career-framework Markdown or rubric JSON. You can also drop files on the page.");
    if (!ctx.app.last_import_error().empty()) text_wrapped(ctx.app.last_import_error(), &palette().error);
    ImGui::Spacing();
    for (const auto* r : ctx.state().all_rubrics()) {
        if (ImGui::Selectable((r->title + "##lib-" + r->id).c_str(), r == &shown, 0, ImVec2(0, kMinTarget))) ctx.post(app::ShowRubric{r->id});
        mark_choice(Role::Tab, "Rubrics", r == &shown);
        if (!scorecard::is_builtin(*r)) {
            ImGui::SameLine();
            text_muted("imported");
        }
    }
}

}  // namespace

void draw_library_screen(const Ctx& ctx) {
    const scorecard::Rubric* shown = ctx.state().find_rubric(ctx.state().session.library_rubric);
    if (!shown) shown = &scorecard::default_rubric();
    float list_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.28f, 260.0f, 380.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::BeginChild("##rubrics", ImVec2(list_w, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    draw_list(ctx, *shown);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 20));
    ImGui::BeginChild(("##rubric-" + shown->id).c_str(), ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    float width = std::min(900.0f, ImGui::GetContentRegionAvail().x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!scorecard::is_builtin(*shown)) {
        if (secondary_button("Remove from library")) ctx.post(app::RemoveRubric{shown->id});
        ImGui::SameLine();
    }
    if (primary_button("Interview with this rubric")) ctx.post(app::InterviewWithRubric{shown->id});
    ImGui::Spacing();
    draw_intro(ctx, *shown);
    for (size_t ci = 0; ci < shown->competencies.size(); ++ci) {
        ImGui::PushID(int(ci));
        draw_competency(ctx, shown->competencies[ci]);
        ImGui::Spacing();
        ImGui::PopID();
    }
    draw_scale_and_bar(ctx, *shown);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace ui
