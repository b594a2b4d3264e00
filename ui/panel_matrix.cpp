// The panel's summary (overall mean, recommendation tally, who assessed what), the
// matrix of competencies by interviewers with statistics and disagreement flags, and
// the evidence behind a cell or a whole row.
#include <algorithm>
#include <cmath>

#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "imgui.h"
#include "scorecard/summary.hpp"
#include "ui/panel_sections.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

std::string number_or_dash(const std::optional<double>& v) { return v ? scorecard::format_number(*v) : "-"; }

void draw_evidence_of(const Ctx& ctx, const scorecard::Scorecard& s, const scorecard::CompetencyStats& stats) {
    const scorecard::Rubric* rubric = ctx.app.panel().rubric();
    const scorecard::Competency* comp = rubric ? rubric->find(stats.id) : nullptr;
    const auto* cs = s.find(stats.id);
    ImGui::Spacing();
    std::string rating = !cs ? "not in this scorecard"
                         : cs->score ? (rubric ? scorecard::rating_text(*rubric, *cs->score) : std::to_string(*cs->score))
                         : cs->not_assessed() ? "not assessed" : "not rated";
    bold(ctx, s.interviewer + ": " + rating);
    if (!cs) return;
    ImGui::Indent(14);
    if (cs->not_assessed()) text_muted("Reason: " + *cs->not_assessed_reason);
    for (const auto& e : cs->evidence) {
        std::string behaviour = e.behaviour;
        if (comp)
            for (const auto& b : comp->behaviours)
                if (b.id == e.behaviour) behaviour = b.text;
        text_muted(behaviour);
        ImGui::Indent(14);
        text_wrapped(e.note);
        ImGui::Unindent(14);
    }
    if (!cs->notes.empty()) text_wrapped("Notes: " + cs->notes);
    if (cs->evidence.empty() && cs->notes.empty() && !cs->not_assessed()) text_wrapped("No evidence written.", &palette().muted);
    ImGui::Unindent(14);
}

void draw_evidence(const Ctx& ctx, const scorecard::Panel& panel) {
    const app::PanelSession& session = ctx.app.panel();
    if (session.evidence_competency().empty()) return;
    const scorecard::CompetencyStats* stats = nullptr;
    for (const auto& c : panel.competencies)
        if (c.id == session.evidence_competency()) stats = &c;
    if (!stats) return;
    begin_card("##evidence", 16);
    heading(ctx, "Evidence: " + stats->title);
    // The id says what is shown (competency, and one interviewer or "all"), for tests.
    std::string shown = "all";
    for (const auto& s : panel.scorecards)
        if (s.id == session.evidence_scorecard()) shown = scorecard::slugify(s.interviewer);
    if (secondary_button(("Close evidence##evidence-" + stats->id + "--" + shown).c_str()))
        ctx.post(app::ShowEvidence{"", ""});
    for (const auto& s : panel.scorecards)
        if (session.evidence_scorecard().empty() || s.id == session.evidence_scorecard()) draw_evidence_of(ctx, s, *stats);
    end_card();
}

constexpr const char* kStatHeads[] = {"n", "mean", "median", "min", "max", "spread"};

void draw_matrix_row(const Ctx& ctx, const scorecard::Panel& panel, const scorecard::CompetencyStats& c) {
    const Palette& p = palette();
    const app::PanelSession& session = ctx.app.panel();
    ImGui::PushID(c.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_wrapped(c.title);
    for (const auto& s : panel.scorecards) {
        ImGui::TableNextColumn();
        // The label is what the cell shows; the id names competency and interviewer for tests.
        std::string v = scorecard::panel_cell(s, c.id);
        std::string label = v + "##cell-" + c.id + "--" + scorecard::slugify(s.interviewer);
        bool sel = session.evidence_competency() == c.id && session.evidence_scorecard() == s.id;
        if (ImGui::Selectable(label.c_str(), sel)) ctx.post(app::ShowEvidence{c.id, s.id});
    }
    for (const auto& v : {std::optional<double>(c.n), c.mean, c.median, c.min, c.max, c.spread}) {
        ImGui::TableNextColumn();
        text_wrapped(number_or_dash(v));
    }
    ImGui::TableNextColumn();
    if (c.disagreement) {
        // A widget, not just text: it opens everyone's evidence for the debrief.
        ImGui::PushStyleColor(ImGuiCol_Text, p.warn);
        if (ImGui::SmallButton(("Disagreement##flag-" + c.id).c_str())) ctx.post(app::ShowEvidence{c.id, ""});
        ImGui::PopStyleColor();
    } else if (c.n == 0) {
        text_muted("Nobody");
    }
    ImGui::PopID();
}

// Many interviewers: scroll sideways with the competency column frozen, instead of
// squeezing the titles. A scrolling table needs its height given: each row as its title wraps.
struct MatrixLayout {
    std::vector<float> who_w, stat_w;
    float flag_w = 0, title_w = 260;
    bool scroll = false;
    ImVec2 outer;
};

MatrixLayout matrix_layout(const scorecard::Panel& panel, float width) {
    MatrixLayout m;
    const ImGuiStyle& st = ImGui::GetStyle();
    float value_w = ImGui::CalcTextSize("0.00").x;
    m.flag_w = ImGui::CalcTextSize("Disagreement").x + st.FramePadding.x * 2;
    for (const auto& s : panel.scorecards) m.who_w.push_back(std::max(ImGui::CalcTextSize(s.interviewer.c_str()).x, value_w));
    for (const char* h : kStatHeads) m.stat_w.push_back(std::max(ImGui::CalcTextSize(h).x, value_w));
    int ncols = 1 + int(panel.scorecards.size()) + 6 + 1;
    float fixed = m.flag_w + float(ncols) * (st.CellPadding.x * 2 + 1);
    for (float w : m.who_w) fixed += w;
    for (float w : m.stat_w) fixed += w;
    m.scroll = fixed + m.title_w > width;
    m.outer = ImVec2(width, 0);
    if (m.scroll) {
        float line = ImGui::GetTextLineHeight();
        float h = line + st.CellPadding.y * 2 + st.ScrollbarSize;
        for (const auto& c : panel.competencies)
            h += std::max(ImGui::CalcTextSize(c.title.c_str(), nullptr, false, m.title_w - st.CellPadding.x * 2).y, line) +
                 st.CellPadding.y * 2;
        m.outer.y = h;
    }
    return m;
}

}  // namespace

