// Notes that wrap while typing (note_field in widgets.hpp).
#include <algorithm>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {

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

}  // namespace ui
