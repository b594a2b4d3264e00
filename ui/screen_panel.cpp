// The panel screen: load everyone's scorecards (file chooser, drop, or pasted
// JSON), see each file's problems, keep one's own judgement independent until it
// is committed (own scorecard sealed or loaded, or the debrief lead reveals),
// then the matrix with statistics and disagreement flags, evidence per cell, the
// recommendation tally, a range chart, the decision record and its exports, and
// across candidates a comparison, calibration and Krippendorff's alpha.
#include <algorithm>
#include <cmath>
#include <set>

#include "app.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "rubric/library.hpp"
#include "rubric/panel.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
struct PanelView {
    std::vector<std::pair<std::string, std::string>> files;  // name, text: everything loaded, in order
    std::vector<scorecard::LoadedScorecard> loaded;
    bool revealed = false;      // the debrief lead revealed everything
    std::string paste;
    std::string candidate;      // chosen candidate when several are loaded
    scorecard::PanelDecision decision;
    std::string attendees_text;
    std::string cell_interviewer, cell_competency;
};
PanelView g_view;

void revalidate(App& app) {
    // Each candidate is its own panel: validate per candidate so mixed files do not reject each other.
    (void)app;
    g_view.loaded = scorecard::load_scorecards(g_view.files, nullptr);
}

std::vector<scorecard::Scorecard> valid_cards() {
    std::vector<scorecard::Scorecard> out;
    for (const auto& l : g_view.loaded)
        if (l.scorecard) out.push_back(*l.scorecard);
    return out;
}

// One's own: a sealed scorecard on this device for the same candidate.
bool own_committed(App& app, const std::string& candidate) {
    for (const auto& d : app.state.drafts)
        if (d.card.sealed() && d.card.candidate == candidate) return true;
    return false;
}

void draw_loader(App& app) {
    const Palette& p = palette();
    heading(app, "Scorecards");
    if (primary_button("Load scorecards..."))
        app.platform.open_files("panel", ".json,application/json", true);
    ImGui::SameLine();
    if (secondary_button("Add my submitted scorecards")) {
        for (const auto& d : app.state.drafts)
            if (d.card.sealed())
                g_view.files.push_back({scorecard::scorecard_file_name(d.card),
                                        scorecard::scorecard_to_json(d.card).dump(2)});
        revalidate(app);
    }
    ImGui::SameLine();
    if (secondary_button("Clear", ImVec2(0, 0), !g_view.files.empty())) {
        g_view = PanelView{};
    }
    text_muted("Choose several files at once, drop them on the page, or paste a scorecard's JSON below.");
    if (auto v = note_field("##paste", g_view.paste, "Paste scorecard JSON here", 2.0f)) g_view.paste = *v;
    if (secondary_button("Add pasted JSON", ImVec2(0, 0), !g_view.paste.empty())) {
        g_view.files.push_back({"pasted-" + std::to_string(g_view.files.size() + 1) + ".json", g_view.paste});
        g_view.paste.clear();
        revalidate(app);
    }
    ImGui::Spacing();
    for (const auto& l : g_view.loaded) {
        ImGui::PushID(&l);
        if (l.scorecard) {
            ImGui::TextColored(l.warnings.empty() ? p.ok : p.warn, l.warnings.empty() ? "Valid" : "Valid, with warnings");
            ImGui::SameLine();
            ImGui::TextUnformatted((l.file + "  ·  " + l.scorecard->interviewer + "  ·  " + l.scorecard->candidate).c_str());
        } else {
            ImGui::TextColored(p.error, "Not used");
            ImGui::SameLine();
            ImGui::TextUnformatted(l.file.c_str());
        }
        ImGui::Indent(18);
        for (const auto& e : l.problems) text_wrapped(e.to_string(), &p.error);
        for (const auto& e : l.warnings) text_wrapped(e.to_string(), &p.warn);
        ImGui::Unindent(18);
        ImGui::PopID();
    }
}

