// Review and submit: every competency's rating beside its evidence count, the
// score with how many competencies it rests on, what is missing, key takeaways,
// private notes, the recommendation and its rationale; submit seals the
// scorecard, reopening is explicit and recorded; export and copy as text.
#include <algorithm>

#include "app/interview_model.hpp"
#include "base/dates.hpp"
#include "base/text.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "scorecard/scoring.hpp"
#include "scorecard/signature.hpp"
#include "ui/ui.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// Brings the last item (a section's heading) near the top of the view once, when "Before
// you submit" asked for it. The review column grows with its content inside the window
// that scrolls, so that window is the one to move.
void scroll_here_if(const Ctx& ctx, const char* section) {
    if (ctx.local.review_scroll_to != section) return;
    ImGuiWindow* scroller = ImGui::GetCurrentWindow()->ParentWindow;
    if (scroller) ImGui::SetScrollFromPosY(scroller, ImGui::GetItemRectMin().y - scroller->Pos.y, 0.1f);
    ctx.local.review_scroll_to.clear();
}

// A typo in a name is fixed here, before the scorecard is sealed. The date is typed into
// a screen-local copy: an impossible date is never stored (the file format would reject
// the draft), and the user sees why.
void draw_details(const Ctx& ctx, const app::Draft& d) {
    if (ctx.local.review_scroll_to == "details") ImGui::SetNextItemOpen(true);
    bool open = ImGui::TreeNode("Correct the candidate, interviewer or date");
    scroll_here_if(ctx, "details");
    if (!open) return;
    app::SetDetails details{d.card.candidate, d.card.interviewer, d.card.date};
    bool changed = false;
    if (auto v = line_field("Candidate##details-candidate", details.candidate, "Full name", 360)) {
        details.candidate = *v;
        changed = true;
    }
    if (auto v = line_field("Interviewer##details-interviewer", details.interviewer, "Your name", 360)) {
        details.interviewer = *v;
        changed = true;
    }
    ScreenState& local = ctx.local;
    if (local.pending_date_for != d.card.id) {
        local.pending_date_for = d.card.id;
        local.pending_date = d.card.date;
    }
    if (auto v = line_field("Date##details-date", local.pending_date, "YYYY-MM-DD", 160)) local.pending_date = *v;
    if (!scorecard::is_valid_date(local.pending_date)) {
        text_wrapped("Enter a real date as YYYY-MM-DD; the scorecard keeps " + d.card.date + " until then.",
                     &palette().error);
    } else if (local.pending_date != d.card.date) {
        details.date = local.pending_date;
        changed = true;
    }
    if (changed) ctx.post(app::EditDraft{d.card.id, details});
    ImGui::TreePop();
}

