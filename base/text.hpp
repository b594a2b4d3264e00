// Small text rules shared by every layer: blank and trimmed text, how numbers and
// quoted input appear in messages and exports, and how people's names are matched.
#pragma once
#include <string>
#include <string_view>

namespace scorecard {

bool is_space(char c);  // ASCII white space
bool is_blank(std::string_view s);
std::string trim(std::string_view s);
// Runs of white space become one space; leading and trailing space go.
std::string collapse_whitespace(std::string_view s);
std::string lower_ascii(std::string s);

// A number as people read it: at most `max_decimals` decimals, no trailing zeros, never
// "-0" ("3", "2.5", "2.67"). Scores, means, weights and offsets all print through this.
std::string format_number(double x, int max_decimals = 2);
// A mean score on the rating scale: "2.67 of 4".
std::string format_score(double mean);

// Input quoted in an error message: in double quotes, at most kMaxQuotedChars
// characters, "..." when cut, control characters shown as spaces.
std::string quote_input(std::string_view s);
// The same without the quotes, for a name inside a sentence ("Ada's scorecard ...").
std::string short_input(std::string_view s);

// How names typed by different people are matched: "Ada  Lovelace " and "ada lovelace"
// are the same person (white space collapsed, ASCII lower case).
std::string name_key(std::string_view s);

}  // namespace scorecard
