// The light and dark palettes and ImGui's style for them (theme.hpp).
#include "ui/theme.hpp"

namespace ui {

namespace {
ImVec4 rgb(int hex, float a = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, a);
}
}  // namespace

const Palette& light_palette() {
    static const Palette p = {rgb(0x2f5bd3), rgb(0xffffff), rgb(0x1d2330), rgb(0x5d6577), rgb(0x1f8a55),
                              rgb(0xa86400), rgb(0xb3261e), rgb(0xffffff), rgb(0xd9dce3), rgb(0xdfe7fb)};
    return p;
}

const Palette& dark_palette() {
    // Light blue on dark needs dark text on it to stay readable.
    static const Palette p = {rgb(0x7b9cff), rgb(0x0e1330), rgb(0xe6e8ee), rgb(0xa0a6b4), rgb(0x4cc38a),
                              rgb(0xf0b14a), rgb(0xff6b6b), rgb(0x1f2229), rgb(0x343945), rgb(0x2a3a66)};
    return p;
}

const Palette& palette() {
    const void* current = ImGui::GetIO().UserData;
    return current ? *static_cast<const Palette*>(current) : light_palette();
}

namespace {
void dark_colors(ImVec4* c) {
    c[ImGuiCol_WindowBg] = rgb(0x16181d);
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
    c[ImGuiCol_WindowBg] = rgb(0xf6f7f9);
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

void apply_style(const Palette& p, bool dark) {
    ImGui::GetIO().UserData = const_cast<Palette*>(&p);
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    spacing(s);
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
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_TextSelectedBg] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.30f);
}

}  // namespace ui
