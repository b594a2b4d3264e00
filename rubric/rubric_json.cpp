// Rubric JSON, format "rubric" version 1 (docs/rubric-format.md). Reading checks
// every member's type before touching it, so a bad file becomes an Error naming
// the field path, never an exception or a crash.
#include "rubric_json.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "canonical_json.hpp"

namespace scorecard {

using nlohmann::json;

namespace {

json strings_to_json(const std::vector<std::string>& v) {
    json a = json::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}

// Reads members with their path, remembering the first problem.
struct Reader {
    std::string file;
    std::optional<Error> error;

    bool fail(const std::string& field, const std::string& message) {
        if (!error) error = Error{file, 0, field, message};
        return false;
    }

    // Optional string member: absent leaves `out` as is.
    bool str(const json& obj, const char* key, const std::string& path, std::string& out, bool required = false) {
        auto it = obj.find(key);
        if (it == obj.end()) return required ? fail(path + key, "missing") : true;
        if (!it->is_string()) return fail(path + key, "must be a string");
        out = it->get<std::string>();
        return true;
    }

    bool str_array(const json& obj, const char* key, const std::string& path, std::vector<std::string>& out) {
        auto it = obj.find(key);
        if (it == obj.end()) return true;
        if (!it->is_array()) return fail(path + key, "must be an array of strings");
        for (size_t i = 0; i < it->size(); ++i) {
            const json& e = (*it)[i];
            if (!e.is_string()) return fail(path + key + "[" + std::to_string(i) + "]", "must be a string");
            out.push_back(e.get<std::string>());
        }
        return true;
    }

    // Array of objects: `each` reads one element given its path prefix ("key[i].").
    template <typename F>
    bool objects(const json& obj, const char* key, const std::string& path, bool required, F each) {
        auto it = obj.find(key);
        if (it == obj.end()) return required ? fail(path + key, "missing") : true;
        if (!it->is_array()) return fail(path + key, "must be an array");
        for (size_t i = 0; i < it->size(); ++i) {
            std::string at = path + key + "[" + std::to_string(i) + "]";
            if (!(*it)[i].is_object()) return fail(at, "must be an object");
            if (!each((*it)[i], at + ".")) return false;
        }
        return true;
    }

