// Many candidates on one rubric: a row per candidate, each interviewer's calibration,
// and Krippendorff's alpha, once every candidate's scores may be seen.
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "imgui.h"
#include "panel/statistics.hpp"
#include "ui/panel_sections.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

void draw_candidates(const Ctx& ctx, const scorecard::Comparison& cmp, float width) {
    heading(ctx, "Candidates on this rubric");
    text_muted("Click a candidate to open their panel.");
    if (!ImGui::BeginTable("candidates", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(width, 0))) return;
    ImGui::TableSetupColumn("Candidate", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Scorecards", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Scorecards").x + 8);
    ImGui::TableSetupColumn("Overall mean", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Overall mean").x + 8);
    ImGui::TableSetupColumn("Recommendations", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const auto& c : cmp.candidates) {
        std::string key = scorecard::name_key(c.candidate);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable((c.candidate + "##cand-" + scorecard::slugify(c.candidate)).c_str(),
                              ctx.app.panel().candidate() == key, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, kMinTarget)))
            ctx.post(app::SelectCandidate{key});
        mark_choice(Role::Radio, "Candidate shown", ctx.app.panel().candidate() == key);
        ImGui::TableNextColumn();
        text_wrapped(std::to_string(c.scorecards));
        ImGui::TableNextColumn();
        text_wrapped(c.overall_mean ? scorecard::format_number(*c.overall_mean) : "-");
        ImGui::TableNextColumn();
        std::string recs;
        for (const auto& r : scorecard::kRecommendations) {
            auto it = c.recommendations.find(r.id);
            int v = it == c.recommendations.end() ? 0 : it->second;
            if (v) recs += (recs.empty() ? "" : ", ") + std::string(r.label) + " " + std::to_string(v);
        }
        text_wrapped(recs.empty() ? "-" : recs);
    }
    ImGui::EndTable();
}

void draw_calibration(const Ctx& ctx, const scorecard::Comparison& cmp, float width) {
    heading(ctx, "Interviewer calibration");
    text_muted("Each interviewer's mean offset from the panel mean on the same candidates and competencies; n is "
               "the number of ratings compared. A large offset with a large n suggests a harsh or lenient rater.");
    if (!ImGui::BeginTable("calibration", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(width, 0))) return;
    ImGui::TableSetupColumn("Interviewer", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Mean offset", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("not enough data").x + 8);
    ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableHeadersRow();
    for (const auto& c : cmp.calibration) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_wrapped(c.interviewer);
        ImGui::TableNextColumn();
        if (c.mean_offset) text_wrapped((*c.mean_offset > 0 ? "+" : "") + scorecard::format_number(*c.mean_offset));
        else text_muted(scorecard::kNotEnoughData);
        ImGui::TableNextColumn();
        text_wrapped(std::to_string(c.n));
    }
    ImGui::EndTable();
}

void draw_agreement(const Ctx& ctx, const scorecard::Comparison& cmp) {
    heading(ctx, "Inter-rater agreement");
    const auto& a = cmp.agreement;
    std::string n = "(n = " + std::to_string(a.pairable_values) + " pairable ratings in " + std::to_string(a.units);
    if (a.alpha)
        text_wrapped("Krippendorff's alpha (ordinal): " + scorecard::format_number(*a.alpha) + ", " + a.band + "  " + n +
                     " candidate-competency pairs)");
    else
        text_wrapped("Krippendorff's alpha (ordinal): not enough data  " + n + " pairs)", &palette().warn);
    text_muted("Alpha needs at least " + std::to_string(scorecard::kAlphaMinUnits) +
               " candidate-competency pairs rated by two or more interviewers and " +
               std::to_string(scorecard::kAlphaMinPairableValues) + " such ratings, and some variation. Rely on alpha >= " +
               scorecard::format_number(scorecard::kAlphaReliable, 3) + "; " + scorecard::format_number(scorecard::kAlphaTentative, 3) +
               " to " + scorecard::format_number(scorecard::kAlphaReliable, 3) + " is tentative; below is unreliable.");
}

}  // namespace

void draw_panel_comparison(const Ctx& ctx, float width) {
    const auto& cmp = ctx.app.panel().comparison();
    ImGui::Spacing();
    ImGui::Separator();
    draw_candidates(ctx, cmp, width);
    ImGui::Spacing();
    draw_calibration(ctx, cmp, width);
    ImGui::Spacing();
    draw_agreement(ctx, cmp);
    ImGui::Spacing();
    if (secondary_button("Export all candidates (long CSV)")) ctx.post(app::ExportPanel{app::PanelExport::LongCsvAll});
    text_muted("One row per candidate, interviewer and competency, for every candidate above: submitted scorecards only.");
}

}  // namespace ui
