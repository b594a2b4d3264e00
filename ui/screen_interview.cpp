// The interview screen: a rail of competencies with their state, progress and
// the interview clock; for the current competency its questions and probes, each
// behaviour with an evidence note, a free note, and the anchored rating.
// Keys 1-4 rate, arrows and Ctrl+Enter move, when no text field is active.
#include <algorithm>
#include <cmath>

#include "app.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "interview_model.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

void draw_rail(App& app, Draft& d, const scorecard::Rubric& r) {
    const Palette& p = palette();
    heading(app, d.card.candidate);
    text_muted(r.title);
    text_muted("Interviewer: " + d.card.interviewer + "  ·  " + d.card.date);
    ImGui::Spacing();
    Progress prog = progress_of(d, r);
    ImGui::TextUnformatted(("Rated " + std::to_string(prog.done) + " of " + std::to_string(prog.required) +
                            (d.card.covered.empty() ? "" : " you cover"))
                               .c_str());
    ImGui::ProgressBar(prog.required ? float(prog.done) / float(prog.required) : 0.0f, ImVec2(-1, 6), "");
    double total = 0;
    for (const auto& [k, v] : d.seconds) total += v;
    int budget = r.total_minutes();
    bool over = budget > 0 && total > budget * 60.0;
    ImGui::TextColored(over ? p.warn : p.muted, "Interview clock %s%s", format_minutes_seconds(total).c_str(),
                       budget > 0 ? (" of " + std::to_string(budget) + ":00").c_str() : "");
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    for (size_t i = 0; i < r.competencies.size(); ++i) {
        const auto& c = r.competencies[i];
        CompetencyState st = state_of(d, c.id);
        bool required = d.card.is_required(c.id);
        ImGui::PushID(int(i));
        bool selected = int(i) == d.current;
        ImVec2 start = ImGui::GetCursorScreenPos();
        float w = ImGui::GetContentRegionAvail().x;
        float text_w = w - 28;
        float h = ImGui::CalcTextSize(c.title.c_str(), nullptr, false, text_w).y + ImGui::GetTextLineHeight() + 14;
        if (ImGui::Selectable(("##rail-" + c.id).c_str(), selected, 0, ImVec2(w, h))) app.move_to(d.card.id, int(i));
        ImGui::SetCursorScreenPos(start);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const char* icon = "○";
        ImVec4 col = p.muted;
        switch (st) {
            case CompetencyState::InProgress: icon = "●"; col = p.warn; break;
            case CompetencyState::Rated: icon = "✓"; col = p.ok; break;
            case CompetencyState::NotAssessed: icon = "–"; col = p.muted; break;
            default: break;
        }
        dl->AddText(ImVec2(start.x + 4, start.y + 5), ImGui::GetColorU32(col), icon);
        ImGui::PushStyleColor(ImGuiCol_Text, required ? p.text : p.muted);
        ImGui::RenderTextWrapped(ImVec2(start.x + 24, start.y + 5), c.title.c_str(), nullptr, text_w);
        ImGui::PopStyleColor();
        double spent = d.seconds.count(c.id) ? d.seconds.at(c.id) : 0;
        std::string sub = state_label(d, r, c.id);
        if (c.minutes > 0) sub += "  ·  " + format_minutes_seconds(spent) + " / " + std::to_string(c.minutes) + " min";
        if (!required) sub += "  ·  not yours";
        bool late = c.minutes > 0 && spent > c.minutes * 60.0;
        dl->AddText(ImVec2(start.x + 24, start.y + h - ImGui::GetTextLineHeight() - 5),
                    ImGui::GetColorU32(late ? p.warn : p.muted), sub.c_str());
        ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + h + 4));
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (primary_button("Review and submit", ImVec2(-1, 0))) app.go(Screen::Review);
    if (secondary_button("Back to interviews", ImVec2(-1, 0))) app.go(Screen::Start);
    text_muted(std::string("Saved on this device as you type. ") + (app.platform.is_mac() ? "Cmd" : "Ctrl") +
               "+S exports.");
}

