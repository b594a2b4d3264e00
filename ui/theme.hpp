// The look of Scorecard: a light and a dark palette over ImGui's style. The current
// palette is the Ui's (ui.hpp), reached through ImGui's IO user data, so widgets can
// colour text without any state of their own.
#pragma once
#include "imgui.h"

namespace ui {

struct Palette {
    ImVec4 accent, accent_text, text, muted, ok, warn, error, card, border, selected;
    ImVec4 focus;  // the keyboard focus ring: at least 3:1 against every background it is drawn on
};
// The system's colours under `forced-colors: active` (the CSS system colour keywords the
// page reads), as 0xRRGGBB.
struct SystemColors {
    unsigned canvas = 0xffffff, canvas_text = 0, gray_text = 0x6d6d6d, highlight = 0x0078d7, highlight_text = 0xffffff,
             button_face = 0xf0f0f0, button_text = 0, button_border = 0, link_text = 0x0000ee;
};
// The palette built from the system's colours, and ImGui's style from them (every
// surface Canvas or ButtonFace, every text CanvasText or ButtonText, no tints of our own).
Palette system_palette(const SystemColors& c);
void apply_system_style(const Palette& p, const SystemColors& c);
// WCAG 2.2 contrast ratio of two opaque colours (1 to 21).
double contrast_ratio(const ImVec4& a, const ImVec4& b);
// The backgrounds text is drawn on in a theme: the window, cards, fields, buttons, popups.
ImVec4 window_background(bool dark);
const Palette& light_palette();
const Palette& dark_palette();
// The palette of the frame being drawn (the one the Ui last applied).
const Palette& palette();
// ImGui's colours for a palette and theme, set in `s` (apply_style applies them).
void theme_colors(const Palette& p, bool dark, ImGuiStyle& s);
// Applies a palette and its spacing to ImGui's style; `p` must outlive the frame.
void apply_style(const Palette& p, bool dark);

}  // namespace ui
