// The interview screen: a rail of competencies with their state, progress and the
// interview clock; for the current competency its questions and probes, each
// behaviour with an evidence note, a free note, and the anchored rating.
// Keys 1-4 rate, arrows and Ctrl+Enter move, when no text field is active.
#include <algorithm>
#include <cmath>

#include "app/interview_model.hpp"
#include "base/limits.hpp"
#include "imgui.h"
#include "imgui_internal.h"
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
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + h + 4));
    ImGui::PopID();
}

void draw_rail(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    const Palette& p = palette();
    heading(ctx, d.card.candidate);
    text_muted(r.title);
    text_muted("Interviewer: " + d.card.interviewer + "  ·  " + d.card.date);
    ImGui::Spacing();
    app::Progress prog = app::progress_of(d, r);
    text_wrapped("Rated " + std::to_string(prog.done) + " of " + std::to_string(prog.required) +
                 (d.card.covered.empty() ? "" : " you cover"));
    ImGui::ProgressBar(prog.required ? float(prog.done) / float(prog.required) : 0.0f, ImVec2(-1, 6), "");
    double total = 0;
    for (const auto& [k, v] : d.seconds) total += v;
    int budget = r.total_minutes();
    bool over = budget > 0 && total > budget * 60.0;
    text_wrapped("Interview clock " + format_minutes_seconds(total) +
                     (budget > 0 ? " of " + std::to_string(budget) + ":00" : ""),
                 over ? &p.warn : &p.muted);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    for (size_t i = 0; i < r.competencies.size(); ++i) rail_item(ctx, d, r, i);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (primary_button("Review and submit", ImVec2(-1, 0))) ctx.post(app::Go{app::Screen::Review});
    if (secondary_button("Back to interviews", ImVec2(-1, 0))) ctx.post(app::Go{app::Screen::Start});
    text_muted(std::string("Saved on this device as you type. ") + (ctx.is_mac() ? "Cmd" : "Ctrl") + "+S exports.");
}

// One rating card: the Selectable gives the click, hover, keyboard focus and the test
// label; the card itself (fill, border, title, anchor) is drawn here so the text sits
// inside padding.
bool rating_card(const Ctx& ctx, const scorecard::ScaleLevel& lvl, bool sel, bool ro, ImVec2 size) {
    const Palette& p = palette();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    std::string title = std::to_string(lvl.value) + "  " + lvl.label;
    std::string label = title + "##rate-" + std::to_string(lvl.value);
    for (ImGuiCol c : {ImGuiCol_Header, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive, ImGuiCol_Text})
        ImGui::PushStyleColor(c, ImVec4(0, 0, 0, 0));
    ImGui::BeginDisabled(ro);
    bool clicked = ImGui::Selectable(label.c_str(), sel, ImGuiSelectableFlags_None, size);
    bool hovered = ImGui::IsItemHovered();
    ImGui::EndDisabled();
    ImGui::PopStyleColor(4);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 end(pos.x + size.x, pos.y + size.y);
    ImU32 fill = ImGui::GetColorU32(sel ? p.selected : hovered ? ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered) : p.card);
    dl->AddRectFilled(pos, end, fill, 6.0f);
    dl->AddRect(pos, end, ImGui::GetColorU32(sel ? p.accent : p.border), 6.0f, 0, sel ? 2.0f : 1.0f);
    ImGui::PushFont(ctx.fonts.bold);
    dl->AddText(ImVec2(pos.x + 12, pos.y + 10), ImGui::GetColorU32(sel ? p.accent : p.text), title.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
    ImGui::RenderTextWrapped(ImVec2(pos.x + 12, pos.y + ImGui::GetTextLineHeight() + 18), lvl.anchor.c_str(), nullptr,
                             size.x - 24);
    ImGui::PopStyleColor();
    return clicked && !ro;
}

