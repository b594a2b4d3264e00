// The panel as people take it elsewhere: the matrix as CSV for a spreadsheet, and a
// Markdown summary for an applicant tracking system.
#pragma once
#include <string>

#include "panel/panel.hpp"

namespace scorecard {

std::string panel_csv(const Panel& panel);       // matrix: competency rows, interviewer columns, stats
std::string panel_markdown(const Panel& panel);  // summary for the clipboard

// One CSV field (RFC 4180: quoted when it holds a comma, quote or line break).
std::string csv_field(const std::string& s);

}  // namespace scorecard
