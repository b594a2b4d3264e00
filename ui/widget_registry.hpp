// The widgets ImGui submitted in the last frame, with their visible labels and
// rectangles, from ImGui's own item hooks (IMGUI_ENABLE_TEST_ENGINE). Browser tests
// read this list (window.scorecardTest.widgets()) to click and type like a user. The
// registry is the Ui's; ImGui's hooks find it through the context's TestEngine pointer.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace ui {

class WidgetRegistry {
public:
    struct Item {
        ImGuiID id = 0;
        ImRect rect;
        std::string window, label;
    };

    // Starts (or stops) recording for the current ImGui context.
    void enable(bool on);
    bool enabled() const { return on_; }
    void end_frame();  // the frame's list becomes the published one
    // [{"label","id","x","y","w","h"}] of the last finished frame, in CSS pixels.
    const std::string& json() const { return published_; }

    // Called by the hooks and the text helpers.
    void add(ImGuiContext* ctx, ImGuiID id, const ImRect& bb);
    void info(ImGuiID id, const char* label);
    void text(const char* text);

private:
    bool on_ = false;
    std::vector<Item> frame_;
    std::string published_ = "[]";
};

// Names an item whose ImGui code reports no label (combos).
void widget_registry_label(ImGuiID imgui_id, const char* label);
// Lists the last item, a piece of text, with its text as label and an id ending "##text",
// so tests can see messages and headings as a user reads them.
void widget_registry_text(const char* text);

}  // namespace ui
