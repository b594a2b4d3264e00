// The parts every screen shares: the top bar (home, the three areas, About, the theme)
// and the notices in the corner.
#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/ui.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace ui {

void draw_top_bar(const Ctx& ctx) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 8));
    float h = ImGui::GetFrameHeight() + 16;
    ImGui::BeginChild("##topbar", ImVec2(0, h), ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    // The product's name doubles as the home button.
    ImGui::PushFont(ctx.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, ImGui::GetStyle().FramePadding.y));
    if (ImGui::Button("Scorecard")) ctx.post(app::Go{app::Screen::Start});
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    ImGui::SameLine(0, 24);
    struct Tab { const char* label; app::Screen screen; };
    const Tab tabs[] = {{"Interviews", app::Screen::Start}, {"Rubric library", app::Screen::Library}, {"Panel", app::Screen::Panel}};
    app::Screen cur = ctx.state().session.screen;
    if (cur == app::Screen::Interview || cur == app::Screen::Review) cur = app::Screen::Start;
    for (const auto& t : tabs) {
        bool sel = cur == t.screen;
        if (sel) ImGui::PushStyleColor(ImGuiCol_Button, p.selected);
        else ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
        if (ImGui::Button(t.label)) ctx.post(app::Go{t.screen});
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    // Theme switch on the right: System, Light, Dark.
    const char* themes[] = {app::kThemeSystem, app::kThemeLight, app::kThemeDark};
    const char* labels[] = {"System theme", "Light theme", "Dark theme"};
    int cur_theme = 0;
    for (int i = 0; i < 3; ++i)
        if (ctx.state().session.theme == themes[i]) cur_theme = i;
    float w = ImGui::CalcTextSize("System theme").x + ImGui::GetFrameHeight() + 24;
    // About (also F1), just left of the theme switch.
    float about_w = ImGui::CalcTextSize("About").x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::SameLine(ImGui::GetWindowWidth() - w - 16 - about_w - 8);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button("About")) ctx.local.about_open = true;
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("About Scorecard, privacy and licences (F1)");
    ImGui::SameLine(ImGui::GetWindowWidth() - w - 16);
    ImGui::SetNextItemWidth(w);
    if (begin_combo("##theme", labels[cur_theme])) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(labels[i], i == cur_theme)) ctx.post(app::SetTheme{themes[i]});
        ImGui::EndCombo();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::Separator();
}

void draw_notices(const Ctx& ctx) {
    const auto& notices = ctx.app.notices();
    if (notices.empty()) return;
    const Palette& p = palette();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float width = std::min(560.0f, vp->WorkSize.x - 32);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 16, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_PopupBg));
    ImGui::Begin("##notices", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize);
    for (size_t i = 0; i < notices.size(); ++i) {
        const auto& n = notices[i];
        const ImVec4& col = n.kind == app::Notice::Error ? p.error : n.kind == app::Notice::Success ? p.ok : p.accent;
        ImGui::PushID(n.id);
        ImGui::PushTextWrapPos(width - 90);
        ImGui::TextColored(col, "%s", n.kind == app::Notice::Error ? "Problem" : n.kind == app::Notice::Success ? "Done" : "Note");
        ImGui::TextUnformatted(n.text.c_str());
        widget_registry_text(n.text.c_str());
        ImGui::PopTextWrapPos();
        // What to do about it first ("Export now"), then Dismiss at the right.
        if (n.action && !n.action_label.empty() && primary_button(n.action_label.c_str())) ctx.post(*n.action);
        ImGui::SameLine(width - 80);
        if (ImGui::SmallButton("Dismiss")) ctx.post(app::DismissNotice{n.id});
        ImGui::PopID();
        if (i + 1 < notices.size()) ImGui::Separator();
    }
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace ui
