// The headless application: it owns the state, runs every command (undo, autosave,
// storage, notices, file routing, the panel session) and tells the runner when it
// next needs to wake. No ImGui and no browser here: ui/ draws it and posts commands,
// web/ gives it a Platform, and the unit tests drive it with a fake one.
#pragma once
#include <cstddef>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/app_state.hpp"
#include "app/commands.hpp"
#include "app/draft_merge.hpp"
#include "app/panel_session.hpp"
#include "app/platform.hpp"
#include "app/setup_form.hpp"

namespace app {

// Every tunable of the app's behaviour in one place, with the defaults it ships with.
struct AppParams {
    double autosave_delay = 0.3;     // seconds after the first unsaved edit before it is stored (well within 1 s)
    double retry_delay = 5.0;        // seconds before storing again after storage refused
    double coalesce_seconds = 1.5;   // typing in one field is one undo step until a pause this long (or a new word)
    std::size_t undo_depth = 200;    // undo steps kept
    double notice_seconds = 4.0;     // how long a success or info notice stays
    double clock_store_every = 5.0;  // interview-clock seconds between stores (a crash loses at most this)
    double clock_tick = 1.0;         // how often the interview screen's clock needs a frame
};

// Where screens put the commands of a frame. They hold this and a const App: they can
// read everything and change nothing while drawing.
class CommandQueue {
public:
    void post(Command c) { commands_.push_back(std::move(c)); }
    std::vector<Command> take() { return std::exchange(commands_, {}); }
    bool empty() const { return commands_.empty(); }

private:
    std::vector<Command> commands_;
};

struct Notice {
    enum Kind { Info, Success, Error } kind = Info;
    std::string text;
    double until = 0;  // app time when it goes; 0 = until dismissed
    int id = 0;        // for DismissNotice
    // A button beside the text ("Export now") that runs `action`; none when the label is empty.
    std::string action_label;
    std::optional<Command> action;
    // Notices about one thing replace each other, and go when it is resolved ("storage").
    std::string topic;
};

// Whether the browser promised to keep this app's storage when space runs low.
enum class Persistence { Unknown, Granted, Refused };

class App {
public:
    explicit App(Platform& platform, AppParams params = {});

    // ---- runner hooks ----
    void load();                 // restores everything from storage
    void tick(double now);       // advances time: the interview clock, notices, autosave when due
    double seconds_until_wake() const;  // 0 now, > 0 later, < 0 idle until input
    void on_files(const std::string& purpose, std::vector<FileIn> files);  // files the platform delivered
    void flush();                // stores pending autosaves now (page hidden or closing)
    // Another tab changed `key` in the shared storage ("" when it cleared everything):
    // drafts are merged or taken over, rubrics reloaded (app_sync.cpp).
    void on_storage_changed(const std::string& key);
    void on_persistence(bool granted);  // the answer to Platform::request_persistence

    // ---- commands ----
    CommandQueue& commands() { return posted_; }  // the UI posts here while drawing ...
    void run_posted();                            // ... and the runner runs them after the frame
    void run(const Command& c);                   // now (the platform's events, the tests)

    // ---- what the screens read ----
    const AppState& state() const { return state_; }
    const SetupForm& setup() const { return setup_; }
    const PanelSession& panel() const { return panel_; }
    const std::vector<Notice>& notices() const { return notices_; }
    const std::string& last_import_error() const { return last_import_error_; }
    const Draft* active_draft() const;
    const scorecard::Rubric* active_rubric() const;
    const scorecard::Rubric& setup_rubric() const;  // the form's rubric, or the default
    Platform& platform() const { return platform_; }
    const AppParams& params() const { return params_; }
    double now() const { return now_; }
    Persistence persistence() const { return persistence_; }
    bool unstored(const std::string& draft_id) const { return unstored_.count(draft_id) > 0; }  // its last store failed
    const std::string& tab() const { return tab_; }  // this tab's name: the time it was opened
    bool can_undo() const;
    // A UTC time from a file in this device's time zone, with the offset shown.
    std::string local_time(const std::string& iso_utc) const;
    bool can_redo() const;

