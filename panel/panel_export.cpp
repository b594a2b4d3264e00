// CSV and Markdown exports of a panel (panel_export.hpp).
#include "panel/panel_export.hpp"

#include "base/text.hpp"
#include "base/vocabulary.hpp"

namespace scorecard {

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

std::string md_cell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
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

std::string decision_section(const PanelDecision& d) {
    if (d.decision.empty()) return "";
    std::string md = "\n## Decision: " + decision_text(d) + "\n\n";
    if (!is_blank(d.rationale)) md += d.rationale + "\n\n";
    if (!d.attendees.empty()) {
        std::string who;
        for (const auto& a : d.attendees) who += (who.empty() ? "" : ", ") + a;
        md += "Attended: " + who + "\n";
    }
    return md;
}

std::string ratings_table(const Panel& panel) {
    std::string md = "\n## Ratings\n\n| Competency |";
    for (const auto& sc : panel.scorecards) md += " " + md_cell(sc.interviewer) + " |";
    md += " n | Mean | Range | Disagreement |\n|---|";
    for (size_t i = 0; i < panel.scorecards.size(); ++i) md += "---|";
    md += "---|---|---|---|\n";
    for (const auto& c : panel.competencies) {
        md += "| " + md_cell(c.title) + " |";
        for (const auto& sc : panel.scorecards) {
            std::string v = panel_cell(sc, c.id);
            md += " " + (v.empty() ? std::string(" ") : v) + " |";
        }
        md += " " + std::to_string(c.n) + " | " + opt_number(c.mean) + " | " +
              (c.min ? format_number(*c.min) + "-" + format_number(*c.max) : "") + " | " + (c.disagreement ? "yes" : "") +
              " |\n";
    }
    return md;
}

}  // namespace

std::string panel_csv(const Panel& panel) {
    // RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted.
    std::string out = "competency";
    for (const auto& sc : panel.scorecards) out += "," + csv_field(sc.interviewer);
    out += ",n,mean,median,min,max,spread,disagreement\r\n";
    for (const auto& c : panel.competencies) {
        out += csv_field(c.title);
        for (const auto& sc : panel.scorecards) out += "," + panel_cell(sc, c.id);
        out += "," + std::to_string(c.n) + "," + opt_number(c.mean) + "," + opt_number(c.median) + "," +
               opt_number(c.min) + "," + opt_number(c.max) + "," + opt_number(c.spread) + "," +
               (c.disagreement ? "yes" : "no") + "\r\n";
    }
    return out;
}

std::string panel_markdown(const Panel& panel) {
    std::string md = "# Panel summary: " + panel.candidate + "\n\n";
    md += "**Role:** " + panel.rubric.title + "  \n";
    std::string names;
    for (const auto& sc : panel.scorecards) names += (names.empty() ? "" : ", ") + sc.interviewer;
    md += "**Interviewers:** " + names + "  \n";
    md += "**Overall mean:** " + (panel.overall_mean ? format_score(*panel.overall_mean) : std::string("no ratings")) + "  \n";
    md += "**Recommendations:** " + tally_text(panel) + "\n";
    md += decision_section(panel.decision);
    md += ratings_table(panel);
    md += "\n\"-\" means not assessed.\n";
    if (!panel.warnings.empty()) {
        md += "\n## Warnings\n\n";
        for (const auto& w : panel.warnings) md += "- " + w + "\n";
    }
    return md;
}

}  // namespace scorecard
