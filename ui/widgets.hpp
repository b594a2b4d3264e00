// Shared look and small widgets for the screens: theme colours, headings, wrapped
// text, auto-growing note fields, badges, the top bar and notices.
#pragma once
#include <optional>
#include <string>

#include "imgui.h"

namespace ui {

class App;

struct Palette {
    ImVec4 accent, accent_text, text, muted, ok, warn, error, card, border, selected;
};
const Palette& palette();
void apply_style(bool dark);

void draw_top_bar(App& app);
void draw_notices(App& app);

// Text that wraps at the available width, in the given colour (muted when null).
void text_wrapped(const std::string& text, const ImVec4* color = nullptr);
void text_muted(const std::string& text);
void heading(App& app, const std::string& text);
void bold(App& app, const std::string& text);
void badge(const std::string& text, const ImVec4& color);

// A multi-line note field that grows with its content (no inner scrollbar for
// normal notes). Returns the new text when the user changed it this frame.
std::optional<std::string> note_field(const char* label, const std::string& value, const char* hint,
                                      float min_lines = 2.0f, bool read_only = false);
// The note without the soft line breaks note_field shows (for text copied out of a field).
std::string remove_soft_breaks(const std::string& text);
// A single-line field; returns the new text when changed.
std::optional<std::string> line_field(const char* label, const std::string& value, const char* hint,
                                      float width = -1.0f, bool read_only = false);

// ImGui::BeginCombo that also shows up, by label, in the test widget list.
bool begin_combo(const char* label, const char* preview, int flags = 0);
bool primary_button(const char* label, const ImVec2& size = ImVec2(0, 0), bool enabled = true);
bool secondary_button(const char* label, const ImVec2& size = ImVec2(0, 0), bool enabled = true);
// Starts a framed, padded region ("card"), `width` wide (0: the content area's width).
void begin_card(const char* id, float padding = 16.0f, float width = 0.0f);
void end_card();

std::string format_minutes_seconds(double seconds);
std::string format_score(double v);  // "2.67"

}  // namespace ui
