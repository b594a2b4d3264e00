// The panel screen: load everyone's scorecards (file chooser, drop, or pasted
// JSON) and see each file's problems; keep one's own judgement independent until
// it is committed (own scorecard submitted on this device or loaded and marked as
// one's own, or the debrief lead reveals); then per candidate the matrix with
// statistics and disagreement flags, evidence per cell, the recommendation tally,
// a range chart, the decision record and its exports; across candidates a
// comparison, calibration and Krippendorff's alpha. The arithmetic and every
// validation message are the core's (rubric/panel.hpp), as in the CLI.
//
// The view (files, decisions, reveal) is stored under one key, "panel", so a
// reload during the debrief loses nothing; "Clear" removes it.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "app.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "rubric/panel.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

constexpr const char* kStorageKey = "panel";
constexpr int kStoredVersion = 1;

// What the panel decides for one candidate, as typed (attendees stay one line of text).
struct DecisionDraft {
    std::string decision;  // "" | "hire" | "no_hire" | "hire_other_level"
    std::string other_level, rationale, attendees;
};

struct PanelView {
    bool restored = false;  // storage read (lazily, on first use)
    bool dirty = false;     // changed since last stored
    std::vector<std::pair<std::string, std::string>> files;  // name, text: everything loaded, in order
    std::vector<scorecard::LoadedScorecard> loaded;           // one per file, same order
    bool revealed = false;             // the debrief lead revealed every candidate's scores
    std::set<std::string> mine;        // scorecard ids the user marked as their own
    std::string candidate;             // the candidate shown (name key)
    std::map<std::string, DecisionDraft> decisions;  // by candidate name key
    std::string paste;                 // not stored: pasted text not yet added
    // The evidence shown under the matrix: one cell (interviewer set) or a whole row.
    std::string cell_competency, cell_scorecard;
};
PanelView g_view;

// ---- storage ---------------------------------------------------------------------

// What the screen shows is derived from the loaded files and the chosen candidate. It is
// recomputed when those change (an event), not every frame: consolidating and comparing
// are milliseconds in WASM.
struct Derived {
    std::vector<scorecard::Scorecard> cards;  // the usable ones, in load order
    std::string candidate;                    // key the panel below was made for
    const scorecard::Rubric* rubric = nullptr;
    std::optional<scorecard::Result<scorecard::Panel>> panel;
    std::optional<scorecard::Comparison> comparison;
    const scorecard::Rubric* comparison_rubric = nullptr;
};
Derived g_derived;

void revalidate() {
    // Many candidates on one rubric make one view: another candidate is not a
    // problem, a duplicate interviewer is checked per candidate (core, many_candidates).
    g_view.loaded = scorecard::load_scorecards(g_view.files, nullptr, true);
    g_derived = Derived{};
    for (const auto& l : g_view.loaded)
        if (l.scorecard) g_derived.cards.push_back(*l.scorecard);
}

const scorecard::Panel* panel_of(const std::string& candidate, const std::vector<scorecard::Scorecard>& theirs,
                                 const scorecard::Rubric* rubric, std::string& error) {
    if (!g_derived.panel || g_derived.candidate != candidate || g_derived.rubric != rubric) {
        g_derived.panel = scorecard::consolidate(theirs, rubric);
        g_derived.candidate = candidate;
        g_derived.rubric = rubric;
    }
    if (!*g_derived.panel) {
        error = g_derived.panel->error().to_string();
        return nullptr;
    }
    return &g_derived.panel->value();
}

const scorecard::Comparison& comparison_of(const scorecard::Rubric* rubric) {
    if (!g_derived.comparison || g_derived.comparison_rubric != rubric) {
        g_derived.comparison = scorecard::compare_candidates(g_derived.cards, rubric);
        g_derived.comparison_rubric = rubric;
    }
    return *g_derived.comparison;
}

// Reading the stored view never throws (UI code runs without exception catching in
// the web build): anything of the wrong type reads as empty.
std::string str_at(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void restore(App& app) {
    if (g_view.restored) return;
    g_view.restored = true;
    auto text = app.platform.load(kStorageKey);
    if (!text) return;
    auto j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object() || !j.contains("version") || j["version"] != kStoredVersion) return;  // unreadable: start empty
    if (j.contains("files") && j["files"].is_array())
        for (const auto& f : j["files"])
            if (f.is_object()) g_view.files.push_back({str_at(f, "name"), str_at(f, "text")});
    g_view.revealed = j.contains("revealed") && j["revealed"].is_boolean() && j["revealed"].get<bool>();
    if (j.contains("mine") && j["mine"].is_array())
        for (const auto& id : j["mine"])
            if (id.is_string()) g_view.mine.insert(id.get<std::string>());
    g_view.candidate = str_at(j, "candidate");
    if (j.contains("decisions") && j["decisions"].is_object())
        for (const auto& [k, d] : j["decisions"].items())
            if (d.is_object())
                g_view.decisions[k] = {str_at(d, "decision"), str_at(d, "otherLevel"), str_at(d, "rationale"),
                                       str_at(d, "attendees")};
    revalidate();
}

