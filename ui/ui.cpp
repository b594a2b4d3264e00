// The Ui (ui.hpp): fonts at the device's pixel ratio, the theme, the frame with its
// shortcuts, the screen registration, and when the next frame is needed.
#include "ui/ui.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/widgets.hpp"

namespace ui {

// The platform backend's clipboard functions, wrapped: text copied or cut out of a note
// must not carry the soft line breaks note_field shows.
struct ClipboardHook {
    const char* (*get)(void*) = nullptr;
    void (*set)(void*, const char*) = nullptr;
    void* user = nullptr;
};

namespace {

void set_clipboard_without_soft_breaks(void* hook, const char* text) {
    auto* h = static_cast<ClipboardHook*>(hook);
    if (h->set) h->set(h->user, remove_soft_breaks(text).c_str());
}

const char* get_clipboard(void* hook) {
    auto* h = static_cast<ClipboardHook*>(hook);
    return h->get ? h->get(h->user) : "";
}

// The screens, by the app screen they draw: the whole app at a glance.
struct ScreenEntry {
    app::Screen screen;
    void (*draw)(const Ctx&);
};
constexpr ScreenEntry kScreens[] = {
    {app::Screen::Start, draw_start_screen},         {app::Screen::Library, draw_library_screen},
    {app::Screen::Interview, draw_interview_screen}, {app::Screen::Review, draw_review_screen},
    {app::Screen::Panel, draw_panel_screen},
};

}  // namespace

Ui::Ui(app::App& app, UiParams params)
    : app_(app), params_(params), clipboard_(std::make_unique<ClipboardHook>()) {
    ImGuiIO& io = ImGui::GetIO();
    *clipboard_ = {io.GetClipboardTextFn, io.SetClipboardTextFn, io.ClipboardUserData};
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard_without_soft_breaks;
    io.ClipboardUserData = clipboard_.get();
    system_dark_ = app.platform().prefers_dark();
    registry_.enable(true);  // the accessibility mirror reads it every frame
}

Ui::~Ui() {
    if (registry_.enabled()) registry_.enable(false);
    ImGuiIO& io = ImGui::GetIO();
    io.GetClipboardTextFn = clipboard_->get;
    io.SetClipboardTextFn = clipboard_->set;
    io.ClipboardUserData = clipboard_->user;
    io.UserData = nullptr;
}

void Ui::set_font_file(FontFile which, std::string bytes) {
    font_files_[int(which)] = std::move(bytes);
    fonts_stale_ = true;
}

bool Ui::has_extended_fonts() const {
    return !font_files_[int(FontFile::RegularExtended)].empty() && !font_files_[int(FontFile::SemiBoldExtended)].empty();
}

bool Ui::build_fonts(float ratio) {
    if (ratio == fonts_ratio_ && fonts_.body && !fonts_stale_) return true;
    const std::string& regular = font_files_[int(FontFile::RegularLatin)];
    const std::string& semibold = font_files_[int(FontFile::SemiBoldLatin)];
    if (regular.empty() || semibold.empty()) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Every character up to the dingbats: each file holds what it holds (scripts/setup.sh
    // decides), and ImGui skips what a file lacks, so the split is written down once.
    static const ImWchar ranges[] = {0x0020, 0x27BF, 0};
    ImFontConfig cfg;
    // Rasterized at the device's pixel ratio, so light oversampling suffices; at 2x and
    // above none is needed, which halves the atlas (2048x4096 is ~32 MB of GPU memory).
    cfg.OversampleH = ratio >= 2.0f ? 1 : 2;
    cfg.OversampleV = 1;
    cfg.FontDataOwnedByAtlas = false;  // the bytes stay in font_files_
    const bool extended = has_extended_fonts();
    auto add = [&](FontFile latin, FontFile more, float size) {
        const std::string& base = font_files_[int(latin)];
        ImFontConfig c = cfg;
        ImFont* f = io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(base.data()), int(base.size()), size * ratio, &c, ranges);
        if (f && extended) {
            const std::string& ext = font_files_[int(more)];
            c.MergeMode = true;
            io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(ext.data()), int(ext.size()), size * ratio, &c, ranges);
        }
        return f;
    };
    fonts_.body = add(FontFile::RegularLatin, FontFile::RegularExtended, params_.font_size);
    fonts_.bold = add(FontFile::SemiBoldLatin, FontFile::SemiBoldExtended, params_.font_size);
    fonts_.heading = add(FontFile::SemiBoldLatin, FontFile::SemiBoldExtended, params_.heading_size);
    fonts_.title = add(FontFile::SemiBoldLatin, FontFile::SemiBoldExtended, params_.title_size);
    if (!fonts_.body || !fonts_.bold || !fonts_.heading || !fonts_.title || !io.Fonts->Build()) {
        io.Fonts->Clear();
        fonts_ = {};
        return false;
    }
    // Glyphs are rasterized at device pixels and drawn at CSS pixels: crisp at any ratio.
    io.FontGlobalScale = 1.0f / ratio;
    fonts_ratio_ = ratio;
    fonts_stale_ = false;
    return true;
}

