// The panel's summary (overall mean, recommendation tally, who assessed what), the
// matrix of competencies by interviewers with statistics and disagreement flags, and
// the evidence behind a cell or a whole row.
#include <algorithm>
#include <cmath>

#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "scorecard/summary.hpp"
#include "ui/panel_sections.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

std::string number_or_dash(const std::optional<double>& v) { return v ? scorecard::format_number(*v) : "-"; }

using Behaviours = scorecard::IdIndex<scorecard::Behaviour>;

std::string behaviour_text(const Behaviours& behaviours, const std::string& id) {
    const scorecard::Behaviour* b = behaviours.find(id);
    return b ? b->text : id;
}

// One interviewer's question notes, evidence and notes on a competency: read-only text that
// selects and copies (a debrief quotes it).
void draw_written(const scorecard::Scorecard& s, const scorecard::CompetencyScore& cs, const scorecard::Competency* comp) {
    std::string id = s.id + "-" + cs.id;
    Behaviours behaviours;  // a competency of 20,000 behaviours stays linear
    if (comp) behaviours = Behaviours(comp->behaviours);
    for (const auto& q : cs.questions) {
        if (q.empty()) continue;
        text_muted("Q" + std::to_string(q.index + 1) + ". " + q.question + (q.asked ? "  (asked)" : ""));
        ImGui::Indent(14);
        copyable_text(("##pq-" + id + "-" + std::to_string(q.index)).c_str(), q.note);
        std::string shows;
        for (const auto& b : q.behaviours) shows += (shows.empty() ? "" : "; ") + behaviour_text(behaviours, b);
        if (!shows.empty()) text_muted("Shows: " + shows);
        ImGui::Unindent(14);
    }
    for (const auto& e : cs.evidence) {
        text_muted(behaviour_text(behaviours, e.behaviour));
        ImGui::Indent(14);
        copyable_text(("##pe-" + id + "-" + e.behaviour).c_str(), e.note);
        ImGui::Unindent(14);
    }
    if (!cs.notes.empty()) {
        text_muted("Notes");
        ImGui::Indent(14);
        copyable_text(("##pn-" + id).c_str(), cs.notes);
        ImGui::Unindent(14);
    }
}

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
    draw_written(s, *cs, comp);
    if (!cs->has_written_anything() && !cs->not_assessed()) text_wrapped("No evidence written.", &palette().muted);
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

// Columns in this order, so the ones a debrief needs stay in view when the matrix scrolls
// sideways (ImGui freezes leading columns): the competency, the disagreement flag, mean and
// spread; then one column per interviewer and the other statistics, which scroll.
constexpr const char* kFrozenStats[] = {"mean", "spread"};
constexpr const char* kMoreStats[] = {"n", "median", "range"};
constexpr int kFrozenColumns = 2 + 2;
// A longer interviewer name is cut with "..." in its column head; the full name shows on
// hover and is the head's accessible name.
constexpr float kMaxNameWidth = 132.0f;
constexpr float kTitleWidth = 210.0f;  // the competency column when the matrix scrolls

void stat_cell(const std::optional<double>& v) {
    ImGui::TableNextColumn();
    text_wrapped(number_or_dash(v));
}

void draw_flag(const Ctx& ctx, const scorecard::CompetencyStats& c) {
    ImGui::TableNextColumn();
    if (c.disagreement) {
        // A widget, not just text: it opens everyone's evidence for the debrief.
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        if (small_button(("Disagreement##flag-" + c.id).c_str())) ctx.post(app::ShowEvidence{c.id, ""});
        ImGui::PopStyleColor();
    } else if (c.n == 0) {
        text_muted("Nobody");
    }
}

using Cells = std::vector<scorecard::IdIndex<scorecard::CompetencyScore>>;

