// JSON in one place: parsing untrusted text (size, UTF-8, nesting depth and syntax
// checked, each refusal naming the line), reading members with their path into
// Errors (JsonReader), and the canonical form and digest every file is sealed with.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/limits.hpp"
#include "base/result.hpp"

namespace scorecard {

using Json = nlohmann::json;

// "file is 3072 KiB, over the 2048 KiB limit"; a stream read only as far as the limit
// is "more than 2048 KiB, over the limit" (its whole size was never read).
std::string over_size_limit_message(std::size_t bytes, bool stream);
// Size (at most `max_bytes`), then text: UTF-16 and NUL bytes get their own messages,
// then UTF-8; the error names the first bad line.
std::optional<Error> check_text_input(std::string_view text, const std::string& file,
                                      std::size_t max_bytes = kMaxImportBytes);

// Parses without exceptions (the WASM build has none to spare): a syntax error names
// line and column, nesting deeper than kMaxJsonDepth is refused before parsing, and a
// member named twice in one object is refused (which one counts would be a guess).
// Files from people are limited to kMaxImportBytes; what the app stored, to kMaxStoredBytes.
Result<Json> parse_json_text(std::string_view text, const std::string& file, std::size_t max_bytes = kMaxImportBytes);

// Sorted keys (nlohmann's object is ordered by key), no white space, UTF-8 kept as is.
std::string canonical_json(const Json& j);
// "sha256:" + sha256_hex(canonical_json(j)): the one definition of a digest.
std::string digest_of(const Json& j);
inline constexpr std::string_view kDigestPrefix = "sha256:";
bool is_digest(std::string_view s);  // "sha256:" and 64 lower-case hex digits

// How a value is named in a message: its type, and the value itself when short
// ("the string "maybe"", "5", "an array").
std::string describe(const Json& j);

// "rubric.id", "competencies[2].score": the field paths errors carry.
std::string member_path(const std::string& base, std::string_view key);
std::string index_path(const std::string& base, std::size_t i);

// Reads members of untrusted JSON, checking each type before touching it, and adds
// one Error per problem (file, field path, message). Readers that stop at the first
// problem take errors.front(); validators list them all.
class JsonReader {
public:
    enum class Need { optional, required, non_empty };

    JsonReader(std::string file, std::vector<Error>& errors) : file_(std::move(file)), errors_(errors) {}
    void fail(const std::string& path, std::string message);
    bool ok() const { return errors_.size() == start_; }
    const std::string& file() const { return file_; }

    // The member, or null when absent.
    static const Json* member(const Json& obj, std::string_view key);

    // Absent (or null, when optional) leaves `out` unchanged. Returns whether a value was read.
    bool string(const Json& obj, std::string_view key, const std::string& base, std::string& out,
                Need need = Need::optional);
    bool nullable_string(const Json& obj, std::string_view key, const std::string& base,
                         std::optional<std::string>& out);
    bool integer(const Json& obj, std::string_view key, const std::string& base, int& out, int lo, int hi,
                 Need need = Need::optional);
    // A finite number with lo < value < hi.
    bool number(const Json& obj, std::string_view key, const std::string& base, double& out, double lo, double hi,
                Need need = Need::optional);
    bool string_array(const Json& obj, std::string_view key, const std::string& base, std::vector<std::string>& out,
                      Need need = Need::optional);
    const Json* object(const Json& obj, std::string_view key, const std::string& base, Need need = Need::optional);
    const Json* array(const Json& obj, std::string_view key, const std::string& base, Need need = Need::optional);

    // Calls each(element, element_path) for every object in the array member `key`;
    // an element that is no object is a problem of its own.
    template <typename F>
    void objects(const Json& obj, std::string_view key, const std::string& base, Need need, F each) {
        const Json* a = array(obj, key, base, need);
        if (!a) return;
        std::string path = member_path(base, key);
        for (std::size_t i = 0; i < a->size(); ++i) {
            const Json& e = (*a)[i];
            if (!e.is_object()) fail(index_path(path, i), "must be an object, got " + describe(e));
            else each(e, index_path(path, i));
        }
    }

private:
    std::string file_;
    std::vector<Error>& errors_;
    std::size_t start_ = errors_.size();
};

}  // namespace scorecard