void Ui::set_system_dark(bool dark) { system_dark_ = dark; }

void Ui::set_system_colors(const SystemColors* colors) {
    forced_colors_ = colors != nullptr;
    if (colors) system_colors_ = *colors, forced_palette_ = system_palette(*colors);
    applied_theme_ = -1;
}

void Ui::apply_theme() {
    const std::string& theme = app_.state().session.theme;
    bool dark = theme == app::kThemeDark || (theme == app::kThemeSystem && system_dark_);
    int wanted = forced_colors_ ? 2 : int(dark);  // forced colours win over the app's theme
    if (applied_theme_ == wanted) return;
    applied_theme_ = wanted;
    if (forced_colors_) apply_system_style(forced_palette_, system_colors_);
    else apply_style(dark ? dark_palette() : light_palette(), dark);
}

namespace {
// Escape closes a list that is open (a combo's), not a dialog: dialogs say what Escape
// does in them. Page Up and Page Down scroll the screen's largest scrolling area where
// the screen has no keys of its own for them.
void close_list_or_page(app::Screen screen) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !g.OpenPopupStack.empty()) {
        ImGuiWindow* top = g.OpenPopupStack.back().Window;
        if (top && !(top->Flags & ImGuiWindowFlags_Modal)) ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
    }
    bool down = ImGui::IsKeyPressed(ImGuiKey_PageDown), up = ImGui::IsKeyPressed(ImGuiKey_PageUp);
    if (screen == app::Screen::Interview || (!down && !up) || ImGui::GetIO().WantTextInput) return;
    ImGuiWindow* best = nullptr;
    for (ImGuiWindow* w : g.Windows)
        if (w->WasActive && w->ScrollMax.y > 0 && (!best || w->Size.x * w->Size.y > best->Size.x * best->Size.y)) best = w;
    if (!best) return;
    float page = best->InnerRect.GetHeight() * 0.85f;
    ImGui::SetScrollY(best, std::clamp(best->Scroll.y + (down ? page : -page), 0.0f, best->ScrollMax.y));
}
}  // namespace

