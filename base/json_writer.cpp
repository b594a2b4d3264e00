// JsonWriter (json_writer.hpp): nlohmann's layout and escaping, written directly.
#include "base/json_writer.hpp"

#include <algorithm>
#include <cstring>

#include "base/json_document.hpp"
#include "base/utf8.hpp"

namespace scorecard {

void JsonWriter::newline() {
    out_ += '\n';
    out_.append(std::size_t(depth_) * 2, ' ');
}

void JsonWriter::object(std::initializer_list<Member> members) {
    // Canonical members go in byte order of their names, as nlohmann's sorted object does.
    std::vector<const Member*> order;
    order.reserve(members.size());
    for (const auto& m : members)
        if (m.write) order.push_back(&m);  // a member without a writer is absent (an unset optional)
    if (layout_ == Layout::Canonical)
        std::sort(order.begin(), order.end(), [](const Member* a, const Member* b) { return std::strcmp(a->key, b->key) < 0; });
    if (order.empty()) {
        out_ += "{}";
        return;
    }
    bool pretty = layout_ == Layout::Pretty;
    out_ += '{';
    ++depth_;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i) out_ += ',';
        if (pretty) newline();
        string(order[i]->key);
        out_ += pretty ? ": " : ":";
        order[i]->write(*this);
    }
    --depth_;
    if (pretty) newline();
    out_ += '}';
}

void JsonWriter::array(std::size_t n, const std::function<void(JsonWriter&, std::size_t)>& each) {
    if (n == 0) {
        out_ += "[]";
        return;
    }
    bool pretty = layout_ == Layout::Pretty;
    out_ += '[';
    ++depth_;
    for (std::size_t i = 0; i < n; ++i) {
        if (i) out_ += ',';
        if (pretty) newline();
        each(*this, i);
    }
    --depth_;
    if (pretty) newline();
    out_ += ']';
}

void JsonWriter::strings(const std::vector<std::string>& items) {
    array(items.size(), [&items](JsonWriter& w, std::size_t i) { w.string(items[i]); });
}

void JsonWriter::string(std::string_view s) {
    // Text that is not UTF-8 never reaches here from an importer; if it does, nlohmann's
    // own replacement (U+FFFD) writes it, so the bytes stay the same as a dump.
    if (first_invalid_utf8(s)) {
        out_ += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
    }
    static const char* hex = "0123456789abcdef";
    out_ += '"';
    for (char c : s) {
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out_ += "\\u00";
                    out_ += hex[(c >> 4) & 0xF];
                    out_ += hex[c & 0xF];
                } else {
                    out_ += c;
                }
        }
    }
    out_ += '"';
}

void JsonWriter::integer(long long v) { out_ += std::to_string(v); }

void JsonWriter::number(double v) { out_ += Json(v).dump(); }  // nlohmann's shortest round trip, as a dump writes it

}  // namespace scorecard
