// The Scorecard app over Dear ImGui: owns the state, routes every change through
// App::edit (undo, autosave), and draws the screen the session names. It knows
// ImGui and the Platform interface, never the browser.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "app_state.hpp"
#include "edits.hpp"
#include "platform.hpp"

struct ImFont;

namespace ui {

// Every tunable in one place, with the defaults the app ships with.
struct AppParams {
    float font_size = 16.0f;     // body text, CSS pixels
    float heading_size = 20.0f;  // competency titles, section headings
    float title_size = 30.0f;    // the product name on the start screen
    const char* font_regular = "/fonts/Inter-Regular.otf";
    const char* font_semibold = "/fonts/Inter-SemiBold.otf";
    double autosave_delay = 0.3;  // seconds after the last edit before it is stored (well within 1 s)
    int settle_frames = 3;        // frames drawn after input so ImGui settles hovers and animations
    size_t undo_depth = 200;
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
};

struct Notice {
    enum Kind { Info, Success, Error } kind = Info;
    std::string text;
    double until = 0;  // app time when it fades; 0 = until dismissed
};

class App {
public:
    App(Platform& platform, AppParams params = {});

    // Runner hooks, in frame order.
    void load();                                   // restores everything from storage
    bool build_fonts(float pixel_ratio);           // rasterizes fonts at this ratio; false if missing
    void frame(double now_seconds, bool had_input);// submits the ImGui frame
    double seconds_until_next_frame() const;       // 0 now, > 0 later, < 0 idle until input
    void on_files(const std::string& purpose, std::vector<FileIn> files);
    void flush();                                  // stores pending autosaves now
    void set_system_dark(bool dark);

    // For the screens.
    AppState state;
    Platform& platform;
    const AppParams params;
    Fonts fonts;
    double now = 0;  // app time in seconds

    Draft* active_draft();
    const scorecard::Rubric* active_rubric();
    // The one path for changing a draft. Returns false (and shows why) when refused.
    bool edit(const std::string& draft_id, Edit e);
    // Where the interviewer is (the current competency): stored with the draft, not undone,
    // and not a change to export.
    void move_to(const std::string& draft_id, int competency_index);
    bool undo();
    bool redo();
    void go(Screen s);
    void notify(Notice::Kind kind, std::string text, double seconds = 4.0);
    std::string start_draft(Draft d);
    void delete_draft(const std::string& id);
    void export_draft(const std::string& id);
    void copy_draft_as_text(const std::string& id);
    bool import_rubric(const FileIn& f);  // adds to the library and stores it
    void remove_rubric(const std::string& id);
    void set_theme(const std::string& theme);
    void save_session();

    std::vector<Notice> notices;
    std::string last_import_error;  // shown on the library screen

private:
    struct UndoStep {
        std::string draft_id, field;
        Draft before;
        double at = 0;
    };
    bool store_draft(const Draft& d);  // false when storage refused it
    void mark_dirty(const std::string& draft_id);
    void apply_theme();
    void update_clock(double dt);
    void handle_shortcuts();

    std::deque<UndoStep> undo_, redo_;
    std::vector<std::string> dirty_drafts_;
    double dirty_since_ = -1;
    bool system_dark_ = false;
    bool theme_applied_dark_ = false;
    bool theme_applied_ = false;
    double last_frame_ = 0;
    double clock_unsaved_ = 0;  // interview-clock seconds counted since the draft was last stored
    int settle_ = 0;
    float fonts_ratio_ = 0;
};

// Screens, one file each (screen_*.cpp); each draws the whole work area.
void draw_start_screen(App& app);
void preselect_rubric(const std::string& rubric_id);  // the start screen's set-up form
void draw_library_screen(App& app);
void draw_interview_screen(App& app);
void draw_review_screen(App& app);
void draw_panel_screen(App& app);
void on_panel_files(App& app, const std::vector<FileIn>& files);

}  // namespace ui
