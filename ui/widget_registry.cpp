// Implements ImGui's test-engine item hooks to record each visible widget.
#include "widget_registry.hpp"

#include <cstdarg>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"

namespace {
struct Item {
    ImGuiID id;
    ImRect rect;
    std::string window, label;
};
std::vector<Item> g_frame;
std::string g_published = "[]";
bool g_on = false;

std::string visible_label(const char* label) {
    const char* end = ImGui::FindRenderedTextEnd(label);
    return std::string(label, end);
}
}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
    if (!g_on || id == 0 || !data) return;  // windows come without item data: not widgets
    ImGuiWindow* w = ctx->CurrentWindow;
    ImRect r = bb;
    if (w) r.ClipWithFull(w->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;  // scrolled out of view
    g_frame.push_back({id, r, w ? w->Name : "", ""});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (!g_on || !label) return;
    for (auto it = g_frame.rbegin(); it != g_frame.rend(); ++it)
        if (it->id == id) {
            it->label = label;
            return;
        }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace ui {

void widget_registry_enable(bool on) {
    g_on = on;
    ImGui::GetCurrentContext()->TestEngineHookItems = on;
}

void widget_registry_label(unsigned id, const char* label) {
    if (!g_on) return;
    ImGuiTestEngineHook_ItemInfo(ImGui::GetCurrentContext(), id, label, 0);
}

void widget_registry_text(const char* text) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g_on || !text || !*text) return;
    ImRect r = g.LastItemData.Rect;
    if (g.CurrentWindow) r.ClipWithFull(g.CurrentWindow->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    g_frame.push_back({0, r, g.CurrentWindow ? g.CurrentWindow->Name : "", std::string(text) + "##text"});
}

void widget_registry_end_frame() {
    if (!g_on) return;
    nlohmann::json out = nlohmann::json::array();
    for (const auto& it : g_frame) {
        if (it.label.empty()) continue;  // ImGui's internal items (scrollbars, child windows) have none
        std::string window = it.window;
        // Child windows are named "Parent/child_XXXXXXXX": keep it readable as a path.
        out.push_back({{"label", visible_label(it.label.c_str())},
                       {"id", window + "/" + it.label},
                       {"x", it.rect.Min.x},
                       {"y", it.rect.Min.y},
                       {"w", it.rect.GetWidth()},
                       {"h", it.rect.GetHeight()}});
    }
    g_published = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    g_frame.clear();
}

const std::string& widget_registry_json() { return g_published; }

}  // namespace ui
