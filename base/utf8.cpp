// The one UTF-8 decoder and encoder (utf8.hpp), strict as RFC 3629 asks.
#include "base/utf8.hpp"

namespace scorecard {

namespace {
int sequence_length(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 0x6) return 2;
    if ((c >> 4) == 0xE) return 3;
    if ((c >> 3) == 0x1E) return 4;
    return 0;
}

// The smallest code point each length may encode: anything below is an overlong form.
constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& i, bool* valid) {
    auto fail = [&]() -> char32_t {
        ++i;
        if (valid) *valid = false;
        return kReplacementChar;
    };
    auto c = static_cast<unsigned char>(s[i]);
    int len = sequence_length(c);
    if (len == 0 || i + std::size_t(len) > s.size()) return fail();
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) {
        auto b = static_cast<unsigned char>(s[i + std::size_t(k)]);
        if ((b & 0xC0) != 0x80) return fail();
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < kMinForLength[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return fail();
    i += std::size_t(len);
    if (valid) *valid = true;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<int> first_invalid_utf8(std::string_view s) {
    int line = 1;
    for (std::size_t i = 0; i < s.size();) {
        // ASCII runs are most of any real file: skip them without decoding.
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            line += s[i] == '\n';
            ++i;
            continue;
        }
        bool ok = true;
        next_code_point(s, i, &ok);
        if (!ok) return line;
    }
    return std::nullopt;
}

std::string utf8_prefix(std::string_view s, std::size_t max_chars, bool* cut) {
    std::size_t i = 0, n = 0;
    while (i < s.size() && n < max_chars) {
        next_code_point(s, i);
        ++n;
    }
    if (cut) *cut = i < s.size();
    return std::string(s.substr(0, i));
}

}  // namespace scorecard
