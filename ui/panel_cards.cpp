// Who said what, after the reveal: one card per counted interviewer with the things a
// debrief reads first (recommendation, key takeaways, rationale), what they covered, and
// when they wrote it down; more than a day after the interview is flagged.
#include <cctype>

#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "imgui.h"
#include "panel/debrief.hpp"
#include "ui/panel_sections.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

// Cards side by side when each still gets a comfortable line length.
constexpr float kTwoCardsFrom = 860.0f;

// A label, and what the interviewer wrote under it as read-only text that selects and copies.
void labelled(const std::string& label, const std::string& text) {
    text_muted(label);
    ImGui::Indent(2);
    if (scorecard::is_blank(text)) text_wrapped("(none written)", &palette().muted);
    else copyable_text(("##" + label).c_str(), text);
    ImGui::Unindent(2);
}

void draw_timing(const scorecard::InterviewerSummary& s) {
    const Palette& p = palette();
    std::string when = "Interview " + s.scorecard->date + ", " + scorecard::submit_timing_text(*s.scorecard);
    if (!s.timing.late && !s.timing.before_interview) return text_muted(when);
    badge(s.timing.late ? "Late" : "Check the date", p.warn);
    ImGui::SameLine();
    text_wrapped(when, &p.warn);
    if (s.timing.late)
        text_muted("Written more than " + std::to_string(scorecard::kLateSubmitHours) +
                   " hours after the interview: ratings from memory are less reliable.");
    else text_muted("Submitted before the interview date: the date in this scorecard is probably wrong.");
}

void draw_coverage(const scorecard::InterviewerSummary& s, size_t competencies) {
    text_muted("Competencies covered");
    ImGui::Indent(2);
    std::string covered = scorecard::covered_text(s, competencies);
    if (!covered.empty()) covered[0] = char(std::toupper(static_cast<unsigned char>(covered[0])));
    text_wrapped(covered + ": " + std::to_string(s.rated.size()) + " rated" +
                 (s.not_assessed.empty() ? "" : ", " + std::to_string(s.not_assessed.size()) + " not assessed"));
    for (const auto& [title, reason] : s.not_assessed)
        text_muted("Not assessed: " + title + (scorecard::is_blank(reason) ? "" : " (" + reason + ")"));
    ImGui::Unindent(2);
}

void draw_card(const Ctx& ctx, const scorecard::InterviewerSummary& s, size_t competencies) {
    const Palette& p = palette();
    const scorecard::Scorecard& sc = *s.scorecard;
    begin_card(("##card-" + scorecard::slugify(sc.interviewer)).c_str(), 14);
    bold(ctx, sc.interviewer);
    const bool has_rec = sc.recommendation.has_value();
    badge(has_rec ? scorecard::recommendation_label(*sc.recommendation) : "No recommendation",
          !has_rec ? p.muted : scorecard::recommends_hire(*sc.recommendation) ? p.ok : p.error);
    draw_timing(s);
    if (s.included_on_purpose) text_wrapped("Held back by its date; included by the lead.", &p.warn);
    ImGui::Spacing();
    labelled("Key takeaways", sc.key_takeaways);
    labelled("Rationale", sc.rationale);
    draw_coverage(s, competencies);
    end_card();
}

}  // namespace

void draw_panel_cards(const Ctx& ctx, const scorecard::Panel& panel, float width) {
    heading(ctx, "Who said what");
    text_muted("Each interviewer's recommendation, key takeaways and rationale as submitted, and when they wrote it "
               "down. \"Late\" means more than " + std::to_string(scorecard::kLateSubmitHours) +
               " hours after the interview date.");
    const auto who = scorecard::interviewer_summaries(panel);
    const int cols = width >= kTwoCardsFrom ? 2 : 1;
    if (!ImGui::BeginTable("who-said-what", cols, ImGuiTableFlags_SizingStretchSame, ImVec2(width, 0))) return;
    for (size_t i = 0; i < who.size(); ++i) {
        ImGui::TableNextColumn();
        ImGui::PushID(int(i));
        draw_card(ctx, who[i], panel.competencies.size());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace ui
