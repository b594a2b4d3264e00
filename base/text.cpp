// The text rules of text.hpp.
#include "base/text.hpp"

#include <cmath>
#include <cstdio>

#include "base/limits.hpp"
#include "base/utf8.hpp"

namespace scorecard {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_blank(std::string_view s) {
    for (char c : s)
        if (!is_space(c)) return false;
    return true;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return std::string(s.substr(b, e - b));
}

std::string collapse_whitespace(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string lower_ascii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string format_number(double x, int max_decimals) {
    if (!std::isfinite(x)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, x);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

std::string format_score(double mean) { return format_number(mean) + " of " + std::to_string(kMaxScore); }

std::string short_input(std::string_view s) {
    // Decoded and encoded again: a cut never splits a character, and bytes that are not
    // UTF-8 show as U+FFFD, so a message is always valid text.
    std::string out;
    std::size_t i = 0, n = 0;
    while (i < s.size() && n < kMaxQuotedChars) {
        char32_t cp = next_code_point(s, i);
        append_utf8(out, cp < 0x20 || cp == 0x7F ? U' ' : cp);
        ++n;
    }
    return i < s.size() ? out + "..." : out;
}

std::string quote_input(std::string_view s) { return "\"" + short_input(s) + "\""; }

std::string name_key(std::string_view s) { return lower_ascii(collapse_whitespace(s)); }

}  // namespace scorecard
