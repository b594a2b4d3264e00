// The app's face over Dear ImGui: fonts, theme, the frame, keyboard shortcuts and the
// screens. It reads the headless app (app/app.hpp) and changes it only by posting
// commands, which run after the frame. It knows ImGui, never the browser.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "ui/accessibility_tree.hpp"
#include "ui/theme.hpp"
#include "ui/widget_registry.hpp"

struct ImFont;

namespace ui {

struct ClipboardHook;

// Every tunable of the look in one place, with the defaults the app ships with.
struct UiParams {
    float font_size = 16.0f;     // body text, CSS pixels
    float heading_size = 20.0f;  // competency titles, section headings
    float title_size = 30.0f;    // screen titles
    int settle_frames = 3;       // frames drawn after input so ImGui settles hovers and animations
    double caret_blink = 0.53;   // seconds: a text field's cursor needs frames this often
    double typing_burst = 1.0;   // seconds after a character in which a digit or Space is still typing
};

// The font files, as the platform hands them over (scripts/setup.sh cuts them): Latin for
// the first frame, the extended set (Latin Extended, Greek, Cyrillic) merged in when it
// arrives, after the first frame.
enum class FontFile { RegularLatin, SemiBoldLatin, RegularExtended, SemiBoldExtended, Count };

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
};

// The active draft field and the app value it was last in step with (widgets.hpp, note_field).
struct FieldSync {
    unsigned id = 0;
    std::string value;
};
// The site's file of licence texts (cmake/assemble_site.cmake writes it), shown in About.
inline constexpr const char* kLicencesFile = "licenses.txt";
// The privacy promise, word for word as About shows it.
inline constexpr const char* kPrivacyPromise = "Nothing leaves this device unless you export it.";

// A text file fetched from the platform on demand (About's licence texts).
enum class AssetState { NotAsked, Wanted, Loading, Loaded, Failed };

// What screens keep between frames that is no part of the app: a popup's target and
// text typed into a dialog before it is confirmed.
struct ScreenState {
    FieldSync field_sync;
    bool about_open = false;       // the About overlay is shown (F1, or About in the top bar)
    AssetState licences = AssetState::NotAsked;
    std::string licence_text;      // kLicencesFile once loaded, or why it failed
    std::string confirm_delete;    // draft id the delete dialog asks about
    std::string reopen_reason;     // typed in the reopen dialog
    std::string pending_date;      // the review's date field while it is not a real date
    std::string pending_date_for;  // ... for this draft
    std::string paste;             // scorecard JSON pasted on the panel, not added yet
    std::string shown_competency;  // draft id and competency drawn last frame: a change opens at the top
    bool setup_tried = false;      // "Start interview" was pressed with something missing
    bool open_shortcuts = false;   // the shortcut sheet opens at the next frame's top level
    double last_typed = -100;      // when (app time, seconds) a frame last typed text
    bool burst = false;            // this frame continues a burst of typing (set before drawing)
    bool typed_text = false;       // this frame typed text (not only shortcut keys)
    bool focus_note = false;       // typing began outside a field: the current note takes the focus
    std::string review_scroll_to;  // a section of the review to bring into view ("recommendation", ...)
};

// What every drawing function gets: the app to read, the queue to post commands to,
// the fonts and the screens' own state.
struct Ctx {
    const app::App& app;
    app::CommandQueue& commands;
    const Fonts& fonts;
    ScreenState& local;

    void post(app::Command c) const { commands.post(std::move(c)); }
    const app::AppState& state() const { return app.state(); }
    bool is_mac() const { return app.platform().is_mac(); }
};

class Ui {
public:
    explicit Ui(app::App& app, UiParams params = {});
    ~Ui();

    // Keeps a font file's bytes; the next build_fonts uses it.
    void set_font_file(FontFile which, std::string bytes);
    // Rasterizes the fonts at this ratio (again when the files changed); false without the
    // Latin files. fonts_stale(): a file arrived since the last build.
    bool build_fonts(float pixel_ratio);
    bool fonts_stale() const { return fonts_stale_; }
    bool has_extended_fonts() const;
    void frame(double now_seconds, bool had_input);
    double seconds_until_next_frame() const;  // 0 now, > 0 later, < 0 idle until input
    void set_system_dark(bool dark);
    // The widget list for browser tests (window.scorecardTest.widgets()), built each frame.
    void publish_test_list(bool on) { registry_.publish_test_list(on); }
    const WidgetRegistry& registry() const { return registry_; }
    void end_frame();
    // The accessibility mirror (ui/accessibility.cpp): its content, and what the page's
    // mirror elements ask for. Each takes effect in the next frame, as a click would.
    const AccessibilityTree& mirror() const { return mirror_; }
    // DOM focus moved to this control (0: off the mirror). `by_user` (not the page putting
    // the focus back): it is scrolled into view, and a text field opens for typing.
    void mirror_focus(ImGuiID id, bool by_user);
    void mirror_activate(ImGuiID id);  // a click, Enter or Space on its element
    void mirror_leave_field();         // Tab out of the field being edited: keep its text, leave it
    void set_reduced_motion(bool on);  // prefers-reduced-motion: no blinking caret
    // forced-colors: the palette from the system's colours (0xRRGGBB each); off: our own.
    void set_system_colors(const SystemColors* colors);
    // How the platform fetches a text file that ships beside the app; the answer comes
    // back through on_text_loaded (asked only when a view needs it, never at start).
    using TextRequest = void (*)(const char* name);
    void set_text_request(TextRequest fn) { text_request_ = fn; }
    void on_text_loaded(const std::string& name, bool ok, std::string text);
    const Fonts& fonts() const { return fonts_; }

private:
    app::App& app_;
    const UiParams params_;
    Fonts fonts_;
    ScreenState local_;
    WidgetRegistry registry_;
    std::string font_files_[int(FontFile::Count)];
    bool fonts_stale_ = true;
    float fonts_ratio_ = 0;
    bool system_dark_ = false;
    int applied_theme_ = -1;  // -1 none yet, 0 light, 1 dark
    int settle_ = 0;
    std::vector<int> shown_notices_;  // ids of the notices the last frame drew
    std::unique_ptr<ClipboardHook> clipboard_;
    TextRequest text_request_ = nullptr;
    AccessibilityTree mirror_;
    MirrorExtras mirror_extras_;
    ImGuiID mirror_focus_ = 0;
    ImGuiID mirror_scroll_to_ = 0;  // bring into view in the next frame
    bool forced_colors_ = false;
    SystemColors system_colors_{};
    Palette forced_palette_{};

    void apply_theme();
    void mirror_frame();  // after drawing: scroll to the focused control, ring it, note the extras
    void handle_shortcuts(const Ctx& ctx);
};

// Shared parts of every screen.
void draw_top_bar(const Ctx& ctx);
void draw_notices(const Ctx& ctx);
void draw_about(const Ctx& ctx);  // the About overlay (ui/about.cpp), over any screen

// Screens, one file each (screen_*.cpp, the panel's in panel_*.cpp); each draws the work area.
void draw_start_screen(const Ctx& ctx);
void draw_library_screen(const Ctx& ctx);
void draw_interview_screen(const Ctx& ctx);
void draw_review_screen(const Ctx& ctx);
void draw_panel_screen(const Ctx& ctx);

}  // namespace ui
