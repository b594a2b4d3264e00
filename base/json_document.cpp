// Parsing, reading and hashing JSON (json_document.hpp).
#include "base/json_document.hpp"

#include <algorithm>
#include <cmath>

#include "base/limits.hpp"
#include "base/sha256.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"

namespace scorecard {

std::string over_size_limit_message(std::size_t bytes, bool stream) {
    std::string limit = std::to_string(kMaxImportBytes / 1024) + " KiB";
    if (stream) return "more than " + limit + ", over the limit (not read further)";
    // Rounded up: a file one byte over the limit must not read as exactly the limit.
    return "file is " + std::to_string((bytes + 1023) / 1024) + " KiB, over the " + limit + " limit";
}

namespace {

// The 1-based line of the first NUL byte, or 0.
int first_nul_line(std::string_view text) {
    std::size_t at = text.find('\0');
    if (at == std::string_view::npos) return 0;
    return 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n'));
}

}  // namespace

std::optional<Error> check_text_input(std::string_view text, const std::string& file, std::size_t max_bytes) {
    if (text.size() > max_bytes) {
        if (max_bytes == kMaxImportBytes) return Error{file, 0, "", over_size_limit_message(text.size(), false)};
        return Error{file, 0, "", "stored text of " + std::to_string(text.size() / 1024) + " KiB, over the " +
                                      std::to_string(max_bytes / 1024) + " KiB this app reads back"};
    }
    // UTF-16 starts with its byte-order mark (FF FE or FE FF), and without one it is full of
    // NUL bytes: both get a message that says what to do rather than "invalid byte".
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
        return Error{file, 1, "", "UTF-16 text; Scorecard reads UTF-8 (save the file as UTF-8)"};
    if (int line = first_nul_line(text))
        return Error{file, line, "", "contains a NUL byte: not a text file (or UTF-16 text; save it as UTF-8)"};
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

// Builds the document while nlohmann's parser reads it (its SAX interface, which is
// iterative, never recursive), refusing what nlohmann's own builder would accept
// silently: a member named twice in one object, where the last would win unseen.
// On a syntax error it keeps where the parser gave up, for a message with the line.
class Builder : public nlohmann::json_sax<Json> {
public:
    Json root;
    bool duplicate = false;  // a member appears twice in one object: which, and where
    std::string duplicate_key, duplicate_at;
    bool syntax_failed = false;
    std::size_t error_pos = 0;
    std::string error_token, error_what;

    bool null() override { return value(nullptr); }
    bool boolean(bool b) override { return value(b); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t&) override { return value(v); }
    bool string(string_t& v) override { return value(std::move(v)); }
    bool binary(binary_t&) override { return false; }  // JSON text has no binary values
    bool start_object(std::size_t) override { return open(Json::object()); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        auto& members = open_.back().container->get_ref<Json::object_t&>();
        auto [it, fresh] = members.emplace(std::move(k), nullptr);
        if (!fresh) {
            duplicate = true;
            duplicate_key = it->first;
            duplicate_at = path();
            return false;
        }
        open_.back().key = &it->first;
        member_ = &it->second;
        return true;
    }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& e) override {
        syntax_failed = true;
        error_pos = position;
        error_token = last_token;
        error_what = e.what();
        return false;
    }

private:
    // An open array or object; `key` is the member being read (objects only).
    struct Open {
        Json* container;
        const std::string* key = nullptr;
    };
    std::vector<Open> open_;
    Json* member_ = nullptr;

    // Where the next value goes. A container on the stack is the last element of its
    // parent (or a member, whose map node never moves), so the pointers stay valid.
    Json* slot() {
        if (open_.empty()) return &root;
        Json* top = open_.back().container;
        if (top->is_array()) {
            top->push_back(nullptr);
            return &top->back();
        }
        return member_;
    }
    bool value(Json v) {
        *slot() = std::move(v);
        return true;
    }
    bool open(Json empty) {
        Json* at = slot();
        *at = std::move(empty);
        open_.push_back({at});
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
    }
    // "competencies[2]" for the innermost open object.
    std::string path() const {
        std::string out;
        for (std::size_t i = 0; i + 1 < open_.size(); ++i) {
            const Open& o = open_[i];
            // Member names are input: a path quotes at most kMaxQuotedChars of each.
            out = o.container->is_array() ? index_path(out, o.container->size() - 1) : member_path(out, short_input(*o.key));
        }
        return out;
    }
};

// Where the parser stopped, as a person counts: line, and column in characters.
std::pair<int, int> line_and_column(std::string_view text, std::size_t pos) {
    int line = 1, col = 1;
    for (std::size_t i = 0; i + 1 < pos && i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            col = 1;
        } else if ((c & 0xC0) != 0x80) {  // a continuation byte is part of the character before
            ++col;
        }
    }
    return {line, col};
}

Error syntax_error(std::string_view text, const std::string& file, const Builder& b) {
    auto [line, col] = line_and_column(text, b.error_pos);
    std::string at = " at column " + std::to_string(col);
    if (is_blank(text)) return Error{file, line, "", "empty file, expected JSON"};
    // nlohmann's own words tell these two apart from other syntax errors.
    if (b.error_what.find("; expected end of input") != std::string::npos)
        return Error{file, line, "", "more text after the end of the JSON document" + at};
    if (b.error_what.find("unexpected end of input") != std::string::npos || b.error_pos >= text.size())
        return Error{file, line, "", "the JSON ends before it is complete (is the file cut short?)"};
    std::string near = b.error_token.empty() ? "" : " near " + quote_input(b.error_token.substr(0, 20));
    if (b.error_what.find("number overflow") != std::string::npos)
        return Error{file, line, "", "a number too large for JSON to hold" + at + near};
    return Error{file, line, "", "not valid JSON" + at + near};
}

}  // namespace

Result<Json> parse_json_text(std::string_view text, const std::string& file, std::size_t max_bytes) {
    if (auto e = check_text_input(text, file, max_bytes)) return *e;
    if (int line = too_deep_at(text))
        return Error{file, line, "", "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"};
    Builder b;
    if (Json::sax_parse(text, &b, Json::input_format_t::json, true)) return std::move(b.root);
    if (b.duplicate)
        return Error{file, 0, b.duplicate_at,
                     "member " + quote_input(b.duplicate_key) + " appears twice in one object; which one is meant is unclear"};
    return syntax_error(text, file, b);
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