void draw_not_assessed(const Ctx& ctx, const app::Draft& d, const scorecard::CompetencyScore& cs) {
    bool ro = d.card.sealed();
    bool na = cs.not_assessed();
    ImGui::BeginDisabled(ro);
    if (ImGui::Checkbox("Not assessed", &na))
        ctx.post(app::EditDraft{d.card.id, app::SetNotAssessed{cs.id, na ? std::optional<std::string>("") : std::nullopt}});
    ImGui::EndDisabled();
    ImGui::SameLine();
    text_muted("Separate from every score: say why (no time, another interviewer covers it, ...)");
    if (na)
        if (auto v = line_field("##na-reason", cs.not_assessed_reason.value_or(""), "Reason (required)", -1, ro))
            ctx.post(app::EditDraft{d.card.id, app::SetNotAssessed{cs.id, *v}});
}

void draw_rating(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, const scorecard::Competency& c) {
    const auto* cs = d.card.find(c.id);
    if (!cs) return;
    heading(ctx, "Rating");
    text_muted("Rate the competency as a whole, at the level of " + (r.level.empty() ? r.title : r.level) +
               ". Keys 1 to " + std::to_string(scorecard::kMaxScore) + " when you are not typing.");
    ImGui::Spacing();
    float avail = ImGui::GetContentRegionAvail().x;
    int cols = avail > 760 ? 4 : 2;
    float gap = ImGui::GetStyle().ItemSpacing.x;
    float w = (avail - gap * float(cols - 1)) / float(cols);
    float h = 0;
    for (const auto& lvl : r.scale) h = std::max(h, ImGui::CalcTextSize(lvl.anchor.c_str(), nullptr, false, w - 24).y);
    h += ImGui::GetTextLineHeight() + 30;
    for (size_t i = 0; i < r.scale.size(); ++i) {
        const auto& lvl = r.scale[i];
        if (i % size_t(cols) != 0) ImGui::SameLine();
        bool sel = cs->score && *cs->score == lvl.value;
        if (rating_card(ctx, lvl, sel, d.card.sealed(), ImVec2(w, h)))
            ctx.post(app::EditDraft{d.card.id, app::SetScore{c.id, sel ? std::nullopt : std::optional<int>(lvl.value)}});
    }
    ImGui::Spacing();
    draw_not_assessed(ctx, d, *cs);
}

void draw_questions(const Ctx& ctx, const scorecard::Competency& c) {
    if (c.questions.empty()) return;
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (ImGui::CollapsingHeader("Suggested questions")) {
        for (size_t q = 0; q < c.questions.size(); ++q) {
            ImGui::PushID(int(q));
            bold(ctx, std::to_string(q + 1) + ". " + c.questions[q].text);
            ImGui::Indent(18);
            for (const auto& probe : c.questions[q].probes) {
                ImGui::Bullet();
                ImGui::SameLine();
                text_muted(probe);
            }
            ImGui::Unindent(18);
            ImGui::Spacing();
            ImGui::PopID();
        }
    }
    ImGui::Spacing();
}

