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
        // Light blue on dark needs dark text on it to stay readable.
        p = {rgb(0x7b9cff), rgb(0x0e1330), rgb(0xe6e8ee), rgb(0xa0a6b4), rgb(0x4cc38a), rgb(0xf0b14a),
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
    widget_registry_text(text.c_str());
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

// ImGui 1.90's multi-line fields do not wrap words, and a note that scrolls sideways is
// unreadable while typing live. So the edit buffer holds the note with soft breaks: a zero
// width space (U+200B, an empty glyph in Inter) followed by '\n' where a line would overflow.
// The stored note never contains them; they are re-flowed on every edit and every draw.
namespace {
constexpr const char kSoftBreak[] = "\xE2\x80\x8B\n";
constexpr size_t kSoftBreakLen = 4;

struct Reflow {
    std::string text;
    int cursor = 0;
};

std::string unwrap_with_cursor(const std::string& wrapped, int cursor_in, int* cursor_out) {
    std::string out;
    out.reserve(wrapped.size());
    int cursor = cursor_in;
    for (size_t i = 0; i < wrapped.size();) {
        if (wrapped.compare(i, kSoftBreakLen, kSoftBreak) == 0) {
            if (int(i) < cursor_in) cursor -= int(std::min<size_t>(kSoftBreakLen, size_t(cursor_in) - i));
            i += kSoftBreakLen;
            continue;
        }
        out += wrapped[i++];
    }
    if (cursor_out) *cursor_out = std::max(0, cursor);
    return out;
}

// Greedy word wrap at `width` pixels of the current font; breaks inside a word only when
// the word alone is wider than a line.
Reflow wrap_with_cursor(const std::string& text, float width, int cursor_in) {
    Reflow r;
    r.text.reserve(text.size() + text.size() / 16);
    r.cursor = cursor_in;
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    size_t line_start = 0;
    while (line_start <= text.size()) {
        size_t nl = text.find('\n', line_start);
        size_t line_end = nl == std::string::npos ? text.size() : nl;
        size_t pos = line_start;
        while (pos < line_end) {
            const char* b = text.c_str() + pos;
            const char* e = text.c_str() + line_end;
            const char* fit = font->CalcWordWrapPositionA(size / font->FontSize, b, e, width);
            if (fit >= e) {
                r.text.append(b, e);
                pos = line_end;
                break;
            }
            if (fit == b) fit = b + 1;  // always make progress
            // Keep the spaces at the end of the line, break after them.
            while (fit < e && *fit == ' ') ++fit;
            // Do not split a UTF-8 sequence.
            while (fit < e && (static_cast<unsigned char>(*fit) & 0xC0) == 0x80) ++fit;
            size_t brk = size_t(fit - text.c_str());
            r.text.append(b, fit);
            if (brk < line_end) {
                r.text += kSoftBreak;
                if (int(brk) <= cursor_in) r.cursor += int(kSoftBreakLen);
            }
            pos = brk;
        }
        if (nl == std::string::npos) break;
        r.text += '\n';
        line_start = nl + 1;
    }
    return r;
}

struct WrapRequest {
    float width;
};

int reflow_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) return data->EventChar == 0x200B;  // ours only
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
    const auto* req = static_cast<const WrapRequest*>(data->UserData);
    std::string wrapped(data->Buf, size_t(data->BufTextLen));
    int cursor = data->CursorPos;
    // Backspace at the start of a wrapped line, or Delete at its end, removed only the
    // '\n' of a soft break: the user meant the character before or after the break.
    for (size_t z = wrapped.find("\xE2\x80\x8B"); z != std::string::npos; z = wrapped.find("\xE2\x80\x8B", z)) {
        if (z + 3 < wrapped.size() && wrapped[z + 3] == '\n') {
            z += 4;
            continue;
        }
        size_t from = z, to = z + 3;
        if (ImGui::IsKeyPressed(ImGuiKey_Backspace) && from > 0) {
            --from;
            while (from > 0 && (static_cast<unsigned char>(wrapped[from]) & 0xC0) == 0x80) --from;
        } else if (ImGui::IsKeyPressed(ImGuiKey_Delete) && to < wrapped.size()) {
            ++to;
            while (to < wrapped.size() && (static_cast<unsigned char>(wrapped[to]) & 0xC0) == 0x80) ++to;
        }
        wrapped.erase(from, to - from);
        if (cursor > int(from)) cursor = std::max(int(from), cursor - int(to - from));
        z = from;
    }
    std::string plain = unwrap_with_cursor(wrapped, cursor, &cursor);
    Reflow r = wrap_with_cursor(plain, req->width, cursor);
    if (r.text != std::string(data->Buf, size_t(data->BufTextLen))) {
        data->DeleteChars(0, data->BufTextLen);
        data->InsertChars(0, r.text.c_str(), r.text.c_str() + r.text.size());
        data->CursorPos = std::min(r.cursor, data->BufTextLen);
        data->SelectionStart = data->SelectionEnd = data->CursorPos;
    }
    return 0;
}
}  // namespace

std::string remove_soft_breaks(const std::string& text) { return unwrap_with_cursor(text, 0, nullptr); }

std::optional<std::string> note_field(const char* label, const std::string& value, const char* hint, float min_lines,
                                      bool read_only) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float line = ImGui::GetTextLineHeight();
    float width = ImGui::GetContentRegionAvail().x;
    WrapRequest req{width - style.FramePadding.x * 2 - style.ScrollbarSize - 4};
    // ImGui edits its own copy while the field is active, so a fresh copy each frame is safe.
    std::string buf = wrap_with_cursor(value, req.width, 0).text;
    ImGuiID id = ImGui::GetID(label);
    const ImGuiInputTextState* st = ImGui::GetActiveID() == id ? ImGui::GetInputTextState(id) : nullptr;
    int lines = 1;
    if (st) {
        for (int i = 0; i < st->CurLenW; ++i) lines += st->TextW[i] == '\n';
    } else {
        for (char ch : buf) lines += ch == '\n';
    }
    float h = std::max(min_lines, float(lines) + 0.6f) * line + style.FramePadding.y * 2;
    h = std::min(h, 22 * line);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CallbackCharFilter |
                                ImGuiInputTextFlags_NoHorizontalScroll;
    if (read_only) flags |= ImGuiInputTextFlags_ReadOnly;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool changed = ImGui::InputTextMultiline(label, &buf, ImVec2(width, h), flags, reflow_callback, &req);
    if (buf.empty() && hint && !ImGui::IsItemActive())
        // ImGui has hints only for single-line fields.
        ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y),
                                            ImGui::GetColorU32(palette().muted), hint);
    if (changed && !read_only) return remove_soft_breaks(buf);
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
        widget_registry_text(n.text.c_str());
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
