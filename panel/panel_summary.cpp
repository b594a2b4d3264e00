// The panel's Markdown summary (panel_export.hpp): short for a quick note, full with
// who said what and every rating's evidence quoted, for an applicant tracking system.
// People's text is escaped so it cannot break the document's structure.
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "panel/debrief.hpp"
#include "panel/panel_export.hpp"
#include "scorecard/summary.hpp"

namespace scorecard {

namespace {

// Inline text: one line, Markdown's punctuation escaped (it renders as typed).
std::string md_inline(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\n' || c == '\r') out += ' ';
        else if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|') {
            out += '\\';
            out += c;
        } else out += c;
    }
    return out;
}

// A person's text as a block quote, line by line; a line that would start a heading or
// a list inside the quote is escaped.
std::string md_quote(const std::string& s) {
    std::string out, line;
    auto flush = [&] {
        std::string t = trim(line);
        bool block = !t.empty() && (t[0] == '#' || t[0] == '-' || t[0] == '+' || t[0] == '=');
        out += t.empty() ? ">\n" : "> " + std::string(block ? "\\" : "") + md_inline(t) + "\n";
        line.clear();
    };
    for (char c : s) {
        if (c == '\n') flush();
        else if (c != '\r') line += c;
    }
    flush();
    return out;
}

std::string opt_number(const std::optional<double>& x) { return x ? format_number(*x) : ""; }

std::string tally_text(const Panel& panel) {
    std::string tally;
    for (const auto& r : kRecommendations) {
        auto it = panel.recommendations.find(r.id);
        tally += (tally.empty() ? "" : ", ") + std::string(r.label) + " " +
                 std::to_string(it == panel.recommendations.end() ? 0 : it->second);
    }
    return tally;
}

std::string recommendation_of(const Scorecard& sc) {
    return sc.recommendation ? recommendation_label(*sc.recommendation) : "no recommendation";
}

std::string when_text(const InterviewerSummary& s) {
    const Scorecard& sc = *s.scorecard;
    std::string t = "interviewed " + sc.date + ", " + submit_timing_text(sc);
    if (s.timing.late) t += ", late: more than " + std::to_string(kLateSubmitHours) + " hours";
    if (s.included_on_purpose) t += "; held back and included by the lead";
    return t;
}

std::string decision_section(const PanelDecision& d) {
    if (d.decision.empty()) return "";
    std::string md = "\n## Decision: " + decision_text(d) + "\n\n";
    if (!is_blank(d.rationale)) md += md_quote(d.rationale) + "\n";
    if (!d.attendees.empty()) {
        std::string who;
        for (const auto& a : d.attendees) who += (who.empty() ? "" : ", ") + md_inline(a);
        md += "Attended: " + who + "\n";
    }
    return md;
}

std::string recommendations_section(const std::vector<InterviewerSummary>& who) {
    std::string md = "\n## Recommendations by interviewer\n\n";
    for (const auto& s : who)
        md += "- " + md_inline(s.scorecard->interviewer) + ": " + recommendation_of(*s.scorecard) + " (" + when_text(s) + ")\n";
    return md;
}

std::string who_said_what(const Panel& panel, const std::vector<InterviewerSummary>& who) {
    std::string md = "\n## Who said what\n";
    for (const auto& s : who) {
        const Scorecard& sc = *s.scorecard;
        md += "\n### " + md_inline(sc.interviewer) + ": " + recommendation_of(sc) + "\n\n";
        md += "Interviewed " + sc.date + ", " + submit_timing_text(sc) + ". Covered " +
              md_inline(covered_text(s, panel.competencies.size())) + ".\n";
        if (s.timing.late) md += "\n**Late:** written more than " + std::to_string(kLateSubmitHours) + " hours after the interview.\n";
        if (s.included_on_purpose) md += "\n**Included by the lead:** " + md_inline(*s.included_on_purpose) + "\n";
        md += "\n**Key takeaways**\n\n" + (is_blank(sc.key_takeaways) ? std::string("(none written)\n") : md_quote(sc.key_takeaways));
        md += "\n**Rationale**\n\n" + (is_blank(sc.rationale) ? std::string("(none written)\n") : md_quote(sc.rationale));
    }
    return md;
}

