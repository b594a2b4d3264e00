// The light and dark palettes and ImGui's style for them (theme.hpp).
#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace ui {

namespace {
ImVec4 rgb(int hex, float a = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, a);
}
}  // namespace

const Palette& light_palette() {
    // Every text colour keeps 4.5:1 on every background of its theme, the focus ring 3:1
    // (checked by tests/browser/accessibility.test.mjs over the palettes the app exports).
    static const Palette p = {rgb(0x2f5bd3), rgb(0xffffff), rgb(0x1d2330), rgb(0x5d6577), rgb(0x1a6e46),
                              rgb(0x8f5500), rgb(0xb3261e), rgb(0xffffff), rgb(0xd9dce3), rgb(0xdfe7fb),
                              rgb(0x1f48b8)};
    return p;
}

const Palette& dark_palette() {
    // Light blue on dark needs dark text on it to stay readable.
    static const Palette p = {rgb(0x8fabff), rgb(0x0e1330), rgb(0xe6e8ee), rgb(0xa0a6b4), rgb(0x4cc38a),
                              rgb(0xf0b14a), rgb(0xff8a8a), rgb(0x1f2229), rgb(0x343945), rgb(0x2a3a66),
                              rgb(0xb3c6ff)};
    return p;
}

const Palette& palette() {
    const void* current = ImGui::GetIO().UserData;
    return current ? *static_cast<const Palette*>(current) : light_palette();
}

ImVec4 window_background(bool dark) { return dark ? rgb(0x16181d) : rgb(0xf6f7f9); }

double contrast_ratio(const ImVec4& a, const ImVec4& b) {
    auto channel = [](float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    auto lum = [&](const ImVec4& c) { return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z); };
    double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Palette system_palette(const SystemColors& c) {
    // Forced colours keep a few roles apart: text, disabled text, the selection, buttons.
    // Success, warning and error read as plain text (their words say which).
    ImVec4 text = rgb(int(c.canvas_text)), canvas = rgb(int(c.canvas)), highlight = rgb(int(c.highlight));
    ImVec4 tint(highlight.x, highlight.y, highlight.z, 0.35f);  // a chosen button keeps CanvasText on it
    return {highlight, rgb(int(c.highlight_text)), text, rgb(int(c.gray_text)), text, text, text,
            canvas, rgb(int(c.button_border)), tint, highlight};
}

namespace {
void dark_colors(ImVec4* c) {
    c[ImGuiCol_WindowBg] = window_background(true);
    c[ImGuiCol_ChildBg] = rgb(0x16181d, 0);
    c[ImGuiCol_PopupBg] = rgb(0x22252d);
    c[ImGuiCol_FrameBg] = rgb(0x22252d);
    c[ImGuiCol_FrameBgHovered] = rgb(0x2a2e38);
    c[ImGuiCol_FrameBgActive] = rgb(0x2f3440);
    c[ImGuiCol_Button] = rgb(0x2a2e38);
    c[ImGuiCol_ButtonHovered] = rgb(0x353a47);
    c[ImGuiCol_ButtonActive] = rgb(0x3d4352);
    c[ImGuiCol_Header] = rgb(0x2a3a66);
    c[ImGuiCol_HeaderHovered] = rgb(0x2f3440);
    c[ImGuiCol_HeaderActive] = rgb(0x34487f);
    c[ImGuiCol_TableHeaderBg] = rgb(0x22252d);
    c[ImGuiCol_TableRowBgAlt] = rgb(0xffffff, 0.03f);
    c[ImGuiCol_MenuBarBg] = rgb(0x1b1e24);
}

void light_colors(ImVec4* c) {
    c[ImGuiCol_WindowBg] = window_background(false);
    c[ImGuiCol_ChildBg] = rgb(0xffffff, 0);
    c[ImGuiCol_PopupBg] = rgb(0xffffff);
    c[ImGuiCol_FrameBg] = rgb(0xffffff);
    c[ImGuiCol_FrameBgHovered] = rgb(0xf9fafc);
    c[ImGuiCol_FrameBgActive] = rgb(0xffffff);
    c[ImGuiCol_Button] = rgb(0xeceef3);
    c[ImGuiCol_ButtonHovered] = rgb(0xe0e4ec);
    c[ImGuiCol_ButtonActive] = rgb(0xd3d8e3);
    c[ImGuiCol_Header] = rgb(0xdfe7fb);
    c[ImGuiCol_HeaderHovered] = rgb(0xeaeef8);
    c[ImGuiCol_HeaderActive] = rgb(0xd2ddfa);
    c[ImGuiCol_TableHeaderBg] = rgb(0xeceef3);
    c[ImGuiCol_TableRowBgAlt] = rgb(0x000000, 0.025f);
    c[ImGuiCol_MenuBarBg] = rgb(0xffffff);
}

void spacing(ImGuiStyle& s) {
    s.WindowRounding = 0;
    s.ChildRounding = 8;
    s.FrameRounding = 6;
    s.PopupRounding = 8;
    s.GrabRounding = 6;
    s.TabRounding = 6;
    s.ScrollbarRounding = 8;
    s.ScrollbarSize = 12;
    s.FramePadding = ImVec2(10, 7);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(8, 6);
    s.WindowPadding = ImVec2(16, 16);
    s.FrameBorderSize = 1;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.PopupBorderSize = 1;
    s.SeparatorTextBorderSize = 1;
}
}  // namespace

void theme_colors(const Palette& p, bool dark, ImGuiStyle& s) {
    ImVec4* c = s.Colors;
    if (dark) {
        ImGui::StyleColorsDark(&s);
        dark_colors(c);
    } else {
        ImGui::StyleColorsLight(&s);
        light_colors(c);
    }
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_Separator] = p.border;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_NavHighlight] = p.focus;
    c[ImGuiCol_TextSelectedBg] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.30f);
}

void apply_style(const Palette& p, bool dark) {
    ImGui::GetIO().UserData = const_cast<Palette*>(&p);
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    spacing(s);
    theme_colors(p, dark, s);
}

void apply_system_style(const Palette& p, const SystemColors& sys) {
    ImGui::GetIO().UserData = const_cast<Palette*>(&p);
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    spacing(s);
    ImVec4* c = s.Colors;
    ImVec4 canvas = rgb(int(sys.canvas)), face = rgb(int(sys.button_face)), highlight = rgb(int(sys.highlight));
    for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = canvas;
    for (ImGuiCol i : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_FrameBg,
                       ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive, ImGuiCol_TableHeaderBg, ImGuiCol_ScrollbarBg})
        c[i] = face;
    // Selected rows keep CanvasText on them: the highlight shows as a tint, not a fill.
    for (ImGuiCol i : {ImGuiCol_Header, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive})
        c[i] = ImVec4(highlight.x, highlight.y, highlight.z, 0.35f);
    for (ImGuiCol i : {ImGuiCol_ScrollbarGrab,
                       ImGuiCol_ScrollbarGrabHovered, ImGuiCol_ScrollbarGrabActive, ImGuiCol_CheckMark,
                       ImGuiCol_SliderGrab, ImGuiCol_NavHighlight})
        c[i] = highlight;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    for (ImGuiCol i : {ImGuiCol_Border, ImGuiCol_Separator, ImGuiCol_TableBorderStrong, ImGuiCol_TableBorderLight})
        c[i] = rgb(int(sys.button_border));
    c[ImGuiCol_TextSelectedBg] = ImVec4(highlight.x, highlight.y, highlight.z, 0.45f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0);
}

}  // namespace ui
