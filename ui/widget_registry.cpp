// Implements ImGui's test-engine item hooks to record each widget with its meaning
// (widget_registry.hpp).
#include "ui/widget_registry.hpp"

#include <nlohmann/json.hpp>

namespace {
ui::WidgetRegistry* registry_of(ImGuiContext* ctx) {
    return ctx ? static_cast<ui::WidgetRegistry*>(ctx->TestEngine) : nullptr;
}
ui::WidgetRegistry* current_registry() { return registry_of(ImGui::GetCurrentContext()); }

std::string visible_label(const std::string& label) {
    return std::string(label.c_str(), ImGui::FindRenderedTextEnd(label.c_str()));
}

bool is_control(ui::Role r) { return r != ui::Role::None && r != ui::Role::Text && r != ui::Role::Heading && r != ui::Role::Title; }

// Where in a table an item sits, when it is drawn straight into a cell (not into a window
// of its own inside one). A header row's items are its column heads.
void place_in_table(ImGuiContext* ctx, ImGuiWindow* w, ui::WidgetRegistry::Item& it) {
    ImGuiTable* t = ctx->CurrentTable;
    if (!t || t->InnerWindow != w || !t->IsInsideRow) return;
    it.table = t->ID;
    it.row = t->CurrentRow;
    it.column = t->CurrentColumn;
    if (t->RowFlags & ImGuiTableRowFlags_Headers) {
        it.state |= ui::kHeaderCell;
        if (it.id != 0) {
            it.role = ui::Role::Text;  // a column head: read, not pressed
            if (const char* name = ImGui::TableGetColumnName(t, it.column)) it.label = name;
        }
    }
}
}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
    // Windows come without item data: they are not widgets.
    if (auto* r = registry_of(ctx); r && id != 0 && data) r->add(ctx, id, bb, data->InFlags);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    if (auto* r = registry_of(ctx); r && label) r->info(id, label, status);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace ui {

void WidgetRegistry::enable(bool on) {
    on_ = on;
    ImGuiContext* g = ImGui::GetCurrentContext();
    g->TestEngineHookItems = on;
    g->TestEngine = on ? this : nullptr;
}

void WidgetRegistry::add(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, ImGuiItemFlags flags) {
    ImGuiWindow* w = ctx->CurrentWindow;
    Item it;
    it.id = id;
    it.rect = bb;
    it.window = w;
    it.window_name = w ? w->Name : "";
    ImRect clipped = bb;
    if (w) clipped.ClipWithFull(w->ClipRect);
    it.visible = clipped.GetWidth() > 0 && clipped.GetHeight() > 0;
    if (flags & ImGuiItemFlags_Disabled) it.state |= kDisabled;
    place_in_table(ctx, w, it);
    frame_.push_back(std::move(it));
}

WidgetRegistry::Item* WidgetRegistry::last(ImGuiID id) {
    // The item is among the last few: a widget may submit a helper item after its own.
    int seen = 0;
    for (auto it = frame_.rbegin(); it != frame_.rend() && seen < 8; ++it, ++seen)
        if (it->id == id) return &*it;
    return nullptr;
}

void WidgetRegistry::info(ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    Item* it = last(id);
    if (!it) return;
    it->label = label;
    if (it->role != Role::None) return;
    if (status & ImGuiItemStatusFlags_Inputable) it->role = Role::Textbox;
    else if (status & ImGuiItemStatusFlags_Checkable) it->role = Role::Checkbox;
    else it->role = Role::Button;
    if (status & ImGuiItemStatusFlags_Checked) it->state |= kChecked;
    if (status & ImGuiItemStatusFlags_Openable) it->state |= kExpandable;
    if (status & ImGuiItemStatusFlags_Opened) it->state |= kExpanded;
}

void WidgetRegistry::text(const char* text) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // Text shown in a read-only field (selectable, copyable) is read as text.
    if (g.LastItemData.ID != 0)
        if (Item* field = last(g.LastItemData.ID)) field->role = Role::None;
    Item it;
    it.rect = g.LastItemData.Rect;
    it.window = g.CurrentWindow;
    it.window_name = g.CurrentWindow ? g.CurrentWindow->Name : "";
    ImRect clipped = it.rect;
    if (g.CurrentWindow) clipped.ClipWithFull(g.CurrentWindow->ClipRect);
    it.visible = clipped.GetWidth() > 0 && clipped.GetHeight() > 0;
    it.label = std::string(text) + "##text";
    it.name = text;
    it.role = Role::Text;
    place_in_table(&g, g.CurrentWindow, it);
    frame_.push_back(std::move(it));
}