void draw_ratings_table(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    const Palette& p = palette();
    if (!ImGui::BeginTable("ratings", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(0, 0))) return;
    ImGui::TableSetupColumn("Competency", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Rating", ImGuiTableColumnFlags_WidthFixed, 220);
    ImGui::TableSetupColumn("Evidence", ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < r.competencies.size(); ++i) {
        const auto& c = r.competencies[i];
        const auto* cs = d.card.find(c.id);
        ImGui::PushID(int(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        text_wrapped(c.title + (d.card.is_required(c.id) ? "" : "  (not yours)"));
        ImGui::TableNextColumn();
        auto st = app::state_of(d, c.id);
        text_wrapped(app::state_label(d, r, c.id), st == app::CompetencyState::Rated ? &p.text : &p.muted);
        ImGui::TableNextColumn();
        int ev = cs ? cs->evidence_count() : 0;
        text_wrapped(std::to_string(ev), ev == 0 && st == app::CompetencyState::Rated ? &p.warn : &p.text);
        ImGui::TableNextColumn();
        if (small_button(d.card.sealed() ? "View" : "Edit")) {
            ctx.post(app::MoveTo{d.card.id, int(i)});
            ctx.post(app::Go{app::Screen::Interview});
        }
        mark_name(std::string(d.card.sealed() ? "View " : "Edit ") + c.title);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// One item of "Before you submit", as a link to where it is fixed.
void missing_link(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, const scorecard::Missing& m,
                  const char* kind, const ImVec4& colour, int i) {
    using F = scorecard::Missing::Field;
    ImGui::PushID(i);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(colour, "%s", kind);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    if (ImGui::Button((m.message + "##missing").c_str())) {
        if (m.field == F::Competency) {
            for (size_t k = 0; k < r.competencies.size(); ++k)
                if (r.competencies[k].id == m.competency) ctx.post(app::MoveTo{d.card.id, int(k)});
            ctx.post(app::Go{app::Screen::Interview});
        } else {
            ctx.local.review_scroll_to = m.field == F::Recommendation ? "recommendation"
                                         : m.field == F::Rationale    ? "rationale"
                                                                      : "details";
        }
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PopID();
}

void draw_score_and_missing(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    const Palette& p = palette();
    auto score = scorecard::compute_score(d.card, &r);
    ImGui::Spacing();
    heading(ctx, score.mean ? "Score " + scorecard::format_score(*score.mean) : "Score: nothing rated yet");
    text_muted("Mean of " + std::to_string(score.rated) + " rated of " + std::to_string(score.total) + " competencies" +
               (score.not_assessed ? ", " + std::to_string(score.not_assessed) + " not assessed" : "") +
               ". Weighted where the rubric sets weights.");
    ImGui::Spacing();
    auto missing = scorecard::missing_for_submit(d.card, r);
    auto warnings = scorecard::submit_warnings(d.card, r);
    if (d.card.sealed() || (missing.empty() && warnings.empty())) return;
    heading(ctx, "Before you submit");
    text_muted("Click an item to go where it is fixed.");
    int i = 0;
    for (const auto& m : missing) missing_link(ctx, d, r, m, "Missing", p.error, i++);
    for (const auto& m : warnings) missing_link(ctx, d, r, m, "Check", p.warn, i++);
    ImGui::Spacing();
}

void draw_recommendation(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    const Palette& p = palette();
    bool sealed = d.card.sealed();
    heading(ctx, "Recommendation");
    scroll_here_if(ctx, "recommendation");
    for (const auto& rec : r.recommendations) {
        bool sel = d.card.recommendation && *d.card.recommendation == rec.id;
        ImGui::BeginDisabled(sealed);
        if (sel) ImGui::PushStyleColor(ImGuiCol_Button, p.selected);
        ImGui::PushStyleColor(ImGuiCol_Border, sel ? p.accent : p.border);
        if (ImGui::Button((rec.label + "##rec-" + rec.id).c_str(), ImVec2(140, 0)))
            ctx.post(app::EditDraft{d.card.id, app::SetRecommendation{sel ? std::nullopt : std::optional<std::string>(rec.id)}});
        mark_choice(Role::Radio, "Recommendation", sel);
        ImGui::PopStyleColor(sel ? 2 : 1);
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    text_muted("Required, and there is no neutral.");
}

void draw_texts(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    bool sealed = d.card.sealed();
    const std::string& id = d.card.id;
    heading(ctx, "Key takeaways");
    if (auto v = note_field(ctx, "##takeaways", d.card.key_takeaways, "The few things the panel should know", {3, sealed, true}))
        ctx.post(app::EditDraft{id, app::SetKeyTakeaways{*v}});
    ImGui::Spacing();
    heading(ctx, "Private notes");
    text_muted("Stay on this device. Never exported, never copied.");
    auto private_notes = note_field(ctx, "##private", d.private_notes, "For your eyes only", {2, false, true});
    mark_name("Private notes");
    if (auto v = private_notes)
        ctx.post(app::EditDraft{id, app::SetPrivateNotes{*v}});
    ImGui::Spacing();
    draw_recommendation(ctx, d, r);
    ImGui::Spacing();
    heading(ctx, "Rationale");
    scroll_here_if(ctx, "rationale");
    if (auto v = note_field(ctx, "##rationale", d.card.rationale, "Why, in terms of the evidence (required)", {3, sealed, true}))
        ctx.post(app::EditDraft{id, app::SetRationale{*v}});
}

// What was noted per competency, read-only but selectable and copyable: question notes,
// evidence per behaviour, free notes.
void draw_competency_notes(const scorecard::Competency& c, const scorecard::CompetencyScore& cs) {
    for (const auto& q : cs.questions) {
        if (scorecard::is_blank(q.note) && !q.asked) continue;
        text_muted("Q" + std::to_string(q.index + 1) + ". " + q.question + (q.asked ? "  (asked)" : ""));
        ImGui::Indent(14);
        copyable_text(("##rq-" + c.id + "-" + std::to_string(q.index)).c_str(), q.note);
        std::string shows;
        for (const auto& b : q.behaviours)
            for (const auto& rb : c.behaviours)
                if (rb.id == b) shows += (shows.empty() ? "" : "; ") + rb.text;
        if (!shows.empty()) text_muted("Shows: " + shows);
        ImGui::Unindent(14);
    }
    for (const auto& e : cs.evidence) {
        if (scorecard::is_blank(e.note)) continue;
        for (const auto& rb : c.behaviours)
            if (rb.id == e.behaviour) text_muted(rb.text);
        ImGui::Indent(14);
        copyable_text(("##re-" + c.id + "-" + e.behaviour).c_str(), e.note);
        ImGui::Unindent(14);
    }
    if (!scorecard::is_blank(cs.notes)) {
        text_muted("Notes");
        ImGui::Indent(14);
        copyable_text(("##rn-" + c.id).c_str(), cs.notes);
        ImGui::Unindent(14);
    }
}

void draw_notes_section(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    bool any = false;
    for (const auto& c : d.card.competencies) any |= c.has_written_anything();
    if (!any) return;
    ImGui::Spacing();
    heading(ctx, "What you noted");
    text_muted("Select any of it with the mouse or the keyboard and copy it.");
    for (const auto& c : r.competencies) {
        const auto* cs = d.card.find(c.id);
        if (!cs || !cs->has_written_anything()) continue;
        ImGui::PushID(c.id.c_str());
        bold(ctx, c.title + ": " + app::state_label(d, r, c.id));
        draw_competency_notes(c, *cs);
        ImGui::Spacing();
        ImGui::PopID();
    }
}

void draw_reopen_dialog(const Ctx& ctx, const app::Draft& d) {
    if (!ImGui::BeginPopupModal("Reopen scorecard?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    text_wrapped("Reopening is recorded in the file, with the time and your reason.");
    ImGui::SetNextItemWidth(420);
    ImGui::InputTextWithHint("##reopen-reason", "Reason", &ctx.local.reopen_reason);
    mark_name("Reason for reopening");
    mark_state(kRequired);
    ImGui::BeginDisabled(scorecard::is_blank(ctx.local.reopen_reason));
    if (ImGui::Button("Reopen")) {
        ctx.post(app::EditDraft{d.card.id, app::Reopen{ctx.app.platform().now_iso_utc(), ctx.local.reopen_reason}});
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    // Escape leaves the reason field first (its text kept), then closes the dialog.
    if (ImGui::Button("Cancel") || (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGuiKey_Escape, false)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// Who can tell this scorecard is the interviewer's: the device key's fingerprint, and the
// public key to hand to the panel lead for the roster.
void draw_signature(const Ctx& ctx, const app::Draft& d) {
    const std::string& key = ctx.app.device_key();
    if (d.card.sealed() && !d.card.signatures.empty()) {
        const auto& s = d.card.signatures.back();
        std::string mine = s.public_key == key ? "this device's key" : "another key (this device's key has changed)";
        text_wrapped("Signed with " + mine + ", key " + scorecard::key_fingerprint_b64(s.public_key) +
                         ": a panel can tell nothing changed after the submit.", &palette().ok);
    } else if (d.card.sealed()) {
        text_wrapped("Not signed: submitted before this version signed scorecards. Reopen and submit again to sign it.",
                     &palette().warn);
    } else if (!key.empty()) {
        text_muted("Submitting signs the scorecard with this device's key " + scorecard::key_fingerprint_b64(key) + ".");
    } else {
        text_muted("Submitting creates this device's signing key (it never leaves this browser) and signs the scorecard.");
    }
    if (!key.empty() && secondary_button("Copy my public key")) ctx.post(app::CopyPublicKey{});
}

void draw_actions(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    const std::string& id = d.card.id;
    draw_signature(ctx, d);
    ImGui::Spacing();
    if (!d.card.sealed()) {
        auto missing = scorecard::missing_for_submit(d.card, r);
        bool signing = ctx.app.signing_draft() == id;
        if (primary_button(signing ? "Signing..." : "Submit scorecard", ImVec2(0, 0), missing.empty() && !signing))
            ctx.post(app::SubmitDraft{id});
        if (!missing.empty()) {
            ImGui::SameLine();
            text_muted(std::to_string(missing.size()) + (missing.size() == 1 ? " item missing" : " items missing"));
        }
    } else if (secondary_button("Reopen")) {
        ctx.local.reopen_reason.clear();
        ImGui::OpenPopup("Reopen scorecard?");
    }
    ImGui::SameLine();
    if (secondary_button("Export JSON")) ctx.post(app::ExportDraft{id});
    ImGui::SameLine();
    if (secondary_button("Copy as text")) ctx.post(app::CopyDraftAsText{id});
    draw_reopen_dialog(ctx, d);
}

void draw_head(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r) {
    bool sealed = d.card.sealed();
    if (secondary_button(sealed ? "Back to interviews" : "Back to the interview"))
        ctx.post(app::Go{sealed ? app::Screen::Start : app::Screen::Interview});
    title(ctx, "Review: " + d.card.candidate);
    text_muted(r.title + "  ·  " + d.card.interviewer + "  ·  " + d.card.date);
    if (!sealed) draw_details(ctx, d);
    if (sealed)
        text_wrapped("Submitted " + ctx.app.local_time(*d.card.submitted_at) + ". The scorecard is sealed and read-only.",
                     &palette().ok);
    for (const auto& ev : d.card.reopened)
        text_muted("Reopened " + ctx.app.local_time(ev.at) + (ev.reason.empty() ? "" : ": " + ev.reason));
    ImGui::Spacing();
}

}  // namespace

void draw_review_screen(const Ctx& ctx) {
    const app::Draft* d = ctx.app.active_draft();
    const scorecard::Rubric* r = d ? ctx.state().rubric_for(*d) : nullptr;
    if (!d || !r) {
        text_muted("No interview is open.");
        if (ImGui::Button("Back to interviews")) ctx.post(app::Go{app::Screen::Start});
        return;
    }
    ImGui::BeginChild("##review", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    float width = std::min(980.0f, ImGui::GetContentRegionAvail().x);
    float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    // A column of fixed width: tables, notes and buttons line up, and lines stay readable.
    ImGui::BeginChild("##review-column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
    draw_head(ctx, *d, *r);
    draw_ratings_table(ctx, *d, *r);
    draw_score_and_missing(ctx, *d, *r);
    draw_notes_section(ctx, *d, *r);
    draw_texts(ctx, *d, *r);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    draw_actions(ctx, *d, *r);
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::EndChild();
    if (indent > 0) ImGui::Unindent(indent);
    ImGui::EndChild();
}

}  // namespace ui