void draw_evidence_notes(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c,
                         const scorecard::CompetencyScore& cs) {
    bool ro = d.card.sealed();
    heading(ctx, "Behaviours and evidence");
    text_muted("Write what the candidate said and did: situations, actions, results.");
    ImGui::Spacing();
    for (const auto& b : c.behaviours) {
        ImGui::PushID(b.id.c_str());
        text_wrapped(b.text);
        std::string current;
        for (const auto& e : cs.evidence)
            if (e.behaviour == b.id) current = e.note;
        if (auto v = note_field(("##evidence-" + b.id).c_str(), current, "Evidence for this behaviour", 2.0f, ro))
            ctx.post(app::EditDraft{d.card.id, app::SetEvidence{c.id, b.id, *v}});
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (!c.examples.empty() && ImGui::CollapsingHeader("Examples from the framework")) {
        for (const auto& ex : c.examples) {
            ImGui::Bullet();
            ImGui::SameLine();
            text_muted(ex);
        }
    }
    heading(ctx, "Notes");
    if (auto v = note_field("##notes", cs.notes, "Anything else about this competency", 3.0f, ro))
        ctx.post(app::EditDraft{d.card.id, app::SetCompetencyNotes{c.id, *v}});
}

void draw_competency_header(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    const Palette& p = palette();
    const auto& c = r.competencies[size_t(current)];
    text_muted("Competency " + std::to_string(current + 1) + " of " + std::to_string(r.competencies.size()) +
               (c.minutes > 0 ? "  ·  about " + std::to_string(c.minutes) + " minutes" : "") +
               (d.card.is_required(c.id) ? "" : "  ·  covered by another interviewer"));
    title(ctx, c.title);
    double spent = d.seconds.count(c.id) ? d.seconds.at(c.id) : 0;
    if (c.minutes > 0) {
        bool late = spent > c.minutes * 60.0;
        text_wrapped(format_minutes_seconds(spent) + " on this competency" +
                         (late ? ", over its time budget: consider moving on" : ""),
                     late ? &p.warn : &p.muted);
    }
    if (!c.summary.empty()) text_wrapped(c.summary);
    if (d.card.sealed()) {
        ImGui::Spacing();
        text_wrapped("Submitted: read-only. Reopen it from the review to change anything.", &p.warn);
    }
    ImGui::Spacing();
}

void draw_competency(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    const auto& c = r.competencies[size_t(current)];
    const auto* cs = d.card.find(c.id);
    if (!cs) {
        // A stored scorecard may lack a competency its rubric has (files are readable without it).
        text_muted("This competency is not part of this scorecard.");
        return;
    }
    draw_competency_header(ctx, d, r, current);
    draw_questions(ctx, c);
    draw_evidence_notes(ctx, d, c, *cs);
    ImGui::Spacing();
    ImGui::Spacing();
    draw_rating(ctx, d, r, c);
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

void handle_keys(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    int n = int(r.competencies.size());
    if (!d.card.sealed() && !io.KeyCtrl && !io.KeySuper && !io.KeyAlt) {
        for (int k = scorecard::kMinScore; k <= scorecard::kMaxScore; ++k)
            if (ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_0 + k), false) || ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_Keypad0 + k), false))
                ctx.post(app::EditDraft{d.card.id, app::SetScore{r.competencies[size_t(current)].id, k}});
    }
    bool shortcut = io.KeyCtrl || io.KeySuper;
    bool next = ImGui::IsKeyPressed(ImGuiKey_RightArrow) || ImGui::IsKeyPressed(ImGuiKey_DownArrow) ||
                (shortcut && !io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Enter));
    bool prev = ImGui::IsKeyPressed(ImGuiKey_LeftArrow) || ImGui::IsKeyPressed(ImGuiKey_UpArrow) ||
                (shortcut && io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Enter));
    if (next && current + 1 < n) ctx.post(app::MoveTo{d.card.id, current + 1});
    if (prev && current > 0) ctx.post(app::MoveTo{d.card.id, current - 1});
}

void draw_no_interview(const Ctx& ctx, bool has_draft) {
    text_muted(has_draft ? "The rubric of this interview is not in the library: import it to continue."
                         : "No interview is open.");
    if (ImGui::Button("Back to interviews")) ctx.post(app::Go{app::Screen::Start});
}

}  // namespace

void draw_interview_screen(const Ctx& ctx) {
    const app::Draft* d = ctx.app.active_draft();
    const scorecard::Rubric* r = d ? ctx.state().rubric_for(*d) : nullptr;
    if (!d || !r || r->competencies.empty()) return draw_no_interview(ctx, d != nullptr);
    // A stored index from another rubric version must not point past the end.
    int current = std::clamp(d->current, 0, int(r->competencies.size()) - 1);
    float rail_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.27f, 260.0f, 380.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::BeginChild("##rail", ImVec2(rail_w, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    draw_rail(ctx, *d, *r);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 20));
    // One child window per competency: each keeps its own scroll position.
    ImGui::BeginChild(("##competency-" + std::to_string(current)).c_str(), ImVec2(0, 0),
                      ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    if (ctx.local.shown_competency != current) ImGui::SetScrollY(0);
    ctx.local.shown_competency = current;
    float width = std::min(920.0f, ImGui::GetContentRegionAvail().x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    ImGui::BeginChild("##col", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
    draw_competency(ctx, *d, *r, current);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    handle_keys(ctx, *d, *r, current);
    ImGui::EndChild();
}

}  // namespace ui
