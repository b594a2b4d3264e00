// The parts every screen shares: the top bar (home, the three areas, About, the theme)
// and the notices in the corner.
#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/ui.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

struct ScreenTab {
    const char* label;
    app::Screen screen;
};
constexpr ScreenTab kTabs[] = {{"Interviews", app::Screen::Start}, {"Rubric library", app::Screen::Library}, {"Panel", app::Screen::Panel}};
constexpr const char* kThemes[] = {app::kThemeSystem, app::kThemeLight, app::kThemeDark};
constexpr const char* kThemeLabels[] = {"System theme", "Light theme", "Dark theme"};

float button_width(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x; }
float theme_width() { return ImGui::CalcTextSize(kThemeLabels[0]).x + ImGui::GetFrameHeight() + 24; }
// About and the theme switch, side by side.
float right_width() { return button_width("About") + 8 + theme_width(); }

void draw_home(const Ctx& ctx) {
    // The product's name doubles as the home button.
    ImGui::PushFont(ctx.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, ImGui::GetStyle().FramePadding.y));
    if (ImGui::Button("Scorecard")) ctx.post(app::Go{app::Screen::Start});
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
}

// The three areas; a tab that does not fit on the line starts the next (a narrow window, zoom).
void draw_tabs(const Ctx& ctx) {
    app::Screen cur = ctx.state().session.screen;
    if (cur == app::Screen::Interview || cur == app::Screen::Review) cur = app::Screen::Start;
    for (const auto& t : kTabs) {
        if (&t != kTabs) flow_item(t.label);
        else if (ImGui::GetCursorPosX() + button_width(t.label) > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
        bool sel = cur == t.screen;
        ImGui::PushStyleColor(ImGuiCol_Button, sel ? palette().selected : ImVec4(0, 0, 0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
        if (ImGui::Button(t.label)) ctx.post(app::Go{t.screen});
        mark_choice(Role::Tab, "Screens", sel);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
}

// About (also F1) and the theme switch: at the right end of the bar when they fit there,
// else on a line of their own.
void draw_about_and_theme(const Ctx& ctx, bool beside) {
    if (beside) ImGui::SameLine(ImGui::GetWindowWidth() - right_width() - 16);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button("About")) ctx.local.about_open = true;
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("About Scorecard, privacy and licences (F1)");
    ImGui::SameLine(0, 8);
    int cur_theme = 0;
    for (int i = 0; i < 3; ++i)
        if (ctx.state().session.theme == kThemes[i]) cur_theme = i;
    ImGui::SetNextItemWidth(theme_width());
    if (begin_combo("##theme", kThemeLabels[cur_theme], 0, "Theme")) {
        for (int i = 0; i < 3; ++i) {
            if (ImGui::Selectable(kThemeLabels[i], i == cur_theme, 0, ImVec2(0, kMinTarget)))
                ctx.post(app::SetTheme{kThemes[i]});
            mark_choice(Role::Option, "Theme", i == cur_theme);
        }
        ImGui::EndCombo();
    }
}

}  // namespace

void draw_top_bar(const Ctx& ctx) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 8));
    ImGui::BeginChild("##topbar", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    draw_home(ctx);
    ImGui::SameLine(0, 24);
    float tabs = 0;
    for (const auto& t : kTabs) tabs += button_width(t.label) + ImGui::GetStyle().ItemSpacing.x;
    bool beside = ImGui::GetCursorPosX() + tabs + right_width() + 16 <= ImGui::GetWindowWidth();
    draw_tabs(ctx);
    draw_about_and_theme(ctx, beside);
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
        if (small_button("Dismiss")) ctx.post(app::DismissNotice{n.id});
        mark_name("Dismiss: " + n.text);
        ImGui::PopID();
        if (i + 1 < notices.size()) ImGui::Separator();
    }
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace ui
