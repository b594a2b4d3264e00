// The widgets ImGui submitted in the last frame, with their visible labels, rectangles
// and meaning (role, name, state, value), from ImGui's own item hooks
// (IMGUI_ENABLE_TEST_ENGINE) and the UI's thin annotations (the mark_* functions).
// Two readers: the accessibility mirror (accessibility_tree.hpp), which needs every
// control, scrolled into view or not, and the browser tests' widget list
// (window.scorecardTest.widgets()), which lists what is on screen to click and type like a
// user. The registry is the Ui's; ImGui's hooks find it through the context's TestEngine.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace ui {

// What an item is to assistive technology. Text and headings are read; the rest are
// controls reached with Tab.
enum class Role : std::uint8_t { None, Text, Heading, Title, Button, Checkbox, Radio, Tab, Option, Combobox, Textbox };
// Its state, as ARIA states it.
enum StateBit : std::uint32_t {
    kChecked = 1u << 0,
    kExpandable = 1u << 1,  // opens and closes (a section, a combo): aria-expanded is said
    kExpanded = 1u << 2,
    kDisabled = 1u << 3,
    kRequired = 1u << 4,
    kInvalid = 1u << 5,
    kReadOnly = 1u << 6,
    kMultiline = 1u << 7,
    kHeaderCell = 1u << 8,  // in a table's header row
};

class WidgetRegistry {
public:
    struct Item {
        ImGuiID id = 0;
        ImRect rect;  // unclipped, in CSS pixels
        ImGuiWindow* window = nullptr;
        std::string window_name, label;
        bool visible = false;  // some of it inside its window's clip rectangle
        Role role = Role::None;
        std::string name, value, group;  // group: the radio group, tab list or list it belongs to
        std::uint32_t state = 0;
        ImGuiID table = 0;  // in a table: which, and where
        int row = -1, column = -1;
    };

    // Starts (or stops) recording for the current ImGui context.
    void enable(bool on);
    bool enabled() const { return on_; }
    // The test list (json()) is built only when asked for: it costs a frame's time.
    void publish_test_list(bool on) { test_list_ = on; }
    void end_frame();  // the frame's items become the published ones
    const std::vector<Item>& items() const { return published_items_; }
    // The items recorded so far in the frame being drawn.
    const std::vector<Item>& frame_items() const { return frame_; }
    // [{"label","id","x","y","w","h"}] of the last finished frame's visible items, in CSS pixels.
    const std::string& json() const { return published_; }

    // Called by the hooks, the text helpers and the mark_* functions.
    void add(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, ImGuiItemFlags flags);
    void info(ImGuiID id, const char* label, ImGuiItemStatusFlags status);
    void text(const char* text);
    Item* last(ImGuiID id);
    Item* back() { return frame_.empty() ? nullptr : &frame_.back(); }

private:
    bool on_ = false;
    bool test_list_ = false;
    std::vector<Item> frame_;
    std::vector<Item> published_items_;
    std::string published_ = "[]";
};

// Names an item whose ImGui code reports no label (combos).
void widget_registry_label(ImGuiID imgui_id, const char* label);
// Lists the last item, a piece of text, with its text as label and an id ending "##text",
// so tests can see messages and headings as a user reads them, and screen readers read them.
void widget_registry_text(const char* text);

// The item with this id in the frame being drawn (for widgets that submit more after it).
WidgetRegistry::Item* widget_registry_item(ImGuiID imgui_id);

// Annotations of the item just submitted, for what ImGui's hooks cannot tell.
// A label drawn apart from its control (a "##name" field after a text label is named by
// that text without this; a selectable whose text is drawn over it is not).
void mark_name(const std::string& name);
void mark_role(Role role);
void mark_state(std::uint32_t bits);  // kRequired, kInvalid, ...
// One of a group of choices (a radio button, a tab, an option), chosen or not.
void mark_choice(Role role, const char* group, bool chosen);
// A text field's value (and caret while it is being edited).
void mark_value(const std::string& value, bool multiline);

}  // namespace ui
