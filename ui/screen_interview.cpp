// The interview screen, laid out for a live call on half a laptop screen: a rail of
// competencies with their state; a strip that stays in view with the competency's and
// the interview's time left and the clock's Start/Pause/Reset; then, without scrolling
// at 1024x700, the competency, the current question with its probes and its own note
// (tagged to the behaviours it shows), and the rating. Below: every question, the
// per-behaviour evidence, free notes and the framework's examples.
#include <algorithm>
#include <cmath>

#include "app/interview_model.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/interview_parts.hpp"
#include "ui/ui.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

void rail_item(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, size_t i) {
    const Palette& p = palette();
    const auto& c = r.competencies[i];
    bool required = d.card.is_required(c.id);
    ImGui::PushID(int(i));
    ImVec2 start = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x, text_w = w - 28;
    float h = ImGui::CalcTextSize(c.title.c_str(), nullptr, false, text_w).y + ImGui::GetTextLineHeight() + 14;
    if (ImGui::Selectable(("##rail-" + c.id).c_str(), int(i) == d.current, 0, ImVec2(w, h)))
        ctx.post(app::MoveTo{d.card.id, int(i)});
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const char* icon = "○";
    ImVec4 col = p.muted;
    switch (app::state_of(d, c.id)) {
        case app::CompetencyState::InProgress: icon = "●"; col = p.warn; break;
        case app::CompetencyState::Rated: icon = "✓"; col = p.ok; break;
        case app::CompetencyState::NotAssessed: icon = "–"; col = p.muted; break;
        default: break;
    }
    dl->AddText(ImVec2(start.x + 4, start.y + 5), ImGui::GetColorU32(col), icon);
    ImGui::PushStyleColor(ImGuiCol_Text, required ? p.text : p.muted);
    ImGui::RenderTextWrapped(ImVec2(start.x + 24, start.y + 5), c.title.c_str(), nullptr, text_w);
    ImGui::PopStyleColor();
    double spent = d.seconds.count(c.id) ? d.seconds.at(c.id) : 0;
    std::string sub = app::state_label(d, r, c.id);
    if (c.minutes > 0) sub += "  ·  " + format_minutes_seconds(spent) + " / " + std::to_string(c.minutes) + " min";
    if (!required) sub += "  ·  not yours";
    bool late = c.minutes > 0 && spent > c.minutes * 60.0;
    dl->AddText(ImVec2(start.x + 24, start.y + h - ImGui::GetTextLineHeight() - 5),
                ImGui::GetColorU32(late ? p.warn : p.muted), sub.c_str());
    // Its words are drawn over it, not by it: the tab is named here.
    mark_choice(Role::Tab, "Competencies", int(i) == d.current);
    mark_name(c.title + ", " + sub);
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + h + 4));
    ImGui::PopID();
}

void draw_rail(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    heading(ctx, d.card.candidate);
    text_muted(r.title);
    text_muted("Interviewer: " + d.card.interviewer + "  ·  " + d.card.date);
    ImGui::Spacing();
    app::Progress prog = app::progress_of(d, r);
    text_wrapped(app::progress_text(prog, !d.card.covered.empty()));
    ImGui::ProgressBar(prog.required ? float(prog.done) / float(prog.required) : 0.0f, ImVec2(-1, 6), "");
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    for (size_t i = 0; i < r.competencies.size(); ++i) rail_item(ctx, d, r, i);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (primary_button("Review and submit", ImVec2(-1, 0))) ctx.post(app::Go{app::Screen::Review});
    if (secondary_button("Back to interviews", ImVec2(-1, 0))) ctx.post(app::Go{app::Screen::Start});
    std::string exports = std::string(ctx.is_mac() ? "Cmd" : "Ctrl") + "+S exports.";
    // Never claim it is saved when storage refused it (app/app_sync.cpp says why in a notice).
    if (ctx.app.unstored(d.card.id)) text_wrapped("Not saved on this device: export it. " + exports, &palette().error);
    else text_muted("Saved on this device as you type. " + exports);
}