    bool integer(const json& obj, const char* key, const std::string& path, int& out, int lo, int hi,
                 bool required = false) {
        auto it = obj.find(key);
        if (it == obj.end()) return required ? fail(path + key, "missing") : true;
        if (!it->is_number_integer()) return fail(path + key, "must be a whole number");
        auto v = it->get<long long>();
        if (v < lo || v > hi)
            return fail(path + key, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
        out = static_cast<int>(v);
        return true;
    }
};

}  // namespace

json rubric_to_json(const Rubric& r) {
    json j = json::object();
    j["format"] = "rubric";
    j["version"] = kRubricFormatVersion;
    j["id"] = r.id;
    j["title"] = r.title;
    j["level"] = r.level;
    j["role"] = r.role;
    j["track"] = r.track;
    j["summary"] = r.summary;
    json meta = json::array();
    for (const auto& m : r.metadata) meta.push_back({{"key", m.key}, {"value", m.value}});
    j["metadata"] = meta;
    j["impact"] = strings_to_json(r.impact);
    json comps = json::array();
    for (const auto& c : r.competencies) {
        json cj = json::object();
        cj["id"] = c.id;
        cj["title"] = c.title;
        cj["summary"] = c.summary;
        json bs = json::array();
        for (const auto& b : c.behaviours) bs.push_back({{"id", b.id}, {"text", b.text}});
        cj["behaviours"] = bs;
        cj["examples"] = strings_to_json(c.examples);
        json qs = json::array();
        for (const auto& q : c.questions) qs.push_back({{"text", q.text}, {"probes", strings_to_json(q.probes)}});
        cj["questions"] = qs;
        if (c.weight) cj["weight"] = *c.weight;
        cj["minutes"] = c.minutes;
        comps.push_back(cj);
    }
    j["competencies"] = comps;
    j["hiring_bar_intro"] = r.hiring_bar_intro;
    j["hiring_bar"] = strings_to_json(r.hiring_bar);
    json scale = json::array();
    for (const auto& s : r.scale) scale.push_back({{"value", s.value}, {"label", s.label}, {"anchor", s.anchor}});
    j["scale"] = scale;
    json recs = json::array();
    for (const auto& rec : r.recommendations) recs.push_back({{"id", rec.id}, {"label", rec.label}});
    j["recommendations"] = recs;
    j["source"] = r.source;
    return j;
}

Result<Rubric> rubric_from_json(const json& j, const std::string& file) {
    Reader rd{file, std::nullopt};
    if (!j.is_object()) return Error{file, 0, "", "a rubric must be a JSON object"};
    {
        auto f = j.find("format");
        if (f == j.end()) return Error{file, 0, "format", "missing (expected \"rubric\")"};
        if (!f->is_string() || f->get<std::string>() != "rubric")
            return Error{file, 0, "format", "must be \"rubric\""};
        auto v = j.find("version");
        if (v == j.end()) return Error{file, 0, "version", "missing (expected 1)"};
        if (!v->is_number_integer() || v->get<long long>() != kRubricFormatVersion)
            return Error{file, 0, "version",
                         "unsupported rubric version " + v->dump() + " (this build reads version 1)"};
    }
    Rubric r;
    bool ok = rd.str(j, "id", "", r.id, true) && rd.str(j, "title", "", r.title, true) &&
              rd.str(j, "level", "", r.level) && rd.str(j, "role", "", r.role) && rd.str(j, "track", "", r.track) &&
              rd.str(j, "summary", "", r.summary) &&
              rd.objects(j, "metadata", "", false,
                         [&](const json& o, const std::string& at) {
                             MetadataEntry m;
                             if (!rd.str(o, "key", at, m.key, true) || !rd.str(o, "value", at, m.value, true))
                                 return false;
                             r.metadata.push_back(std::move(m));
                             return true;
                         }) &&
              rd.str_array(j, "impact", "", r.impact) &&
              rd.objects(j, "competencies", "", true,
                         [&](const json& o, const std::string& at) {
                             Competency c;
                             if (!rd.str(o, "id", at, c.id, true) || !rd.str(o, "title", at, c.title, true) ||
                                 !rd.str(o, "summary", at, c.summary))
                                 return false;
                             if (!rd.objects(o, "behaviours", at, true, [&](const json& b, const std::string& bat) {
                                     Behaviour beh;
                                     if (!rd.str(b, "id", bat, beh.id, true) || !rd.str(b, "text", bat, beh.text, true))
                                         return false;
                                     c.behaviours.push_back(std::move(beh));
                                     return true;
                                 }))
                                 return false;
                             if (!rd.str_array(o, "examples", at, c.examples)) return false;
                             if (!rd.objects(o, "questions", at, false, [&](const json& q, const std::string& qat) {
                                     Question question;
                                     if (!rd.str(q, "text", qat, question.text, true) ||
                                         !rd.str_array(q, "probes", qat, question.probes))
                                         return false;
                                     c.questions.push_back(std::move(question));
                                     return true;
                                 }))
                                 return false;
                             if (auto w = o.find("weight"); w != o.end()) {
                                 if (!w->is_number()) return rd.fail(at + "weight", "must be a number");
                                 double v = w->get<double>();
                                 if (!std::isfinite(v) || v <= 0 || v >= 1e6)
                                     return rd.fail(at + "weight", "must be a positive number");
                                 c.weight = v;
                             }
                             if (!rd.integer(o, "minutes", at, c.minutes, 0, 600)) return false;
                             r.competencies.push_back(std::move(c));
                             return true;
                         }) &&
              rd.str(j, "hiring_bar_intro", "", r.hiring_bar_intro) &&
              rd.str_array(j, "hiring_bar", "", r.hiring_bar) &&
              rd.objects(j, "scale", "", false,
                         [&](const json& o, const std::string& at) {
                             ScaleLevel s;
                             if (!rd.integer(o, "value", at, s.value, 1, 100, true) ||
                                 !rd.str(o, "label", at, s.label, true) || !rd.str(o, "anchor", at, s.anchor))
                                 return false;
                             r.scale.push_back(std::move(s));
                             return true;
                         }) &&
              rd.objects(j, "recommendations", "", false,
                         [&](const json& o, const std::string& at) {
                             RecommendationLevel rec;
                             if (!rd.str(o, "id", at, rec.id, true) || !rd.str(o, "label", at, rec.label, true))
                                 return false;
                             r.recommendations.push_back(std::move(rec));
                             return true;
                         }) &&
              rd.str(j, "source", "", r.source);
    if (!ok) return *rd.error;
    apply_default_scales(r);
    std::string source = r.source;
    r.source = file;  // so check_rubric's errors name the file being read
    auto problem = check_rubric(r);
    r.source = source;
    if (problem) return *problem;
    return r;
}

Result<Rubric> parse_rubric_json(const std::string& text, const std::string& file) {
    auto j = parse_json_text(text, file);
    if (!j) return j.error();
    return rubric_from_json(*j, file);
}

namespace {

// One order serves every object in the format: each kind uses a subsequence of it.
int member_rank(const std::string& key) {
    static const char* order[] = {"format", "version", "id", "key", "title", "level", "role", "track", "source",
                                  "value", "label", "anchor", "text", "summary", "minutes", "weight", "behaviours",
                                  "examples", "questions", "probes", "metadata", "impact", "competencies",
                                  "hiring_bar_intro", "hiring_bar", "scale", "recommendations"};
    for (int i = 0; i < static_cast<int>(std::size(order)); ++i)
        if (key == order[i]) return i;
    return static_cast<int>(std::size(order));
}

nlohmann::ordered_json reading_order(const json& j) {
    if (j.is_array()) {
        nlohmann::ordered_json a = nlohmann::ordered_json::array();
        for (const auto& e : j) a.push_back(reading_order(e));
        return a;
    }
    if (!j.is_object()) return nlohmann::ordered_json(j);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    std::stable_sort(keys.begin(), keys.end(),
                     [](const std::string& a, const std::string& b) { return member_rank(a) < member_rank(b); });
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    for (const auto& k : keys) o[k] = reading_order(j.at(k));
    return o;
}

}  // namespace

std::string rubric_json_text(const Rubric& rubric) {
    return reading_order(rubric_to_json(rubric)).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string rubric_digest(const Rubric& rubric) {
    json j = rubric_to_json(rubric);
    j.erase("source");
    return digest_of(j);
}

}  // namespace scorecard
