// The web runner, the only glue between the pieces: a WebGL2 context on the
// page's canvas, Dear ImGui with the browser backend (imgui_impl_web) and the
// WebGL2 renderer (imgui_impl_webgl2), the headless App over the browser Platform, and the Ui that
// draws it. Frames are drawn on demand: JavaScript calls sc_frame when input or a
// timer asks for one.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/json_document.hpp"
#include "base/limits.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/ui.hpp"
#include "web/imgui_impl_web.hpp"
#include "web/imgui_impl_webgl2.hpp"
#include "web/js_bridge.hpp"
#include "web/platform_web.hpp"

namespace {
std::unique_ptr<web::WebPlatform> g_platform;
std::unique_ptr<app::App> g_app;
std::unique_ptr<ui::Ui> g_ui;
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE g_gl = 0;

// Files arrive one by one between sc_files_begin and sc_files_end.
std::string g_files_purpose;
std::vector<app::FileIn> g_files;
}  // namespace

extern "C" {

// Draws one frame; returns milliseconds until the app wants the next one (0 now, -1 idle).
EMSCRIPTEN_KEEPALIVE double sc_frame(double now_ms) {
    if (!g_ui) return -1;
    emscripten_webgl_make_context_current(g_gl);
    const auto& display = ImGui_ImplWeb_GetDisplay();
    bool rescaled = ImGui_ImplWeb_ConsumeScaleChange();
    if (rescaled || g_ui->fonts_stale()) {  // another pixel ratio, or the extended fonts arrived
        g_ui->build_fonts(display.scale_x);
        ImGui_ImplWebGL2_UploadFonts();
    }
    bool input = ImGui_ImplWeb_ConsumeInput();
    ImGui_ImplWeb_NewFrame(now_ms / 1000.0);
    ImGui::NewFrame();
    g_ui->frame(now_ms / 1000.0, input);
    ImGui::Render();
    int fb_w = int(display.css_width * display.scale_x + 0.5f), fb_h = int(display.css_height * display.scale_y + 0.5f);
    glViewport(0, 0, fb_w, fb_h);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplWebGL2_RenderDrawData(ImGui::GetDrawData());
    g_ui->end_frame();
    static bool text_input = false;
    if (ImGui::GetIO().WantTextInput != text_input) {
        text_input = ImGui::GetIO().WantTextInput;
        web::set_text_input(text_input);
    }
    double wait = g_ui->seconds_until_next_frame();
    return wait < 0 ? -1 : wait * 1000.0;
}

EMSCRIPTEN_KEEPALIVE void sc_files_begin(const char* purpose, int) {
    g_files_purpose = purpose;
    g_files.clear();
}

EMSCRIPTEN_KEEPALIVE void sc_file(const char* name, const char* bytes, int length) {
    g_files.push_back({name, std::string(bytes, size_t(length))});
}

// A file JavaScript refused to read (it never entered memory): why, in the app's words.
EMSCRIPTEN_KEEPALIVE void sc_file_refused(const char* name, int why, double size, const char* detail) {
    std::string reason = why == 1   ? scorecard::over_size_limit_message(std::size_t(size), false)
                         : why == 2 ? "it is a folder; choose or drop the files inside it"
                                    : std::string("the browser could not read it (") + detail + ")";
    g_files.push_back({name, "", reason});
}

EMSCRIPTEN_KEEPALIVE double sc_max_import_bytes() { return double(scorecard::kMaxImportBytes); }

EMSCRIPTEN_KEEPALIVE void sc_files_end() {
    if (g_app) g_app->on_files(g_files_purpose, std::move(g_files));
    g_files.clear();
}

// The device key's answers (web/js/keys.js), as app commands.
EMSCRIPTEN_KEEPALIVE void sc_device_key(const char* public_key) {
    if (g_app) g_app->run(app::DeviceKeyKnown{public_key});
}

EMSCRIPTEN_KEEPALIVE void sc_signed(int request, const char* public_key, const char* signature, const char* error) {
    if (g_app) g_app->run(app::SignatureMade{request, public_key, signature, error});
}

EMSCRIPTEN_KEEPALIVE void sc_verified(int request, const char* verdicts) {
    if (!g_app) return;
    app::SignaturesChecked c{request, g_platform->take_checks(request), {}};
    for (const char* v = verdicts; *v; ++v) c.valid.push_back(*v == '1');
    g_app->run(c);
}

// Typed characters may still wait in ImGui's input queue (it trickles interleaved keys and
// text over frames): draws frames until they are applied.
EMSCRIPTEN_KEEPALIVE void sc_drain_input() {
    for (int i = 0; g_ui && i < 200 && !ImGui::GetCurrentContext()->InputEventsQueue.empty(); ++i)
        sc_frame(emscripten_get_now());
}

EMSCRIPTEN_KEEPALIVE void sc_flush() {
    if (!g_app) return;
    // Every keystroke applied before storing, so a reload or a closed tab keeps them all.
    sc_drain_input();
    g_app->flush();
}

// Another tab changed a key of this origin's storage (`cleared`: all of it at once).
EMSCRIPTEN_KEEPALIVE void sc_storage_changed(const char* full_key, int cleared) {
    if (!g_app) return;
    std::string key = full_key;
    std::string prefix = web::kStoragePrefix;
    if (cleared) g_app->on_storage_changed("");
    else if (key.compare(0, prefix.size(), prefix) == 0) g_app->on_storage_changed(key.substr(prefix.size()));
}

EMSCRIPTEN_KEEPALIVE void sc_persistence(int granted) {
    if (g_app) g_app->on_persistence(granted != 0);
}

// A font file fetched after the first frame (ui::FontFile); the next frame rebuilds the atlas.
EMSCRIPTEN_KEEPALIVE void sc_font(int which, const char* bytes, int length) {
    if (g_ui && which >= 0 && which < int(ui::FontFile::Count)) g_ui->set_font_file(ui::FontFile(which), std::string(bytes, size_t(length)));
}

EMSCRIPTEN_KEEPALIVE void sc_text_loaded(const char* name, int ok, const char* text) {
    if (g_ui) g_ui->on_text_loaded(name, ok != 0, text);
}

EMSCRIPTEN_KEEPALIVE void sc_system_theme(int dark) {
    if (g_ui) g_ui->set_system_dark(dark != 0);
}

// The accessibility mirror (web/js/accessibility.js): its content when the version moved,
// and what its elements ask for.
EMSCRIPTEN_KEEPALIVE unsigned sc_a11y_version() { return g_ui ? g_ui->mirror().version() : 0; }
EMSCRIPTEN_KEEPALIVE const char* sc_a11y_tree() { return g_ui ? g_ui->mirror().json().c_str() : "{}"; }
EMSCRIPTEN_KEEPALIVE void sc_a11y_focus(unsigned id, int by_user) {
    if (g_ui) g_ui->mirror_focus(id, by_user != 0);
}
EMSCRIPTEN_KEEPALIVE void sc_a11y_activate(unsigned id) {
    if (g_ui) g_ui->mirror_activate(id);
}
EMSCRIPTEN_KEEPALIVE void sc_a11y_leave_field() {
    if (g_ui) g_ui->mirror_leave_field();
}
EMSCRIPTEN_KEEPALIVE void sc_reduced_motion(int on) {
    if (g_ui) g_ui->set_reduced_motion(on != 0);
}
// forced-colors: the system colours as the page computed them (0xRRGGBB each), or off.
EMSCRIPTEN_KEEPALIVE void sc_system_colors(int on, unsigned canvas, unsigned canvas_text, unsigned gray_text,
                                           unsigned highlight, unsigned highlight_text, unsigned button_face,
                                           unsigned button_text, unsigned button_border, unsigned link_text) {
    if (!g_ui) return;
    ui::SystemColors c{canvas, canvas_text, gray_text, highlight, highlight_text, button_face, button_text, button_border, link_text};
    g_ui->set_system_colors(on ? &c : nullptr);
}

EMSCRIPTEN_KEEPALIVE const char* sc_test_widgets() { return g_ui ? g_ui->registry().json().c_str() : "[]"; }

// What a browser test cannot see in the widget list: the font atlas's scale (crisp text
// follows the pixel ratio) and the notices' text (a notice is text, not a widget).
EMSCRIPTEN_KEEPALIVE const char* sc_test_info() {
    static std::string out;
    nlohmann::json j;
    const ImGuiIO& io = ImGui::GetIO();
    j["fontGlobalScale"] = io.FontGlobalScale;
    j["bodyFontPixels"] = g_ui && g_ui->fonts().body ? g_ui->fonts().body->FontSize : 0.0f;
    j["atlas"] = {io.Fonts->TexWidth, io.Fonts->TexHeight};
    j["framebufferScale"] = {io.DisplayFramebufferScale.x, io.DisplayFramebufferScale.y};
    j["displaySize"] = {io.DisplaySize.x, io.DisplaySize.y};
    nlohmann::json notices = nlohmann::json::array();
    if (g_app)
        for (const auto& n : g_app->notices())
            notices.push_back({{"kind", n.kind == app::Notice::Error ? "error" : n.kind == app::Notice::Success ? "success" : "info"},
                               {"text", n.text}});
    j["notices"] = notices;
    out = j.dump();
    return out.c_str();
}

// The mirror's cost for `count` widgets (bench/bench_browser.mjs): made from this frame's.
EMSCRIPTEN_KEEPALIVE const char* sc_bench_mirror(int count, int rounds) {
    static std::string out;
    ui::MirrorCost c = ui::measure_mirror_cost(g_ui ? g_ui->registry().items() : std::vector<ui::WidgetRegistry::Item>{}, count, rounds);
    out = nlohmann::json{{"unchangedMs", c.unchanged_ms}, {"changedMs", c.changed_ms}, {"jsonBytes", c.json_bytes},
                         {"frameItems", g_ui ? g_ui->registry().items().size() : 0}}.dump();
    return out.c_str();
}

// Both themes' colours, for the contrast test: each palette colour and the backgrounds
// ImGui draws text on, as "#rrggbb".
EMSCRIPTEN_KEEPALIVE const char* sc_test_palettes() {
    static std::string out;
    auto hex = [](const ImVec4& c) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", int(c.x * 255 + 0.5f), int(c.y * 255 + 0.5f), int(c.z * 255 + 0.5f));
        return std::string(buf);
    };
    nlohmann::json j;
    for (bool dark : {false, true}) {
        const ui::Palette& p = dark ? ui::dark_palette() : ui::light_palette();
        ImGuiStyle s;
        ui::theme_colors(p, dark, s);
        j[dark ? "dark" : "light"] = {
            {"text", {{"text", hex(p.text)}, {"muted", hex(p.muted)}, {"ok", hex(p.ok)}, {"warn", hex(p.warn)},
                      {"error", hex(p.error)}, {"accent", hex(p.accent)}}},
            {"backgrounds", {{"window", hex(s.Colors[ImGuiCol_WindowBg])}, {"popup", hex(s.Colors[ImGuiCol_PopupBg])},
                             {"field", hex(s.Colors[ImGuiCol_FrameBg])}, {"button", hex(s.Colors[ImGuiCol_Button])},
                             {"header", hex(s.Colors[ImGuiCol_Header])}, {"tableHead", hex(s.Colors[ImGuiCol_TableHeaderBg])},
                             {"card", hex(p.card)}, {"selected", hex(p.selected)}}},
            {"primary", {{"text", hex(p.accent_text)}, {"background", hex(p.accent)}}},
            {"focus", hex(p.focus)}};
    }
    out = j.dump();
    return out.c_str();
}