void draw_panel_summary(const Ctx& ctx, const scorecard::Panel& panel) {
    const Palette& p = palette();
    heading(ctx, "Summary for " + panel.candidate);
    text_muted(panel.rubric.title);
    int assessed = int(std::count_if(panel.competencies.begin(), panel.competencies.end(), [](const auto& c) { return c.n > 0; }));
    text_wrapped("Overall mean " + (panel.overall_mean ? scorecard::format_score(*panel.overall_mean) : std::string("-")) +
                 ", the mean of " + std::to_string(assessed) + " competency means, over " +
                 std::to_string(panel.scorecards.size()) + " scorecards");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Recommendations");
    for (const auto& r : scorecard::kRecommendations) {
        auto it = panel.recommendations.find(r.id);
        int n = it == panel.recommendations.end() ? 0 : it->second;
        ImGui::SameLine();
        badge(std::string(r.label) + ": " + std::to_string(n),
              n == 0 ? p.muted : scorecard::recommends_hire(r.id) ? p.ok : p.error);
    }
    std::string nobody;
    for (const auto& c : panel.competencies)
        if (c.n == 0) nobody += (nobody.empty() ? "" : "; ") + c.title;
    text_wrapped(nobody.empty() ? "Every competency was assessed by at least one interviewer." : "Nobody assessed: " + nobody,
                 nobody.empty() ? &p.muted : &p.warn);
    for (const auto& w : panel.warnings)
        if (w.rfind("Nobody rated", 0) != 0) text_wrapped(w, &p.warn);
}

void draw_panel_matrix(const Ctx& ctx, const scorecard::Panel& panel, float width) {
    heading(ctx, "Matrix");
    text_muted("Competencies by interviewers; \"-\" means not assessed. Click a score for that interviewer's evidence "
               "and notes; click a disagreement flag for everyone's. A disagreement is a spread of 2 or more.");
    MatrixLayout m = matrix_layout(panel, width);
    int ncols = 1 + int(panel.scorecards.size()) + 6 + 1;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
    if (m.scroll) flags |= ImGuiTableFlags_ScrollX;
    if (ImGui::BeginTable("matrix", ncols, flags, m.outer)) {
        ImGui::TableSetupColumn("Competency", m.scroll ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                                m.scroll ? m.title_w : 0.0f);
        for (size_t i = 0; i < panel.scorecards.size(); ++i)
            ImGui::TableSetupColumn(panel.scorecards[i].interviewer.c_str(), ImGuiTableColumnFlags_WidthFixed, m.who_w[i]);
        for (size_t i = 0; i < 6; ++i) ImGui::TableSetupColumn(kStatHeads[i], ImGuiTableColumnFlags_WidthFixed, m.stat_w[i]);
        ImGui::TableSetupColumn("flag", ImGuiTableColumnFlags_WidthFixed, m.flag_w);
        if (m.scroll) ImGui::TableSetupScrollFreeze(1, 0);
        ImGui::TableHeadersRow();
        for (const auto& c : panel.competencies) draw_matrix_row(ctx, panel, c);
        ImGui::EndTable();
    }
    draw_evidence(ctx, panel);
}

}  // namespace ui
