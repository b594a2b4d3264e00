// UTF-8, decoded and encoded in one place. Every importer checks its input with
// first_invalid_utf8; slugs, emoji stripping and quoting walk code points with next_code_point.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace scorecard {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[i] and advances i past it. A byte that does not start a
// well-formed sequence (truncated, overlong, a surrogate, above U+10FFFF) decodes as
// U+FFFD and advances one byte, with `valid` (when given) set to false.
char32_t next_code_point(std::string_view s, std::size_t& i, bool* valid = nullptr);

void append_utf8(std::string& out, char32_t cp);  // U+FFFD for surrogates, NUL and beyond U+10FFFF

// The 1-based line of the first ill-formed sequence, or nullopt when s is UTF-8.
std::optional<int> first_invalid_utf8(std::string_view s);

// At most `max_chars` code points of s, never splitting a sequence.
std::string utf8_prefix(std::string_view s, std::size_t max_chars, bool* cut = nullptr);

}  // namespace scorecard
