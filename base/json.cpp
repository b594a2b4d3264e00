// Parsing, reading and hashing JSON (json.hpp).
#include "base/json.hpp"

#include <cmath>

#include "base/limits.hpp"
#include "base/sha256.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"

namespace scorecard {

std::optional<Error> check_text_input(std::string_view text, const std::string& file) {
    if (text.size() > kMaxImportBytes)
        return Error{file, 0, "",
                     "file is " + std::to_string(text.size() / 1024) + " KiB, over the " +
                         std::to_string(kMaxImportBytes / 1024) + " KiB limit"};
    if (auto line = first_invalid_utf8(text)) return Error{file, *line, "", "not UTF-8 text (invalid byte sequence)"};
    return std::nullopt;
}

namespace {

// The line where nesting first goes deeper than kMaxJsonDepth, or 0. Brackets inside
// strings do not count. Runs before parsing, so nothing recursive ever sees deeper JSON.
int too_deep_at(std::string_view text) {
    int depth = 0, line = 1;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (c == '\n') ++line;
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return line;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return 0;
}

// Records where nlohmann's parser gave up, for a message with line and column.
struct ErrorLocator : nlohmann::json_sax<Json> {
    std::size_t pos = 0;
    std::string token;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
        pos = position;
        token = last_token;
        return false;
    }
};

Error syntax_error(std::string_view text, const std::string& file) {
    ErrorLocator locator;
    Json::sax_parse(text, &locator, Json::input_format_t::json, false);
    int line = 1, col = 1;
    for (std::size_t i = 0; i + 1 < locator.pos && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    if (is_blank(text)) return Error{file, line, "", "empty file, expected JSON"};
    std::string near = locator.token.empty() ? "" : " near " + quote_input(locator.token.substr(0, 20));
    return Error{file, line, "", "not valid JSON at column " + std::to_string(col) + near};
}

}  // namespace

Result<Json> parse_json_text(std::string_view text, const std::string& file) {
    if (auto e = check_text_input(text, file)) return *e;
    if (int line = too_deep_at(text))
        return Error{file, line, "", "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"};
    Json j = Json::parse(text, nullptr, false);
    if (!j.is_discarded()) return j;
    return syntax_error(text, file);
}

std::string canonical_json(const Json& j) {
    // Invalid UTF-8 cannot reach here: every importer checks text first.
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string digest_of(const Json& j) { return std::string(kDigestPrefix) + sha256_hex(canonical_json(j)); }

bool is_digest(std::string_view s) {
    if (s.size() != kDigestPrefix.size() + 64 || s.substr(0, kDigestPrefix.size()) != kDigestPrefix) return false;
    for (char c : s.substr(kDigestPrefix.size()))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string describe(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return j.get<bool>() ? "true" : "false";
        case Json::value_t::string: return "the string " + quote_input(j.get_ref<const std::string&>());
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return j.dump();  // at most ~25 characters
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        default: return "an unsupported value";
    }
}

std::string member_path(const std::string& base, std::string_view key) {
    return base.empty() ? std::string(key) : base + "." + std::string(key);
}

std::string index_path(const std::string& base, std::size_t i) { return base + "[" + std::to_string(i) + "]"; }

}  // namespace scorecard