// The characters of `utf8` that the body or bold font has no glyph for (drawn as '?').
EMSCRIPTEN_KEEPALIVE const char* sc_test_missing_glyphs(const char* utf8) {
    static std::string out;
    out.clear();
    for (const char* s = utf8; *s;) {
        unsigned int c = 0;
        const char* start = s;
        s += ImTextCharFromUtf8(&c, s, nullptr);
        for (ImFont* f : {g_ui ? g_ui->fonts().body : nullptr, g_ui ? g_ui->fonts().bold : nullptr})
            if (c >= 0x20 && (!f || !f->FindGlyphNoFallback(ImWchar(c)))) {
                out.append(start, s);
                break;
            }
    }
    return out.c_str();
}

}  // extern "C"

int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.depth = false;
    attrs.stencil = false;
    attrs.antialias = false;
    // Tests read the canvas back to check it is not blank.
    attrs.preserveDrawingBuffer = web::test_mode();
    g_gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (g_gl <= 0) {
        web::started(false,
                     "Scorecard could not start WebGL2 on this page. Enable hardware acceleration in the browser "
                     "settings, or use a current Chrome, Edge, Firefox or Safari.");
        return 0;
    }
    emscripten_webgl_make_context_current(g_gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to remember between sessions
    io.LogFilename = nullptr;
    g_platform = std::make_unique<web::WebPlatform>();
    ImGui_ImplWeb_Init(g_platform->is_mac());
    if (!ImGui_ImplWebGL2_Init()) {
        web::started(false, "Scorecard could not set up WebGL2 drawing on this page. Reload it, or use a current browser.");
        return 0;
    }
    g_app = std::make_unique<app::App>(*g_platform);
    g_ui = std::make_unique<ui::Ui>(*g_app);
    g_ui->publish_test_list(web::test_mode());
    g_ui->set_text_request(web::fetch_text);
    // The Latin fonts were fetched beside the wasm (web/js/loader.js holds main until then).
    for (ui::FontFile f : {ui::FontFile::RegularLatin, ui::FontFile::SemiBoldLatin})
        if (auto bytes = web::take_font_file(int(f))) g_ui->set_font_file(f, std::move(*bytes));
    if (!g_ui->build_fonts(1.0f)) {
        web::started(false, "Scorecard's fonts did not load. Reload the page.");
        return 0;
    }
    ImGui_ImplWebGL2_UploadFonts();
    g_app->load();
    web::started(true, "");
    return 0;
}
