// Notes that wrap while typing (note_field in widgets.hpp).
#include <algorithm>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/theme.hpp"
#include "base/utf8.hpp"
#include "ui/ui.hpp"
#include "ui/widget_registry.hpp"
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
    // Set when the app changed the text under an active field (undo, redo): the buffer is
    // replaced with this, the cursor put where the change begins.
    bool replace = false;
    std::string text;
    // Set when the field is being activated from the keyboard (Tab, or typing that began
    // outside it): the cursor goes to the end, and what was typed this frame (which ImGui
    // skips in an activating field) is inserted there.
    bool activating = false;
    std::string typed;
};

// Where the cursor goes when the app replaced `before` with `after` (undo, redo): at the
// end of what changed, as editors leave it.
int end_of_change(const std::string& before, const std::string& after) {
    size_t p = 0;
    while (p < before.size() && p < after.size() && before[p] == after[p]) ++p;
    size_t s = 0;
    while (s < before.size() - p && s < after.size() - p && before[before.size() - 1 - s] == after[after.size() - 1 - s]) ++s;
    size_t i = after.size() - s;
    while (i > 0 && i < after.size() && (static_cast<unsigned char>(after[i]) & 0xC0) == 0x80) --i;
    return int(i);
}

void replace_buffer(ImGuiInputTextCallbackData* data, const std::string& text, int cursor) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, text.c_str(), text.c_str() + text.size());
    data->CursorPos = std::min(cursor, data->BufTextLen);
    data->SelectionStart = data->SelectionEnd = data->CursorPos;
}

// Backspace at the start of a wrapped line, or Delete at its end, removed only the
// '\n' of a soft break: the user meant the character before or after the break.
void repair_soft_breaks(std::string& wrapped, int& cursor) {
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
}

int reflow_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) return data->EventChar == 0x200B;  // ours only
    auto* req = static_cast<WrapRequest*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && req->activating) {
        req->activating = false;
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        if (!req->typed.empty()) data->InsertChars(data->CursorPos, req->typed.c_str(), req->typed.c_str() + req->typed.size());
        return 0;
    }
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
        if (!req->replace) return 0;
        req->replace = false;
        std::string old = unwrap_with_cursor(std::string(data->Buf, size_t(data->BufTextLen)), 0, nullptr);
        Reflow r = wrap_with_cursor(req->text, req->width, end_of_change(old, req->text));
        replace_buffer(data, r.text, r.cursor);
        return 0;
    }
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
    std::string wrapped(data->Buf, size_t(data->BufTextLen));
    int cursor = data->CursorPos;
    repair_soft_breaks(wrapped, cursor);
    std::string plain = unwrap_with_cursor(wrapped, cursor, &cursor);
    Reflow r = wrap_with_cursor(plain, req->width, cursor);
    if (r.text != std::string(data->Buf, size_t(data->BufTextLen))) replace_buffer(data, r.text, r.cursor);
    return 0;
}

// Lines the field shows: of the active edit buffer, or of the wrapped value.
int line_count(ImGuiID id, const std::string& wrapped) {
    const ImGuiInputTextState* st = ImGui::GetActiveID() == id ? ImGui::GetInputTextState(id) : nullptr;
    int lines = 1;
    if (st) {
        for (int i = 0; i < st->CurLenW; ++i) lines += st->TextW[i] == '\n';
    } else {
        for (char ch : wrapped) lines += ch == '\n';
    }
    return lines;
}

}  // namespace

std::string typed_this_frame() {
    std::string out;
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        char32_t c = io.InputQueueCharacters[i];
        if (c >= 0x20 && c != 0x7F && c != 0x200B) scorecard::append_utf8(out, c);
    }
    return out;
}

std::string remove_soft_breaks(const std::string& text) { return unwrap_with_cursor(text, 0, nullptr); }

namespace {
std::optional<std::string> note_field_impl(FieldSync* sync_state, const char* label, const std::string& value,
                                           const char* hint, NoteOptions opts) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float line = ImGui::GetTextLineHeight();
    float width = ImGui::GetContentRegionAvail().x;
    WrapRequest req{width - style.FramePadding.x * 2 - style.ScrollbarSize - 4, false, {}, false, {}};
    // ImGui edits its own copy while the field is active, so a fresh copy each frame is safe.
    std::string buf = wrap_with_cursor(value, req.width, 0).text;
    ImGuiID id = ImGui::GetID(label);
    bool active = ImGui::GetActiveID() == id;
    FieldSync unused;
    FieldSync& sync = sync_state ? *sync_state : unused;
    opts.app_undo = opts.app_undo && sync_state;
    if (active && opts.app_undo) {
        if (sync.id != id) sync = {id, value};
        else if (sync.value != value) req.replace = true, req.text = value, sync.value = value;
    }
    if (!active && ImGui::GetCurrentContext()->NavActivateId == id && !opts.read_only) {
        req.activating = true;
        req.typed = typed_this_frame();
    }
    float h = std::max(opts.min_lines, float(line_count(id, buf)) + 0.6f) * line + style.FramePadding.y * 2;
    h = std::min(h, 22 * line);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CallbackCharFilter |
                                ImGuiInputTextFlags_NoHorizontalScroll;
    if (opts.read_only) flags |= ImGuiInputTextFlags_ReadOnly;
    // The app's undo takes Ctrl+Z: ImGui's own would undo single characters the app never saw undone.
    if (opts.app_undo) flags |= ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_CallbackAlways;
    if (req.activating) flags |= ImGuiInputTextFlags_CallbackAlways;
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool changed = ImGui::InputTextMultiline(label, &buf, ImVec2(width, h), flags, reflow_callback, &req);
    mark_value(value, true);
    if (opts.read_only) mark_state(kReadOnly);
    if (buf.empty() && hint && !ImGui::IsItemActive())
        // ImGui has hints only for single-line fields.
        ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y),
                                            ImGui::GetColorU32(palette().muted), hint);
    if (!changed || opts.read_only) return std::nullopt;
    std::string text = remove_soft_breaks(buf);
    if (opts.app_undo) sync = {id, text};
    return text;
}
}  // namespace

std::optional<std::string> note_field(const Ctx& ctx, const char* label, const std::string& value, const char* hint,
                                      NoteOptions opts) {
    return note_field_impl(&ctx.local.field_sync, label, value, hint, opts);
}

std::optional<std::string> note_field(const char* label, const std::string& value, const char* hint, float min_lines,
                                      bool read_only) {
    return note_field_impl(nullptr, label, value, hint, NoteOptions{min_lines, read_only, false});
}

void copyable_text(const char* id, const std::string& text, const ImVec4* color) {
    if (text.empty()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetContentRegionAvail().x;
    float wrap_w = width - style.ScrollbarSize - 4;
    std::string buf = wrap_with_cursor(text, wrap_w, 0).text;
    int lines = 1;
    for (char ch : buf) lines += ch == '\n';
    // A read-only field without a frame: it reads like text, and selects and copies like a field.
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, color ? *color : palette().text);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    WrapRequest req{wrap_w, false, {}, false, {}};
    ImGui::InputTextMultiline(id, &buf, ImVec2(width, float(lines) * ImGui::GetTextLineHeight() + 2),
                              ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_NoHorizontalScroll |
                                  ImGuiInputTextFlags_CallbackCharFilter,
                              reflow_callback, &req);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    widget_registry_text(text.c_str());
}

}  // namespace ui
