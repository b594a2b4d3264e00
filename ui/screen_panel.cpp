// The panel screen: load everyone's scorecards (file chooser, drop, or pasted JSON)
// and see each file's verdict; one's own judgement stays independent until it is
// committed (the independent-first gate); then per candidate the summary, matrix,
// chart and decision record, and across candidates the comparison. The session and
// its rules are the app's (app/panel_session.hpp); the sections are panel_*.cpp.
#include <algorithm>

#include "imgui.h"
#include "panel/debrief.hpp"
#include "scorecard/scorecard_json.hpp"
#include "ui/panel_sections.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

using scorecard::FileStatus;

// The id of a file's Remove button carries its status, so a test can read it:
// ##file-<i>-counted|rejected|held|draft.
std::string remove_id(const scorecard::LoadedScorecard& l, size_t i) {
    const char* status = l.status == FileStatus::Counted      ? "counted"
                         : l.status == FileStatus::HeldBack   ? "held"
                         : l.status == FileStatus::NotCounted ? "draft"
                                                              : "rejected";
    return "Remove##file-" + std::to_string(i) + "-" + status;
}

void draw_mine_box(const Ctx& ctx, const scorecard::Scorecard& sc, size_t i) {
    // Only a submitted scorecard commits a judgement; one submitted here is mine already.
    if (app::submitted_here(ctx.state(), sc.id)) {
        ImGui::AlignTextToFramePadding();
        text_muted("Mine (here)");
        return;
    }
    bool on = ctx.app.panel().is_mine(sc.id);
    if (ImGui::Checkbox(("My scorecard##mine-" + std::to_string(i)).c_str(), &on)) ctx.post(app::SetMine{sc.id, on});
    mark_name("My scorecard: " + sc.interviewer + " on " + sc.candidate);
}

// A counted file's signature: signed and unchanged by whom, or not signed; a flag when the
// key is not the one expected; and a way to put the signer in the roster.
void draw_signer(const Ctx& ctx, const scorecard::LoadedScorecard& l, size_t i) {
    if (!l.signer) return;
    const Palette& p = palette();
    const scorecard::Signer& s = *l.signer;
    using St = scorecard::SignatureState;
    // Not signed is said on the file's line (draw_file_row): files from before signing keep their layout.
    if (s.status.state == St::Intact) text_wrapped("Signed, unchanged since it was submitted: " + s.who, &p.ok);
    else if (s.status.state == St::Changed) text_wrapped("Edited after it was submitted: the signature does not match", &p.error);
    if (s.warning) text_wrapped(*s.warning, &p.warn);
    const auto& roster = ctx.app.panel().trust().roster;
    if (s.status.state == St::Intact && !roster.by_key(s.status.public_key) &&
        small_button(("Add to roster as " + l.scorecard->interviewer + "##trust-" + std::to_string(i)).c_str()))
        ctx.post(app::TrustSigner{l.scorecard->id});
}

