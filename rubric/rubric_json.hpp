// Rubric JSON (format "rubric", version 1; see docs/rubric-format.md) and the
// digest that identifies one exact rubric version.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "result.hpp"
#include "rubric.hpp"

namespace scorecard {

inline constexpr int kRubricFormatVersion = 1;

nlohmann::json rubric_to_json(const Rubric& rubric);
// `file` names the source in errors; field paths name the offending member.
Result<Rubric> rubric_from_json(const nlohmann::json& j, const std::string& file = "");
// Parses text (not UTF-8, too large, or JSON syntax errors become Errors with a line).
Result<Rubric> parse_rubric_json(const std::string& text, const std::string& file = "");

// The JSON as a person reads it: 2-space indent, members in reading order (format
// and version first) rather than sorted. For the CLI and files users save; the
// digest never depends on this layout.
std::string rubric_json_text(const Rubric& rubric);

// "sha256:<64 hex>" of the canonical JSON (sorted keys, no whitespace) of the
// rubric without its "source" member, so the same rubric hashes the same wherever it came from.
std::string rubric_digest(const Rubric& rubric);

}  // namespace scorecard
