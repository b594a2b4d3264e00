// What every fuzz target checks besides "no crash, no sanitizer report, no hang": the
// properties a person relies on. Each broken property aborts, which libFuzzer reports
// as a crash with the input that caused it.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "base/utf8.hpp"

namespace fuzz {

// The longest message a problem may have: fixed words plus at most two quotes of
// kMaxQuotedChars characters (4 bytes each at most).
inline constexpr std::size_t kMaxMessageBytes = 1024;

[[noreturn]] inline void broken(const char* property, std::string_view detail) {
    std::fprintf(stderr, "property broken: %s\n%.*s\n", property, int(std::min<std::size_t>(detail.size(), 2000)), detail.data());
    std::abort();
}

inline void expect(bool ok, const char* property, std::string_view detail = {}) {
    if (!ok) broken(property, detail);
}

// A problem reads as text and quotes little of the input, wherever it came from.
inline void check_error(const scorecard::Error& e) {
    expect(!e.message.empty(), "an error says something");
    expect(e.message.size() <= kMaxMessageBytes, "an error quotes at most 80 characters of the input", e.message);
    expect(e.field.size() <= kMaxMessageBytes, "a field path quotes at most 80 characters per name", e.field);
    expect(!scorecard::first_invalid_utf8(e.message), "an error message is UTF-8", e.message);
    expect(!scorecard::first_invalid_utf8(e.field), "an error's field path is UTF-8", e.field);
    expect(e.line >= 0, "a line number is never negative");
}

inline std::string text_of(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

}  // namespace fuzz
