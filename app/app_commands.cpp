// One handler per command (commands.hpp): the flat list of what the app does when the
// user acts. Each is a line or two over the App's operations.
#include <algorithm>

#include "app/app.hpp"

namespace app {

struct CommandRunner {
    App& app;

    void operator()(const EditDraft& c) { app.edit(c.draft, c.edit); }
    void operator()(const RateByKey& c) { app.rate_by_key(c.draft, c.competency, c.score); }
    void operator()(const MoveTo& c) { app.move_to(c.draft, c.competency); }
    void operator()(const ShowQuestion& c) { app.show_question(c.draft, c.competency, c.question); }
    void operator()(const StartClock& c) { app.set_clock(c.draft, true); }
    void operator()(const PauseClock& c) { app.set_clock(c.draft, false); }
    void operator()(const ResetClock& c) { app.reset_clock(c.draft); }
    void operator()(const OpenDraft& c) { app.open_draft(c.draft); }
    void operator()(const Go& c) { app.go(c.screen); }
    void operator()(const Undo&) { app.undo(); }
    void operator()(const Redo&) { app.redo(); }
    void operator()(const DeleteDraft& c) { app.delete_draft(c.draft); }
    void operator()(const ExportDraft& c) { app.export_draft(c.draft); }
    void operator()(const ExportUnsaved&) { app.export_unsaved(); }
    void operator()(const CopyDraftAsText& c) { app.copy_draft_as_text(c.draft); }

    void operator()(const SetSetupRubric& c) {
        if (app.setup_.rubric_id != c.rubric) app.setup_.covered.clear();
        app.setup_.rubric_id = c.rubric;
    }
    void operator()(const SetCandidateName& c) { app.setup_.candidate = c.text; }
    void operator()(const SetInterviewerName& c) { app.setup_.interviewer = c.text; }
    void operator()(const SetInterviewDate& c) { app.setup_.date = c.text; }
    void operator()(const SetPanelSplit& c) { app.setup_.split = c.on; }
    void operator()(const SetCovered& c) {
        if (c.on) app.setup_.covered.insert(c.competency);
        else app.setup_.covered.erase(c.competency);
    }
    void operator()(const StartInterview&) { app.start_interview(); }

    void operator()(const ShowRubric& c) {
        app.state_.session.library_rubric = c.rubric;
        app.save_session();
    }
    void operator()(const PickRubricFiles&) {
        app.platform_.open_files("rubric", ".md,.markdown,.json,text/markdown,application/json", true);
    }
    void operator()(const RemoveRubric& c) { app.remove_rubric(c.rubric); }
    void operator()(const InterviewWithRubric& c) {
        (*this)(SetSetupRubric{c.rubric});
        app.go(Screen::Start);
    }

    void operator()(const PickPanelFiles&) { app.platform_.open_files("panel", ".json,application/json", true); }
    void operator()(const AddMySubmitted&) { app.add_my_submitted(); }
    void operator()(const AddPastedScorecard& c) {
        app.panel_.add_files({{"pasted-" + std::to_string(app.panel_.files().size() + 1) + ".json", c.text}}, app.state_);
    }
    void operator()(const RemovePanelFile& c) { app.panel_.remove_file(c.index, app.state_); }
    void operator()(const ClearPanel&) { app.panel_.clear(); }
    void operator()(const SetRevealed& c) { app.panel_.set_revealed(c.on); }
    void operator()(const SetMine& c) { app.panel_.set_mine(c.scorecard, c.on); }
    void operator()(const IncludeHeldBack& c) { app.panel_.set_included(c.scorecard, c.on, app.state_); }
    void operator()(const SelectCandidate& c) { app.panel_.select_candidate(c.key, app.state_); }
    void operator()(const ShowEvidence& c) { app.panel_.show_evidence(c.competency, c.scorecard); }
    void operator()(const SetDecision& c) { app.panel_.set_decision(c.candidate, c.decision); }
    void operator()(const ExportPanel& c) { app.export_panel(c.kind); }
    void operator()(const CopyPanelSummary& c) { app.copy_panel_summary(c.with_evidence); }

    void operator()(const SetTheme& c) { app.set_theme(c.theme); }
    void operator()(const DismissNotice& c) { app.dismiss(c.notice); }

    void operator()(const SubmitDraft& c) { app.submit_draft(c.draft); }
    void operator()(const DeviceKeyKnown& c) { app.device_key_ = c.public_key; }
    void operator()(const SignatureMade& c) { app.on_signature(c); }
    void operator()(const SignaturesChecked& c) { app.panel_.set_verified(c.checks, c.valid, app.state_); }
    void operator()(const CopyPublicKey&) { app.copy_public_key(); }
    void operator()(const TrustSigner& c) {
        if (app.panel_.trust_signer(c.scorecard, app.state_)) app.notify(Notice::Success, "Added to the team roster");
    }
    void operator()(const ExportRoster&) { app.export_roster(); }
    void operator()(const ClearRoster&) { app.panel_.clear_roster(app.state_); }
};

void App::run(const Command& c) {
    std::visit(CommandRunner{*this}, c);
    send_pending_checks();
}

void App::run_posted() {
    for (const auto& c : posted_.take()) run(c);
}

}  // namespace app
