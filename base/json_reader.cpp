// JsonReader (json_document.hpp): typed member access with field paths, one message style for
// every format ("missing; expected a string", "must be an array, got the string "x"").
#include <algorithm>
#include <climits>
#include <cmath>

#include "base/json_document.hpp"
#include "base/text.hpp"

namespace scorecard {

void JsonReader::fail(const std::string& path, std::string message) {
    errors_.push_back(Error{file_, 0, path, std::move(message)});
}

const Json* JsonReader::member(const Json& obj, std::string_view key) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

namespace {
// Absent, or null where null means absent: nothing to read.
bool absent(const Json* v, JsonReader::Need need) { return !v || (v->is_null() && need == JsonReader::Need::optional); }
}  // namespace

bool JsonReader::string(const Json& obj, std::string_view key, const std::string& base, std::string& out, Need need) {
    const Json* v = member(obj, key);
    std::string path = member_path(base, key);
    if (absent(v, need)) {
        if (need != Need::optional) fail(path, "missing; expected a string");
        return false;
    }
    if (!v->is_string()) {
        fail(path, "must be a string, got " + describe(*v));
        return false;
    }
    if (need == Need::non_empty && is_blank(v->get_ref<const std::string&>())) {
        fail(path, "must not be empty");
        return false;
    }
    out = v->get<std::string>();
    return true;
}

bool JsonReader::nullable_string(const Json& obj, std::string_view key, const std::string& base,
                                 std::optional<std::string>& out) {
    const Json* v = member(obj, key);
    if (!v || v->is_null()) return false;
    if (!v->is_string()) {
        fail(member_path(base, key), "must be a string or null, got " + describe(*v));
        return false;
    }
    out = v->get<std::string>();
    return true;
}

bool JsonReader::integer(const Json& obj, std::string_view key, const std::string& base, int& out, int lo, int hi,
                         Need need) {
    const Json* v = member(obj, key);
    std::string path = member_path(base, key);
    std::string range = "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
    if (absent(v, need)) {
        if (need != Need::optional) fail(path, "missing; expected " + range);
        return false;
    }
    // 3.0 is not an integer on the wire: files stay comparable byte for byte.
    bool whole = v->is_number_integer();
    long long n = 0;
    if (whole && v->is_number_unsigned())  // above LLONG_MAX would wrap negative
        n = static_cast<long long>(std::min<unsigned long long>(v->get<unsigned long long>(), LLONG_MAX));
    else if (whole)
        n = v->get<long long>();
    if (!whole || n < lo || n > hi) {
        fail(path, "must be " + range + ", got " + describe(*v));
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

bool JsonReader::number(const Json& obj, std::string_view key, const std::string& base, double& out, double lo,
                        double hi, Need need) {
    const Json* v = member(obj, key);
    std::string path = member_path(base, key);
    std::string range = "a number above " + format_number(lo) + " and below " + format_number(hi);
    if (absent(v, need)) {
        if (need != Need::optional) fail(path, "missing; expected " + range);
        return false;
    }
    double x = v->is_number() ? v->get<double>() : std::nan("");
    if (!v->is_number() || !std::isfinite(x) || !(x > lo) || !(x < hi)) {
        fail(path, "must be " + range + ", got " + describe(*v));
        return false;
    }
    out = x;
    return true;
}

bool JsonReader::string_array(const Json& obj, std::string_view key, const std::string& base,
                              std::vector<std::string>& out, Need need) {
    const Json* a = array(obj, key, base, need);
    if (!a) return false;
    std::string path = member_path(base, key);
    bool all = true;
    for (std::size_t i = 0; i < a->size(); ++i) {
        const Json& e = (*a)[i];
        if (!e.is_string()) {
            fail(index_path(path, i), "must be a string, got " + describe(e));
            all = false;
        } else {
            out.push_back(e.get<std::string>());
        }
    }
    return all;
}

const Json* JsonReader::object(const Json& obj, std::string_view key, const std::string& base, Need need) {
    const Json* v = member(obj, key);
    std::string path = member_path(base, key);
    if (absent(v, need)) {
        if (need != Need::optional) fail(path, "missing; expected an object");
        return nullptr;
    }
    if (!v->is_object()) {
        fail(path, "must be an object, got " + describe(*v));
        return nullptr;
    }
    return v;
}

const Json* JsonReader::array(const Json& obj, std::string_view key, const std::string& base, Need need) {
    const Json* v = member(obj, key);
    std::string path = member_path(base, key);
    if (absent(v, need)) {
        if (need != Need::optional) fail(path, "missing; expected an array");
        return nullptr;
    }
    if (!v->is_array()) {
        fail(path, "must be an array, got " + describe(*v));
        return nullptr;
    }
    return v;
}

}  // namespace scorecard
