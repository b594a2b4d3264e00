// The start screen: set up a new interview (rubric, candidate, interviewer, date,
// and optionally the competencies this interviewer covers) and the list of drafts
// on this device (resume, export, delete with confirmation).
#include <algorithm>

#include "app/setup_form.hpp"
#include "base/text.hpp"
#include "imgui.h"
#include "rubric/library.hpp"
#include "ui/ui.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

constexpr float kLabelWidth = 150;
constexpr float kMinFieldWidth = 240;

// Where the fields start: beside their labels, or under them when the area is too narrow
// for both (a half screen, 400% zoom): 0 then.
float field_x() { return ImGui::GetContentRegionAvail().x >= kLabelWidth + kMinFieldWidth ? kLabelWidth : 0.0f; }

void field_label(const char* text, float x) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    widget_registry_text(text);  // names the field after it, for assistive technology
    if (x > 0) ImGui::SameLine(x);
}

void at_field_x(float x) {
    if (x > 0) ImGui::SetCursorPosX(x);
}

void draw_rubric_choice(const Ctx& ctx, const scorecard::Rubric& rubric, float field_w, float x) {
    field_label("Rubric", x);
    ImGui::SetNextItemWidth(field_w);
    if (begin_combo("##rubric", rubric.title.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (const auto* r : ctx.state().all_rubrics()) {
            bool sel = r->id == rubric.id;
            std::string item = r->title + (scorecard::is_builtin(*r) ? "" : "  (imported)");
            if (ImGui::Selectable((item + "##" + r->id).c_str(), sel, 0, ImVec2(0, kMinTarget))) ctx.post(app::SetSetupRubric{r->id});
            mark_choice(Role::Option, "Rubric", sel);
            if (sel) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
}

void draw_split(const Ctx& ctx, const app::SetupForm& f, const scorecard::Rubric& rubric, float x) {
    field_label("Competencies", x);
    bool split = f.split;
    if (wrapped_checkbox("##split", "I cover only some competencies (panel split)", &split)) ctx.post(app::SetPanelSplit{split});
    if (!f.split) return;
    for (const auto& c : rubric.competencies) {
        at_field_x(x);
        bool on = f.covered.count(c.id) > 0;
        if (wrapped_checkbox(("##cover-" + c.id).c_str(), c.title, &on)) ctx.post(app::SetCovered{c.id, on});
    }
}

void draw_setup(const Ctx& ctx) {
    const app::SetupForm& f = ctx.app.setup();
    const scorecard::Rubric& rubric = ctx.app.setup_rubric();
    heading(ctx, "New interview");
    ImGui::Spacing();
    float x = field_x();
    float field_w = std::min(520.0f, ImGui::GetContentRegionAvail().x - x);
    draw_rubric_choice(ctx, rubric, field_w, x);
    // Required, and said to be wrong once "Start interview" was tried without them.
    auto required = [&](const std::string& value) {
        mark_state(kRequired | (ctx.local.setup_tried && scorecard::is_blank(value) ? kInvalid : 0));
    };
    field_label("Candidate", x);
    auto candidate = line_field("##candidate", f.candidate, "Full name", field_w);
    required(f.candidate);
    if (candidate) ctx.post(app::SetCandidateName{*candidate});
    field_label("Interviewer", x);
    auto interviewer = line_field("##interviewer", f.interviewer, "Your name", field_w);
    required(f.interviewer);
    if (interviewer) ctx.post(app::SetInterviewerName{*interviewer});
    field_label("Date", x);
    auto date = line_field("##date", f.date, "YYYY-MM-DD", std::min(160.0f, field_w));
    required(f.date);
    if (date) ctx.post(app::SetInterviewDate{*date});
    draw_split(ctx, f, rubric, x);
    ImGui::Spacing();
    at_field_x(x);
    text_muted(app::setup_scope_text(f, rubric));
    at_field_x(x);
    auto problems = app::setup_problems(f);
    if (primary_button("Start interview")) {
        ctx.local.setup_tried = !problems.empty();
        if (problems.empty()) ctx.post(app::StartInterview{});
    }
    // What is missing shows once the user tried to start, and goes as each is fixed.
    if (ctx.local.setup_tried && !problems.empty()) {
        ImGui::SameLine();
        text_wrapped(problems.front().message, &palette().error);
    }
}

void draw_delete_dialog(const Ctx& ctx) {
    if (!ImGui::BeginPopupModal("Delete interview?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const app::Draft* d = ctx.state().find_draft(ctx.local.confirm_delete);
    if (!d) {
        ImGui::CloseCurrentPopup();
    } else {
        text_wrapped("Delete the interview with " + d->card.candidate + " by " + d->card.interviewer + " on " +
                     d->card.date + "?");
        if (!d->exported) text_wrapped("It has not been exported: its notes will be gone.", &palette().error);
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Button, palette().error);
        ImGui::PushStyleColor(ImGuiCol_Text, palette().accent_text);
        if (ImGui::Button("Delete")) {
            ctx.post(app::DeleteDraft{ctx.local.confirm_delete});
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopStyleColor(2);
        ImGui::SameLine();
        if (ImGui::Button("Keep it") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Returns whether the user asked to delete this draft (the dialog opens outside the row's id scope).
bool draw_draft_row(const Ctx& ctx, const app::Draft& d) {
    ImGui::PushID(d.card.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    text_wrapped(d.card.candidate);
    ImGui::TableNextColumn();
    text_wrapped(d.card.interviewer);
    ImGui::TableNextColumn();
    text_wrapped(d.card.rubric.title);
    ImGui::TableNextColumn();
    text_wrapped(d.card.date);
    ImGui::TableNextColumn();
    if (d.card.sealed()) badge("Submitted", palette().ok);
    else badge("Draft", palette().warn);
    if (!d.exported) {
        ImGui::SameLine();
        text_muted("not exported");
    }
    ImGui::TableNextColumn();
    const std::string whose = d.card.candidate + " by " + d.card.interviewer;
    if (small_button(d.card.sealed() ? "Open" : "Resume")) ctx.post(app::OpenDraft{d.card.id});
    mark_name(std::string(d.card.sealed() ? "Open " : "Resume ") + whose);
    ImGui::SameLine();
    if (small_button("Export")) ctx.post(app::ExportDraft{d.card.id});
    mark_name("Export " + whose);
    ImGui::SameLine();
    bool del = small_button("Delete");
    mark_name("Delete " + whose);
    if (del) ctx.local.confirm_delete = d.card.id;
    ImGui::PopID();
    return del;
}

void draw_drafts(const Ctx& ctx) {
    heading(ctx, "Interviews on this device");
    text_muted("Stored in this browser only. Nothing leaves the device unless you export it.");
    ImGui::Spacing();
    if (ctx.state().drafts.empty()) {
        text_muted("No interviews yet.");
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("drafts", 6, flags)) {
        ImGui::TableSetupColumn("Candidate", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("Interviewer", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Rubric", ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 96);
        ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 250);
        ImGui::TableHeadersRow();
        bool del = false;
        for (const auto& d : ctx.state().drafts) del |= draw_draft_row(ctx, d);
        ImGui::EndTable();
        if (del) ImGui::OpenPopup("Delete interview?");
    }
    // The browser's answer to "keep this storage" (without it, it may clear it when space
    // runs low) arrives a moment after the first interview: below the list, so the rows
    // never move under the pointer when it does.
    if (ctx.app.persistence() == app::Persistence::Refused) {
        ImGui::Spacing();
        text_wrapped("This browser did not promise to keep Scorecard's storage: it may clear it when the device runs "
                     "low on space. Export each interview when you finish it.",
                     &palette().warn);
    }
    draw_delete_dialog(ctx);
}

}  // namespace

void draw_start_screen(const Ctx& ctx) {
    ImGui::BeginChild("##start", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    float width = std::min(1100.0f, ImGui::GetContentRegionAvail().x);
    float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    ImGui::PushItemWidth(width);
    ImGui::BeginGroup();
    title(ctx, "Scorecard");
    text_muted("Structured interviews: ask the rubric's questions, write down evidence, rate each competency against "
               "its anchors, and hand the panel a sealed scorecard.");
    ImGui::Spacing();
    ImGui::Spacing();
    begin_card("##setup-card", 20, width);
    draw_setup(ctx);
    end_card();
    ImGui::Spacing();
    ImGui::Spacing();
    draw_drafts(ctx);
    ImGui::EndGroup();
    ImGui::PopItemWidth();
    if (indent > 0) ImGui::Unindent(indent);
    ImGui::EndChild();
}

}  // namespace ui