void draw_competency(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    const auto& c = r.competencies[size_t(current)];
    const auto* cs = d.card.find(c.id);
    if (!cs) {
        // A stored scorecard may lack a competency its rubric has (files are readable without it).
        text_muted("This competency is not part of this scorecard.");
        return;
    }
    heading(ctx, c.title);
    if (d.card.sealed()) text_wrapped("Submitted: read-only. Reopen it from the review to change anything.", &palette().warn);
    draw_current_question(ctx, d, c, *cs);
    ImGui::Spacing();
    draw_rating(ctx, d, r, c, *cs);
    ImGui::Spacing();
    ImGui::Separator();
    draw_question_list(ctx, d, c, *cs);
    draw_behaviour_evidence(ctx, d, c, *cs);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (secondary_button("Previous competency", ImVec2(0, 0), current > 0)) ctx.post(app::MoveTo{d.card.id, current - 1});
    ImGui::SameLine();
    if (current + 1 < int(r.competencies.size())) {
        if (primary_button("Next competency")) ctx.post(app::MoveTo{d.card.id, current + 1});
    } else if (primary_button("Review and submit")) {
        ctx.post(app::Go{app::Screen::Review});
    }
    ImGui::Dummy(ImVec2(0, 40));
}

void draw_no_interview(const Ctx& ctx, bool has_draft) {
    text_muted(has_draft ? "The rubric of this interview is not in the library: import it to continue."
                         : "No interview is open.");
    if (ImGui::Button("Back to interviews")) ctx.post(app::Go{app::Screen::Start});
}

// The competency's scrolling column; it opens at its top for every interview and competency.
void draw_column(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 16));
    std::string key = d.card.id + "/" + std::to_string(current);
    ImGui::BeginChild(("##competency-" + std::to_string(current)).c_str(), ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    if (ctx.local.shown_competency != key) ImGui::SetScrollY(0);
    ctx.local.shown_competency = key;
    float width = std::min(920.0f, ImGui::GetContentRegionAvail().x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushItemWidth(width);
    ImGui::BeginChild("##col", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
    draw_competency(ctx, d, r, current);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    handle_interview_keys(ctx, d, r, current);
    ImGui::EndChild();
}

// Narrower than this (400% zoom of a laptop's window, a phone), the rail and the column would
// each be too narrow to read: they stack in one scrolling column instead.
constexpr float kSideBySideWidth = 480;

void draw_stacked(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 12));
    ImGui::BeginChild("##stacked", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    begin_card("##rail-card", 12);
    draw_rail(ctx, d, r);
    end_card();
    draw_clock_strip(ctx, d, r, current);
    ImGui::PushTextWrapPos(0.0f);
    draw_competency(ctx, d, r, current);
    ImGui::PopTextWrapPos();
    handle_interview_keys(ctx, d, r, current);
    ImGui::EndChild();
}

}  // namespace

void draw_interview_screen(const Ctx& ctx) {
    const app::Draft* d = ctx.app.active_draft();
    const scorecard::Rubric* r = d ? ctx.state().rubric_for(*d) : nullptr;
    if (!d || !r || r->competencies.empty()) return draw_no_interview(ctx, d != nullptr);
    // A stored index from another rubric version must not point past the end.
    int current = std::clamp(d->current, 0, int(r->competencies.size()) - 1);
    if (ImGui::GetContentRegionAvail().x < kSideBySideWidth) {
        draw_stacked(ctx, *d, *r, current);
        draw_shortcut_sheet(ctx);
        return;
    }
    float rail_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.25f, 240.0f, 360.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::BeginChild("##rail", ImVec2(rail_w, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    draw_rail(ctx, *d, *r);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 0);
    ImGui::BeginGroup();
    draw_clock_strip(ctx, *d, *r, current);
    draw_column(ctx, *d, *r, current);
    ImGui::EndGroup();
    draw_shortcut_sheet(ctx);
}

}  // namespace ui