void draw_chart(const scorecard::Panel& panel, float width) {
    // Each competency's range (min to max) as a bar and its mean as a dot, on the 1-4 scale.
    const Palette& p = palette();
    float row = ImGui::GetTextLineHeight() + 10;
    float label_w = std::min(360.0f, width * 0.45f);
    float h = row * float(panel.competencies.size()) + 28;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x0 = o.x + label_w + 12, x1 = o.x + width - 16;
    auto X = [&](double v) { return x0 + float((v - 1.0) / 3.0) * (x1 - x0); };
    for (int v = 1; v <= 4; ++v) {
        dl->AddLine(ImVec2(X(v), o.y), ImVec2(X(v), o.y + h - 22), ImGui::GetColorU32(p.border));
        std::string s = std::to_string(v);
        dl->AddText(ImVec2(X(v) - 4, o.y + h - 20), ImGui::GetColorU32(p.muted), s.c_str());
    }
    for (size_t i = 0; i < panel.competencies.size(); ++i) {
        const auto& c = panel.competencies[i];
        float y = o.y + row * float(i) + row * 0.5f;
        std::string title = c.title.empty() ? c.id : c.title;
        ImGui::RenderTextEllipsis(dl, ImVec2(o.x, y - ImGui::GetTextLineHeight() * 0.5f),
                                  ImVec2(o.x + label_w, y + row * 0.5f), o.x + label_w, o.x + label_w, title.c_str(),
                                  nullptr, nullptr);
        if (c.n == 0) {
            dl->AddText(ImVec2(x0, y - ImGui::GetTextLineHeight() * 0.5f), ImGui::GetColorU32(p.muted), "nobody assessed");
            continue;
        }
        ImU32 col = ImGui::GetColorU32(c.disagreement ? p.warn : p.accent);
        dl->AddRectFilled(ImVec2(X(*c.min) - 3, y - 4), ImVec2(X(*c.max) + 3, y + 4), col, 4.0f);
        dl->AddCircleFilled(ImVec2(X(*c.mean), y), 6.5f, ImGui::GetColorU32(p.text));
    }
    ImGui::Dummy(ImVec2(width, h));
}

