// The current question: its text, its probes, its own note directly beneath, the "asked"
// mark and one-click tags for the behaviours the answer shows; and below the fold, every
// question of the competency with what was noted, to step to any of them.
#include <algorithm>

#include "base/text.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/interview_parts.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// A behaviour's text cut to fit a tag, at a word boundary ("I guide managers and…").
std::string tag_text(const std::string& text, size_t max_chars) {
    if (text.size() <= max_chars) return text;
    size_t cut = text.rfind(' ', max_chars);
    return text.substr(0, cut == std::string::npos || cut < max_chars / 2 ? max_chars : cut) + "…";
}

void draw_question_nav(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c, int q,
                       const scorecard::QuestionNote* note) {
    int n = int(c.questions.size());
    ImGui::AlignTextToFramePadding();
    text_muted("Question " + std::to_string(q + 1) + " of " + std::to_string(n));
    flow_item("Previous question");
    if (secondary_button("Previous question", ImVec2(0, 0), q > 0)) ctx.post(app::ShowQuestion{d.card.id, c.id, q - 1});
    flow_item("Next question");
    if (secondary_button("Next question", ImVec2(0, 0), q + 1 < n)) ctx.post(app::ShowQuestion{d.card.id, c.id, q + 1});
    // The box is about a frame wide, and its label follows it.
    flow_item("[ ] Asked");
    bool asked = note && note->asked;
    ImGui::BeginDisabled(d.card.sealed());
    if (ImGui::Checkbox("Asked", &asked)) ctx.post(app::EditDraft{d.card.id, app::SetQuestionAsked{c.id, q, asked}});
    ImGui::EndDisabled();
}

void draw_tags(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c, int q,
               const scorecard::QuestionNote* note) {
    const Palette& p = palette();
    ImGui::AlignTextToFramePadding();
    text_muted("Shows:");
    float right = ImGui::GetWindowContentRegionMax().x;
    for (const auto& b : c.behaviours) {
        bool on = note && std::find(note->behaviours.begin(), note->behaviours.end(), b.id) != note->behaviours.end();
        std::string label = (on ? "✓ " : "") + tag_text(b.text, 30) + "##tag-" + b.id;
        float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        ImGui::PushStyleColor(ImGuiCol_Button, on ? p.selected : ImGui::GetStyleColorVec4(ImGuiCol_Button));
        ImGui::PushStyleColor(ImGuiCol_Border, on ? p.accent : p.border);
        ImGui::BeginDisabled(d.card.sealed());
        if (small_button(label.c_str())) ctx.post(app::EditDraft{d.card.id, app::TagBehaviour{c.id, q, b.id, !on}});
        mark_role(Role::Checkbox);  // a tag is on or off
        mark_name(b.text);
        if (on) mark_state(kChecked);
        ImGui::EndDisabled();
        ImGui::PopStyleColor(2);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", b.text.c_str());
    }
}

}  // namespace

int shown_question(const app::Draft& d, const scorecard::Competency& c) {
    auto it = d.question_at.find(c.id);
    int q = it == d.question_at.end() ? 0 : it->second;
    return std::clamp(q, 0, std::max(0, int(c.questions.size()) - 1));
}

void draw_current_question(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c,
                           const scorecard::CompetencyScore& cs) {
    bool ro = d.card.sealed();
    // Typing began outside a field (interview_keys.cpp): this note takes the focus now.
    bool focus = ctx.local.focus_note && !ro && ImGui::GetActiveID() == 0;
    ctx.local.focus_note = false;
    if (c.questions.empty()) {
        // No suggested questions: the competency's free note takes the question's place.
        if (focus) ImGui::SetKeyboardFocusHere();
        if (auto v = note_field(ctx, "##notes", cs.notes, "What the candidate said and did", {3.0f, ro, true}))
            ctx.post(app::EditDraft{d.card.id, app::SetCompetencyNotes{c.id, *v}});
        return;
    }
    int q = shown_question(d, c);
    const auto* note = cs.question(q);
    draw_question_nav(ctx, d, c, q, note);
    bold(ctx, c.questions[size_t(q)].text);
    ImGui::Indent(14);
    for (const auto& probe : c.questions[size_t(q)].probes) {
        ImGui::Bullet();
        ImGui::SameLine();
        text_muted(probe);
    }
    ImGui::Unindent(14);
    std::string label = "##question-" + c.id + "-" + std::to_string(q);
    if (focus) ImGui::SetKeyboardFocusHere();
    auto v = note_field(ctx, label.c_str(), note ? note->note : "", "What the candidate said and did", {3.0f, ro, true});
    mark_name("Notes on question " + std::to_string(q + 1));
    if (v)
        ctx.post(app::EditDraft{d.card.id, app::SetQuestionNote{c.id, q, *v}});
    draw_tags(ctx, d, c, q, note);
}

void draw_question_list(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c,
                        const scorecard::CompetencyScore& cs) {
    if (c.questions.size() < 2) return;
    heading(ctx, "All questions");
    int shown = shown_question(d, c);
    for (size_t i = 0; i < c.questions.size(); ++i) {
        const auto* note = cs.question(int(i));
        ImGui::PushID(int(i));
        std::string state = note && !scorecard::is_blank(note->note) ? "noted" : note && note->asked ? "asked" : "not asked";
        std::string text = std::to_string(i + 1) + ". " + c.questions[i].text + "  (" + state + ")";
        // A Selectable as tall as its wrapped text: its own label is drawn invisible (it names
        // the item for tests and assistive technology) and the wrapped text over it.
        float w = ImGui::GetContentRegionAvail().x;
        float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, w - 8).y + 8;
        ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
        bool clicked = ImGui::Selectable((text + "##q-" + std::to_string(i)).c_str(), int(i) == shown, 0, ImVec2(w, h));
        mark_choice(Role::Tab, "Questions", int(i) == shown);
        ImGui::PopStyleColor();
        ImGui::RenderTextWrapped(ImVec2(pos.x + 4, pos.y + 4), text.c_str(), nullptr, w - 8);
        if (clicked) ctx.post(app::ShowQuestion{d.card.id, c.id, int(i)});
        if (note && !scorecard::is_blank(note->note)) {
            ImGui::Indent(18);
            copyable_text(("##qnote-" + std::to_string(i)).c_str(), note->note, &palette().muted);
            ImGui::Unindent(18);
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
}

}  // namespace ui
