// Writes JSON text straight into a string, byte for byte as nlohmann's dump() writes
// the same document (unit tests and the fuzz targets compare the two), for the files
// the app writes most and largest: building a tree first cost more than reading a
// 2 MiB Markdown document. Two layouts: Pretty is dump(2) with members in the order
// given (for people); Canonical is dump() with members sorted (for storage and the
// digest, json_document.hpp's canonical_json).
#pragma once
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace scorecard {

class JsonWriter {
public:
    enum class Layout { Pretty, Canonical };
    // One member of an object: its name, and what writes its value (none: the member is
    // absent). A lambda that captures one reference fits std::function without allocating.
    struct Member {
        const char* key;
        std::function<void(JsonWriter&)> write;
    };

    explicit JsonWriter(Layout layout) : layout_(layout) {}
    void object(std::initializer_list<Member> members);
    // Calls each(writer, i) for i in [0, n): one element each.
    void array(std::size_t n, const std::function<void(JsonWriter&, std::size_t)>& each);
    void strings(const std::vector<std::string>& items);
    void string(std::string_view s);
    void integer(long long v);
    void number(double v);
    std::string take() { return std::move(out_); }

private:
    Layout layout_;
    int depth_ = 0;
    std::string out_;
    void newline();
};

}  // namespace scorecard
