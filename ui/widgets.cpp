// The look of Scorecard (light and dark palettes over ImGui's style) and the
// small widgets every screen shares.
#include "widgets.hpp"

#include <cmath>
#include <cstdio>

#include "app.hpp"
#include "widget_registry.hpp"
#include "imgui_internal.h"
#include "imgui_stdlib.h"

namespace ui {

namespace {
Palette g_palette;
ImVec4 rgb(int hex, float a = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, a);
}
}  // namespace

const Palette& palette() { return g_palette; }

void apply_style(bool dark) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
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
    Palette& p = g_palette;
    ImVec4* c = s.Colors;
    if (dark) {
        ImGui::StyleColorsDark(&s);
        p = {rgb(0x6f93ff), rgb(0xffffff), rgb(0xe6e8ee), rgb(0xa0a6b4), rgb(0x4cc38a), rgb(0xf0b14a),
             rgb(0xff6b6b), rgb(0x1f2229), rgb(0x343945), rgb(0x2a3a66)};
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
    } else {
        ImGui::StyleColorsLight(&s);
        p = {rgb(0x2f5bd3), rgb(0xffffff), rgb(0x1d2330), rgb(0x5d6577), rgb(0x1f8a55), rgb(0xa86400),
             rgb(0xb3261e), rgb(0xffffff), rgb(0xd9dce3), rgb(0xdfe7fb)};
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
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_Border] = p.border;
    c[ImGuiCol_Separator] = p.border;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_NavHighlight] = p.accent;
    c[ImGuiCol_TextSelectedBg] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.30f);
}

void text_wrapped(const std::string& text, const ImVec4* color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color ? *color : palette().text);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void text_muted(const std::string& text) { text_wrapped(text, &palette().muted); }

void heading(App& app, const std::string& text) {
    ImGui::PushFont(app.fonts.heading);
    text_wrapped(text);
    ImGui::PopFont();
}

void bold(App& app, const std::string& text) {
    ImGui::PushFont(app.fonts.bold);
    text_wrapped(text);
    ImGui::PopFont();
}

void badge(const std::string& text, const ImVec4& color) {
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImVec2 pad(8, 2);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImVec2 end(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, end, ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, 0.14f)), 999.0f);
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(color), text.c_str());
    ImGui::Dummy(ImVec2(end.x - pos.x, end.y - pos.y));
}

std::optional<std::string> note_field(const char* label, const std::string& value, const char* hint, float min_lines,
                                      bool read_only) {
    // ImGui edits its own copy while the field is active, so a fresh copy each frame is safe.
    std::string buf = value;
    float line = ImGui::GetTextLineHeight();
    float width = ImGui::GetContentRegionAvail().x;
    ImGuiID id = ImGui::GetID(label);
    const ImGuiInputTextState* st = ImGui::GetInputTextState(id);
    int lines = 1;
    if (st) {
        for (int i = 0; i < st->CurLenW; ++i) lines += st->TextW[i] == '\n';
    } else {
        for (char ch : value) lines += ch == '\n';
    }
    float h = std::max(min_lines, float(lines) + 0.6f) * line + ImGui::GetStyle().FramePadding.y * 2;
    h = std::min(h, 22 * line);
    ImGuiInputTextFlags flags = 0;
    if (read_only) flags |= ImGuiInputTextFlags_ReadOnly;
    bool changed;
    if (buf.empty() && hint && !st) {
        // Draw the hint over an empty field (ImGui has hints only for single-line fields).
        ImVec2 pos = ImGui::GetCursorScreenPos();
        changed = ImGui::InputTextMultiline(label, &buf, ImVec2(width, h), flags);
        if (!ImGui::IsItemActive() && buf.empty())
            ImGui::GetWindowDrawList()->AddText(
                ImVec2(pos.x + ImGui::GetStyle().FramePadding.x, pos.y + ImGui::GetStyle().FramePadding.y),
                ImGui::GetColorU32(palette().muted), hint);
    } else {
        changed = ImGui::InputTextMultiline(label, &buf, ImVec2(width, h), flags);
    }
    if (changed && !read_only) return buf;
    return std::nullopt;
}

