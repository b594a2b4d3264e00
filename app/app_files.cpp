// The App's operations that create, import, export or delete: starting an interview,
// rubric imports, drafts out as files and text, panel exports, and routing the files
// the platform delivers.
#include <algorithm>

#include "app/app.hpp"
#include "app/file_routing.hpp"
#include "app/storage_keys.hpp"
#include "base/text.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "rubric/library.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/summary.hpp"

namespace app {

void App::start_interview() {
    if (!setup_problems(setup_).empty()) return;  // the form shows why
    const scorecard::Rubric& rubric = setup_rubric();
    std::vector<std::string> covered;
    if (setup_.split) covered = required_competencies(setup_, rubric);
    Draft d = new_draft(rubric, scorecard::trim(setup_.candidate), scorecard::trim(setup_.interviewer), setup_.date,
                        covered, platform_.now_iso_utc());
    std::string id = d.card.id;
    state_.drafts.insert(state_.drafts.begin(), std::move(d));
    mark_dirty(id);
    flush();  // stored at once: a new interview never waits for the first keystroke
    state_.session.active_draft = id;
    // The interviewer is usually the same person next time: remembered on this device.
    state_.session.interviewer = state_.drafts.front().card.interviewer;
    go(Screen::Interview);
    platform_.set_unsaved_work(true);
    setup_ = SetupForm{};
    setup_.rubric_id = rubric.id;
    setup_.date = platform_.today_local();
    setup_.interviewer = state_.session.interviewer;
    ask_persistence();
}

void App::open_draft(const std::string& id) {
    const Draft* d = state_.find_draft(id);
    if (!d) return;
    state_.session.active_draft = id;
    go(d->card.sealed() ? Screen::Review : Screen::Interview);
}

void App::delete_draft(const std::string& id) {
    platform_.remove(draft_key(id));
    synced_.erase(id);
    unstored_.erase(id);
    state_.drafts.erase(
        std::remove_if(state_.drafts.begin(), state_.drafts.end(), [&](const Draft& d) { return d.card.id == id; }),
        state_.drafts.end());
    undo_.erase(std::remove_if(undo_.begin(), undo_.end(), [&](const UndoStep& s) { return s.draft_id == id; }),
                undo_.end());
    redo_.clear();
    dirty_drafts_.erase(std::remove(dirty_drafts_.begin(), dirty_drafts_.end(), id), dirty_drafts_.end());
    if (state_.session.active_draft == id) state_.session.active_draft.clear();
    update_unsaved_work();
    save_session();
}

void App::export_draft(const std::string& id) {
    Draft* d = state_.find_draft(id);
    if (!d) return;
    std::string name = scorecard::scorecard_file_name(d->card);
    platform_.save_file(name, "application/json", scorecard::scorecard_to_json(d->card).dump(2) + "\n");
    d->exported = true;
    store_draft(*d);
    update_unsaved_work();
    notify(Notice::Success, "Exported " + name);
}

void App::copy_draft_as_text(const std::string& id) {
    const Draft* d = state_.find_draft(id);
    const scorecard::Rubric* r = d ? state_.rubric_for(*d) : nullptr;
    if (!d || !r) return;
    platform_.copy_to_clipboard(scorecard::scorecard_markdown(d->card, *r));
    notify(Notice::Success, "Copied a Markdown summary to the clipboard");
}

bool App::import_rubric(const FileIn& f) {
    auto r = scorecard::import_rubric_file(f.bytes, f.name);
    if (!r) {
        last_import_error_ = r.error().to_string();
        notify(Notice::Error, "Could not import " + scorecard::short_input(f.name) + ": " + r.error().to_string(), 0);
        return false;
    }
    scorecard::Rubric rubric = std::move(*r);
    rubric.source = f.name;
    rubric.id = imported_rubric_id(state_, rubric);
    auto& imported = state_.imported_rubrics;
    imported.erase(std::remove_if(imported.begin(), imported.end(), [&](const auto& x) { return x.id == rubric.id; }),
                   imported.end());
    // A key this tab could not read is never overwritten: the new rubric takes another id.
    std::string base = rubric.id;
    for (int n = 2; kept_aside_.count(rubric_key(rubric.id)); ++n) rubric.id = base + "-" + std::to_string(n);
    StoreResult stored = platform_.store(rubric_key(rubric.id), scorecard::rubric_storage_text(rubric));
    state_.session.library_rubric = rubric.id;
    imported.push_back(std::move(rubric));
    state_.rubrics_changed();
    panel_.refresh(state_);
    last_import_error_.clear();
    if (stored == StoreResult::Stored) notify(Notice::Success, "Imported " + f.name + " into the rubric library");
    else
        notify(Notice::Error, "Imported " + f.name + " for this tab only: this browser's storage did not take it (" +
                                  std::string(stored == StoreResult::Full ? "full" : "refused or unavailable") +
                                  "), so it is gone after a reload.", 0);
    go(Screen::Library);
    return true;
}

void App::remove_rubric(const std::string& id) {
    int users = 0;
    for (const auto& d : state_.drafts) {
        const scorecard::Rubric* r = state_.rubric_for(d);
        users += r && r->id == id;
    }
    if (users > 0) {
        notify(Notice::Error, "This rubric is kept: " + std::to_string(users) +
                                  (users == 1 ? " interview" : " interviews") +
                                  " on this device were scored against it. Delete those first.");
        return;
    }
    platform_.remove(rubric_key(id));
    auto& imported = state_.imported_rubrics;
    imported.erase(std::remove_if(imported.begin(), imported.end(), [&](const auto& x) { return x.id == id; }),
                   imported.end());
    state_.rubrics_changed();
    panel_.refresh(state_);
    state_.session.library_rubric.clear();
    save_session();
}

void App::set_theme(const std::string& theme) {
    state_.session.theme = theme;
    save_session();
}

void App::add_my_submitted() {
    std::vector<scorecard::NamedText> mine;
    // Only the ones not loaded yet: a second click must not load a scorecard twice.
    for (const auto& d : state_.drafts) {
        if (!d.card.sealed()) continue;
        std::string text = scorecard::scorecard_to_json(d.card).dump(2);
        bool loaded = std::any_of(panel_.files().begin(), panel_.files().end(), [&](const auto& f) { return f.second == text; });
        if (!loaded) mine.push_back({scorecard::scorecard_file_name(d.card), text});
    }
    panel_.add_files(mine, state_);
}

// Exports follow the independent-first rule too: nothing of a candidate's scores leaves
// before they may be seen here (the screen hides the buttons; this holds for any caller).
void App::export_panel(PanelExport kind) {
    if (kind == PanelExport::LongCsvAll) {
        if (!comparison_visible(state_, panel_)) {
            notify(Notice::Error, "Every candidate's scores must be visible before exporting them all: commit your own "
                                  "judgement on each, or reveal all scores as the debrief lead.");
            return;
        }
        auto panels = panel_.all_panels(state_);
        if (panels.empty()) return;
        const std::string name = "all-candidates-ratings.csv";
        platform_.save_file(name, "text/csv", scorecard::panel_long_csv(panels));
        notify(Notice::Success, "Exported " + name + " (" + std::to_string(panels.size()) +
                                    (panels.size() == 1 ? " candidate)" : " candidates)"));
        return;
    }
    auto panel = panel_.decided_panel();
    if (!panel || !scores_visible(state_, panel_, panel_.candidate())) return;
    std::string slug = scorecard::slugify(panel->candidate);
    std::string stem = slug.empty() ? "panel" : slug + "-panel";
    std::string name = stem + ".csv", mime = "text/csv", text;
    if (kind == PanelExport::Json) {
        // The record of the decision: only a complete one.
        if (auto problem = scorecard::decision_problem(panel->decision)) {
            notify(Notice::Error, *problem);
            return;
        }
        name = stem + ".json";
        mime = "application/json";
        text = scorecard::panel_to_json(*panel).dump(2) + "\n";
    } else if (kind == PanelExport::Csv) {
        text = scorecard::panel_csv(*panel);
    } else {
        name = (slug.empty() ? "candidate" : slug) + "-ratings.csv";
        text = scorecard::panel_long_csv({*panel});
    }
    platform_.save_file(name, mime, text);
    notify(Notice::Success, "Exported " + name);
}

void App::copy_panel_summary(bool with_evidence) {
    auto panel = panel_.decided_panel();
    if (!panel || !scores_visible(state_, panel_, panel_.candidate())) return;
    auto detail = with_evidence ? scorecard::SummaryDetail::Full : scorecard::SummaryDetail::Short;
    platform_.copy_to_clipboard(scorecard::panel_markdown(*panel, detail, panel_.rubric()));
    notify(Notice::Success, with_evidence ? "Copied the panel summary with evidence as Markdown"
                                          : "Copied the panel summary as Markdown");
}

void App::on_files(const std::string& purpose, std::vector<FileIn> files) {
    std::vector<scorecard::NamedText> cards;
    for (auto& f : files) {
        if (!f.refused.empty()) {
            notify(Notice::Error, "Could not open " + scorecard::short_input(f.name) + ": " + f.refused, 0);
            continue;
        }
        bool to_panel = purpose == "panel" ||
                        (purpose != "rubric" && route_dropped_file(f, state_.session.screen) == FileKind::Scorecard);
        if (to_panel) cards.push_back({f.name, std::move(f.bytes)});
        else import_rubric(f);
    }
    if (!cards.empty() || purpose == "panel") {
        panel_.add_files(cards, state_);
        send_pending_checks();
        store_panel();
        go(Screen::Panel);
    }
}

}  // namespace app
