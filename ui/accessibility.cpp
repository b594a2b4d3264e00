// The Ui's side of the accessibility mirror (ui.hpp): what the page's mirror elements ask
// for (focus, activation, leaving a field) becomes what a click or a key would do in the
// next frame; after drawing, the focused control is brought into view and ringed, and the
// mirror's content is rebuilt when it changed (accessibility_tree.hpp).
#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/ui.hpp"

namespace ui {

namespace {
// The item the mirror shows for this id (a multi-line field submits its id twice: the
// frame, then the labelled field).
const WidgetRegistry::Item* find(const std::vector<WidgetRegistry::Item>& items, ImGuiID id) {
    if (id == 0) return nullptr;
    const WidgetRegistry::Item* found = nullptr;
    for (const auto& it : items)
        if (it.id == id && (!found || it.role != Role::None)) found = &it;
    return found;
}

// What a click does, queued for the next frame: a text field opens for typing (ImGui's
// ActivateItemByID alone would open it only after keyboard navigation).
void activate(ImGuiID id) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavNextActivateId = id;
    g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
}

// The focus ring: 2 px in the palette's focus colour, 2 px outside the control, kept
// inside the control's window so it never draws over another panel.
void draw_ring(const WidgetRegistry::Item& it) {
    ImRect r = it.rect;
    r.Expand(3.0f);
    ImRect clip = it.window->ClipRect;
    clip.Expand(4.0f);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->PushClipRect(clip.Min, clip.Max, false);
    dl->AddRect(r.Min, r.Max, ImGui::GetColorU32(palette().focus), ImGui::GetStyle().FrameRounding + 2.0f, 0, 2.0f);
    dl->PopClipRect();
}
}  // namespace

void Ui::mirror_focus(ImGuiID id, bool by_user) {
    settle_ = params_.settle_frames;
    mirror_focus_ = id;
    // The user moved there: bring it into view. The page putting the focus back (a dialog
    // that opened, a control that went) leaves the view where it is.
    mirror_scroll_to_ = by_user ? id : 0;
    const auto* it = find(registry_.items(), id);
    // A text field takes the keys as soon as it has the focus, as on any web page.
    if (by_user && it && it->role == Role::Textbox && ImGui::GetActiveID() != id) activate(id);
}

void Ui::mirror_activate(ImGuiID id) {
    settle_ = params_.settle_frames;
    mirror_focus_ = id;
    mirror_scroll_to_ = id;
    activate(id);
}

void Ui::mirror_leave_field() {
    settle_ = params_.settle_frames;
    // As Escape does: the text stays (ImGui's own Escape would revert it).
    if (ImGui::GetIO().WantTextInput) ImGui::ClearActiveID();
}

void Ui::set_reduced_motion(bool on) {
    ImGui::GetIO().ConfigInputTextCursorBlink = !on;
}

void Ui::mirror_frame() {
    const auto& items = registry_.frame_items();
    if (const auto* it = find(items, mirror_scroll_to_)) {
        if (it->window) ImGui::ScrollToRect(it->window, it->rect);
        mirror_scroll_to_ = 0;
    }
    if (const auto* it = find(items, mirror_focus_); it && it->visible && it->window) draw_ring(*it);
    ImGuiID active = ImGui::GetActiveID();
    const ImGuiInputTextState* field = active != 0 && ImGui::GetIO().WantTextInput ? ImGui::GetInputTextState(active) : nullptr;
    mirror_extras_.active_text = field ? active : 0;
    mirror_extras_.active_value.clear();
    if (field) {
        // The edit buffer, so the caret's place in it is the page's too.
        std::string& v = mirror_extras_.active_value;
        v.resize(size_t(field->CurLenW) * 4 + 1);
        v.resize(size_t(ImTextStrToUtf8(v.data(), int(v.size()), field->TextW.Data, field->TextW.Data + field->CurLenW)));
        // No selection: the range is the caret (stb keeps stale ends then).
        bool selected = field->Stb.select_start != field->Stb.select_end;
        mirror_extras_.cursor = field->Stb.cursor;
        mirror_extras_.sel_start = selected ? std::min(field->Stb.select_start, field->Stb.select_end) : field->Stb.cursor;
        mirror_extras_.sel_end = selected ? std::max(field->Stb.select_start, field->Stb.select_end) : field->Stb.cursor;
    }
    mirror_extras_.modal = ImGui::GetTopMostPopupModal();
    mirror_extras_.notices.clear();
    for (const auto& n : app_.notices()) mirror_extras_.notices.push_back({n.id, n.text, n.kind == app::Notice::Error});
}

void Ui::end_frame() {
    registry_.end_frame();
    mirror_.update(registry_.items(), mirror_extras_);
}

}  // namespace ui
