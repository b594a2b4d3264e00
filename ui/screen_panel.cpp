// The panel screen: load everyone's scorecards (file chooser, drop, or pasted JSON)
// and see each file's verdict; one's own judgement stays independent until it is
// committed (the independent-first gate); then per candidate the summary, matrix,
// chart and decision record, and across candidates the comparison. The session and
// its rules are the app's (app/panel_session.hpp); the sections are panel_*.cpp.
#include <algorithm>

#include "imgui.h"
#include "ui/panel_sections.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

void draw_file_row(const Ctx& ctx, const scorecard::LoadedScorecard& l, size_t i) {
    const Palette& p = palette();
    ImGui::PushID(int(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (l.scorecard) text_wrapped(l.warnings.empty() ? "Used" : "Used, with warnings", l.warnings.empty() ? &p.ok : &p.warn);
    else text_wrapped("Not used", &p.error);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    text_wrapped(l.file);
    // Who it is, or why it is left out: each problem names the file and the field.
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (l.scorecard)
        text_muted(l.scorecard->interviewer + " on " + l.scorecard->candidate +
                   (l.scorecard->sealed() ? ", submitted " + l.scorecard->submitted_at->substr(0, 10) : ""));
    for (const auto& e : l.problems) text_wrapped(e.to_string(), &p.error);
    for (const auto& e : l.warnings) text_wrapped(e.to_string(), &p.warn);
    ImGui::TableNextColumn();
    // Only a submitted scorecard commits a judgement; one submitted here is mine already.
    if (l.scorecard && l.scorecard->sealed()) {
        if (app::submitted_here(ctx.state(), l.scorecard->id)) {
            ImGui::AlignTextToFramePadding();
            text_muted("Mine (here)");
        } else {
            bool on = ctx.app.panel().is_mine(l.scorecard->id);
            if (ImGui::Checkbox(("My scorecard##mine-" + std::to_string(i)).c_str(), &on))
                ctx.post(app::SetMine{l.scorecard->id, on});
        }
    }
    ImGui::TableNextColumn();
    // The id carries the file's verdict, so a test can read it: ##file-<i>-used|warning|rejected.
    const char* verdict = !l.scorecard ? "rejected" : l.warnings.empty() ? "used" : "warning";
    if (ImGui::SmallButton(("Remove##file-" + std::to_string(i) + "-" + verdict).c_str()))
        ctx.post(app::RemovePanelFile{i});
    ImGui::PopID();
}

void draw_files(const Ctx& ctx) {
    const auto& loaded = ctx.app.panel().loaded();
    if (loaded.empty()) return;
    ImGui::Spacing();
    int used = int(std::count_if(loaded.begin(), loaded.end(), [](const auto& l) { return l.usable(); }));
    bold(ctx, std::to_string(used) + " of " + std::to_string(loaded.size()) + " files used");
    if (!ImGui::BeginTable("files", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Used, with warnings").x);
    ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Scorecard", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Mine", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("My scorecard").x + 32);
    ImGui::TableSetupColumn("Remove", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Remove").x + 24);
    for (size_t i = 0; i < loaded.size(); ++i) draw_file_row(ctx, loaded[i], i);
    ImGui::EndTable();
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
    if (auto v = note_field("##paste", ctx.local.paste, "Paste scorecard JSON here", 1.0f)) ctx.local.paste = *v;
    if (secondary_button("Add pasted JSON", ImVec2(0, 0), !ctx.local.paste.empty())) {
        ctx.post(app::AddPastedScorecard{ctx.local.paste});
        ctx.local.paste.clear();
    }
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
    ImGui::SameLine();
    ImGui::SetNextItemWidth(320);
    if (begin_combo("##candidate", shown ? shown->name.c_str() : "")) {
        for (const auto& g : groups)
            if (ImGui::Selectable((g.name + "##pick-" + g.key).c_str(), shown && g.key == shown->key))
                ctx.post(app::SelectCandidate{g.key});
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
        if (ImGui::SmallButton("Hide scores again")) ctx.post(app::SetRevealed{false});
    }
    const auto* panel = session.panel();
    if (!panel) return;
    if (!*panel) return text_wrapped(panel->error().to_string(), &palette().error);
    draw_panel_summary(ctx, panel->value());
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
