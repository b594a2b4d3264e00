// The rating, compact enough to stay on screen with the current question: one row of
// levels, the anchor of the level under the pointer (or the chosen one) beneath, and
// "Not assessed" with its reason. Below the fold: evidence per behaviour, free notes,
// the framework's examples.
#include <algorithm>

#include "base/limits.hpp"
#include "base/text.hpp"
#include "imgui.h"
#include "ui/interview_parts.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// One level's button; returns whether it is under the pointer.
std::string level_label(const scorecard::ScaleLevel& lvl) {
    return std::to_string(lvl.value) + "  " + lvl.label + "##rate-" + std::to_string(lvl.value);
}

bool level_button(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c, const scorecard::ScaleLevel& lvl,
                  bool sel) {
    const Palette& p = palette();
    std::string label = level_label(lvl);
    ImGui::PushStyleColor(ImGuiCol_Button, sel ? p.selected : ImGui::GetStyleColorVec4(ImGuiCol_Button));
    ImGui::PushStyleColor(ImGuiCol_Border, sel ? p.accent : p.border);
    ImGui::PushStyleColor(ImGuiCol_Text, sel ? p.accent : p.text);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, sel ? 2.0f : 1.0f);
    ImGui::PushFont(ctx.fonts.bold);
    ImGui::BeginDisabled(d.card.sealed());
    if (ImGui::Button(label.c_str()))
        ctx.post(app::EditDraft{d.card.id, app::SetScore{c.id, sel ? std::nullopt : std::optional<int>(lvl.value)}});
    mark_choice(Role::Radio, "Rating", sel);
    ImGui::EndDisabled();
    ImGui::PopFont();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
    return ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled);
}

void draw_not_assessed(const Ctx& ctx, const app::Draft& d, const scorecard::CompetencyScore& cs) {
    bool ro = d.card.sealed();
    bool na = cs.not_assessed();
    ImGui::BeginDisabled(ro);
    if (ImGui::Checkbox("Not assessed", &na))
        ctx.post(app::EditDraft{d.card.id, app::SetNotAssessed{cs.id, na ? std::optional<std::string>("") : std::nullopt}});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (!na) {
        text_muted("Separate from every score: say why.");
        return;
    }
    auto v = line_field("##na-reason", cs.not_assessed_reason.value_or(""), "Reason (required): no time, covered by another interviewer, ...", -1, ro);
    mark_name("Why not assessed");
    mark_state(kRequired | (scorecard::is_blank(cs.not_assessed_reason.value_or("")) ? kInvalid : 0));
    if (v) ctx.post(app::EditDraft{d.card.id, app::SetNotAssessed{cs.id, *v}});
}

}  // namespace

void draw_rating(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, const scorecard::Competency& c,
                 const scorecard::CompetencyScore& cs) {
    ImGui::AlignTextToFramePadding();
    bold(ctx, "Rating");
    const scorecard::ScaleLevel* shown = nullptr;
    for (const auto& lvl : r.scale) {
        bool sel = cs.score && *cs.score == lvl.value;
        if (sel && !shown) shown = &lvl;
        flow_item(level_label(lvl).c_str(), ctx.fonts.bold);
        if (level_button(ctx, d, c, lvl, sel)) shown = &lvl;
    }
    // The anchor of the level under the pointer, else of the chosen one: every anchor is a
    // hover away, and the chosen one always in view.
    if (shown) text_wrapped(shown->label + ": " + shown->anchor, &palette().muted);
    else text_muted("Rate the competency as a whole, at the level of " + (r.level.empty() ? r.title : r.level) +
                    ". Point at a level to read its anchor.");
    draw_not_assessed(ctx, d, cs);
}

void draw_behaviour_evidence(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c,
                             const scorecard::CompetencyScore& cs) {
    bool ro = d.card.sealed();
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (ImGui::CollapsingHeader("Behaviours and evidence")) {
        if (!c.summary.empty()) text_muted(c.summary);
        for (const auto& b : c.behaviours) {
            ImGui::PushID(b.id.c_str());
            text_wrapped(b.text);
            std::string current;
            for (const auto& e : cs.evidence)
                if (e.behaviour == b.id) current = e.note;
            auto v = note_field(ctx, ("##evidence-" + b.id).c_str(), current, "Evidence for this behaviour", {2.0f, ro, true});
            mark_name("Evidence: " + b.text);
            if (v)
                ctx.post(app::EditDraft{d.card.id, app::SetEvidence{c.id, b.id, *v}});
            ImGui::Spacing();
            ImGui::PopID();
        }
    }
    if (!c.questions.empty()) {
        heading(ctx, "Notes");
        if (auto v = note_field(ctx, "##notes", cs.notes, "Anything else about this competency", {3.0f, ro, true}))
            ctx.post(app::EditDraft{d.card.id, app::SetCompetencyNotes{c.id, *v}});
    }
    if (!c.examples.empty() && ImGui::CollapsingHeader("Examples from the framework")) {
        for (const auto& ex : c.examples) {
            ImGui::Bullet();
            ImGui::SameLine();
            text_muted(ex);
        }
    }
}

}  // namespace ui