void store(App& app) {
    if (!g_view.dirty) return;
    g_view.dirty = false;
    nlohmann::json files = nlohmann::json::array(), decisions = nlohmann::json::object();
    for (const auto& [name, text] : g_view.files) files.push_back({{"name", name}, {"text", text}});
    for (const auto& [k, d] : g_view.decisions)
        decisions[k] = {{"decision", d.decision}, {"otherLevel", d.other_level}, {"rationale", d.rationale},
                        {"attendees", d.attendees}};
    nlohmann::json j = {{"version", kStoredVersion}, {"files", files},     {"revealed", g_view.revealed},
                        {"mine", g_view.mine},       {"candidate", g_view.candidate}, {"decisions", decisions}};
    std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (!app.platform.store(kStorageKey, text))
        app.notify(Notice::Error, "This device's storage is full: the panel view will not survive a reload. "
                                  "Export the panel JSON to keep it.", 0);
}

// ---- named operations: the only places the view changes ------------------------------

void add_files(const std::vector<std::pair<std::string, std::string>>& files) {
    for (const auto& f : files) g_view.files.push_back(f);
    revalidate();
    g_view.dirty = true;
}

void remove_file(size_t i) {
    if (i >= g_view.files.size()) return;
    g_view.files.erase(g_view.files.begin() + long(i));
    revalidate();
    g_view.dirty = true;
}

void clear_panel(App& app) {
    g_view = PanelView{};
    g_derived = Derived{};
    g_view.restored = true;
    app.platform.remove(kStorageKey);
}

void set_revealed(bool on) {
    g_view.revealed = on;
    g_view.dirty = true;
}

void set_mine(const std::string& scorecard_id, bool on) {
    if (on) g_view.mine.insert(scorecard_id);
    else g_view.mine.erase(scorecard_id);
    g_view.dirty = true;
}

void select_candidate(const std::string& key) {
    if (g_view.candidate == key) return;
    g_view.candidate = key;
    g_view.cell_competency.clear();
    g_view.cell_scorecard.clear();
    g_view.dirty = true;
}

void show_evidence(const std::string& competency, const std::string& scorecard_id) {
    g_view.cell_competency = competency;
    g_view.cell_scorecard = scorecard_id;  // "" = every interviewer on this competency
}

DecisionDraft& decision_for(const std::string& candidate_key) { return g_view.decisions[candidate_key]; }

// ---- reading the view ---------------------------------------------------------------

// One's own judgement is committed when a SUBMITTED scorecard for this candidate is
// one's own: sealed in this device's interviews, or a loaded sealed file marked as
// mine. A draft does not count: it can still move after seeing the others.
bool own_committed(App& app, const std::string& candidate_key) {
    for (const auto& d : app.state.drafts)
        if (d.card.sealed() && scorecard::name_key(d.card.candidate) == candidate_key) return true;
    for (const auto& l : g_view.loaded)
        if (l.scorecard && l.scorecard->sealed() && g_view.mine.count(l.scorecard->id) &&
            scorecard::name_key(l.scorecard->candidate) == candidate_key)
            return true;
    return false;
}

bool submitted_here(App& app, const std::string& scorecard_id) {
    for (const auto& d : app.state.drafts)
        if (d.card.sealed() && d.card.id == scorecard_id) return true;
    return false;
}

// The rubric the panel's scorecards were scored on, when this device has it (for
// titles and behaviour text): same id and digest, else the same id.
const scorecard::Rubric* rubric_for(App& app, const scorecard::RubricRef& ref) {
    const scorecard::Rubric* by_id = nullptr;
    for (const auto* r : app.state.all_rubrics()) {
        if (r->id != ref.id) continue;
        if (scorecard::rubric_ref(*r).digest == ref.digest) return r;
        if (!by_id) by_id = r;
    }
    return by_id;
}

std::string score_text(const std::optional<double>& v) { return v ? format_score(*v) : std::string("-"); }
std::string whole_text(const std::optional<double>& v) {
    return v ? std::to_string(int(std::lround(*v))) : std::string("-");
}

