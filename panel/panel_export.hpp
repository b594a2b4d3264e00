// The panel as people take it elsewhere: the matrix as CSV for a spreadsheet, a long
// ("tidy") CSV for pivot tables and databases, and a Markdown summary for an applicant
// tracking system. Every CSV cell goes through csv_field, which quotes (RFC 4180) and
// neutralises what a spreadsheet would run as a formula (OWASP CSV injection).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "panel/panel.hpp"
#include "rubric/rubric.hpp"

namespace scorecard {

// Matrix: one row per competency with the candidate, a column per interviewer, then the
// statistics. A cell is the score, "not assessed", or empty.
std::string panel_csv(const Panel& panel);
// One row per candidate, interviewer and competency (kLongCsvColumns), for every panel
// given, in order: the counted scorecards only.
std::string panel_long_csv(const std::vector<Panel>& panels);
extern const std::vector<std::string_view> kLongCsvColumns;

enum class SummaryDetail {
    Short,  // header, decision, who recommended what, the ratings table, warnings
    Full,   // and each interviewer's takeaways and rationale, and per competency every rating with its evidence quoted
};
// The summary for the clipboard or stdout. `rubric` (when it is the panel's) gives the
// rating words and the behaviours' text in the full summary.
std::string panel_markdown(const Panel& panel, SummaryDetail detail = SummaryDetail::Short, const Rubric* rubric = nullptr);

// Whether a spreadsheet could take this cell for a formula: it starts (after any spaces)
// with =, +, -, @, a tab or a carriage return, or their full-width forms; a plain number
// such as "-2" or "2.5" cannot be one.
bool csv_formula_risk(std::string_view s);
// One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and when a
// formula risk, prefixed with ' and quoted so the spreadsheet shows it as text.
std::string csv_field(std::string_view s);

}  // namespace scorecard
