// The App and the storage it shares with other tabs of the same browser: every write
// first looks at what is stored and merges another tab's newer revision into this
// one (app/draft_merge.hpp); another tab's write arrives as on_storage_changed. What
// cannot be stored is said in words that fit the cause (full, refused, unavailable),
// with "Export now"; what cannot be read is kept aside and said, never overwritten.
#include <algorithm>
#include <cctype>

#include "app/app.hpp"
#include "app/storage_keys.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "rubric/rubric_json.hpp"

namespace app {

namespace {

constexpr const char* kStorageTopic = "storage";

bool same_content(const Draft& a, const Draft& b) { return a.card == b.card && a.private_notes == b.private_notes; }

std::string person(const std::string& name) { return name.empty() ? "(no name)" : scorecard::short_input(name); }

// The same words in both tabs: which tabs, which interview, which fields, what now.
std::string typed_at_once(const std::string& this_tab, const std::string& other_tab, const std::string& who,
                          const std::vector<std::string>& fields) {
    std::string list;
    for (std::size_t i = 0; i < fields.size() && i < 3; ++i) list += (i ? "; " : "") + fields[i];
    if (fields.size() > 3) list += "; and " + std::to_string(fields.size() - 3) + " more";
    return "This tab (opened at " + this_tab + ") and " + tab_name(other_tab) + " changed the same text of the interview with " +
           who + " at once: " + list + ". Both texts are kept, each after its tab's name in brackets; edit them into one.";
}

}  // namespace

// ---- writing ------------------------------------------------------------------------------

bool App::content_unsaved(const Draft& d) const {
    auto it = synced_.find(d.card.id);
    return it == synced_.end() || !same_content(d, it->second.base);
}

void App::forget_history(const std::string& id) {
    // Undo steps hold whole drafts from before another tab's change: undoing one would
    // take that change back out. The history of this interview starts again here.
    auto of = [&](const UndoStep& s) { return s.draft_id == id; };
    undo_.erase(std::remove_if(undo_.begin(), undo_.end(), of), undo_.end());
    redo_.erase(std::remove_if(redo_.begin(), redo_.end(), of), redo_.end());
}

void App::report_merge(const Draft& d, const MergeResult& m, const std::string& their_tab) {
    std::string who = person(d.card.candidate);
    if (!m.both_changed.empty()) notify(Notice::Error, typed_at_once(tab_, their_tab, who, m.both_changed), 0);
    for (const auto& n : m.notes) notify(Notice::Info, "Interview with " + who + ": " + n + ".", 0);
}

void App::take_stored(Draft& d, Draft stored, bool merge) {
    const std::string id = d.card.id;
    Draft base = synced_.count(id) ? synced_[id].base : stored;
    synced_[id] = {stored.revision, stored};
    forget_history(id);
    if (!merge) {
        // Nothing typed here since: the other tab's draft is this one, at this tab's place in it.
        int current = d.current;
        auto question_at = std::move(d.question_at);
        d = std::move(stored);
        d.current = current;
        d.question_at = std::move(question_at);
        return;
    }
    const scorecard::Rubric* rubric = state_.rubric_for(d);
    MergeResult m = merge_drafts(base, d, stored, rubric, tab_, stored.writer);
    report_merge(d, m, stored.writer);
    // The note of an earlier merge stays (the merged draft is this tab's): a clean merge of
    // the other tab's later typing must not erase what both tabs are to be told.
    // Its revision is that of the store that first carries it (store_draft), which the
    // other tab compares with what it has seen.
    if (!m.both_changed.empty()) m.merged.merge = MergeNote{0, tab_, m.both_changed};
    d = std::move(m.merged);
    mark_dirty(id);
}

void App::drop_deleted_elsewhere(const std::string& id) {
    const Draft* d = state_.find_draft(id);
    if (!d) return;
    notify(Notice::Info, "The interview with " + person(d->card.candidate) + " was deleted in another tab.");
    std::string doomed = id;
    synced_.erase(doomed);
    delete_draft(doomed);
    if (state_.session.screen == Screen::Interview || state_.session.screen == Screen::Review)
        if (!active_draft()) go(Screen::Start);
}

bool App::sync_before_write(Draft& d) {
    const std::string key = draft_key(d.card.id);
    if (kept_aside_.count(key)) return false;
    auto text = platform_.load(key);
    auto synced = synced_.find(d.card.id);
    long long known = synced == synced_.end() ? 0 : synced->second.revision;
    if (!text) {
        if (known == 0 || content_unsaved(d)) {
            if (known > 0)
                notify(Notice::Info, "The interview with " + person(d.card.candidate) +
                                         " was deleted in another tab while you typed here; it is kept, with what you typed.");
            return true;
        }
        drop_deleted_elsewhere(d.card.id);
        return false;
    }
    auto stored = parse_stored_draft(*text, key);
    if (!stored) {
        keep_aside(key, *text, "a stored draft", stored.error());
        return false;
    }
    if (stored->revision > known) take_stored(d, std::move(*stored), true);
    return true;
}

StoreResult App::store_draft(Draft& d) {
    const std::string id = d.card.id;
    if (!sync_before_write(d)) {
        Draft* still = state_.find_draft(id);
        if (!still) return StoreResult::Stored;  // deleted in another tab: nothing left to store
        report_store(StoreResult::Refused, still);
        return StoreResult::Refused;
    }
    Draft out = d;
    out.revision = std::max(d.revision, synced_.count(id) ? synced_[id].revision : 0) + 1;
    out.writer = tab_;
    if (out.merge && out.merge->revision == 0) out.merge->revision = out.revision;  // this store carries it first
    StoreResult r = platform_.store(draft_key(id), draft_to_json(out).dump());
    if (r == StoreResult::Stored) {
        d.revision = out.revision;
        d.writer = tab_;
        d.merge = out.merge;
        synced_[id] = {d.revision, d};
        unstored_.erase(id);
    } else {
        unstored_.insert(id);
        report_store(r, &d);
    }
    return r;
}

void App::report_store(StoreResult r, const Draft* d) {
    if (r == StoreResult::Stored) return;
    std::string what = d ? "the interview with " + person(d->card.candidate) : std::string("what you changed");
    if (d && kept_aside_.count(draft_key(d->card.id))) {
        notify_about(kStorageTopic, Notice::Error,
                     "Another tab stored the interview with " + person(d->card.candidate) +
                         " in a form this tab cannot read (a newer version of Scorecard?), so this tab does not overwrite "
                         "it. What you typed here is only in this tab: export it now.",
                     "Export now", ExportUnsaved{});
        return;
    }
    std::string advice = r == StoreResult::Full ? " Export it now; deleting interviews you have exported frees space."
                                                : " Export it now.";
    notify_about(kStorageTopic, Notice::Error,
                 storage_problem(r) + ": " + what + " is not saved on this device and would be lost with this tab." + advice,
                 "Export now", ExportUnsaved{});
}

void App::flush() {
    std::vector<std::string> failed;
    for (const auto& id : std::vector<std::string>(dirty_drafts_))
        if (auto* d = state_.find_draft(id); d && store_draft(*d) != StoreResult::Stored && state_.find_draft(id))
            failed.push_back(id);
    // What could not be stored stays pending and is tried again a little later; once
    // everything is stored, the notice about storage goes.
    dirty_drafts_ = std::move(failed);
    dirty_since_ = dirty_drafts_.empty() ? -1 : now_ + params_.retry_delay;
    if (dirty_drafts_.empty()) resolve(kStorageTopic);
    save_session();
    store_panel();
}

void App::save_session() {
    if (kept_aside_.count(kSessionKey)) return;
    platform_.store(kSessionKey, session_to_json(state_.session).dump());  // where the user was: not worth a notice
}

void App::store_panel() {
    store_keys();
    if (!panel_.dirty() || kept_aside_.count(kPanelKey)) return;
    panel_.mark_stored();
    std::string text = panel_.to_json().dump(-1, ' ', false, scorecard::Json::error_handler_t::replace);
    StoreResult r = platform_.store(kPanelKey, text);
    if (r != StoreResult::Stored)
        notify(Notice::Error, storage_problem(r) + ": the panel view will not survive a reload. Export the panel JSON to keep it.", 0);
}

void App::export_unsaved() {
    for (const std::string& id : std::set<std::string>(unstored_)) export_draft(id);
}

// ---- reading what could not be read ------------------------------------------------------------

void App::keep_aside(const std::string& key, const std::string& text, const std::string& what, const scorecard::Error& e) {
    if (!kept_aside_.insert(key).second) return;
    // Drafts and rubrics stay where they are (this tab never writes those keys again); the
    // session, the panel, the roster and the known keys are rewritten, so their text is copied aside first.
    std::string where = "left as it is";
    if (key == kSessionKey || key == kPanelKey || key == kRosterKey || key == kKnownKeysKey) {
        if (platform_.store(aside_key(key), text) == StoreResult::Stored) {
            kept_aside_.erase(key);
            where = "kept aside as \"" + aside_key(key) + "\"";
        }
    }
    std::string message = what + " could not be read and was " + where + ": " + e.to_string();
    message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
    notify(Notice::Error, message, 0);
}

void App::reload_rubric(const std::string& key) {
    auto& imported = state_.imported_rubrics;
    std::string id = key.substr(std::string_view(kRubricPrefix).size());
    imported.erase(std::remove_if(imported.begin(), imported.end(), [&](const auto& r) { return rubric_key(r.id) == key; }),
                   imported.end());
    auto text = platform_.load(key);
    if (text) {
        auto r = scorecard::parse_json_text(*text, key, scorecard::kMaxStoredBytes);
        auto rubric = r ? scorecard::rubric_from_json(*r, key) : scorecard::Result<scorecard::Rubric>(r.error());
        if (rubric) imported.push_back(std::move(*rubric));
        else keep_aside(key, *text, "a stored rubric", rubric.error());
    }
    state_.rubrics_changed();
}

// ---- another tab's writes --------------------------------------------------------------------

void App::on_storage_changed(const std::string& key) {
    if (key.empty()) {
        // Everything changed at once (storage cleared): look at every draft and rubric again.
        std::set<std::string> all;
        for (const auto& k : platform_.keys()) all.insert(k);
        for (const auto& d : state_.drafts) all.insert(draft_key(d.card.id));
        for (const auto& r : state_.imported_rubrics) all.insert(rubric_key(r.id));
        for (const auto& k : all)
            if (is_draft_key(k) || is_rubric_key(k)) on_storage_changed(k);
        return;
    }
    if (is_rubric_key(key)) {
        if (!kept_aside_.count(key)) reload_rubric(key);
        panel_.refresh(state_);
        return;
    }
    if (!is_draft_key(key) || kept_aside_.count(key)) return;
    std::string id = key.substr(std::string_view(kDraftPrefix).size());
    Draft* d = state_.find_draft(id);
    auto text = platform_.load(key);
    if (!text) {
        if (d && !content_unsaved(*d)) drop_deleted_elsewhere(id);
        return;  // with unsaved typing, the next store keeps it
    }
    auto stored = parse_stored_draft(*text, key);
    if (!stored) return keep_aside(key, *text, "a stored draft", stored.error());
    if (!d) {
        synced_[id] = {stored->revision, *stored};
        state_.drafts.insert(state_.drafts.begin(), std::move(*stored));  // started in another tab
        update_unsaved_work();
        return;
    }
    long long seen = synced_.count(id) ? synced_[id].revision : 0;
    if (stored->revision <= seen) return;
    bool typing_here = content_unsaved(*d);
    bool news = !same_content(*d, *stored);  // not just the other tab's interview clock
    Draft theirs = *stored;
    take_stored(*d, std::move(*stored), typing_here);
    // The other tab's own merge, told here too, once (its writes since may carry the note on).
    if (theirs.merge && theirs.merge->revision > seen && theirs.merge->by != tab_ && !theirs.merge->fields.empty())
        notify(Notice::Error, typed_at_once(tab_, theirs.merge->by, person(theirs.card.candidate), theirs.merge->fields), 0);
    else if (news && !typing_here && id == state_.session.active_draft)
        notify(Notice::Info, "Updated with what was typed in " + tab_name(theirs.writer) + ".");
}

// ---- persistence -----------------------------------------------------------------------------------

void App::ask_persistence() {
    if (persistence_asked_) return;
    persistence_asked_ = true;
    platform_.request_persistence();
}

void App::on_persistence(bool granted) { persistence_ = granted ? Persistence::Granted : Persistence::Refused; }

}  // namespace app
