// The rubric library: built-in and imported rubrics on the left, the chosen one
// in full on the right (summary, competencies with behaviours, questions and
// probes, the rating anchors, the hiring bar, its digest). Import by file chooser
// or by dropping a .md or .json file on the page; a bad file gets a clear message.
#include <algorithm>

#include "app.hpp"
#include "imgui.h"
#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
void draw_rubric(App& app, const scorecard::Rubric& r) {
    const Palette& p = palette();
    ImGui::PushFont(app.fonts.title);
    text_wrapped(r.title);
    ImGui::PopFont();
    text_muted((r.source == "built-in" ? std::string("Built in") : "Imported from " + r.source) + "  ·  " +
               std::to_string(r.competencies.size()) + " competencies  ·  " + std::to_string(r.total_minutes()) +
               " minutes of questions");
    ImGui::Spacing();
    if (!r.summary.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.text);
        ImGui::Indent(12);
        ImGui::PushFont(app.fonts.bold);
        text_wrapped(r.summary);
        ImGui::PopFont();
        ImGui::Unindent(12);
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    for (const auto& m : r.metadata) text_muted(m.key + ": " + m.value);
    if (!r.impact.empty()) {
        heading(app, "Impact");
        for (const auto& i : r.impact) { ImGui::Bullet(); ImGui::SameLine(); text_wrapped(i); }
        ImGui::Spacing();
    }
    for (size_t ci = 0; ci < r.competencies.size(); ++ci) {
        const auto& c = r.competencies[ci];
        ImGui::PushID(int(ci));
        ImGui::Separator();
        ImGui::Spacing();
        heading(app, c.title);
        std::string meta;
        if (c.minutes > 0) meta += std::to_string(c.minutes) + " minutes";
        if (c.weight) meta += (meta.empty() ? "" : "  ·  ") + std::string("weight ") + format_score(*c.weight);
        if (!meta.empty()) text_muted(meta);
        if (!c.summary.empty()) text_wrapped(c.summary);
        for (const auto& b : c.behaviours) { ImGui::Bullet(); ImGui::SameLine(); text_wrapped(b.text); }
        if (!c.examples.empty() && ImGui::TreeNode("Examples")) {
            for (const auto& e : c.examples) { ImGui::Bullet(); ImGui::SameLine(); text_muted(e); }
            ImGui::TreePop();
        }
        if (!c.questions.empty()) {
            ImGui::Spacing();
            bold(app, "Questions");
            for (size_t q = 0; q < c.questions.size(); ++q) {
                text_wrapped(std::to_string(q + 1) + ". " + c.questions[q].text);
                ImGui::Indent(18);
                for (const auto& pr : c.questions[q].probes) { ImGui::Bullet(); ImGui::SameLine(); text_muted(pr); }
                ImGui::Unindent(18);
            }
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::Separator();
    heading(app, "Rating scale");
    for (const auto& s : r.scale) {
        bold(app, std::to_string(s.value) + "  " + s.label);
        ImGui::Indent(18);
        text_muted(s.anchor);
        ImGui::Unindent(18);
    }
    text_muted("Not assessed is separate from every score. Recommendations: " + [&] {
        std::string out;
        for (const auto& x : r.recommendations) out += (out.empty() ? "" : ", ") + x.label;
        return out;
    }() + " (no neutral).");
    if (!r.hiring_bar.empty() || !r.hiring_bar_intro.empty()) {
        ImGui::Spacing();
        heading(app, "What success looks like");
        if (!r.hiring_bar_intro.empty()) text_wrapped(r.hiring_bar_intro);
        for (const auto& h : r.hiring_bar) { ImGui::Bullet(); ImGui::SameLine(); text_wrapped(h); }
    }
    ImGui::Spacing();
    text_muted("Digest " + app.state.digest_of(r));
}
}  // namespace

void draw_library_screen(App& app) {
    const Palette& p = palette();
    auto rubrics = app.state.all_rubrics();
    const scorecard::Rubric* shown = app.state.find_rubric(app.state.session.library_rubric);
    if (!shown) shown = &scorecard::default_rubric();
    float list_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.28f, 260.0f, 380.0f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.card);
    ImGui::BeginChild("##rubrics", ImVec2(list_w, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    heading(app, "Rubrics");
    if (primary_button("Import rubric...", ImVec2(-1, 0)))
        app.platform.open_files("rubric", ".md,.markdown,.json,text/markdown,application/json", true);
    text_muted("Career-framework Markdown or rubric JSON. You can also drop files on the page.");
    if (!app.last_import_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.error);
        text_wrapped(app.last_import_error);
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    std::string remove;
    for (const auto* r : rubrics) {
        bool sel = r == shown;
        if (ImGui::Selectable((r->title + "##lib-" + r->id).c_str(), sel)) {
            app.state.session.library_rubric = r->id;
            app.save_session();
        }
        if (r->source != "built-in") {
            ImGui::SameLine();
            text_muted("imported");
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 20));
    ImGui::BeginChild(("##rubric-" + shown->id).c_str(), ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    float width = std::min(900.0f, ImGui::GetContentRegionAvail().x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (shown->source != "built-in") {
        if (secondary_button("Remove from library")) remove = shown->id;
        ImGui::SameLine();
    }
    if (primary_button("Interview with this rubric")) {
        preselect_rubric(shown->id);
        app.go(Screen::Start);
    }
    ImGui::Spacing();
    draw_rubric(app, *shown);
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    if (!remove.empty()) app.remove_rubric(remove);
}

}  // namespace ui