namespace {
// Accessible names: the visible label; for a control whose label is hidden ("##name"), the
// text drawn just before it in the same window with no other control between.
void name_items(std::vector<WidgetRegistry::Item>& items) {
    std::vector<std::pair<ImGuiWindow*, WidgetRegistry::Item*>> label_of;  // per window
    auto pending = [&](ImGuiWindow* w) -> WidgetRegistry::Item*& {
        for (auto& [win, item] : label_of)
            if (win == w) return item;
        label_of.push_back({w, nullptr});
        return label_of.back().second;
    };
    for (auto& it : items) {
        if (it.role == Role::Text || it.role == Role::Heading || it.role == Role::Title) {
            if (it.name.empty()) it.name = visible_label(it.label);
            pending(it.window) = &it;
            continue;
        }
        if (!is_control(it.role)) continue;
        if (it.name.empty()) it.name = visible_label(it.label);
        WidgetRegistry::Item*& label = pending(it.window);
        if (it.name.empty() && label) {
            it.name = label->name;
            // The label is the field's name now: read once, with the field.
            if (label->role == Role::Text) label->role = Role::None;
        }
        label = nullptr;
    }
}

std::string test_list_json(const std::vector<WidgetRegistry::Item>& items) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& it : items) {
        // ImGui's internal items (scrollbars, child windows) have no label.
        if (it.label.empty() || !it.visible) continue;
        ImRect r = it.rect;
        if (it.window) r.ClipWithFull(it.window->ClipRect);
        // Child windows are named "Parent/child_XXXXXXXX": the id reads as a path.
        out.push_back({{"label", visible_label(it.label)},
                       {"id", it.window_name + "/" + it.label},
                       {"x", r.Min.x},
                       {"y", r.Min.y},
                       {"w", r.GetWidth()},
                       {"h", r.GetHeight()}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace

void WidgetRegistry::end_frame() {
    if (!on_) return;
    name_items(frame_);
    if (test_list_) published_ = test_list_json(frame_);
    published_items_.swap(frame_);
    frame_.clear();
}

void widget_registry_label(ImGuiID id, const char* label) {
    if (auto* r = current_registry(); r && label) r->info(id, label, 0);
}

void widget_registry_text(const char* text) {
    if (auto* r = current_registry(); r && text && *text) r->text(text);
}

WidgetRegistry::Item* widget_registry_item(ImGuiID id) {
    auto* r = current_registry();
    return r ? r->last(id) : nullptr;
}

namespace {
WidgetRegistry::Item* last_item() {
    auto* r = current_registry();
    if (!r) return nullptr;
    ImGuiID id = ImGui::GetCurrentContext()->LastItemData.ID;
    if (id != 0) return r->last(id);
    return r->back();
}
}  // namespace

void mark_name(const std::string& name) {
    if (auto* it = last_item()) it->name = name;
}

void mark_role(Role role) {
    if (auto* it = last_item()) it->role = role;
}

void mark_state(std::uint32_t bits) {
    if (auto* it = last_item()) it->state |= bits;
}

void mark_choice(Role role, const char* group, bool chosen) {
    if (auto* it = last_item()) {
        it->role = role;
        it->group = group;
        if (chosen) it->state |= kChecked;
        else it->state &= ~kChecked;
    }
}

void mark_value(const std::string& value, bool multiline) {
    if (auto* it = last_item()) {
        it->value = value;
        if (multiline) it->state |= kMultiline;
    }
}

}  // namespace ui
