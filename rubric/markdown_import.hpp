// Career-framework Markdown to Rubric, through md4c (a CommonMark parser).
// The document shape is described in docs/rubric-format.md.
#pragma once
#include <string>

#include "base/result.hpp"
#include "rubric/rubric.hpp"

namespace scorecard {

// `file` names the document in errors ("L5-Senior-Support-Manager.md").
// Errors carry the 1-based line of the offending heading or block.
Result<Rubric> import_markdown_rubric(const std::string& markdown, const std::string& file);

// Either format, chosen by content: a JSON object is rubric JSON, anything else Markdown.
Result<Rubric> import_rubric_file(const std::string& text, const std::string& file);

}  // namespace scorecard
