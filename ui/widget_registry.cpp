// Implements ImGui's test-engine item hooks to record each visible widget (widget_registry.hpp).
#include "ui/widget_registry.hpp"

#include <nlohmann/json.hpp>

namespace {
ui::WidgetRegistry* registry_of(ImGuiContext* ctx) {
    return ctx ? static_cast<ui::WidgetRegistry*>(ctx->TestEngine) : nullptr;
}

std::string visible_label(const char* label) { return std::string(label, ImGui::FindRenderedTextEnd(label)); }
}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
    // Windows come without item data: they are not widgets.
    if (auto* r = registry_of(ctx); r && id != 0 && data) r->add(ctx, id, bb);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (auto* r = registry_of(ctx); r && label) r->info(id, label);
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

void WidgetRegistry::add(ImGuiContext* ctx, ImGuiID id, const ImRect& bb) {
    ImGuiWindow* w = ctx->CurrentWindow;
    ImRect r = bb;
    if (w) r.ClipWithFull(w->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;  // scrolled out of view
    frame_.push_back({id, r, w ? w->Name : "", ""});
}

void WidgetRegistry::info(ImGuiID id, const char* label) {
    for (auto it = frame_.rbegin(); it != frame_.rend(); ++it)
        if (it->id == id) {
            it->label = label;
            return;
        }
}

void WidgetRegistry::text(const char* text) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImRect r = g.LastItemData.Rect;
    if (g.CurrentWindow) r.ClipWithFull(g.CurrentWindow->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    frame_.push_back({0, r, g.CurrentWindow ? g.CurrentWindow->Name : "", std::string(text) + "##text"});
}

void WidgetRegistry::end_frame() {
    if (!on_) return;
    nlohmann::json out = nlohmann::json::array();
    for (const auto& it : frame_) {
        if (it.label.empty()) continue;  // ImGui's internal items (scrollbars, child windows) have none
        // Child windows are named "Parent/child_XXXXXXXX": the id reads as a path.
        out.push_back({{"label", visible_label(it.label.c_str())},
                       {"id", it.window + "/" + it.label},
                       {"x", it.rect.Min.x},
                       {"y", it.rect.Min.y},
                       {"w", it.rect.GetWidth()},
                       {"h", it.rect.GetHeight()}});
    }
    published_ = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    frame_.clear();
}

void widget_registry_label(ImGuiID id, const char* label) {
    if (auto* r = registry_of(ImGui::GetCurrentContext()); r && label) r->info(id, label);
}

void widget_registry_text(const char* text) {
    if (auto* r = registry_of(ImGui::GetCurrentContext()); r && text && *text) r->text(text);
}

}  // namespace ui
