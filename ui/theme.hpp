// The look of Scorecard: a light and a dark palette over ImGui's style. The current
// palette is the Ui's (ui.hpp), reached through ImGui's IO user data, so widgets can
// colour text without any state of their own.
#pragma once
#include "imgui.h"

namespace ui {

struct Palette {
    ImVec4 accent, accent_text, text, muted, ok, warn, error, card, border, selected;
};
const Palette& light_palette();
const Palette& dark_palette();
// The palette of the frame being drawn (the one the Ui last applied).
const Palette& palette();
// Applies a palette and its spacing to ImGui's style; `p` must outlive the frame.
void apply_style(const Palette& p, bool dark);

}  // namespace ui
