// The widgets ImGui submitted in the last frame, with their visible labels and
// rectangles, from ImGui's own item hooks (IMGUI_ENABLE_TEST_ENGINE). Browser
// tests read this list (window.scorecardTest.widgets()) to click and type like a user.
#pragma once
#include <string>

namespace ui {

void widget_registry_enable(bool on);
void widget_registry_end_frame();
// Names an item whose ImGui code reports no label (combos).
void widget_registry_label(unsigned imgui_id, const char* label);
// Lists the last item, a piece of text, with its text as label and an id ending "##text",
// so tests can see messages and headings as a user reads them.
void widget_registry_text(const char* text);  // the frame's list becomes the published one
// [{"label","id","x","y","w","h"}] of the last finished frame, in CSS pixels.
const std::string& widget_registry_json();

}  // namespace ui
