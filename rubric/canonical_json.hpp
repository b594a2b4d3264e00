// Canonical JSON and SHA-256: the one definition of "digest" shared by rubrics,
// scorecards and panels, so every file can prove what it was computed from.
#pragma once
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "result.hpp"

namespace scorecard {

// Sorted keys (nlohmann's object is ordered by key), no whitespace, UTF-8 kept as is.
std::string canonical_json(const nlohmann::json& j);
std::string sha256_hex(const std::string& bytes);
// "sha256:" + sha256_hex(canonical_json(j))
std::string digest_of(const nlohmann::json& j);

// Largest file any importer accepts (rubric Markdown or JSON, scorecards): 2 MiB.
inline constexpr std::size_t kMaxImportBytes = 2u * 1024u * 1024u;

// Checks size and UTF-8; the error names the first bad line.
std::optional<Error> check_text_input(const std::string& text, const std::string& file);

// Parses JSON without exceptions (the WASM build has them off); a syntax error
// names the line and column.
Result<nlohmann::json> parse_json_text(const std::string& text, const std::string& file);

}  // namespace scorecard
