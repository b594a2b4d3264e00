// The small widgets every screen shares: text that wraps and is listed for tests,
// headings, badges, fields, buttons and cards (widgets.hpp).
#include "ui/widgets.hpp"

#include <algorithm>
#include <cstdio>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/theme.hpp"
#include "ui/ui.hpp"
#include "ui/widget_registry.hpp"

namespace ui {

void text_wrapped(const std::string& text, const ImVec4* color) {
    ImGui::PushStyleColor(ImGuiCol_Text, color ? *color : palette().text);
    // Wraps where the caller asked (PushTextWrapPos), but never beyond the region it is drawn
    // in (a table cell, a column): at whichever comes first. A wrap position of 0 is ImGui's
    // "the region's edge"; a caller's is in scrolled window coordinates, compared as such.
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    float asked = w->DC.TextWrapPos;
    bool asked_first = asked > 0.0f && asked + w->Pos.x - w->Scroll.x < w->WorkRect.Max.x;
    ImGui::PushTextWrapPos(asked_first ? asked : 0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    widget_registry_text(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void text_muted(const std::string& text) { text_wrapped(text, &palette().muted); }

void heading(const Ctx& ctx, const std::string& text) {
    ImGui::PushFont(ctx.fonts.heading);
    text_wrapped(text);
    mark_role(Role::Heading);
    ImGui::PopFont();
}

void title(const Ctx& ctx, const std::string& text) {
    ImGui::PushFont(ctx.fonts.title);
    text_wrapped(text);
    mark_role(Role::Title);
    ImGui::PopFont();
}

void bold(const Ctx& ctx, const std::string& text) {
    ImGui::PushFont(ctx.fonts.bold);
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
    widget_registry_text(text.c_str());
}

std::optional<std::string> line_field(const char* label, const std::string& value, const char* hint, float width,
                                      bool read_only) {
    std::string buf = value;
    ImGui::SetNextItemWidth(width);
    bool changed = ImGui::InputTextWithHint(label, hint, &buf, read_only ? ImGuiInputTextFlags_ReadOnly : 0);
    mark_value(buf, false);
    if (read_only) mark_state(kReadOnly);
    if (changed && !read_only) return buf;
    return std::nullopt;
}

bool begin_combo(const char* label, const char* preview, int flags, const char* name) {
    ImGuiID id = ImGui::GetID(label);
    bool open = ImGui::BeginCombo(label, preview, flags);
    widget_registry_label(id, label);
    if (auto* it = widget_registry_item(id)) {
        it->role = Role::Combobox;
        it->value = preview;
        it->state |= kExpandable | (open ? kExpanded : 0);
        if (name) it->name = name;
    }
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

bool small_button(const char* label) {
    float pad_y = std::max(0.0f, (kMinTarget - ImGui::GetFontSize()) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x * 0.6f, pad_y));
    bool pressed = ImGui::Button(label);
    ImGui::PopStyleVar();
    return pressed;
}

bool wrapped_checkbox(const char* id, const std::string& text, bool* value) {
    bool changed = ImGui::Checkbox(id, value);
    mark_name(text);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    if (!changed && ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
        *value = !*value;
        changed = true;
    }
    return changed;
}

void flow_item(const char* label, ImFont* font) {
    if (font) ImGui::PushFont(font);
    float w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    if (font) ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() + w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

bool secondary_button(const char* label, const ImVec2& size, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    bool pressed = ImGui::Button(label, size);
    ImGui::EndDisabled();
    return pressed && enabled;
}

void begin_card(const char* id, float padding, float width) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().card);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGui::BeginChild(id, ImVec2(width, 0),
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

}  // namespace ui