void draw_matrix(App& app, const scorecard::Panel& panel) {
    const Palette& p = palette();
    heading(app, "Matrix");
    int ncols = 1 + int(panel.scorecards.size()) + 6;
    if (ImGui::BeginTable("matrix", ncols, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                               ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("Competency", ImGuiTableColumnFlags_WidthFixed, 300);
        for (const auto& s : panel.scorecards) ImGui::TableSetupColumn(s.interviewer.c_str());
        for (const char* h : {"n", "mean", "median", "min-max", "spread", "flag"}) ImGui::TableSetupColumn(h);
        ImGui::TableHeadersRow();
        for (const auto& c : panel.competencies) {
            ImGui::PushID(c.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 290);
            ImGui::TextUnformatted((c.title.empty() ? c.id : c.title).c_str());
            ImGui::PopTextWrapPos();
            for (const auto& s : panel.scorecards) {
                ImGui::TableNextColumn();
                const auto* cs = s.find(c.id);
                std::string v = !cs ? "" : cs->score ? std::to_string(*cs->score) : "-";
                bool sel = g_view.cell_interviewer == s.id && g_view.cell_competency == c.id;
                if (ImGui::Selectable((v + "##cell-" + s.id).c_str(), sel)) {
                    g_view.cell_interviewer = s.id;
                    g_view.cell_competency = c.id;
                }
            }
            auto num = [](const std::optional<double>& v) { return v ? format_score(*v) : std::string("-"); };
            ImGui::TableNextColumn(); ImGui::Text("%d", c.n);
            ImGui::TableNextColumn(); ImGui::TextUnformatted(num(c.mean).c_str());
            ImGui::TableNextColumn(); ImGui::TextUnformatted(num(c.median).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(c.n ? (std::to_string(int(*c.min)) + "-" + std::to_string(int(*c.max))).c_str() : "-");
            ImGui::TableNextColumn(); ImGui::TextUnformatted(c.spread ? std::to_string(int(*c.spread)).c_str() : "-");
            ImGui::TableNextColumn();
            if (c.disagreement) ImGui::TextColored(p.warn, "Disagreement");
            else if (c.n == 0) ImGui::TextColored(p.muted, "Nobody assessed");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // Evidence behind the selected cell.
    for (const auto& s : panel.scorecards) {
        if (s.id != g_view.cell_interviewer) continue;
        const auto* cs = s.find(g_view.cell_competency);
        if (!cs) break;
        begin_card("##cell", 14);
        bold(app, s.interviewer + " on " + g_view.cell_competency);
        if (cs->not_assessed()) text_muted("Not assessed: " + *cs->not_assessed_reason);
        for (const auto& e : cs->evidence) text_wrapped("• " + e.note);
        if (!cs->notes.empty()) text_wrapped("Notes: " + cs->notes);
        if (cs->evidence.empty() && cs->notes.empty()) text_muted("No evidence written.");
        end_card();
    }
}

void draw_decision(App& app, const scorecard::Panel& base) {
    heading(app, "Decision record");
    auto& dec = g_view.decision;
    struct Opt { const char* id; const char* label; };
    for (Opt o : {Opt{"hire", "Hire"}, Opt{"no_hire", "No hire"}, Opt{"hire_other_level", "Hire at another level"}}) {
        bool sel = dec.decision == o.id;
        if (ImGui::RadioButton(o.label, sel)) dec.decision = o.id;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    if (dec.decision == "hire_other_level") {
        if (auto v = line_field("##level", dec.other_level, "Level, e.g. L4 Support Manager", 320)) dec.other_level = *v;
    }
    if (auto v = note_field("##decision-rationale", dec.rationale, "The panel's rationale", 3)) dec.rationale = *v;
    if (auto v = line_field("##attendees", g_view.attendees_text, "Who attended, separated by commas", -1))
        g_view.attendees_text = *v;
    dec.attendees.clear();
    size_t start = 0;
    while (start <= g_view.attendees_text.size()) {
        size_t end = g_view.attendees_text.find(',', start);
        if (end == std::string::npos) end = g_view.attendees_text.size();
        std::string name = g_view.attendees_text.substr(start, end - start);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        if (!name.empty()) dec.attendees.push_back(name);
        start = end + 1;
    }
    scorecard::Panel panel = base;
    panel.decision = dec;
    std::string stem = "panel";
    auto slug = scorecard::slugify(panel.candidate);
    if (!slug.empty()) stem = slug + "-panel";
    if (primary_button("Export panel JSON")) {
        app.platform.save_file(stem + ".json", "application/json", scorecard::panel_to_json(panel).dump(2) + "\n");
        app.notify(Notice::Success, "Exported " + stem + ".json");
    }
    ImGui::SameLine();
    if (secondary_button("Export CSV")) {
        app.platform.save_file(stem + ".csv", "text/csv", scorecard::panel_csv(panel));
        app.notify(Notice::Success, "Exported " + stem + ".csv");
    }
    ImGui::SameLine();
    if (secondary_button("Copy summary")) {
        app.platform.copy_to_clipboard(scorecard::panel_markdown(panel));
        app.notify(Notice::Success, "Copied the panel summary as Markdown");
    }
}

void draw_comparison(App& app, const std::vector<scorecard::Scorecard>& cards, const scorecard::Rubric* rubric) {
    auto cmp = scorecard::compare_candidates(cards, rubric);
    if (cmp.candidates.size() < 2) return;
    ImGui::Separator();
    heading(app, "Candidates on this rubric");
    if (ImGui::BeginTable("candidates", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        for (const char* h : {"Candidate", "Scorecards", "Overall mean", "Recommendations"}) ImGui::TableSetupColumn(h);
        ImGui::TableHeadersRow();
        for (const auto& c : cmp.candidates) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable((c.candidate + "##cand").c_str(), g_view.candidate == c.candidate,
                                  ImGuiSelectableFlags_SpanAllColumns))
                g_view.candidate = c.candidate;
            ImGui::TableNextColumn(); ImGui::Text("%d", c.scorecards);
            ImGui::TableNextColumn(); ImGui::TextUnformatted(c.overall_mean ? format_score(*c.overall_mean).c_str() : "-");
            ImGui::TableNextColumn();
            std::string recs;
            for (const auto& [k, v] : c.recommendations)
                if (v) recs += (recs.empty() ? "" : ", ") + scorecard::recommendation_label(k) + " " + std::to_string(v);
            ImGui::TextUnformatted(recs.c_str());
        }
        ImGui::EndTable();
    }
    heading(app, "Interviewer calibration");
    text_muted("Mean offset of each interviewer's scores from the panel mean of the same candidates and competencies.");
    for (const auto& c : cmp.calibration)
        ImGui::Text("%s: %s (n = %d)", c.interviewer.c_str(),
                    c.mean_offset ? ((*c.mean_offset >= 0 ? "+" : "") + format_score(*c.mean_offset)).c_str() : "not enough data",
                    c.n);
    heading(app, "Inter-rater agreement");
    if (cmp.agreement.alpha)
        ImGui::Text("Krippendorff's alpha (ordinal) %s, %s, n = %d pairable ratings",
                    format_score(*cmp.agreement.alpha).c_str(), cmp.agreement.band.c_str(), cmp.agreement.pairable_values);
    else
        ImGui::Text("Krippendorff's alpha: not enough data (n = %d pairable ratings)", cmp.agreement.pairable_values);
}
}  // namespace

void on_panel_files(App& app, const std::vector<FileIn>& files) {
    for (const auto& f : files) g_view.files.push_back({f.name, f.bytes});
    revalidate(app);
}

void draw_panel_screen(App& app) {
    const Palette& p = palette();
    ImGui::BeginChild("##panel", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    float width = std::min(1200.0f, ImGui::GetContentRegionAvail().x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::PushFont(app.fonts.title);
    ImGui::TextUnformatted("Panel");
    ImGui::PopFont();
    text_muted("Consolidate the panel's scorecards into one decision. The arithmetic is done for you; "
               "disagreements are flagged for the debrief.");
    ImGui::Spacing();
    draw_loader(app);
    auto cards = valid_cards();
    std::vector<std::string> candidates;
    for (const auto& c : cards)
        if (std::find(candidates.begin(), candidates.end(), c.candidate) == candidates.end()) candidates.push_back(c.candidate);
    if (!candidates.empty()) {
        if (std::find(candidates.begin(), candidates.end(), g_view.candidate) == candidates.end())
            g_view.candidate = candidates.front();
        std::vector<scorecard::Scorecard> mine;
        for (const auto& c : cards)
            if (c.candidate == g_view.candidate) mine.push_back(c);
        const scorecard::Rubric* rubric = nullptr;
        for (const auto* r : app.state.all_rubrics())
            if (r->id == mine.front().rubric.id) rubric = r;
        ImGui::Spacing();
        ImGui::Separator();
        if (candidates.size() > 1) {
            ImGui::SetNextItemWidth(320);
            if (begin_combo("Candidate", g_view.candidate.c_str())) {
                for (const auto& c : candidates)
                    if (ImGui::Selectable(c.c_str(), c == g_view.candidate)) g_view.candidate = c;
                ImGui::EndCombo();
            }
        }
        bool can_see = g_view.revealed || own_committed(app, g_view.candidate);
        if (!can_see) {
            begin_card("##independent", 18);
            heading(app, "Independent first");
            text_wrapped("The others' scores stay hidden until you have committed your own judgement: submit your "
                         "scorecard for " + g_view.candidate + " on this device. The debrief lead can reveal everything.");
            if (secondary_button("I lead the debrief: reveal all scores")) g_view.revealed = true;
            end_card();
        } else {
            auto panel = scorecard::consolidate(mine, rubric);
            if (!panel) {
                text_wrapped(panel.error().to_string(), &p.error);
            } else {
                heading(app, "Summary for " + panel->candidate);
                ImGui::Text("Overall mean %s over %zu scorecards",
                            panel->overall_mean ? format_score(*panel->overall_mean).c_str() : "-",
                            panel->scorecards.size());
                std::string tally;
                for (const char* id : {"strong_no", "no", "yes", "strong_yes"})
                    tally += (tally.empty() ? "" : "   ") + scorecard::recommendation_label(id) + ": " +
                             std::to_string(panel->recommendations.count(id) ? panel->recommendations.at(id) : 0);
                ImGui::TextUnformatted(("Recommendations  " + tally).c_str());
                for (const auto& w : panel->warnings) text_wrapped(w, &p.warn);
                ImGui::Spacing();
                draw_matrix(app, *panel);
                ImGui::Spacing();
                heading(app, "Range and mean per competency");
                draw_chart(*panel, width);
                ImGui::Spacing();
                draw_decision(app, *panel);
            }
        }
        draw_comparison(app, cards, rubric);
    }
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace ui