std::string ratings_table(const Panel& panel) {
    std::string md = "\n## Ratings\n\n| Competency |";
    for (const auto& sc : panel.scorecards) md += " " + md_inline(sc.interviewer) + " |";
    md += " n | Mean | Range | Disagreement |\n|---|";
    for (size_t i = 0; i < panel.scorecards.size(); ++i) md += "---|";
    md += "---|---|---|---|\n";
    auto cells = score_indexes(panel.scorecards);  // linear at 60,000 competencies
    for (const auto& c : panel.competencies) {
        md += "| " + md_inline(c.title) + " |";
        for (const auto& card : cells) {
            std::string v = panel_cell(card.find(c.id));
            md += " " + (v.empty() ? std::string(" ") : v) + " |";
        }
        md += " " + std::to_string(c.n) + " | " + opt_number(c.mean) + " | " +
              (c.min ? format_number(*c.min) + "-" + format_number(*c.max) : "") + " | " + (c.disagreement ? "yes" : "") +
              " |\n";
    }
    return md + "\n\"-\" means not assessed.\n";
}

// One interviewer's rating of one competency (`cs`, null when absent) with the evidence
// behind it; `rc` is the rubric's competency, or null.
std::string rating_evidence(const Scorecard& sc, const CompetencyScore* cs, const Competency* rc, const Rubric* rubric) {
    std::string md = "**" + md_inline(sc.interviewer) + ": ";
    if (!cs || (!cs->rated() && !cs->not_assessed())) return md + "not rated**\n\n";
    if (cs->not_assessed())
        return md + "not assessed**" + (is_blank(*cs->not_assessed_reason) ? "" : " (" + md_inline(*cs->not_assessed_reason) + ")") + "\n\n";
    md += (rubric ? rating_text(*rubric, *cs->score) : std::to_string(*cs->score)) + "**\n\n";
    IdIndex<Behaviour> behaviours;
    if (rc) behaviours = IdIndex<Behaviour>(rc->behaviours);
    std::string quoted;
    for (const auto& e : cs->evidence) {
        if (is_blank(e.note)) continue;
        const Behaviour* b = behaviours.find(e.behaviour);
        std::string behaviour = b ? b->text : e.behaviour;
        quoted += (quoted.empty() ? "" : ">\n") + md_quote(behaviour + ": " + e.note);
    }
    if (!is_blank(cs->notes)) quoted += (quoted.empty() ? "" : ">\n") + md_quote("Notes: " + cs->notes);
    return md + (quoted.empty() ? "No evidence written.\n" : quoted) + "\n";
}

std::string evidence_section(const Panel& panel, const Rubric* rubric) {
    // Each rating ends with a blank line, so a heading follows it directly.
    std::string md = "\n## Evidence by competency\n\n";
    auto cells = score_indexes(panel.scorecards);
    IdIndex<Competency> titles;
    if (rubric) titles = IdIndex<Competency>(rubric->competencies);
    for (const auto& c : panel.competencies) {
        md += "### " + md_inline(c.title) + "\n\n";
        md += "n " + std::to_string(c.n) + (c.mean ? ", mean " + format_number(*c.mean) : "") +
              (c.min ? ", range " + format_number(*c.min) + "-" + format_number(*c.max) : "") +
              (c.disagreement ? ", disagreement" : "") + "\n\n";
        for (size_t i = 0; i < cells.size(); ++i)
            md += rating_evidence(panel.scorecards[i], cells[i].find(c.id), titles.find(c.id), rubric);
    }
    return md;
}

}  // namespace

std::string panel_markdown(const Panel& panel, SummaryDetail detail, const Rubric* rubric) {
    if (rubric && rubric->id != panel.rubric.id) rubric = nullptr;
    const auto who = interviewer_summaries(panel);
    std::string md = "# Panel summary: " + md_inline(panel.candidate) + "\n\n";
    md += "**Role:** " + md_inline(panel.rubric.title) + "  \n";
    std::string names;
    for (const auto& sc : panel.scorecards) names += (names.empty() ? "" : ", ") + md_inline(sc.interviewer);
    md += "**Interviewers:** " + names + "  \n";
    md += "**Overall mean:** " + (panel.overall_mean ? format_score(*panel.overall_mean) : std::string("no ratings")) + "  \n";
    md += "**Recommendations:** " + tally_text(panel) + "\n";
    md += decision_section(panel.decision);
    md += detail == SummaryDetail::Full ? who_said_what(panel, who) : recommendations_section(who);
    md += ratings_table(panel);
    if (detail == SummaryDetail::Full) md += evidence_section(panel, rubric);
    if (auto warnings = all_warnings(panel); !warnings.empty()) {
        md += "\n## Warnings\n\n";
        for (const auto& w : warnings) md += "- " + md_inline(w) + "\n";
    }
    return md;
}

}  // namespace scorecard