void Ui::handle_shortcuts(const Ctx& ctx) {
    ImGuiIO& io = ImGui::GetIO();
    // Escape leaves a text field keeping what was typed. ImGui's own Escape reverts the
    // field to its content at activation, which would throw away live interview notes.
    if (io.WantTextInput && ImGui::GetActiveID() != 0 && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        ImGui::ClearActiveID();
        ImGui::SetKeyOwner(ImGuiKey_Escape, ImGuiKeyOwner_Any);
    }
    if (!io.WantTextInput) close_list_or_page(ctx.state().session.screen);
    // F1 opens About from any screen, even while typing (it types nothing).
    if (ImGui::IsKeyPressed(ImGuiKey_F1, false)) ctx.local.about_open = true;
    const app::Draft* d = ctx.app.active_draft();
    if (ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_S, 0, ImGuiInputFlags_RouteGlobal) && d)
        ctx.post(app::ExportDraft{d->card.id});
    app::Screen s = ctx.state().session.screen;
    if ((s != app::Screen::Interview && s != app::Screen::Review) || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    // Undo is the app's, typing or not: a burst of typing at a time, across fields (note
    // fields hand Ctrl+Z over, see NoteOptions::app_undo).
    bool undo = ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_Z, 0, ImGuiInputFlags_RouteAlways);
    bool redo = ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z, 0, ImGuiInputFlags_RouteAlways) ||
                ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_Y, 0, ImGuiInputFlags_RouteAlways);
    if (!undo && !redo) return;
    // A field that does not follow the app's text while active (a single-line field) lets go
    // first, so it shows the restored text instead of writing its old buffer back.
    if (io.WantTextInput && ImGui::GetActiveID() != ctx.local.field_sync.id) ImGui::ClearActiveID();
    if (undo) ctx.post(app::Undo{});
    else ctx.post(app::Redo{});
}

void Ui::frame(double now, bool had_input) {
    if (had_input) settle_ = params_.settle_frames;
    else if (settle_ > 0) --settle_;
    app_.tick(now);
    // Notices come and go without input (another tab's change, a retried save, one
    // expiring): their window fits its new content a frame later, so draw a few more.
    std::vector<int> notices;
    for (const auto& n : app_.notices()) notices.push_back(n.id);
    if (notices != shown_notices_) settle_ = std::max(settle_, params_.settle_frames);
    shown_notices_ = std::move(notices);
    apply_theme();
    Ctx ctx{app_, app_.commands(), fonts_, local_};
    // Whether this frame's characters continue a burst of typing, judged before any field
    // takes them out of ImGui's queue: a digit or Space in a burst is text, not a shortcut.
    // Wall-clock time: ImGui's own clock is held back after idle stretches.
    double t = now;
    local_.burst = t - local_.last_typed < params_.typing_burst || local_.focus_note;
    local_.typed_text = ImGui::GetIO().InputQueueCharacters.Size > 0 && app_.state().session.screen == app::Screen::Interview;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Scorecard", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    // Logging makes ImGui submit items scrolled out of view too (their text goes to a buffer
    // thrown away below): the mirror lists every control, so Tab reaches each of them.
    ImGui::LogToBuffer(0);
    handle_shortcuts(ctx);
    draw_top_bar(ctx);
    for (const auto& entry : kScreens)
        if (entry.screen == ctx.state().session.screen) entry.draw(ctx);
    ImGui::End();
    draw_notices(ctx);
    draw_about(ctx);
    mirror_frame();
    ImGui::LogFinish();
    if (local_.typed_text) local_.last_typed = t;
    // What the user did this frame happens now, after drawing.
    app_.run_posted();
    if (local_.licences == AssetState::Wanted && text_request_) {
        local_.licences = AssetState::Loading;
        text_request_(kLicencesFile);
    }
}

void Ui::on_text_loaded(const std::string& name, bool ok, std::string text) {
    if (name != kLicencesFile) return;
    local_.licences = ok ? AssetState::Loaded : AssetState::Failed;
    local_.licence_text = std::move(text);
}

double Ui::seconds_until_next_frame() const {
    // ImGui hands over a burst of keys and characters a few per frame: keep drawing until
    // its queue is empty, or the last keystrokes would wait for the next input.
    if (settle_ > 0 || !app_.commands().empty() || !ImGui::GetCurrentContext()->InputEventsQueue.empty()) return 0;
    double wait = app_.seconds_until_wake();
    // A blinking caret needs frames; with reduced motion it does not blink (set_reduced_motion).
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput && io.ConfigInputTextCursorBlink && (wait < 0 || wait > params_.caret_blink)) wait = params_.caret_blink;
    return wait;
}

}  // namespace ui
