// Rubric JSON, format "rubric" version 1 (docs/rubric-format.md). Reading checks
// every member's type before touching it (JsonReader), so a bad file becomes an Error
// naming the field path, never an exception or a crash.
#include "rubric/rubric_json.hpp"

#include <algorithm>
#include <iterator>

#include "base/limits.hpp"
#include "base/text.hpp"

namespace scorecard {

namespace f = rubric_field;

namespace {

Json strings_to_json(const std::vector<std::string>& v) {
    Json a = Json::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}

Json competency_to_json(const Competency& c) {
    Json cj = Json::object();
    cj[f::kId] = c.id;
    cj[f::kTitle] = c.title;
    cj[f::kSummary] = c.summary;
    Json bs = Json::array();
    for (const auto& b : c.behaviours) bs.push_back({{f::kId, b.id}, {f::kText, b.text}});
    cj[f::kBehaviours] = bs;
    cj[f::kExamples] = strings_to_json(c.examples);
    Json qs = Json::array();
    for (const auto& q : c.questions) qs.push_back({{f::kText, q.text}, {f::kProbes, strings_to_json(q.probes)}});
    cj[f::kQuestions] = qs;
    if (c.weight) cj[f::kWeight] = *c.weight;
    cj[f::kMinutes] = c.minutes;
    return cj;
}

void scales_to_json(const Rubric& r, Json& j) {
    Json scale = Json::array();
    for (const auto& s : r.scale) scale.push_back({{f::kValue, s.value}, {f::kLabel, s.label}, {f::kAnchor, s.anchor}});
    j[f::kScale] = scale;
    Json recs = Json::array();
    for (const auto& rec : r.recommendations) recs.push_back({{f::kId, rec.id}, {f::kLabel, rec.label}});
    j[f::kRecommendations] = recs;
}

// Format and version first: a wrong one makes every later message noise.
std::optional<Error> check_header(const Json& j, const std::string& file) {
    if (!j.is_object()) return Error{file, 0, "", "a rubric must be a JSON object, got " + describe(j)};
    const Json* format = JsonReader::member(j, f::kFormat);
    if (!format) return Error{file, 0, f::kFormat, "missing; expected \"rubric\""};
    if (!format->is_string() || format->get_ref<const std::string&>() != kRubricFormat)
        return Error{file, 0, f::kFormat, "must be \"rubric\", got " + describe(*format)};
    const Json* version = JsonReader::member(j, f::kVersion);
    if (!version) return Error{file, 0, f::kVersion, "missing; expected 1"};
    if (!version->is_number_integer() || version->get<long long>() != kRubricFormatVersion)
        return Error{file, 0, f::kVersion,
                     "unsupported rubric version " + describe(*version) + " (this build reads version 1)"};
    return std::nullopt;
}

Competency read_competency(JsonReader& rd, const Json& o, const std::string& at) {
    Competency c;
    rd.string(o, f::kId, at, c.id, JsonReader::Need::required);
    rd.string(o, f::kTitle, at, c.title, JsonReader::Need::required);
    rd.string(o, f::kSummary, at, c.summary);
    rd.objects(o, f::kBehaviours, at, JsonReader::Need::required, [&](const Json& b, const std::string& bat) {
        Behaviour beh;
        rd.string(b, f::kId, bat, beh.id, JsonReader::Need::required);
        rd.string(b, f::kText, bat, beh.text, JsonReader::Need::required);
        c.behaviours.push_back(std::move(beh));
    });
    rd.string_array(o, f::kExamples, at, c.examples);
    read_questions(rd, o, at, c.questions);
    double weight = 0;
    if (rd.number(o, f::kWeight, at, weight, 0, kMaxWeight)) c.weight = weight;
    rd.integer(o, f::kMinutes, at, c.minutes, 0, kMaxMinutes);
    return c;
}

void read_scales(JsonReader& rd, const Json& j, Rubric& r) {
    rd.objects(j, f::kScale, "", JsonReader::Need::optional, [&](const Json& o, const std::string& at) {
        ScaleLevel s;
        rd.integer(o, f::kValue, at, s.value, kMinScore, kMaxScore, JsonReader::Need::required);
        rd.string(o, f::kLabel, at, s.label, JsonReader::Need::required);
        rd.string(o, f::kAnchor, at, s.anchor);
        r.scale.push_back(std::move(s));
    });
    rd.objects(j, f::kRecommendations, "", JsonReader::Need::optional, [&](const Json& o, const std::string& at) {
        RecommendationLevel rec;
        rd.string(o, f::kId, at, rec.id, JsonReader::Need::required);
        rd.string(o, f::kLabel, at, rec.label, JsonReader::Need::required);
        r.recommendations.push_back(std::move(rec));
    });
}

Rubric read_rubric(JsonReader& rd, const Json& j) {
    Rubric r;
    rd.string(j, f::kId, "", r.id, JsonReader::Need::required);
    rd.string(j, f::kTitle, "", r.title, JsonReader::Need::required);
    rd.string(j, f::kLevel, "", r.level);
    rd.string(j, f::kRole, "", r.role);
    rd.string(j, f::kTrack, "", r.track);
    rd.string(j, f::kSummary, "", r.summary);
    rd.objects(j, f::kMetadata, "", JsonReader::Need::optional, [&](const Json& o, const std::string& at) {
        MetadataEntry m;
        rd.string(o, f::kKey, at, m.key, JsonReader::Need::required);
        rd.string(o, f::kValue, at, m.value, JsonReader::Need::required);
        r.metadata.push_back(std::move(m));
    });
    rd.string_array(j, f::kImpact, "", r.impact);
    rd.objects(j, f::kCompetencies, "", JsonReader::Need::required, [&](const Json& o, const std::string& at) {
        r.competencies.push_back(read_competency(rd, o, at));
    });
    rd.string(j, f::kHiringBarIntro, "", r.hiring_bar_intro);
    rd.string_array(j, f::kHiringBar, "", r.hiring_bar);
    read_scales(rd, j, r);
    rd.string(j, f::kSource, "", r.source);
    return r;
}

}  // namespace

void read_questions(JsonReader& rd, const Json& competency, const std::string& path, std::vector<Question>& out) {
    rd.objects(competency, f::kQuestions, path, JsonReader::Need::optional, [&](const Json& q, const std::string& qat) {
        Question question;
        rd.string(q, f::kText, qat, question.text, JsonReader::Need::required);
        rd.string_array(q, f::kProbes, qat, question.probes);
        out.push_back(std::move(question));
    });
}

Json rubric_to_json(const Rubric& r) {
    Json j = Json::object();
    j[f::kFormat] = kRubricFormat;
    j[f::kVersion] = kRubricFormatVersion;
    j[f::kId] = r.id;
    j[f::kTitle] = r.title;
    j[f::kLevel] = r.level;
    j[f::kRole] = r.role;
    j[f::kTrack] = r.track;
    j[f::kSummary] = r.summary;
    Json meta = Json::array();
    for (const auto& m : r.metadata) meta.push_back({{f::kKey, m.key}, {f::kValue, m.value}});
    j[f::kMetadata] = meta;
    j[f::kImpact] = strings_to_json(r.impact);
    Json comps = Json::array();
    for (const auto& c : r.competencies) comps.push_back(competency_to_json(c));
    j[f::kCompetencies] = comps;
    j[f::kHiringBarIntro] = r.hiring_bar_intro;
    j[f::kHiringBar] = strings_to_json(r.hiring_bar);
    scales_to_json(r, j);
    j[f::kSource] = r.source;
    return j;
}

Result<Rubric> rubric_from_json(const Json& j, const std::string& file) {
    if (auto e = check_header(j, file)) return *e;
    std::vector<Error> errors;
    JsonReader rd(file, errors);
    Rubric r = read_rubric(rd, j);
    if (!errors.empty()) return errors.front();
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
    static const char* order[] = {f::kFormat, f::kVersion, f::kId, f::kKey, f::kTitle, f::kLevel, f::kRole,
                                  f::kTrack, f::kSource, f::kValue, f::kLabel, f::kAnchor, f::kText, f::kSummary,
                                  f::kMinutes, f::kWeight, f::kBehaviours, f::kExamples, f::kQuestions, f::kProbes,
                                  f::kMetadata, f::kImpact, f::kCompetencies, f::kHiringBarIntro, f::kHiringBar,
                                  f::kScale, f::kRecommendations};
    for (int i = 0; i < static_cast<int>(std::size(order)); ++i)
        if (key == order[i]) return i;
    return static_cast<int>(std::size(order));
}

// Recursion is bounded: a rubric is at most four levels deep.
nlohmann::ordered_json reading_order(const Json& j) {
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
    return reading_order(rubric_to_json(rubric)).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string rubric_digest(const Rubric& rubric) {
    Json j = rubric_to_json(rubric);
    j.erase(f::kSource);
    return digest_of(j);
}

}  // namespace scorecard