    // ---- the operations behind the commands (app_commands.cpp) ----
    bool edit(const std::string& draft_id, const Edit& e);
    void rate_by_key(const std::string& draft_id, const std::string& competency, int score);
    void move_to(const std::string& draft_id, int competency_index);
    void show_question(const std::string& draft_id, const std::string& competency, int question);
    void set_clock(const std::string& draft_id, bool running);
    void reset_clock(const std::string& draft_id);
    void go(Screen s);
    bool undo();
    bool redo();
    void notify(Notice::Kind kind, std::string text, double seconds = -1);  // -1: params.notice_seconds
    // A notice about `topic` that replaces the one before, with an optional action button.
    void notify_about(const std::string& topic, Notice::Kind kind, std::string text, std::string action_label = "",
                      std::optional<Command> action = std::nullopt);
    void resolve(const std::string& topic);  // the notice about it goes
    void dismiss(int notice_id);
    void start_interview();
    void delete_draft(const std::string& id);
    void export_draft(const std::string& id);
    void export_unsaved();  // every interview this device could not store, as files
    void copy_draft_as_text(const std::string& id);
    bool import_rubric(const FileIn& f);
    void remove_rubric(const std::string& id);
    void set_theme(const std::string& theme);
    void open_draft(const std::string& id);
    void add_my_submitted();
    void export_panel(PanelExport kind);
    void copy_panel_summary(bool with_evidence);
    // ---- signing (app_trust.cpp) ----
    void submit_draft(const std::string& id);
    void on_signature(const SignatureMade& s);
    void copy_public_key();
    void export_roster();
    // This device's public key (base64), "" until the platform said or none exists yet.
    const std::string& device_key() const { return device_key_; }
    // The draft waiting for its signature, "" when none.
    const std::string& signing_draft() const { return signing_.draft; }

private:
    friend struct CommandRunner;  // app_commands.cpp: one handler per command
    struct UndoStep {
        std::string draft_id, field;
        Draft before;
        double at = 0;
    };
    Platform& platform_;
    const AppParams params_;
    AppState state_;
    SetupForm setup_;
    PanelSession panel_;
    std::vector<Notice> notices_;
    int next_notice_ = 1;
    std::string last_import_error_;
    CommandQueue posted_;
    std::deque<UndoStep> undo_, redo_;
    std::vector<std::string> dirty_drafts_;
    double dirty_since_ = -1;
    double now_ = 0, last_tick_ = -1;
    double clock_unsaved_ = 0;  // interview-clock seconds counted since the draft was last stored
    std::string tab_;           // when this tab was opened ("14:05:10"): its name in merges
    // Each draft as this tab last read or wrote it in storage: the base of a merge.
    struct Synced {
        long long revision = 0;
        Draft base;
    };
    std::map<std::string, Synced> synced_;
    std::set<std::string> unstored_;    // drafts whose last store failed (Export now exports them)
    std::set<std::string> kept_aside_;  // stored keys this tab could not read: never written
    Persistence persistence_ = Persistence::Unknown;
    bool persistence_asked_ = false;
    std::string device_key_;
    int next_request_ = 1;
    // A submit waiting for the device key's signature: the scorecard as it was when asked,
    // so an edit in between (another tab, an undo) cannot be sealed under that signature.
    struct Signing {
        int request = 0;
        std::string draft, now;
        scorecard::Scorecard card;
    } signing_;
    void store_keys();
    void restore_keys();
    void send_pending_checks();

    // ---- storage (app_sync.cpp) ----
    StoreResult store_draft(Draft& d);  // merges with another tab's newer revision first
    bool sync_before_write(Draft& d);   // false when the draft must not be written now
    void take_stored(Draft& d, Draft stored, bool merge);
    void drop_deleted_elsewhere(const std::string& id);
    void report_merge(const Draft& d, const MergeResult& m, const std::string& their_tab);
    void report_store(StoreResult r, const Draft* d);
    void keep_aside(const std::string& key, const std::string& text, const std::string& what, const scorecard::Error& e);
    bool content_unsaved(const Draft& d) const;
    void forget_history(const std::string& draft_id);
    void ask_persistence();
    void reload_rubric(const std::string& key);
    void save_session();
    void store_panel();
    void mark_dirty(const std::string& draft_id);
    void update_unsaved_work();
    void update_clock(double dt);
    void load_drafts_and_rubrics();
    void restore_content(Draft& d, const Draft& from);
};

}  // namespace app