// A counted or refused file: its status, name, whose it is or why it is left out.
void draw_file_row(const Ctx& ctx, const scorecard::LoadedScorecard& l, size_t i) {
    const Palette& p = palette();
    ImGui::PushID(int(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (l.usable()) text_wrapped(l.included_on_purpose ? "Counted, included" : "Counted", &p.ok);
    else text_wrapped("Refused", &p.error);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    text_wrapped(l.file);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (l.usable())
        text_muted(l.scorecard->interviewer + " on " + l.scorecard->candidate + ", interviewed " + l.scorecard->date +
                   ", " + scorecard::submit_timing_text(*l.scorecard) +
                   (l.signer && l.signer->status.state == scorecard::SignatureState::NotSigned ? "; not signed" : ""));
    if (l.usable()) draw_signer(ctx, l, i);
    // Each problem names the file and the field.
    for (const auto& e : l.problems) text_wrapped(e.to_string(), &p.error);
    if (l.usable() && l.included_on_purpose && l.held_back) {
        bool by_signature = l.held_back->field == scorecard::scorecard_field::kSignatures;
        text_wrapped(std::string(by_signature ? "Held back by its signature" : "Held back by its date") +
                         ", included by the lead: " + l.held_back_fact,
                     &p.warn);
        if (small_button(("Hold back again##exclude-" + std::to_string(i)).c_str()))
            ctx.post(app::IncludeHeldBack{l.scorecard->id, false});
    }
    ImGui::TableNextColumn();
    if (l.usable()) draw_mine_box(ctx, *l.scorecard, i);
    ImGui::TableNextColumn();
    if (small_button(remove_id(l, i).c_str())) ctx.post(app::RemovePanelFile{i});
    mark_name("Remove " + l.file);
    ImGui::PopID();
}

void draw_file_table(const Ctx& ctx, const std::vector<scorecard::LoadedScorecard>& loaded) {
    if (!ImGui::BeginTable("files", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Counted, included").x);
    ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Scorecard", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Mine", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("My scorecard").x + 32);
    ImGui::TableSetupColumn("Remove", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Remove").x + 24);
    for (size_t i = 0; i < loaded.size(); ++i)
        if (loaded[i].status == FileStatus::Counted || loaded[i].status == FileStatus::Refused) draw_file_row(ctx, loaded[i], i);
    ImGui::EndTable();
}

// Interviews far from the others: the lead answers "same application?" for each.
void draw_held_back(const Ctx& ctx, const std::vector<scorecard::LoadedScorecard>& loaded) {
    const Palette& p = palette();
    for (size_t i = 0; i < loaded.size(); ++i) {
        const auto& l = loaded[i];
        if (l.status != FileStatus::HeldBack || !l.held_back) continue;
        ImGui::PushID(int(i));
        begin_card(("##held-" + std::to_string(i)).c_str(), 14);
        bool by_signature = l.held_back->field == scorecard::scorecard_field::kSignatures;
        bool changed = by_signature && l.signer && l.signer->status.state == scorecard::SignatureState::Changed;
        bold(ctx, changed ? "Held back: edited after it was submitted" : by_signature ? "Held back: whose key?" : "Held back: same application?");
        text_wrapped(l.scorecard->interviewer + "'s scorecard for " + l.scorecard->candidate + " (" + l.file + "): " +
                     l.held_back_fact + ".", by_signature ? &p.error : nullptr);
        text_wrapped(by_signature ? "It is not counted unless you include it. Include it only after asking the interviewer: "
                                    "the panel records that you did."
                                  : "It is not counted unless you include it. Include it only if it belongs to the application "
                                    "being decided; a later or earlier application is a separate panel.", &p.muted);
        if (secondary_button(("Include in this panel##include-" + std::to_string(i)).c_str()))
            ctx.post(app::IncludeHeldBack{l.scorecard->id, true});
        ImGui::SameLine();
        if (secondary_button(remove_id(l, i).c_str())) ctx.post(app::RemovePanelFile{i});
        mark_name("Remove " + l.file);
        end_card();
        ImGui::PopID();
    }
}

// Drafts, apart: who they are from, and that they never count.
void draw_drafts(const Ctx& ctx, const std::vector<scorecard::LoadedScorecard>& loaded) {
    bool any = std::any_of(loaded.begin(), loaded.end(), [](const auto& l) { return l.status == FileStatus::NotCounted; });
    if (!any) return;
    ImGui::Spacing();
    bold(ctx, "Not counted: drafts");
    text_muted("A draft can still change after the debrief, so it never counts in any number here. Ask for the "
               "submitted file.");
    for (size_t i = 0; i < loaded.size(); ++i) {
        const auto& l = loaded[i];
        if (l.status != FileStatus::NotCounted) continue;
        ImGui::PushID(int(i));
        ImGui::AlignTextToFramePadding();
        // A submitted file waits here, for a moment, while the browser verifies its signature.
        bool checking = l.signer && l.signer->status.state == scorecard::SignatureState::Checking;
        text_wrapped(l.scorecard->interviewer + " on " + l.scorecard->candidate + " (" + l.file + "): " +
                         (checking ? "checking the signature" : "not counted, not submitted"),
                     &palette().warn);
        for (size_t w = 1; w < l.warnings.size(); ++w) text_muted(l.warnings[w].message);
        if (small_button(remove_id(l, i).c_str())) ctx.post(app::RemovePanelFile{i});
        mark_name("Remove " + l.file);
        ImGui::PopID();
    }
}

std::string files_count_text(const std::vector<scorecard::LoadedScorecard>& loaded) {
    int n[4] = {0, 0, 0, 0};
    for (const auto& l : loaded) ++n[int(l.status)];
    std::string s = std::to_string(n[int(FileStatus::Counted)]) + " of " + std::to_string(loaded.size()) + " files counted";
    if (int h = n[int(FileStatus::HeldBack)]) s += ", " + std::to_string(h) + " held back";
    if (int d = n[int(FileStatus::NotCounted)]) s += ", " + std::to_string(d) + (d == 1 ? " draft" : " drafts") + " not counted";
    if (int r = n[int(FileStatus::Refused)]) s += ", " + std::to_string(r) + " refused";
    return s;
}

void draw_files(const Ctx& ctx) {
    const auto& loaded = ctx.app.panel().loaded();
    if (loaded.empty()) return;
    ImGui::Spacing();
    bold(ctx, files_count_text(loaded));
    draw_file_table(ctx, loaded);
    draw_held_back(ctx, loaded);
    draw_drafts(ctx, loaded);
}

// The team roster: who owns which key. Built by pasting each interviewer's copied key
// (or "Add to roster" on a signed file), or loaded as a file; exported for the next panel.
void draw_roster(const Ctx& ctx) {
    const auto& roster = ctx.app.panel().trust().roster;
    const auto& loaded = ctx.app.panel().loaded();
    bool any_signed = std::any_of(loaded.begin(), loaded.end(), [](const auto& l) {
        return l.scorecard && !l.scorecard->signatures.empty();
    });
    if (roster.people.empty() && !any_signed) return;  // nothing signed, nothing to say about keys
    ImGui::Spacing();
    if (roster.people.empty()) {
        text_muted("No team roster: a signed file shows its key, and this device remembers the first key it saw for "
                   "each name. Load a roster file, or paste an interviewer's copied public key above.");
        return;
    }
    std::string names;
    for (const auto& k : roster.people) names += (names.empty() ? "" : ", ") + k.name;
    text_wrapped("Team roster: " + std::to_string(roster.people.size()) + (roster.people.size() == 1 ? " person (" : " people (") +
                 names + ")");
    if (secondary_button("Export roster")) ctx.post(app::ExportRoster{});
    ImGui::SameLine();
    if (secondary_button("Clear roster")) ctx.post(app::ClearRoster{});
}

void draw_loader(const Ctx& ctx) {
    heading(ctx, "Scorecards");
    if (primary_button("Load scorecards...")) ctx.post(app::PickPanelFiles{});
    ImGui::SameLine();
    const auto& drafts = ctx.state().drafts;
    bool have_sealed = std::any_of(drafts.begin(), drafts.end(), [](const app::Draft& d) { return d.card.sealed(); });
    if (secondary_button("Add my submitted scorecards", ImVec2(0, 0), have_sealed)) ctx.post(app::AddMySubmitted{});
    ImGui::SameLine();
    if (secondary_button("Clear", ImVec2(0, 0), !ctx.app.panel().files().empty())) ctx.post(app::ClearPanel{});
    text_muted("Choose several files at once, drop them on the page, or paste a scorecard's JSON below. "
               "Each file is checked on its own; a bad file is left out and never blocks the others.");
    auto pasted = note_field("##paste", ctx.local.paste, "Paste scorecard JSON, or an interviewer's public key, here", 1.0f);
    mark_name("Scorecard JSON or a public key to add");
    if (auto v = pasted)
        ctx.local.paste = *v;
    if (secondary_button("Add pasted JSON", ImVec2(0, 0), !ctx.local.paste.empty())) {
        ctx.post(app::AddPastedScorecard{ctx.local.paste});
        ctx.local.paste.clear();
    }
    draw_roster(ctx);
    draw_files(ctx);
}

// The independent-first gate, shown instead of a candidate's scores.
void draw_gate(const Ctx& ctx, const std::string& candidate) {
    begin_card("##independent", 18);
    heading(ctx, "Independent first");
    text_wrapped("The others' scores for " + candidate +
                 " stay hidden until you have committed your own judgement, so the debrief cannot move it. "
                 "Your own judgement counts as committed once your scorecard is submitted: submit it on this device "
                 "(Interviews), or load your exported scorecard above and tick \"My scorecard\" beside it. "
                 "A draft does not count.");
    ImGui::Spacing();
    text_muted("If you lead the debrief and did not interview, you can reveal everything.");
    if (secondary_button("I lead the debrief: reveal all scores")) ctx.post(app::SetRevealed{true});
    end_card();
}

void draw_candidate_choice(const Ctx& ctx) {
    const auto& groups = ctx.app.panel().candidates();
    if (groups.size() < 2) return;
    const scorecard::CandidateGroup* shown = ctx.app.panel().shown_group();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Candidate");
    widget_registry_text("Candidate");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(320);
    if (begin_combo("##candidate", shown ? shown->name.c_str() : "")) {
        for (const auto& g : groups) {
            if (ImGui::Selectable((g.name + "##pick-" + g.key).c_str(), shown && g.key == shown->key, 0, ImVec2(0, kMinTarget)))
                ctx.post(app::SelectCandidate{g.key});
            mark_choice(Role::Option, "Candidate", shown && g.key == shown->key);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    text_muted(std::to_string(groups.size()) + " candidates on this rubric; see the comparison below.");
}

void draw_candidate(const Ctx& ctx, const scorecard::CandidateGroup& shown, float width) {
    const app::PanelSession& session = ctx.app.panel();
    if (!app::scores_visible(ctx.state(), session, shown.key)) return draw_gate(ctx, shown.name);
    if (session.revealed()) {
        ImGui::AlignTextToFramePadding();
        text_muted("Scores revealed by the debrief lead.");
        ImGui::SameLine();
        if (small_button("Hide scores again")) ctx.post(app::SetRevealed{false});
    }
    const auto* panel = session.panel();
    if (!panel) return;
    if (!*panel) return text_wrapped(panel->error().to_string(), &palette().error);
    draw_panel_summary(ctx, panel->value());
    ImGui::Spacing();
    draw_panel_cards(ctx, panel->value(), width);
    ImGui::Spacing();
    draw_panel_matrix(ctx, panel->value(), width);
    ImGui::Spacing();
    heading(ctx, "Range and mean per competency");
    draw_panel_chart(panel->value(), width);
    ImGui::Spacing();
    draw_panel_decision(ctx, panel->value());
}

void draw_candidates(const Ctx& ctx, float width) {
    const app::PanelSession& session = ctx.app.panel();
    const scorecard::CandidateGroup* shown = session.shown_group();
    if (!shown) return;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    draw_candidate_choice(ctx);
    draw_candidate(ctx, *shown, width);
    if (session.candidates().size() < 2) return;
    if (app::comparison_visible(ctx.state(), session)) {
        draw_panel_comparison(ctx, width);
    } else {
        ImGui::Spacing();
        text_muted("The comparison of candidates, calibration and agreement appear once you have committed "
                   "your own judgement on every candidate, or the debrief lead reveals all scores.");
    }
}

}  // namespace

void draw_panel_screen(const Ctx& ctx) {
    ImGui::BeginChild("##panel", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    float width = std::min(1200.0f, ImGui::GetContentRegionAvail().x);
    float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::BeginGroup();
    title(ctx, "Panel");
    text_muted("Consolidate the panel's scorecards into one decision. The arithmetic is done for you and "
               "disagreements are flagged for the debrief.");
    ImGui::Spacing();
    draw_loader(ctx);
    draw_candidates(ctx, width);
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace ui
