// The About view: an overlay over whatever screen is open (F1 or "About" in the top bar,
// Escape or Close to leave), with the version and build id, the privacy promise, the
// licence of Scorecard and of each third-party component, and the full licence texts
// (the site's licenses.txt, fetched by the platform only when the view first opens).
#include <algorithm>
#include <string>

#include "base/about.hpp"
#include "imgui.h"
#include "ui/theme.hpp"
#include "ui/ui.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

constexpr const char* kAboutTitle = "About Scorecard";

std::string str(std::string_view s) { return std::string(s); }

void draw_identity(const Ctx& ctx) {
    title(ctx, "Scorecard");
    text_muted("Version " + str(scorecard::about::version()) + "  ·  build " + str(scorecard::about::build_id()));
    ImGui::Spacing();
    bold(ctx, kPrivacyPromise);
    text_wrapped("Your interviews, notes, rubrics and panels stay in this browser's storage on this device. "
                 "Scorecard has no server and sends none of your data anywhere; once loaded it also works "
                 "offline. A file leaves this device only when you export, download or copy it.");
}

void draw_components(const Ctx& ctx) {
    heading(ctx, "Licences");
    text_wrapped("Scorecard is licensed under the Apache License 2.0. The app contains these components, "
                 "each under its own licence:");
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##components", 3, flags)) return;
    ImGui::TableSetupColumn("Component", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Version", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Licence", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    for (const auto& c : scorecard::about::components()) {
        if (c.shipped.find("site") == std::string_view::npos) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_wrapped(str(c.name));
        ImGui::TableNextColumn();
        text_wrapped(str(c.version));
        ImGui::TableNextColumn();
        text_wrapped(str(c.licence));
    }
    ImGui::EndTable();
}

void draw_licence_texts(const Ctx& ctx, float height) {
    heading(ctx, "Licence texts");
    const ScreenState& s = ctx.local;
    if (s.licences == AssetState::Loaded) {
        // Read-only but selectable: Ctrl+A, Ctrl+C copy the texts.
        ImGui::InputTextMultiline("##licence-texts", const_cast<char*>(s.licence_text.c_str()), s.licence_text.size() + 1,
                                  ImVec2(-1, height), ImGuiInputTextFlags_ReadOnly);
    } else if (s.licences == AssetState::Failed) {
        text_wrapped("The licence texts (" + std::string(kLicencesFile) + ") could not be loaded: " + s.licence_text +
                         ". They are cached for offline use once the app has loaded while online; reload to try again.",
                     &palette().error);
    } else {
        text_muted("Loading the licence texts…");
    }
}

}  // namespace

void draw_about(const Ctx& ctx) {
    ScreenState& s = ctx.local;
    if (!s.about_open) return;
    if (!ImGui::IsPopupOpen(kAboutTitle)) ImGui::OpenPopup(kAboutTitle);
    if (s.licences == AssetState::NotAsked) s.licences = AssetState::Wanted;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImVec2 size(std::min(780.0f, vp->WorkSize.x - 32), std::min(760.0f, vp->WorkSize.y - 32));
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 20));
    bool open = ImGui::BeginPopupModal(kAboutTitle, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                                                 ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    if (!open) {
        s.about_open = false;
        return;
    }
    // The body scrolls; Close stays in view below it.
    ImGui::BeginChild("##about-body", ImVec2(0, -(ImGui::GetFrameHeightWithSpacing() + 8)));
    draw_identity(ctx);
    ImGui::Spacing();
    draw_components(ctx);
    ImGui::Spacing();
    draw_licence_texts(ctx, std::max(160.0f, size.y * 0.45f));
    ImGui::EndChild();
    ImGui::Separator();
    if (primary_button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        s.about_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    text_muted("Esc closes  ·  F1 opens this from any screen");
    ImGui::EndPopup();
}

}  // namespace ui