void draw_rating(App& app, Draft& d, const scorecard::Rubric& r, const scorecard::Competency& c) {
    const Palette& p = palette();
    auto* cs = d.card.find(c.id);
    if (!cs) return;
    bool ro = d.card.sealed();
    heading(app, "Rating");
    text_muted("Rate the competency as a whole, at the level of " + (r.level.empty() ? r.title : r.level) +
               ". Keys 1 to 4 when you are not typing.");
    ImGui::Spacing();
    float avail = ImGui::GetContentRegionAvail().x;
    int cols = avail > 760 ? 4 : 2;
    float gap = ImGui::GetStyle().ItemSpacing.x;
    float w = (avail - gap * (cols - 1)) / cols;
    float anchor_w = w - 24;
    float h = 0;
    for (const auto& lvl : r.scale)
        h = std::max(h, ImGui::CalcTextSize(lvl.anchor.c_str(), nullptr, false, anchor_w).y);
    h += ImGui::GetTextLineHeight() + 30;
    for (size_t i = 0; i < r.scale.size(); ++i) {
        const auto& lvl = r.scale[i];
        if (i % size_t(cols) != 0) ImGui::SameLine();
        bool sel = cs->score && *cs->score == lvl.value;
        ImVec2 pos = ImGui::GetCursorScreenPos();
        std::string title = std::to_string(lvl.value) + "  " + lvl.label;
        std::string label = title + "##rate-" + std::to_string(lvl.value);
        // The Selectable gives the click, hover, keyboard focus and the test label; the card
        // itself (fill, border, title, anchor) is drawn here so the text sits inside padding.
        ImGui::PushStyleColor(ImGuiCol_Header, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_HeaderActive, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
        ImGui::BeginDisabled(ro);
        bool clicked = ImGui::Selectable(label.c_str(), sel, ImGuiSelectableFlags_None, ImVec2(w, h));
        bool hovered = ImGui::IsItemHovered();
        ImGui::EndDisabled();
        ImGui::PopStyleColor(4);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        ImVec2 end(pos.x + w, pos.y + h);
        ImU32 fill = ImGui::GetColorU32(sel ? p.selected : hovered ? ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered)
                                                                   : p.card);
        dl->AddRectFilled(pos, end, fill, 6.0f);
        dl->AddRect(pos, end, ImGui::GetColorU32(sel ? p.accent : p.border), 6.0f, 0, sel ? 2.0f : 1.0f);
        ImGui::PushFont(app.fonts.bold);
        dl->AddText(ImVec2(pos.x + 12, pos.y + 10), ImGui::GetColorU32(sel ? p.accent : p.text), title.c_str());
        ImGui::PopFont();
        ImGui::PushStyleColor(ImGuiCol_Text, p.muted);
        ImGui::RenderTextWrapped(ImVec2(pos.x + 12, pos.y + ImGui::GetTextLineHeight() + 18), lvl.anchor.c_str(),
                                 nullptr, anchor_w);
        ImGui::PopStyleColor();
        if (clicked && !ro) app.edit(d.card.id, SetScore{c.id, sel ? std::nullopt : std::optional<int>(lvl.value)});
    }
    ImGui::Spacing();
    bool na = cs->not_assessed();
    ImGui::BeginDisabled(ro);
    if (ImGui::Checkbox("Not assessed", &na)) {
        app.edit(d.card.id, SetNotAssessed{c.id, na ? std::optional<std::string>("") : std::nullopt});
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    text_muted("Separate from every score: say why (no time, another interviewer covers it, ...)");
    if (na) {
        if (auto v = line_field("##na-reason", cs->not_assessed_reason.value_or(""), "Reason (required)", -1, ro))
            app.edit(d.card.id, SetNotAssessed{c.id, *v});
    }
}

void draw_competency(App& app, Draft& d, const scorecard::Rubric& r) {
    const Palette& p = palette();
    d.current = std::clamp(d.current, 0, int(r.competencies.size()) - 1);  // a stored index from another rubric version
    const auto& c = r.competencies[size_t(d.current)];
    auto* cs = d.card.find(c.id);
    if (!cs) {
        // A stored scorecard may lack a competency its rubric has (files are readable without it).
        text_muted("This competency is not part of this scorecard.");
        return;
    }
    bool ro = d.card.sealed();
    text_muted("Competency " + std::to_string(d.current + 1) + " of " + std::to_string(r.competencies.size()) +
               (c.minutes > 0 ? "  ·  about " + std::to_string(c.minutes) + " minutes" : "") +
               (d.card.is_required(c.id) ? "" : "  ·  covered by another interviewer"));
    ImGui::PushFont(app.fonts.title);
    text_wrapped(c.title);
    ImGui::PopFont();
    double spent = d.seconds.count(c.id) ? d.seconds.at(c.id) : 0;
    if (c.minutes > 0) {
        bool late = spent > c.minutes * 60.0;
        ImGui::TextColored(late ? p.warn : p.muted, "%s on this competency%s", format_minutes_seconds(spent).c_str(),
                           late ? ", over its time budget: consider moving on" : "");
    }
    if (!c.summary.empty()) text_wrapped(c.summary);
    if (ro) {
        ImGui::Spacing();
        ImGui::TextColored(p.warn, "Submitted: read-only. Reopen it from the review to change anything.");
    }
    ImGui::Spacing();

    if (!c.questions.empty()) {
        ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        if (ImGui::CollapsingHeader("Suggested questions")) {
            for (size_t q = 0; q < c.questions.size(); ++q) {
                ImGui::PushID(int(q));
                bold(app, std::to_string(q + 1) + ". " + c.questions[q].text);
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

    heading(app, "Behaviours and evidence");
    text_muted("Write what the candidate said and did: situations, actions, results.");
    ImGui::Spacing();
    for (const auto& b : c.behaviours) {
        ImGui::PushID(b.id.c_str());
        text_wrapped(b.text);
        std::string current;
        for (const auto& e : cs->evidence)
            if (e.behaviour == b.id) current = e.note;
        if (auto v = note_field(("##evidence-" + b.id).c_str(), current, "Evidence for this behaviour", 2.0f, ro))
            app.edit(d.card.id, SetEvidence{c.id, b.id, *v});
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (!c.examples.empty()) {
        if (ImGui::CollapsingHeader("Examples from the framework")) {
            for (const auto& ex : c.examples) {
                ImGui::Bullet();
                ImGui::SameLine();
                text_muted(ex);
            }
        }
    }
    heading(app, "Notes");
    if (auto v = note_field("##notes", cs->notes, "Anything else about this competency", 3.0f, ro))
        app.edit(d.card.id, SetCompetencyNotes{c.id, *v});
    ImGui::Spacing();
    ImGui::Spacing();
    draw_rating(app, d, r, c);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (secondary_button("Previous competency", ImVec2(0, 0), d.current > 0)) app.move_to(d.card.id, d.current - 1);
    ImGui::SameLine();
    if (d.current + 1 < int(r.competencies.size())) {
        if (primary_button("Next competency")) app.move_to(d.card.id, d.current + 1);
    } else if (primary_button("Review and submit")) {
        app.go(Screen::Review);
    }
    ImGui::Dummy(ImVec2(0, 40));
}

void handle_keys(App& app, Draft& d, const scorecard::Rubric& r) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    int n = int(r.competencies.size());
    int before = d.current;
    if (!d.card.sealed() && !io.KeyCtrl && !io.KeySuper && !io.KeyAlt) {
        for (int k = 1; k <= 4; ++k)
            if (ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_1 + k - 1), false) ||
                ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_Keypad1 + k - 1), false))
                app.edit(d.card.id, SetScore{r.competencies[size_t(d.current)].id, k});
    }
    bool next = ImGui::IsKeyPressed(ImGuiKey_RightArrow) || ImGui::IsKeyPressed(ImGuiKey_DownArrow) ||
                ((io.KeyCtrl || io.KeySuper) && !io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Enter));
    bool prev = ImGui::IsKeyPressed(ImGuiKey_LeftArrow) || ImGui::IsKeyPressed(ImGuiKey_UpArrow) ||
                ((io.KeyCtrl || io.KeySuper) && io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_Enter));
    if (next && d.current + 1 < n) app.move_to(d.card.id, d.current + 1);
    if (prev && d.current > 0) app.move_to(d.card.id, d.current - 1);
    if (d.current != before) ImGui::SetScrollY(0);
}
}  // namespace

void draw_interview_screen(App& app) {
    Draft* d = app.active_draft();
    const scorecard::Rubric* r = d ? app.state.rubric_for(*d) : nullptr;
    if (!d || !r || r->competencies.empty()) {
        text_muted(d ? "The rubric of this interview is not in the library: import it to continue."
                     : "No interview is open.");
        if (ImGui::Button("Back to interviews")) app.go(Screen::Start);
        return;
    }
    float rail_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.27f, 260.0f, 380.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::BeginChild("##rail", ImVec2(rail_w, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    draw_rail(app, *d, *r);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 20));
    int shown = d->current;
    ImGui::BeginChild(("##competency-" + std::to_string(shown)).c_str(), ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    float width = std::min(920.0f, ImGui::GetContentRegionAvail().x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    ImGui::BeginChild("##col", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
    draw_competency(app, *d, *r);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    handle_keys(app, *d, *r);
    ImGui::EndChild();
}

}  // namespace ui
