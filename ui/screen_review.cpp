// Review and submit: every competency's rating beside its evidence count, the
// score with how many competencies it rests on, what is missing, key takeaways,
// private notes, the recommendation and its rationale; submit seals the
// scorecard, reopening is explicit and recorded; export and copy as text.
#include <algorithm>

#include "app.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "interview_model.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
std::string g_reopen_reason;
}

void draw_review_screen(App& app) {
    Draft* d = app.active_draft();
    const scorecard::Rubric* r = d ? app.state.rubric_for(*d) : nullptr;
    if (!d || !r) {
        text_muted("No interview is open.");
        if (ImGui::Button("Back to interviews")) app.go(Screen::Start);
        return;
    }
    const Palette& p = palette();
    bool sealed = d->card.sealed();
    std::string id = d->card.id;
    ImGui::BeginChild("##review", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    float width = std::min(980.0f, ImGui::GetContentRegionAvail().x);
    float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    // A column of fixed width: tables, notes and buttons line up, and lines stay readable.
    ImGui::BeginChild("##review-column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);

    if (secondary_button(sealed ? "Back to interviews" : "Back to the interview"))
        app.go(sealed ? Screen::Start : Screen::Interview);
    ImGui::PushFont(app.fonts.title);
    text_wrapped("Review: " + d->card.candidate);
    ImGui::PopFont();
    text_muted(r->title + "  ·  " + d->card.interviewer + "  ·  " + d->card.date);
    if (!sealed && ImGui::TreeNode("Correct the candidate, interviewer or date")) {
        // A typo in a name is fixed here, before the scorecard is sealed.
        auto details = SetDetails{d->card.candidate, d->card.interviewer, d->card.date};
        bool changed = false;
        if (auto v = line_field("Candidate##details-candidate", details.candidate, "Full name", 360)) {
            details.candidate = *v;
            changed = true;
        }
        if (auto v = line_field("Interviewer##details-interviewer", details.interviewer, "Your name", 360)) {
            details.interviewer = *v;
            changed = true;
        }
        // The date is typed into a screen-local copy: an impossible date is never stored
        // (the file format would reject the draft), and the user sees why.
        static std::string pending_date, pending_for;
        if (pending_for != id) {
            pending_for = id;
            pending_date = d->card.date;
        }
        if (auto v = line_field("Date##details-date", pending_date, "YYYY-MM-DD", 160)) pending_date = *v;
        if (!scorecard::is_valid_date(pending_date))
            text_wrapped("Enter a real date as YYYY-MM-DD; the scorecard keeps " + d->card.date + " until then.",
                         &p.error);
        else if (pending_date != d->card.date) {
            details.date = pending_date;
            changed = true;
        }
        if (changed) app.edit(id, details);
        ImGui::TreePop();
    }
    if (sealed) {
        text_wrapped("Submitted " + *d->card.submitted_at + ". The scorecard is sealed and read-only.", &p.ok);
    }
    for (const auto& ev : d->card.reopened)
        text_muted("Reopened " + ev.at + (ev.reason.empty() ? "" : ": " + ev.reason));
    ImGui::Spacing();

    // Ratings table.
    if (ImGui::BeginTable("ratings", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(0, 0))) {
        ImGui::TableSetupColumn("Competency", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Rating", ImGuiTableColumnFlags_WidthFixed, 220);
        ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthFixed, 90);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 70);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < r->competencies.size(); ++i) {
            const auto& c = r->competencies[i];
            const auto* cs = d->card.find(c.id);
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            text_wrapped(c.title + (d->card.is_required(c.id) ? "" : "  (not yours)"));
            ImGui::TableNextColumn();
            std::string label = state_label(*d, *r, c.id);
            auto st = state_of(*d, c.id);
            text_wrapped(label, st == CompetencyState::Rated ? &p.text : &p.muted);
            ImGui::TableNextColumn();
            int ev = cs ? cs->evidence_count() : 0;
            ImGui::TextColored(ev == 0 && st == CompetencyState::Rated ? p.warn : p.text, "%d", ev);
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(sealed ? "View" : "Edit")) {
                app.move_to(id, int(i));
                app.go(Screen::Interview);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    auto score = scorecard::compute_score(d->card, r);
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.heading);
    if (score.mean) ImGui::Text("Score %s", format_score(*score.mean).c_str());
    else ImGui::TextUnformatted("Score: nothing rated yet");
    ImGui::PopFont();
    text_muted("Mean of " + std::to_string(score.rated) + " rated of " + std::to_string(score.total) +
               " competencies" + (score.not_assessed ? ", " + std::to_string(score.not_assessed) + " not assessed" : "") +
               ". Weighted where the rubric sets weights.");
    ImGui::Spacing();

    auto missing = scorecard::missing_for_submit(d->card, *r);
    auto warnings = scorecard::submit_warnings(d->card, *r);
    if (!sealed && (!missing.empty() || !warnings.empty())) {
        heading(app, "Before you submit");
        for (const auto& m : missing) {
            ImGui::TextColored(p.error, "Missing");
            ImGui::SameLine();
            text_wrapped(m.message);
        }
        for (const auto& m : warnings) {
            ImGui::TextColored(p.warn, "Check");
            ImGui::SameLine();
            text_wrapped(m.message);
        }
        ImGui::Spacing();
    }

    heading(app, "Key takeaways");
    if (auto v = note_field("##takeaways", d->card.key_takeaways, "The few things the panel should know", 3, sealed))
        app.edit(id, SetKeyTakeaways{*v});
    ImGui::Spacing();
    heading(app, "Private notes");
    text_muted("Stay on this device. Never exported, never copied.");
    if (auto v = note_field("##private", d->private_notes, "For your eyes only", 2, false))
        app.edit(id, SetPrivateNotes{*v});
    ImGui::Spacing();
    heading(app, "Recommendation");
    for (const auto& rec : r->recommendations) {
        bool sel = d->card.recommendation && *d->card.recommendation == rec.id;
        ImGui::BeginDisabled(sealed);
        if (sel) ImGui::PushStyleColor(ImGuiCol_Button, p.selected);
        ImGui::PushStyleColor(ImGuiCol_Border, sel ? p.accent : p.border);
        if (ImGui::Button((rec.label + "##rec-" + rec.id).c_str(), ImVec2(140, 0)))
            app.edit(id, SetRecommendation{sel ? std::nullopt : std::optional<std::string>(rec.id)});
        ImGui::PopStyleColor(sel ? 2 : 1);
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    text_muted("Required, and there is no neutral.");
    ImGui::Spacing();
    heading(app, "Rationale");
    if (auto v = note_field("##rationale", d->card.rationale, "Why, in terms of the evidence (required)", 3, sealed))
        app.edit(id, SetRationale{*v});
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    if (!sealed) {
        if (primary_button("Submit scorecard", ImVec2(0, 0), missing.empty())) {
            if (app.edit(id, Submit{now_iso_utc()})) app.notify(Notice::Success, "Submitted and sealed.");
        }
        if (!missing.empty()) {
            ImGui::SameLine();
            text_muted(std::to_string(missing.size()) + " item(s) missing");
        }
    } else {
        if (secondary_button("Reopen")) {
            g_reopen_reason.clear();
            ImGui::OpenPopup("Reopen scorecard?");
        }
    }
    ImGui::SameLine();
    if (secondary_button("Export JSON")) app.export_draft(id);
    ImGui::SameLine();
    if (secondary_button("Copy as text")) app.copy_draft_as_text(id);

    if (ImGui::BeginPopupModal("Reopen scorecard?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("Reopening is recorded in the file, with the time and your reason.");
        ImGui::SetNextItemWidth(420);
        ImGui::InputTextWithHint("##reopen-reason", "Reason", &g_reopen_reason);
        ImGui::BeginDisabled(g_reopen_reason.find_first_not_of(" ") == std::string::npos);
        if (ImGui::Button("Reopen")) {
            app.edit(id, Reopen{now_iso_utc(), g_reopen_reason});
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::EndChild();
    if (indent > 0) ImGui::Unindent(indent);
    ImGui::EndChild();
}

}  // namespace ui
