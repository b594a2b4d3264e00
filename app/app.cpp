// The app's core: loading from storage, the edit path (undo + autosave), time
// (interview clock, notices, autosave moments) and notices. Commands are dispatched
// in app_commands.cpp; files and exports in app_files.cpp.
#include "app/app.hpp"

#include <algorithm>

#include "app/storage_keys.hpp"
#include "base/dates.hpp"
#include "base/text.hpp"
#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"

namespace app {

App::App(Platform& p, AppParams prm) : platform_(p), params_(prm) {}

// ---- loading ------------------------------------------------------------------------

void App::load_drafts_and_rubrics() {
    for (const auto& key : platform_.keys()) {
        if (is_draft_key(key)) {
            auto text = platform_.load(key);
            if (!text) continue;
            auto d = parse_stored_draft(*text, key);
            if (!d) {
                keep_aside(key, *text, "a stored draft", d.error());
                continue;
            }
            synced_[d->card.id] = {d->revision, *d};
            state_.drafts.push_back(std::move(*d));
        } else if (is_rubric_key(key)) {
            reload_rubric(key);
        }
    }
}

void App::load() {
    tab_ = platform_.time_local();
    if (auto s = platform_.load(kSessionKey)) {
        auto j = scorecard::parse_json_text(*s, kSessionKey, scorecard::kMaxStoredBytes);
        if (j && j->is_object()) state_.session = session_from_json(*j);
        else keep_aside(kSessionKey, *s, "the stored settings entry", j ? scorecard::Error{kSessionKey, 0, "", "not a JSON object"} : j.error());
    }
    load_drafts_and_rubrics();
    state_.rubrics_changed();
    std::sort(state_.drafts.begin(), state_.drafts.end(),
              [](const Draft& a, const Draft& b) { return a.updated_at > b.updated_at; });
    Screen s = state_.session.screen;
    if ((s == Screen::Interview || s == Screen::Review) && !active_draft()) state_.session.screen = Screen::Start;
    if (auto p = platform_.load(kPanelKey)) {
        auto j = scorecard::parse_json_text(*p, kPanelKey, scorecard::kMaxStoredBytes);
        if (!j) keep_aside(kPanelKey, *p, "the stored panel session", j.error());
        else if (!panel_.restore(*j, state_))
            keep_aside(kPanelKey, *p, "the stored panel session", {kPanelKey, 0, "version", "not a panel session this version reads"});
    }
    restore_keys();
    setup_.date = platform_.today_local();
    setup_.interviewer = state_.session.interviewer;
    update_unsaved_work();
    if (!state_.drafts.empty()) ask_persistence();
}

void App::mark_dirty(const std::string& draft_id) {
    if (std::find(dirty_drafts_.begin(), dirty_drafts_.end(), draft_id) == dirty_drafts_.end())
        dirty_drafts_.push_back(draft_id);
    if (dirty_since_ < 0) dirty_since_ = now_;
}

void App::update_unsaved_work() { platform_.set_unsaved_work(state_.any_unexported()); }

// ---- reading ------------------------------------------------------------------------

const Draft* App::active_draft() const { return state_.find_draft(state_.session.active_draft); }

const scorecard::Rubric* App::active_rubric() const {
    const Draft* d = active_draft();
    return d ? state_.rubric_for(*d) : nullptr;
}

const scorecard::Rubric& App::setup_rubric() const {
    const scorecard::Rubric* r = state_.find_rubric(setup_.rubric_id);
    return r ? *r : scorecard::default_rubric();
}

std::string App::local_time(const std::string& iso_utc) const {
    auto t = scorecard::utc_seconds(iso_utc);
    return scorecard::time_in_zone(iso_utc, t ? platform_.utc_offset_minutes(*t) : 0);
}

bool App::can_undo() const {
    const Draft* d = active_draft();
    return d && !undo_.empty() && undo_.back().draft_id == d->card.id;
}

bool App::can_redo() const {
    const Draft* d = active_draft();
    return d && !redo_.empty() && redo_.back().draft_id == d->card.id;
}

// ---- the edit path ------------------------------------------------------------------

bool App::edit(const std::string& draft_id, const Edit& e) {
    Draft* d = state_.find_draft(draft_id);
    if (!d) return false;
    const scorecard::Rubric* rubric = state_.rubric_for(*d);
    if (!rubric) {
        notify(Notice::Error, "The rubric this scorecard was scored against is not in the library.");
        return false;
    }
    Draft before = *d;
    std::string field = edit_field(e);
    auto old_text = edit_text(*d, e);
    if (auto refused = apply_edit(*d, *rubric, e)) {
        notify(Notice::Error, *refused);
        return false;
    }
    // Typing in one field is one undo step until a pause, a new word or another field.
    auto typed = new_text(e);
    bool same_burst = !field.empty() && !undo_.empty() && undo_.back().draft_id == draft_id &&
                      undo_.back().field == field && now_ - undo_.back().at < params_.coalesce_seconds;
    bool coalesce = same_burst && !(old_text && typed && starts_word(*old_text, *typed));
    // The interview clock starts with the first note, if nobody pressed Start.
    if (typed && !scorecard::is_blank(*typed) && !d->clock_running && AppState::clock_total(*d) == 0 && !d->card.sealed())
        d->clock_running = true;
    if (coalesce) {
        undo_.back().at = now_;
    } else {
        undo_.push_back({draft_id, field, std::move(before), now_});
        if (undo_.size() > params_.undo_depth) undo_.pop_front();
    }
    redo_.clear();
    d->updated_at = platform_.now_iso_utc();
    mark_dirty(draft_id);
    // Private notes never leave the device, so they are no change to export.
    if (!std::holds_alternative<SetPrivateNotes>(e)) {
        d->exported = false;
        platform_.set_unsaved_work(true);
    }
    // Sealing and reopening are recorded acts, not edits: they are not undone, and
    // nothing before them can be undone across them.
    if (std::holds_alternative<Submit>(e) || std::holds_alternative<Reopen>(e)) {
        undo_.erase(std::remove_if(undo_.begin(), undo_.end(), [&](const UndoStep& s) { return s.draft_id == draft_id; }),
                    undo_.end());
        redo_.clear();
    }
    if (const auto* s = std::get_if<Submit>(&e))
        notify(Notice::Success, s->signature ? "Submitted, signed and sealed." : "Submitted and sealed.");
    return true;
}

void App::rate_by_key(const std::string& draft_id, const std::string& competency, int score) {
    if (!edit(draft_id, SetScore{competency, score})) return;
    // A key can rate by accident: say so where it is seen and heard, with the way back.
    const scorecard::Rubric* r = active_rubric();
    std::string label;
    if (r)
        for (const auto& level : r->scale)
            if (level.value == score) label = ", " + level.label;
    notify(Notice::Info, "Rated " + std::to_string(score) + label + ": " + (platform_.is_mac() ? "Cmd" : "Ctrl") +
                             "+Z undoes");
}

void App::move_to(const std::string& draft_id, int competency_index) {
    Draft* d = state_.find_draft(draft_id);
    const scorecard::Rubric* r = d ? state_.rubric_for(*d) : nullptr;
    if (!d || !r || r->competencies.empty()) return;
    int index = std::clamp(competency_index, 0, int(r->competencies.size()) - 1);
    if (index == d->current) return;
    d->current = index;
    mark_dirty(draft_id);
}

void App::show_question(const std::string& draft_id, const std::string& competency, int question) {
    Draft* d = state_.find_draft(draft_id);
    const scorecard::Rubric* r = d ? state_.rubric_for(*d) : nullptr;
    const scorecard::Competency* c = r ? r->find(competency) : nullptr;
    if (!c || c->questions.empty()) return;
    int index = std::clamp(question, 0, int(c->questions.size()) - 1);
    if (d->question_at[competency] == index) return;
    d->question_at[competency] = index;
    mark_dirty(draft_id);
}

void App::set_clock(const std::string& draft_id, bool running) {
    Draft* d = state_.find_draft(draft_id);
    if (!d || d->clock_running == running || (running && d->card.sealed())) return;
    d->clock_running = running;
    mark_dirty(draft_id);
}

void App::reset_clock(const std::string& draft_id) {
    Draft* d = state_.find_draft(draft_id);
    if (!d) return;
    d->clock_running = false;
    d->seconds.clear();
    clock_unsaved_ = 0;
    mark_dirty(draft_id);
}

// Undo and redo work on the open interview only, and restore its content (the scorecard
// and private notes), never the clock, the position or the export state.
void App::restore_content(Draft& d, const Draft& from) {
    d.card = from.card;
    d.private_notes = from.private_notes;
    d.updated_at = platform_.now_iso_utc();
    d.exported = false;
    platform_.set_unsaved_work(true);
    mark_dirty(d.card.id);
}

bool App::undo() {
    if (!can_undo()) return false;
    Draft* d = state_.find_draft(undo_.back().draft_id);
    UndoStep step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({step.draft_id, step.field, *d, now_});
    restore_content(*d, step.before);
    notify(Notice::Info, std::string("Undone: ") + (step.field.empty() ? "last change" : "typing"), 1.5);
    return true;
}

bool App::redo() {
    if (!can_redo()) return false;
    Draft* d = state_.find_draft(redo_.back().draft_id);
    UndoStep step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({step.draft_id, "", *d, now_});
    restore_content(*d, step.before);
    return true;
}

void App::go(Screen s) {
    state_.session.screen = s;
    save_session();
}

// ---- notices --------------------------------------------------------------------------

void App::notify(Notice::Kind kind, std::string text, double seconds) {
    if (seconds < 0) seconds = params_.notice_seconds;
    // The same message again (a second export, a retried save) refreshes the one shown.
    double until = seconds > 0 ? now_ + seconds : 0;
    for (auto& n : notices_)
        if (n.kind == kind && n.text == text) {
            n.until = until;
            return;
        }
    notices_.push_back({kind, std::move(text), until, next_notice_++, "", std::nullopt, ""});
}

void App::notify_about(const std::string& topic, Notice::Kind kind, std::string text, std::string action_label,
                       std::optional<Command> action) {
    resolve(topic);
    notices_.push_back({kind, std::move(text), 0, next_notice_++, std::move(action_label), std::move(action), topic});
}

void App::resolve(const std::string& topic) {
    notices_.erase(std::remove_if(notices_.begin(), notices_.end(), [&](const Notice& n) { return n.topic == topic; }),
                   notices_.end());
}

void App::dismiss(int notice_id) {
    notices_.erase(std::remove_if(notices_.begin(), notices_.end(), [&](const Notice& n) { return n.id == notice_id; }),
                   notices_.end());
}

// ---- time -------------------------------------------------------------------------------

void App::update_clock(double dt) {
    // The interview clock counts time on the current competency while the interview screen is open.
    Draft* d = state_.find_draft(state_.session.active_draft);
    const scorecard::Rubric* r = d ? state_.rubric_for(*d) : nullptr;
    if (!d || !r || state_.session.screen != Screen::Interview || d->card.sealed() || !d->clock_running) return;
    if (d->current < 0 || d->current >= int(r->competencies.size())) return;
    if (dt > params_.clock_store_every) dt = 0;  // the tab slept: do not count it
    d->seconds[r->competencies[size_t(d->current)].id] += dt;
    // Store the clock every few seconds, so a crash loses at most that much of it.
    clock_unsaved_ += dt;
    if (clock_unsaved_ >= params_.clock_store_every) {
        clock_unsaved_ = 0;
        mark_dirty(d->card.id);
    }
}

void App::tick(double now) {
    double dt = last_tick_ >= 0 ? now - last_tick_ : 0;
    last_tick_ = now;
    now_ = now;
    update_clock(dt);
    notices_.erase(std::remove_if(notices_.begin(), notices_.end(),
                                  [&](const Notice& n) { return n.until > 0 && now_ >= n.until; }),
                   notices_.end());
    if (dirty_since_ >= 0 && now_ - dirty_since_ >= params_.autosave_delay) flush();
    else store_panel();
}

double App::seconds_until_wake() const {
    double wait = -1;
    auto sooner = [&](double s) {
        if (s >= 0 && (wait < 0 || s < wait)) wait = s;
    };
    if (dirty_since_ >= 0) sooner(std::max(0.0, dirty_since_ + params_.autosave_delay - now_));
    for (const auto& n : notices_)
        if (n.until > 0) sooner(std::max(0.0, n.until - now_));
    const Draft* d = active_draft();
    if (state_.session.screen == Screen::Interview && d && d->clock_running) sooner(params_.clock_tick);  // the clock
    return wait;
}

}  // namespace app