std::optional<std::string> line_field(const char* label, const std::string& value, const char* hint, float width,
                                      bool read_only) {
    std::string buf = value;
    ImGui::SetNextItemWidth(width);
    bool changed = ImGui::InputTextWithHint(label, hint, &buf, read_only ? ImGuiInputTextFlags_ReadOnly : 0);
    if (changed && !read_only) return buf;
    return std::nullopt;
}

bool begin_combo(const char* label, const char* preview, int flags) {
    ImGuiID id = ImGui::GetID(label);
    bool open = ImGui::BeginCombo(label, preview, flags);
    widget_registry_label(id, label);
    return open;
}

bool primary_button(const char* label, const ImVec2& size, bool enabled) {
    const Palette& p = palette();
    ImGui::BeginDisabled(!enabled);
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(p.accent.x * 0.9f, p.accent.y * 0.9f, p.accent.z * 0.95f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(p.accent.x * 0.8f, p.accent.y * 0.8f, p.accent.z * 0.9f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    ImGui::EndDisabled();
    return pressed && enabled;
}

bool secondary_button(const char* label, const ImVec2& size, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    bool pressed = ImGui::Button(label, size);
    ImGui::EndDisabled();
    return pressed && enabled;
}

void begin_card(const char* id, float padding) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGui::BeginChild(id, ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
}

void end_card() {
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

std::string format_minutes_seconds(double seconds) {
    int s = int(seconds);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
    return buf;
}

std::string format_score(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

void draw_top_bar(App& app) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 8));
    float h = ImGui::GetFrameHeight() + 16;
    ImGui::BeginChild("##topbar", ImVec2(0, h), ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    // The product's name doubles as the home button.
    ImGui::PushFont(app.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, ImGui::GetStyle().FramePadding.y));
    if (ImGui::Button("Scorecard")) app.go(Screen::Start);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    ImGui::SameLine(0, 24);
    struct Tab { const char* label; Screen screen; };
    const Tab tabs[] = {{"Interviews", Screen::Start}, {"Rubric library", Screen::Library}, {"Panel", Screen::Panel}};
    Screen cur = app.state.session.screen;
    if (cur == Screen::Interview || cur == Screen::Review) cur = Screen::Start;
    for (const auto& t : tabs) {
        bool sel = cur == t.screen;
        if (sel) ImGui::PushStyleColor(ImGuiCol_Button, p.selected);
        else ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
        if (ImGui::Button(t.label)) app.go(t.screen);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    // Theme switch on the right: System, Light, Dark.
    const char* themes[] = {"system", "light", "dark"};
    const char* labels[] = {"System theme", "Light theme", "Dark theme"};
    int cur_theme = 0;
    for (int i = 0; i < 3; ++i)
        if (app.state.session.theme == themes[i]) cur_theme = i;
    float w = ImGui::CalcTextSize("System theme").x + ImGui::GetFrameHeight() + 24;
    ImGui::SameLine(ImGui::GetWindowWidth() - w - 16);
    ImGui::SetNextItemWidth(w);
    if (begin_combo("##theme", labels[cur_theme])) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(labels[i], i == cur_theme)) app.set_theme(themes[i]);
        ImGui::EndCombo();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::Separator();
}

void draw_notices(App& app) {
    auto& notices = app.notices;
    for (size_t i = 0; i < notices.size();) {
        if (notices[i].until > 0 && app.now >= notices[i].until) notices.erase(notices.begin() + long(i));
        else ++i;
    }
    if (notices.empty()) return;
    const Palette& p = palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = std::min(560.0f, vp->WorkSize.x - 32);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 16, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_PopupBg));
    ImGui::Begin("##notices", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize);
    for (size_t i = 0; i < notices.size(); ++i) {
        const auto& n = notices[i];
        const ImVec4& col = n.kind == Notice::Error ? p.error : n.kind == Notice::Success ? p.ok : p.accent;
        ImGui::PushID(int(i));
        ImGui::PushTextWrapPos(width - 90);
        ImGui::TextColored(col, "%s", n.kind == Notice::Error ? "Problem" : n.kind == Notice::Success ? "Done" : "Note");
        ImGui::TextUnformatted(n.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine(width - 80);
        if (ImGui::SmallButton("Dismiss")) notices.erase(notices.begin() + long(i));
        ImGui::PopID();
        if (i + 1 < notices.size()) ImGui::Separator();
    }
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace ui
