// CSV and Markdown exports of a panel (panel_export.hpp).
#include "panel/panel_export.hpp"

#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "panel/debrief.hpp"
#include "scorecard/summary.hpp"

namespace scorecard {

namespace {

// "=", "+", "-", "@" and their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20), which
// some spreadsheets also read as the start of a formula.
bool formula_start(std::string_view s) {
    if (s.empty()) return false;
    if (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') return true;
    return s.size() >= 3 && s.substr(0, 2) == "\xEF\xBC" &&
           (s[2] == '\x9D' || s[2] == '\x8B' || s[2] == '\x8D' || s[2] == '\xA0');
}

// "-2", "3", "2.75": a number a spreadsheet reads as a number, never as a formula.
bool plain_number(std::string_view s) {
    size_t i = s[0] == '-' ? 1 : 0, digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        size_t frac = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++frac;
        if (frac == 0) return false;
    }
    return digits > 0 && i == s.size();
}

std::string opt_number(const std::optional<double>& x) { return x ? format_number(*x) : ""; }

}  // namespace

bool csv_formula_risk(std::string_view s) {
    if (s.empty() || plain_number(s)) return false;
    if (formula_start(s)) return true;
    size_t i = s.find_first_not_of(' ');
    return i != std::string_view::npos && i > 0 && formula_start(s.substr(i));
}

std::string csv_field(std::string_view s) {
    bool risk = csv_formula_risk(s);
    if (!risk && s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = risk ? "\"'" : "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

std::string csv_row(const std::vector<std::string>& cells) {
    std::string row;
    for (size_t i = 0; i < cells.size(); ++i) row += (i ? "," : "") + csv_field(cells[i]);
    return row + "\r\n";
}

std::string matrix_cell(const CompetencyScore* c) {
    std::string v = panel_cell(c);
    return v == "-" ? "not assessed" : v;
}

// The long CSV's rows for one panel: interviewers in panel order, competencies in rubric order.
void long_rows(const Panel& p, std::string& out) {
    for (const auto& s : interviewer_summaries(p)) {
        const Scorecard& sc = *s.scorecard;
        IdIndex<CompetencyScore> index(sc.competencies);  // linear at 60,000 competencies
        for (const auto& c : p.competencies) {
            const CompetencyScore* cs = index.find(c.id);
            std::string status = !cs ? "not_rated" : cs->rated() ? "rated" : cs->not_assessed() ? "not_assessed" : "not_rated";
            out += csv_row({p.candidate, p.rubric.id, c.id, c.title, sc.interviewer, sc.id, sc.date,
                            sc.submitted_at.value_or(""), s.timing.known ? std::to_string(s.timing.days_after) : "",
                            s.timing.late ? "true" : "false", s.included_on_purpose ? "true" : "false", status,
                            cs && cs->rated() ? std::to_string(*cs->score) : "",
                            cs && cs->not_assessed() ? *cs->not_assessed_reason : "", sc.recommendation.value_or("")});
        }
    }
}

}  // namespace

const std::vector<std::string_view> kLongCsvColumns = {
    "candidate", "rubric",        "competency_id", "competency", "interviewer",         "scorecard_id",
    "interview_date", "submitted_at", "days_to_submit", "late_submit", "included_on_purpose", "status",
    "score",     "not_assessed_reason", "recommendation"};

std::string panel_csv(const Panel& panel) {
    std::vector<std::string> head = {"candidate", "competency"};
    for (const auto& sc : panel.scorecards) head.push_back(sc.interviewer);
    for (const char* h : {"n", "mean", "median", "min", "max", "spread", "disagreement"}) head.push_back(h);
    std::string out = csv_row(head);
    auto cells = score_indexes(panel.scorecards);
    for (const auto& c : panel.competencies) {
        std::vector<std::string> row = {panel.candidate, c.title};
        for (const auto& card : cells) row.push_back(matrix_cell(card.find(c.id)));
        for (const auto& v : {std::optional<double>(c.n), c.mean, c.median, c.min, c.max, c.spread}) row.push_back(opt_number(v));
        row.push_back(c.disagreement ? "yes" : "no");
        out += csv_row(row);
    }
    return out;
}

std::string panel_long_csv(const std::vector<Panel>& panels) {
    std::string out = csv_row(std::vector<std::string>(kLongCsvColumns.begin(), kLongCsvColumns.end()));
    for (const auto& p : panels) long_rows(p, out);
    return out;
}

}  // namespace scorecard
