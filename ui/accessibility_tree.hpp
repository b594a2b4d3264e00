// The accessibility mirror's content: the widget registry's items as the DOM beside the
// canvas shows them to screen readers and keyboard users (web/js/accessibility.js builds
// and patches that DOM). Rebuilt only when something it shows changed: a frame in which
// nothing changed costs one hash over the items, and an idle app draws no frames at all.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ui/widget_registry.hpp"

namespace ui {

// Role names as ARIA spells them (the mirror's elements carry them).
const char* role_name(Role role);

// What the mirror says besides the items.
struct MirrorExtras {
    ImGuiID active_text = 0;  // the text field being edited: its name and value go to the IME element
    std::string active_value;  // ... its edit buffer as shown (with the note's soft line breaks)
    int sel_start = 0, sel_end = 0, cursor = 0;  // ... in characters of active_value
    ImGuiWindow* modal = nullptr;  // an open modal dialog: only what is inside it is shown
    struct Announcement {
        int id = 0;
        std::string text;
        bool error = false;
    };
    std::vector<Announcement> notices;  // read out by a live region as they appear
};

class AccessibilityTree {
public:
    // Takes the last frame's items; true when the mirror's content changed (json() is new).
    bool update(const std::vector<WidgetRegistry::Item>& items, const MirrorExtras& extras);
    // Counts the changes: the page asks for json() only when this moved.
    std::uint32_t version() const { return version_; }
    // {"nodes":[{"k","r","n","v","s","x","y","w","h","g","t","row","col"}...],"active","activeValue",
    //  "sel":[start,end,cursor],"modal","notices":[{"id","text","error"}]}
    const std::string& json() const { return json_; }

private:
    std::uint64_t hash_ = 0;
    std::uint32_t version_ = 0;
    std::string json_ = "{\"nodes\":[],\"notices\":[]}";
};

// The benchmark's measure (bench/bench_browser.mjs): `count` items made from `sample`
// (ids made unique), the mirror updated `rounds` times with nothing changed and `rounds`
// times with one name changed each time; milliseconds per update of each kind.
struct MirrorCost {
    double unchanged_ms = 0, changed_ms = 0;
    std::size_t json_bytes = 0;
};
MirrorCost measure_mirror_cost(const std::vector<WidgetRegistry::Item>& sample, int count, int rounds);

// Whether an item is shown in the mirror under these extras (tooltips and what a modal
// dialog covers are not).
bool in_mirror(const WidgetRegistry::Item& item, const MirrorExtras& extras);

}  // namespace ui
