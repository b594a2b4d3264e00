// Browser input for Dear ImGui: the exported sc_* entry points that
// web/scorecard_glue.js calls for pointer, wheel, touch, keys, text and focus,
// translated into ImGui's input queue. See imgui_impl_web.hpp.
#include "web/imgui_impl_web.hpp"

#include <emscripten/emscripten.h>

#include <cmath>
#include <cstring>
#include <string>

#include "imgui.h"
#include "web/js_bridge.hpp"

namespace {
ImGui_ImplWeb_Display g_display;
float g_ratio_seen = 0;
bool g_scale_changed = true;
bool g_input = true;
double g_last_time = 0;
bool g_is_mac = false;

struct CodeKey {
    const char* code;
    ImGuiKey key;
};
// KeyboardEvent.code (physical key) to ImGuiKey, so shortcuts work on any layout.
const CodeKey kKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"Escape", ImGuiKey_Escape},
    {"NumpadEnter", ImGuiKey_KeypadEnter}, {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ControlRight", ImGuiKey_RightCtrl}, {"ShiftLeft", ImGuiKey_LeftShift},
    {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper}, {"Quote", ImGuiKey_Apostrophe},
    {"Comma", ImGuiKey_Comma}, {"Minus", ImGuiKey_Minus}, {"Period", ImGuiKey_Period},
    {"Slash", ImGuiKey_Slash}, {"Semicolon", ImGuiKey_Semicolon}, {"Equal", ImGuiKey_Equal},
    {"BracketLeft", ImGuiKey_LeftBracket}, {"Backslash", ImGuiKey_Backslash},
    {"BracketRight", ImGuiKey_RightBracket}, {"Backquote", ImGuiKey_GraveAccent},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal}, {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply}, {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd},
};

ImGuiKey key_from_code(const char* code) {
    size_t n = std::strlen(code);
    if (n == 4 && std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z')
        return ImGuiKey(ImGuiKey_A + (code[3] - 'A'));
    if (n == 6 && std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9')
        return ImGuiKey(ImGuiKey_0 + (code[5] - '0'));
    if (n == 7 && std::strncmp(code, "Numpad", 6) == 0 && code[6] >= '0' && code[6] <= '9')
        return ImGuiKey(ImGuiKey_Keypad0 + (code[6] - '0'));
    if (code[0] == 'F' && n >= 2 && n <= 3) {
        int f = std::atoi(code + 1);
        if (f >= 1 && f <= 12) return ImGuiKey(ImGuiKey_F1 + f - 1);
    }
    for (const auto& k : kKeys)
        if (std::strcmp(k.code, code) == 0) return k.key;
    return ImGuiKey_None;
}

const char* get_clipboard(void*) {
    static std::string text;  // ImGui copies it before the next call
    text = web::clipboard_text();
    return text.c_str();
}
void set_clipboard(void*, const char* text) { web::set_clipboard_text(text); }
void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
    // The hidden textarea follows the text cursor so IME candidate windows appear there.
    if (data->WantVisible) web::set_ime_position(data->InputPos.x, data->InputPos.y);
}
}  // namespace

bool ImGui_ImplWeb_Init(bool is_mac) {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "imgui_impl_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.SetPlatformImeDataFn = set_ime_data;
    io.ConfigMacOSXBehaviors = is_mac;
    g_is_mac = is_mac;
    return true;
}

void ImGui_ImplWeb_Shutdown() {}

void ImGui_ImplWeb_NewFrame(double now) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(g_display.css_width, g_display.css_height);
    io.DisplayFramebufferScale = ImVec2(g_display.scale_x, g_display.scale_y);
    double dt = g_last_time > 0 ? now - g_last_time : 1.0 / 60.0;
    // After an idle stretch dt is large; clamp so ImGui's timers stay sensible.
    io.DeltaTime = (float)(dt <= 0 ? 1e-4 : dt > 0.5 ? 0.5 : dt);
    g_last_time = now;

    static ImGuiMouseCursor last_cursor = ImGuiMouseCursor_COUNT;
    ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != last_cursor) {
        last_cursor = cursor;
        const char* css = "default";
        switch (cursor) {
            case ImGuiMouseCursor_TextInput: css = "text"; break;
            case ImGuiMouseCursor_Hand: css = "pointer"; break;
            case ImGuiMouseCursor_ResizeEW: css = "ew-resize"; break;
            case ImGuiMouseCursor_ResizeNS: css = "ns-resize"; break;
            case ImGuiMouseCursor_ResizeAll: css = "move"; break;
            case ImGuiMouseCursor_NotAllowed: css = "not-allowed"; break;
            case ImGuiMouseCursor_None: css = "none"; break;
            default: break;
        }
        web::set_cursor(css);
    }
}

const ImGui_ImplWeb_Display& ImGui_ImplWeb_GetDisplay() { return g_display; }

bool ImGui_ImplWeb_ConsumeScaleChange() {
    bool changed = g_scale_changed;
    g_scale_changed = false;
    return changed;
}

bool ImGui_ImplWeb_ConsumeInput() {
    bool input = g_input;
    g_input = false;
    return input;
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void sc_resize(float css_w, float css_h, float scale_x, float scale_y) {
    g_display = {css_w, css_h, scale_x, scale_y};
    if (std::fabs(scale_x - g_ratio_seen) > 0.001f) {
        g_ratio_seen = scale_x;
        g_scale_changed = true;
    }
    g_input = true;
}

EMSCRIPTEN_KEEPALIVE void sc_mouse_pos(float x, float y, int touch) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
    g_input = true;
}

EMSCRIPTEN_KEEPALIVE void sc_mouse_button(int button, int down) {
    ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
    g_input = true;
}

EMSCRIPTEN_KEEPALIVE void sc_scroll_pixels(float dx, float dy) {
    // ImGui scrolls 5 lines of text per wheel unit: convert pixels so that content moves
    // as far as the browser asked, which is what trackpads and touch expect.
    ImGuiIO& io = ImGui::GetIO();
    float line = ImGui::GetCurrentContext() && ImGui::GetFont() ? ImGui::GetFontSize() : 16.0f;
    float step = 5.0f * line;
    io.AddMouseWheelEvent(-dx / step, -dy / step);
    g_input = true;
}

EMSCRIPTEN_KEEPALIVE void sc_key(const char* code, int down, int mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
    ImGuiKey key = key_from_code(code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down != 0);
    g_input = true;
}

EMSCRIPTEN_KEEPALIVE void sc_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    g_input = true;
}

EMSCRIPTEN_KEEPALIVE void sc_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
    g_input = true;
}

}  // extern "C"