void draw_matrix_row(const Ctx& ctx, const scorecard::Panel& panel, const Cells& cells, const scorecard::CompetencyStats& c) {
    const app::PanelSession& session = ctx.app.panel();
    ImGui::PushID(c.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_wrapped(c.title);
    draw_flag(ctx, c);
    stat_cell(c.mean);
    stat_cell(c.spread);
    for (size_t i = 0; i < panel.scorecards.size(); ++i) {
        const scorecard::Scorecard& s = panel.scorecards[i];
        ImGui::TableNextColumn();
        // The label is what the cell shows; the id names competency and interviewer for tests.
        std::string v = scorecard::panel_cell(cells[i].find(c.id));
        std::string label = v + "##cell-" + c.id + "--" + scorecard::slugify(s.interviewer);
        bool sel = session.evidence_competency() == c.id && session.evidence_scorecard() == s.id;
        if (ImGui::Selectable(label.c_str(), sel, 0, ImVec2(0, kMinTarget))) ctx.post(app::ShowEvidence{c.id, s.id});
        mark_choice(Role::Radio, "Evidence shown", sel);
        mark_name(s.interviewer + ", " + c.title + ": " + v);
    }
    stat_cell(std::optional<double>(c.n));
    stat_cell(c.median);
    ImGui::TableNextColumn();
    text_wrapped(c.min ? scorecard::format_number(*c.min) + "-" + scorecard::format_number(*c.max) : "-");
    ImGui::PopID();
}

// Scroll sideways with the leading columns frozen when everything does not fit, instead of
// squeezing the titles. A scrolling table needs its height given: each row as its title wraps.
struct MatrixLayout {
    std::vector<float> who_w, frozen_w, more_w;
    float flag_w = 0;
    bool scroll = false;
    ImVec2 outer;
};

float column_width(const char* text, float value_w) { return std::max(ImGui::CalcTextSize(text).x, value_w); }

MatrixLayout matrix_layout(const scorecard::Panel& panel, float width) {
    MatrixLayout m;
    const ImGuiStyle& st = ImGui::GetStyle();
    float value_w = ImGui::CalcTextSize("0.00").x;
    m.flag_w = ImGui::CalcTextSize("Disagreement").x + st.FramePadding.x * 2;
    for (const auto& s : panel.scorecards)
        m.who_w.push_back(std::min(column_width(s.interviewer.c_str(), value_w), kMaxNameWidth));
    for (const char* h : kFrozenStats) m.frozen_w.push_back(column_width(h, value_w));
    for (const char* h : kMoreStats) m.more_w.push_back(column_width(h, ImGui::CalcTextSize("0-0").x));
    int ncols = kFrozenColumns + int(panel.scorecards.size() + std::size(kMoreStats));
    float fixed = m.flag_w + float(ncols) * (st.CellPadding.x * 2 + 1);
    for (const auto* ws : {&m.who_w, &m.frozen_w, &m.more_w})
        for (float w : *ws) fixed += w;
    m.scroll = fixed + kTitleWidth > width;
    m.outer = ImVec2(width, 0);
    if (m.scroll) {
        float line = ImGui::GetTextLineHeight();
        float h = line + st.CellPadding.y * 2 + st.ScrollbarSize + 2;
        for (const auto& c : panel.competencies)
            // Titles wrap inside the cell's padding; measured a little narrower, a row is never cut.
            h += std::max(ImGui::CalcTextSize(c.title.c_str(), nullptr, false, kTitleWidth - st.CellPadding.x * 2 - 2).y, line) +
                 st.CellPadding.y * 2 + 1;
        m.outer.y = h;
    }
    return m;
}

void setup_columns(const scorecard::Panel& panel, const MatrixLayout& m) {
    ImGui::TableSetupColumn("Competency", m.scroll ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                            m.scroll ? kTitleWidth : 0.0f);
    ImGui::TableSetupColumn("Disagreement", ImGuiTableColumnFlags_WidthFixed, m.flag_w);
    for (size_t i = 0; i < std::size(kFrozenStats); ++i)
        ImGui::TableSetupColumn(kFrozenStats[i], ImGuiTableColumnFlags_WidthFixed, m.frozen_w[i]);
    for (size_t i = 0; i < panel.scorecards.size(); ++i)
        ImGui::TableSetupColumn(panel.scorecards[i].interviewer.c_str(), ImGuiTableColumnFlags_WidthFixed, m.who_w[i]);
    for (size_t i = 0; i < std::size(kMoreStats); ++i)
        ImGui::TableSetupColumn(kMoreStats[i], ImGuiTableColumnFlags_WidthFixed, m.more_w[i]);
    if (m.scroll) ImGui::TableSetupScrollFreeze(kFrozenColumns, 0);
}

// An interviewer's column head: the name cut to the column with "...", the full name in a
// tooltip as soon as the pointer is on it (the app draws only on input, so a delayed
// tooltip would wait for the next event) and as the head's listed, accessible name.
void name_header(const std::string& name) {
    const std::string id = "##who-" + scorecard::slugify(name);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float right = pos.x + ImGui::GetContentRegionAvail().x;
    ImGui::TableHeader(id.c_str());
    const ImGuiID item = ImGui::GetItemID();
    ImVec2 size = ImGui::CalcTextSize(name.c_str());
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), pos, ImVec2(right, pos.y + size.y), right, right, name.c_str(),
                              name.c_str() + name.size(), &size);
    if (size.x > right - pos.x && ImGui::IsItemHovered() && ImGui::BeginTooltip()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::TextUnformatted(name.c_str(), name.c_str() + name.size());
        widget_registry_text(name.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    widget_registry_label(item, (name + id).c_str());
}

// The head row by hand, for the interviewers' heads.
void draw_header(const scorecard::Panel& panel) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    int col = 0;
    // Every head is listed by its text (ImGui reports none for a table head).
    auto head = [&](const char* h) {
        ImGui::TableSetColumnIndex(col++);
        ImGui::TableHeader(h);
        widget_registry_label(ImGui::GetItemID(), h);
    };
    for (const char* h : {"Competency", "Disagreement", kFrozenStats[0], kFrozenStats[1]}) head(h);
    for (const auto& s : panel.scorecards) {
        ImGui::TableSetColumnIndex(col++);
        name_header(s.interviewer);
    }
    for (const char* h : kMoreStats) head(h);
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
    // The files left out of this candidate's numbers, in one line; their reasons are listed under Scorecards.
    std::string left_out;
    for (const auto& x : panel.excluded)
        left_out += (left_out.empty() ? "" : "; ") + (x.interviewer.empty() ? x.file : x.interviewer) +
                    (x.status == scorecard::FileStatus::NotCounted ? " (draft)"
                     : x.status == scorecard::FileStatus::HeldBack ? " (held back: same application?)"
                                                                   : " (refused)");
    if (!left_out.empty()) text_wrapped("Not in these numbers: " + left_out + ". See Scorecards above.", &p.warn);
}

void draw_panel_matrix(const Ctx& ctx, const scorecard::Panel& panel, float width) {
    heading(ctx, "Matrix");
    text_muted("Competencies by interviewers; \"-\" means not assessed. Click a score for that interviewer's evidence "
               "and notes; click a disagreement flag for everyone's. A disagreement is a spread of 2 or more.");
    MatrixLayout m = matrix_layout(panel, width);
    if (m.scroll) text_muted("Scroll the interviewers sideways; the competency, flag, mean and spread stay in view.");
    int ncols = kFrozenColumns + int(panel.scorecards.size() + std::size(kMoreStats));
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
    if (m.scroll) flags |= ImGuiTableFlags_ScrollX;
    if (ImGui::BeginTable("matrix", ncols, flags, m.outer)) {
        setup_columns(panel, m);
        draw_header(panel);
        // Every cell found in constant time: 60,000 competencies stay linear per frame.
        Cells cells = scorecard::score_indexes(panel.scorecards);
        for (const auto& c : panel.competencies) draw_matrix_row(ctx, panel, cells, c);
        ImGui::EndTable();
    }
    draw_evidence(ctx, panel);
}

}  // namespace ui