// ---- drawing ------------------------------------------------------------------------

void draw_loader(App& app) {
    const Palette& p = palette();
    heading(app, "Scorecards");
    if (primary_button("Load scorecards..."))
        app.platform.open_files("panel", ".json,application/json", true);
    ImGui::SameLine();
    bool have_sealed = std::any_of(app.state.drafts.begin(), app.state.drafts.end(),
                                   [](const Draft& d) { return d.card.sealed(); });
    if (secondary_button("Add my submitted scorecards", ImVec2(0, 0), have_sealed)) {
        std::vector<std::pair<std::string, std::string>> mine;
        // Only the ones not loaded yet: a second click must not load a scorecard twice.
        for (const auto& d : app.state.drafts) {
            if (!d.card.sealed()) continue;
            std::string text = scorecard::scorecard_to_json(d.card).dump(2);
            bool loaded = std::any_of(g_view.files.begin(), g_view.files.end(),
                                      [&](const auto& f) { return f.second == text; });
            if (!loaded) mine.push_back({scorecard::scorecard_file_name(d.card), text});
        }
        add_files(mine);
    }
    ImGui::SameLine();
    if (secondary_button("Clear", ImVec2(0, 0), !g_view.files.empty())) clear_panel(app);
    text_muted("Choose several files at once, drop them on the page, or paste a scorecard's JSON below. "
               "Each file is checked on its own; a bad file is left out and never blocks the others.");
    if (auto v = note_field("##paste", g_view.paste, "Paste scorecard JSON here", 1.0f)) g_view.paste = *v;
    if (secondary_button("Add pasted JSON", ImVec2(0, 0), !g_view.paste.empty())) {
        add_files({{"pasted-" + std::to_string(g_view.files.size() + 1) + ".json", g_view.paste}});
        g_view.paste.clear();
    }
    if (g_view.loaded.empty()) return;
    ImGui::Spacing();
    int used = 0;
    for (const auto& l : g_view.loaded) used += l.usable();
    bold(app, std::to_string(used) + " of " + std::to_string(g_view.loaded.size()) + " files used");
    std::optional<size_t> remove;
    if (ImGui::BeginTable("files", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Used, with warnings").x);
        ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Scorecard", ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn("Mine", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("My scorecard").x + 32);
        ImGui::TableSetupColumn("Remove", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Remove").x + 24);
        for (size_t i = 0; i < g_view.loaded.size(); ++i) {
            const auto& l = g_view.loaded[i];
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (l.scorecard) ImGui::TextColored(l.warnings.empty() ? p.ok : p.warn, l.warnings.empty() ? "Used" : "Used, with warnings");
            else ImGui::TextColored(p.error, "Not used");
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            text_wrapped(l.file);
            // Who it is, or why it is left out: each problem names the file and the field.
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (l.scorecard)
                text_muted(l.scorecard->interviewer + " on " + l.scorecard->candidate +
                           (l.scorecard->sealed() ? ", submitted " + l.scorecard->submitted_at->substr(0, 10) : ""));
            for (const auto& e : l.problems) text_wrapped(e.to_string(), &p.error);
            for (const auto& e : l.warnings) text_wrapped(e.to_string(), &p.warn);
            ImGui::TableNextColumn();
            // Only a submitted scorecard commits a judgement; one submitted here is mine already.
            if (l.scorecard && l.scorecard->sealed()) {
                if (submitted_here(app, l.scorecard->id)) {
                    ImGui::AlignTextToFramePadding();
                    text_muted("Mine (here)");
                } else {
                    bool on = g_view.mine.count(l.scorecard->id) > 0;
                    if (ImGui::Checkbox(("My scorecard##mine-" + std::to_string(i)).c_str(), &on)) set_mine(l.scorecard->id, on);
                }
            }
            ImGui::TableNextColumn();
            // The id carries the file's verdict, so a test can read it: ##file-<i>-used|warning|rejected.
            const char* verdict = !l.scorecard ? "rejected" : l.warnings.empty() ? "used" : "warning";
            if (ImGui::SmallButton(("Remove##file-" + std::to_string(i) + "-" + verdict).c_str())) remove = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove) remove_file(*remove);
}

// The independent-first gate, shown instead of a candidate's scores.
void draw_gate(App& app, const std::string& candidate) {
    begin_card("##independent", 18);
    heading(app, "Independent first");
    text_wrapped("The others' scores for " + candidate +
                 " stay hidden until you have committed your own judgement, so the debrief cannot move it. "
                 "Your own judgement counts as committed once your scorecard is submitted: submit it on this device "
                 "(Interviews), or load your exported scorecard above and tick \"My scorecard\" beside it. "
                 "A draft does not count.");
    ImGui::Spacing();
    text_muted("If you lead the debrief and did not interview, you can reveal everything.");
    if (secondary_button("I lead the debrief: reveal all scores")) set_revealed(true);
    end_card();
}

void draw_summary(App& app, const scorecard::Panel& panel) {
    const Palette& p = palette();
    heading(app, "Summary for " + panel.candidate);
    text_muted(panel.rubric.title);
    ImGui::Text("Overall mean %s of 4, the mean of %d competency means, over %zu scorecards",
                score_text(panel.overall_mean).c_str(),
                int(std::count_if(panel.competencies.begin(), panel.competencies.end(), [](const auto& c) { return c.n > 0; })),
                panel.scorecards.size());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Recommendations");
    for (const char* id : {"strong_no", "no", "yes", "strong_yes"}) {
        auto it = panel.recommendations.find(id);
        int n = it == panel.recommendations.end() ? 0 : it->second;
        ImGui::SameLine();
        bool positive = std::string(id) == "yes" || std::string(id) == "strong_yes";
        badge(scorecard::recommendation_label(id) + ": " + std::to_string(n), n == 0 ? p.muted : positive ? p.ok : p.error);
    }
    std::string nobody;
    for (const auto& c : panel.competencies)
        if (c.n == 0) nobody += (nobody.empty() ? "" : "; ") + c.title;
    text_wrapped(nobody.empty() ? "Every competency was assessed by at least one interviewer."
                                : "Nobody assessed: " + nobody,
                 nobody.empty() ? &p.muted : &p.warn);
    for (const auto& w : panel.warnings)
        if (w.rfind("Nobody rated", 0) != 0) text_wrapped(w, &p.warn);
}

void draw_evidence(App& app, const scorecard::Panel& panel, const scorecard::Rubric* rubric) {
    const Palette& p = palette();
    if (g_view.cell_competency.empty()) return;
    const scorecard::CompetencyStats* stats = nullptr;
    for (const auto& c : panel.competencies)
        if (c.id == g_view.cell_competency) stats = &c;
    if (!stats) return;
    const scorecard::Competency* comp = rubric ? rubric->find(stats->id) : nullptr;
    begin_card("##evidence", 16);
    heading(app, "Evidence: " + stats->title);
    // The id says what is shown (competency, and one interviewer or "all"), for tests.
    std::string shown = "all";
    for (const auto& s : panel.scorecards)
        if (s.id == g_view.cell_scorecard) shown = scorecard::slugify(s.interviewer);
    if (secondary_button(("Close evidence##evidence-" + stats->id + "--" + shown).c_str())) show_evidence("", "");
    for (const auto& s : panel.scorecards) {
        if (!g_view.cell_scorecard.empty() && s.id != g_view.cell_scorecard) continue;
        const auto* cs = s.find(stats->id);
        ImGui::Spacing();
        std::string rating = !cs ? "not in this scorecard"
                             : cs->score ? std::to_string(*cs->score) + " of 4"
                                         : cs->not_assessed() ? "not assessed" : "not rated";
        if (cs && cs->score && rubric)
            for (const auto& lvl : rubric->scale)
                if (lvl.value == *cs->score) rating += " (" + lvl.label + ")";
        bold(app, s.interviewer + ": " + rating);
        if (!cs) continue;
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
        if (cs->evidence.empty() && cs->notes.empty() && !cs->not_assessed()) text_wrapped("No evidence written.", &p.muted);
        ImGui::Unindent(14);
    }
    end_card();
}

void draw_matrix(App& app, const scorecard::Panel& panel, const scorecard::Rubric* rubric, float width) {
    const Palette& p = palette();
    heading(app, "Matrix");
    text_muted("Competencies by interviewers; \"-\" means not assessed. Click a score for that interviewer's evidence "
               "and notes; click a disagreement flag for everyone's. A disagreement is a spread of 2 or more.");
    const char* stat_heads[] = {"n", "mean", "median", "min", "max", "spread"};
    int ncols = 1 + int(panel.scorecards.size()) + 6 + 1;
    const ImGuiStyle& st = ImGui::GetStyle();
    float value_w = ImGui::CalcTextSize("0.00").x;
    float flag_w = ImGui::CalcTextSize("Disagreement").x + st.FramePadding.x * 2;
    std::vector<float> who_w, stat_w;
    for (const auto& s : panel.scorecards) who_w.push_back(std::max(ImGui::CalcTextSize(s.interviewer.c_str()).x, value_w));
    for (const char* h : stat_heads) stat_w.push_back(std::max(ImGui::CalcTextSize(h).x, value_w));
    float fixed = flag_w + float(ncols) * (st.CellPadding.x * 2 + 1);
    for (float w : who_w) fixed += w;
    for (float w : stat_w) fixed += w;
    // Many interviewers: scroll sideways with the competency column frozen, instead of
    // squeezing the titles. A scrolling table needs its height given: each row as its title wraps.
    const float title_w = 260;
    bool scroll = fixed + title_w > width;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
    ImVec2 outer(width, 0);
    if (scroll) {
        flags |= ImGuiTableFlags_ScrollX;
        float line = ImGui::GetTextLineHeight();
        float h = line + st.CellPadding.y * 2 + st.ScrollbarSize;
        for (const auto& c : panel.competencies)
            h += std::max(ImGui::CalcTextSize(c.title.c_str(), nullptr, false, title_w - st.CellPadding.x * 2).y, line) +
                 st.CellPadding.y * 2;
        outer.y = h;
    }
    if (ImGui::BeginTable("matrix", ncols, flags, outer)) {
        ImGui::TableSetupColumn("Competency", scroll ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                                scroll ? title_w : 0.0f);
        for (size_t i = 0; i < panel.scorecards.size(); ++i)
            ImGui::TableSetupColumn(panel.scorecards[i].interviewer.c_str(), ImGuiTableColumnFlags_WidthFixed, who_w[i]);
        for (size_t i = 0; i < 6; ++i) ImGui::TableSetupColumn(stat_heads[i], ImGuiTableColumnFlags_WidthFixed, stat_w[i]);
        ImGui::TableSetupColumn("flag", ImGuiTableColumnFlags_WidthFixed, flag_w);
        if (scroll) ImGui::TableSetupScrollFreeze(1, 0);
        ImGui::TableHeadersRow();
        for (const auto& c : panel.competencies) {
            ImGui::PushID(c.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text_wrapped(c.title);
            for (const auto& s : panel.scorecards) {
                ImGui::TableNextColumn();
                const auto* cs = s.find(c.id);
                // The label is what the cell shows; the id names competency and interviewer for tests.
                std::string v = !cs ? "" : cs->score ? std::to_string(*cs->score) : "-";
                std::string label = v + "##cell-" + c.id + "--" + scorecard::slugify(s.interviewer);
                bool sel = g_view.cell_competency == c.id && g_view.cell_scorecard == s.id;
                if (ImGui::Selectable(label.c_str(), sel)) show_evidence(c.id, s.id);
            }
            ImGui::TableNextColumn(); ImGui::Text("%d", c.n);
            ImGui::TableNextColumn(); ImGui::TextUnformatted(score_text(c.mean).c_str());
            ImGui::TableNextColumn(); ImGui::TextUnformatted(c.median ? format_score(*c.median).c_str() : "-");
            ImGui::TableNextColumn(); ImGui::TextUnformatted(whole_text(c.min).c_str());
            ImGui::TableNextColumn(); ImGui::TextUnformatted(whole_text(c.max).c_str());
            ImGui::TableNextColumn(); ImGui::TextUnformatted(whole_text(c.spread).c_str());
            ImGui::TableNextColumn();
            if (c.disagreement) {
                // A widget, not just text: it opens everyone's evidence for the debrief.
                ImGui::PushStyleColor(ImGuiCol_Text, p.warn);
                if (ImGui::SmallButton(("Disagreement##flag-" + c.id).c_str())) show_evidence(c.id, "");
                ImGui::PopStyleColor();
            } else if (c.n == 0) {
                ImGui::TextColored(p.muted, "Nobody");
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    draw_evidence(app, panel, rubric);
}

void draw_chart(App& app, const scorecard::Panel& panel, float width) {
    // Each competency's range (min to max) as a bar and its mean as a dot, on the
    // rubric's 1-4 scale; disagreements in the warning colour.
    const Palette& p = palette();
    heading(app, "Range and mean per competency");
    float line = ImGui::GetTextLineHeight();
    float row = line * 2 + 10;  // titles get two lines before an ellipsis
    float label_w = std::min(340.0f, width * 0.4f);
    float mean_w = ImGui::CalcTextSize("mean 0.00").x + 12;
    float axis_h = line + 8, legend_h = line + 10;
    size_t n = panel.competencies.size();
    float h = legend_h + row * float(n) + axis_h;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x0 = o.x + label_w + 24, x1 = o.x + width - mean_w - 12;
    auto X = [&](double v) { return x0 + float((v - 1.0) / 3.0) * (x1 - x0); };
    ImU32 muted = ImGui::GetColorU32(p.muted), text = ImGui::GetColorU32(p.text);

    // Legend.
    float lx = x0, ly = o.y + line * 0.5f;
    dl->AddRectFilled(ImVec2(lx, ly - 4), ImVec2(lx + 28, ly + 4), ImGui::GetColorU32(p.accent), 4);
    dl->AddText(ImVec2(lx + 34, o.y), muted, "lowest to highest score");
    lx += 34 + ImGui::CalcTextSize("lowest to highest score").x + 24;
    dl->AddCircleFilled(ImVec2(lx + 6, ly), 6, text);
    dl->AddText(ImVec2(lx + 18, o.y), muted, "mean");
    lx += 18 + ImGui::CalcTextSize("mean").x + 24;
    dl->AddRectFilled(ImVec2(lx, ly - 4), ImVec2(lx + 28, ly + 4), ImGui::GetColorU32(p.warn), 4);
    dl->AddText(ImVec2(lx + 34, o.y), muted, "disagreement");

    float top = o.y + legend_h, bottom = top + row * float(n);
    for (int v = 1; v <= 4; ++v) {
        dl->AddLine(ImVec2(X(v), top), ImVec2(X(v), bottom), ImGui::GetColorU32(p.border));
        std::string s = std::to_string(v);
        dl->AddText(ImVec2(X(v) - ImGui::CalcTextSize(s.c_str()).x * 0.5f, bottom + 4), muted, s.c_str());
    }
    for (size_t i = 0; i < n; ++i) {
        const auto& c = panel.competencies[i];
        float y = top + row * float(i) + row * 0.5f;
        if (i % 2) dl->AddRectFilled(ImVec2(o.x, top + row * float(i)), ImVec2(o.x + width, top + row * float(i + 1)),
                                     ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
        // The title wrapped to two lines within label_w, an ellipsis beyond.
        std::string title = c.title;
        const char* s = title.c_str();
        const char* end = s + title.size();
        ImFont* font = ImGui::GetFont();
        // The font may be rasterized at the device pixel ratio and scaled down: wrap at the drawn size.
        const char* cut = font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, s, end, label_w);
        if (cut == s) cut = end;
        float ty = cut >= end ? y - line * 0.5f : y - line;
        dl->AddText(ImVec2(o.x, ty), text, s, cut);
        if (cut < end) {
            while (cut < end && *cut == ' ') ++cut;
            ImGui::RenderTextEllipsis(dl, ImVec2(o.x, ty + line), ImVec2(o.x + label_w, ty + 2 * line), o.x + label_w,
                                      o.x + label_w, cut, end, nullptr);
        }
        if (c.n == 0) {
            dl->AddText(ImVec2(x0, y - line * 0.5f), muted, "nobody assessed");
            continue;
        }
        ImU32 col = ImGui::GetColorU32(c.disagreement ? p.warn : p.accent);
        dl->AddRectFilled(ImVec2(X(*c.min) - 5, y - 5), ImVec2(X(*c.max) + 5, y + 5), col, 5.0f);
        dl->AddCircleFilled(ImVec2(X(*c.mean), y), 6.5f, text);
        std::string m = "mean " + format_score(*c.mean);
        dl->AddText(ImVec2(x1 + 12, y - line * 0.5f), muted, m.c_str());
    }
    ImGui::Dummy(ImVec2(width, h));
}

void draw_decision(App& app, const scorecard::Panel& base, const std::string& candidate_key) {
    const Palette& p = palette();
    heading(app, "Decision record");
    DecisionDraft& d = decision_for(candidate_key);
    DecisionDraft before = d;
    struct Opt { const char* id; const char* label; };
    for (Opt o : {Opt{"hire", "Hire"}, Opt{"no_hire", "No hire"}, Opt{"hire_other_level", "Hire at another level"}}) {
        if (ImGui::RadioButton(o.label, d.decision == o.id)) d.decision = o.id;
        ImGui::SameLine(0, 24);
    }
    ImGui::NewLine();
    bool level_missing = false;
    if (d.decision == "hire_other_level") {
        if (auto v = line_field("##other-level", d.other_level, "Which level, e.g. L4 Support Manager", 360)) d.other_level = *v;
        level_missing = scorecard::name_key(d.other_level).empty();
        if (level_missing) text_wrapped("Name the level to export the decision.", &p.warn);
    }
    text_muted("Rationale");
    if (auto v = note_field("##rationale", d.rationale, "Why the panel decided this", 3)) d.rationale = *v;
    text_muted("Who attended");
    if (auto v = line_field("##attendees", d.attendees, "Names, separated by commas", -1)) d.attendees = *v;
    if (d.decision != before.decision || d.other_level != before.other_level || d.rationale != before.rationale ||
        d.attendees != before.attendees)
        g_view.dirty = true;

    scorecard::Panel panel = base;
    panel.decision.decision = d.decision;
    panel.decision.other_level = d.decision == "hire_other_level" ? d.other_level : "";
    panel.decision.rationale = d.rationale;
    size_t start = 0;
    while (start <= d.attendees.size()) {
        size_t end = d.attendees.find(',', start);
        if (end == std::string::npos) end = d.attendees.size();
        std::string name = d.attendees.substr(start, end - start);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        if (!name.empty()) panel.decision.attendees.push_back(name);
        start = end + 1;
    }
    std::string slug = scorecard::slugify(panel.candidate);
    std::string stem = slug.empty() ? "panel" : slug + "-panel";
    ImGui::Spacing();
    if (primary_button("Export panel JSON", ImVec2(0, 0), !level_missing)) {
        app.platform.save_file(stem + ".json", "application/json", scorecard::panel_to_json(panel).dump(2) + "\n");
        app.notify(Notice::Success, "Exported " + stem + ".json");
    }
    ImGui::SameLine();
    if (secondary_button("Export CSV", ImVec2(0, 0), !level_missing)) {
        app.platform.save_file(stem + ".csv", "text/csv", scorecard::panel_csv(panel));
        app.notify(Notice::Success, "Exported " + stem + ".csv");
    }
    ImGui::SameLine();
    if (secondary_button("Copy summary", ImVec2(0, 0), !level_missing)) {
        app.platform.copy_to_clipboard(scorecard::panel_markdown(panel));
        app.notify(Notice::Success, "Copied the panel summary as Markdown");
    }
    text_muted("The panel JSON holds the statistics and the decision; the CSV is the matrix; the summary is Markdown "
               "for an applicant tracking system.");
}

void draw_comparison(App& app, const scorecard::Rubric* rubric, float width) {
    const Palette& p = palette();
    const auto& cmp = comparison_of(rubric);
    ImGui::Spacing();
    ImGui::Separator();
    heading(app, "Candidates on this rubric");
    text_muted("Click a candidate to open their panel.");
    if (ImGui::BeginTable("candidates", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(width, 0))) {
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
                                  g_view.candidate == key, ImGuiSelectableFlags_SpanAllColumns))
                select_candidate(key);
            ImGui::TableNextColumn(); ImGui::Text("%d", c.scorecards);
            ImGui::TableNextColumn(); ImGui::TextUnformatted(score_text(c.overall_mean).c_str());
            ImGui::TableNextColumn();
            std::string recs;
            for (const char* k : {"strong_no", "no", "yes", "strong_yes"}) {
                auto it = c.recommendations.find(k);
                int v = it == c.recommendations.end() ? 0 : it->second;
                if (v) recs += (recs.empty() ? "" : ", ") + scorecard::recommendation_label(k) + " " + std::to_string(v);
            }
            text_wrapped(recs.empty() ? "-" : recs);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    heading(app, "Interviewer calibration");
    text_muted("Each interviewer's mean offset from the panel mean on the same candidates and competencies; n is "
               "the number of ratings compared. A large offset with a large n suggests a harsh or lenient rater.");
    if (ImGui::BeginTable("calibration", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(width, 0))) {
        ImGui::TableSetupColumn("Interviewer", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Mean offset", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("not enough data").x + 8);
        ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed, 60);
        ImGui::TableHeadersRow();
        for (const auto& c : cmp.calibration) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn(); ImGui::TextUnformatted(c.interviewer.c_str());
            ImGui::TableNextColumn();
            if (c.mean_offset) ImGui::TextUnformatted(((*c.mean_offset >= 0 ? "+" : "") + format_score(*c.mean_offset)).c_str());
            else ImGui::TextColored(p.muted, "not enough data");
            ImGui::TableNextColumn(); ImGui::Text("%d", c.n);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    heading(app, "Inter-rater agreement");
    const auto& a = cmp.agreement;
    if (a.alpha) {
        text_wrapped("Krippendorff's alpha (ordinal): " + format_score(*a.alpha) + ", " + a.band + "  (n = " +
                     std::to_string(a.pairable_values) + " pairable ratings in " + std::to_string(a.units) +
                     " candidate-competency pairs)");
    } else {
        text_wrapped("Krippendorff's alpha (ordinal): not enough data  (n = " + std::to_string(a.pairable_values) +
                         " pairable ratings in " + std::to_string(a.units) + " pairs)",
                     &p.warn);
    }
    text_muted("Alpha needs at least " + std::to_string(scorecard::kAlphaMinUnits) + " candidate-competency pairs rated by two "
               "or more interviewers and " + std::to_string(scorecard::kAlphaMinPairableValues) +
               " such ratings, and some variation. Rely on alpha >= 0.80; 0.667 to 0.80 is tentative; below is unreliable.");
}

}  // namespace

void on_panel_files(App& app, const std::vector<FileIn>& files) {
    restore(app);  // files may arrive (a drop) before the panel was ever drawn
    std::vector<std::pair<std::string, std::string>> named;
    for (const auto& f : files) named.push_back({f.name, f.bytes});
    add_files(named);
    store(app);
}

void draw_panel_screen(App& app) {
    const Palette& p = palette();
    restore(app);
    ImGui::BeginChild("##panel", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    float width = std::min(1200.0f, ImGui::GetContentRegionAvail().x);
    float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.title);
    ImGui::TextUnformatted("Panel");
    ImGui::PopFont();
    text_muted("Consolidate the panel's scorecards into one decision. The arithmetic is done for you and "
               "disagreements are flagged for the debrief.");
    ImGui::Spacing();
    draw_loader(app);

    const auto& cards = g_derived.cards;
    // Candidates in load order, matched by name the way the core matches them.
    std::vector<std::pair<std::string, std::string>> candidates;  // key, name as first written
    for (const auto& c : cards) {
        std::string key = scorecard::name_key(c.candidate);
        if (std::none_of(candidates.begin(), candidates.end(), [&](const auto& x) { return x.first == key; }))
            candidates.push_back({key, c.candidate});
    }
    if (!candidates.empty()) {
        if (std::none_of(candidates.begin(), candidates.end(), [&](const auto& x) { return x.first == g_view.candidate; }))
            select_candidate(candidates.front().first);
        std::string name;
        std::vector<scorecard::Scorecard> theirs;
        for (const auto& c : cards)
            if (scorecard::name_key(c.candidate) == g_view.candidate) theirs.push_back(c);
        for (const auto& c : candidates)
            if (c.first == g_view.candidate) name = c.second;
        const scorecard::Rubric* rubric = rubric_for(app, theirs.front().rubric);
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Spacing();
        if (candidates.size() > 1) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted("Candidate");
            ImGui::SameLine();
            ImGui::SetNextItemWidth(320);
            if (begin_combo("##candidate", name.c_str())) {
                for (const auto& c : candidates)
                    if (ImGui::Selectable((c.second + "##pick-" + c.first).c_str(), c.first == g_view.candidate))
                        select_candidate(c.first);
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            text_muted(std::to_string(candidates.size()) + " candidates on this rubric; see the comparison below.");
        }
        bool lead = g_view.revealed;
        if (!lead && !own_committed(app, g_view.candidate)) {
            draw_gate(app, name);
        } else {
            if (lead) {
                ImGui::AlignTextToFramePadding();
                text_muted("Scores revealed by the debrief lead.");
                ImGui::SameLine();
                if (ImGui::SmallButton("Hide scores again")) set_revealed(false);
            }
            std::string error;
            const scorecard::Panel* panel = panel_of(g_view.candidate, theirs, rubric, error);
            if (!panel) {
                text_wrapped(error, &p.error);
            } else {
                draw_summary(app, *panel);
                ImGui::Spacing();
                draw_matrix(app, *panel, rubric, width);
                ImGui::Spacing();
                draw_chart(app, *panel, width);
                ImGui::Spacing();
                draw_decision(app, *panel, g_view.candidate);
            }
        }
        if (candidates.size() > 1) {
            // Comparing candidates shows everyone's scores: only once every candidate is visible to this user.
            bool all_visible = lead || std::all_of(candidates.begin(), candidates.end(),
                                                   [&](const auto& c) { return own_committed(app, c.first); });
            if (all_visible) {
                draw_comparison(app, rubric, width);
            } else {
                ImGui::Spacing();
                text_muted("The comparison of candidates, calibration and agreement appear once you have committed "
                           "your own judgement on every candidate, or the debrief lead reveals all scores.");
            }
        }
    }
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    store(app);
}

}  // namespace ui
