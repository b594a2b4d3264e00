// Small widgets every screen shares: wrapped text (listed by label for the browser
// tests), headings, badges, auto-growing note fields, single-line fields, buttons and
// cards. They draw and return what the user did; the screens turn that into commands.
#pragma once
#include <optional>
#include <string>

#include "imgui.h"
#include "ui/widget_registry.hpp"

namespace ui {

struct Ctx;

// Text that wraps at the available width, in the given colour (the text colour when null).
void text_wrapped(const std::string& text, const ImVec4* color = nullptr);
void text_muted(const std::string& text);
void heading(const Ctx& ctx, const std::string& text);  // section heading
void title(const Ctx& ctx, const std::string& text);    // screen title
void bold(const Ctx& ctx, const std::string& text);
void badge(const std::string& text, const ImVec4& color);

struct NoteOptions {
    float min_lines = 2.0f;
    bool read_only = false;
    // The value is a draft's text: Ctrl+Z is the app's undo (a burst of typing), and a
    // change the app makes under the active field (undo, redo) shows in it at once.
    bool app_undo = false;
};
// A multi-line note field that grows with its content (no inner scrollbar for normal
// notes) and wraps words as they are typed. Returns the new text when the user changed it.
std::optional<std::string> note_field(const Ctx& ctx, const char* label, const std::string& value, const char* hint,
                                      NoteOptions opts = {});
// The same for text that is no draft's (a panel decision, pasted JSON): ImGui's own undo.
std::optional<std::string> note_field(const char* label, const std::string& value, const char* hint,
                                      float min_lines = 2.0f, bool read_only = false);
// Read-only text that wraps like text and can be selected with mouse and keyboard and copied.
void copyable_text(const char* id, const std::string& text, const ImVec4* color = nullptr);
// The printable characters typed in this frame (ImGui's input queue), as UTF-8.
std::string typed_this_frame();
// The note without the soft line breaks note_field shows (for text copied out of a field).
std::string remove_soft_breaks(const std::string& text);
// A single-line field; returns the new text when changed.
std::optional<std::string> line_field(const char* label, const std::string& value, const char* hint,
                                      float width = -1.0f, bool read_only = false);

// ImGui::BeginCombo that also shows up, by label, in the test widget list, and as a
// combobox in the accessibility mirror (named `name`, else by the text drawn before it).
bool begin_combo(const char* label, const char* preview, int flags = 0, const char* name = nullptr);
// WCAG 2.2's smallest pointer target (2.5.8), in CSS pixels: no control is drawn smaller.
inline constexpr float kMinTarget = 24.0f;
// A checkbox whose text wraps at the region's edge (a long label on a narrow window);
// clicking the text toggles it too. Named by its text for assistive technology.
bool wrapped_checkbox(const char* id, const std::string& text, bool* value);
// A compact button for rows and tags, still 24 px tall: WCAG 2.2's smallest target
// (ImGui's SmallButton has no vertical padding, 16 px at our text size).
bool small_button(const char* label);
bool primary_button(const char* label, const ImVec2& size = ImVec2(0, 0), bool enabled = true);
bool secondary_button(const char* label, const ImVec2& size = ImVec2(0, 0), bool enabled = true);
// Call instead of SameLine before a button labelled `label` in a row that must not run off
// a narrow window (200% zoom, a half screen): the button stays on this line when it fits,
// else starts the next one.
void flow_item(const char* label, ImFont* font = nullptr);
// Starts a framed, padded region ("card"), `width` wide (0: the content area's width).
void begin_card(const char* id, float padding = 16.0f, float width = 0.0f);
void end_card();

std::string format_minutes_seconds(double seconds);  // "12:05"

}  // namespace ui
