// Rubric JSON, format "rubric" version 1 (docs/rubric-format.md). Reading checks
// every member's type before touching it (JsonReader), so a bad file becomes an Error
// naming the field path, never an exception or a crash.
#include "rubric/rubric_json.hpp"

#include "base/json_writer.hpp"
#include "base/limits.hpp"
#include "base/sha256.hpp"
#include "base/text.hpp"

namespace scorecard {

namespace f = rubric_field;

namespace {

// The rubric as JSON of type J with members in reading order (format and version
// first). nlohmann::json sorts members by key anyway (the canonical form and digest);
// nlohmann::ordered_json keeps this order for the text people read. Values are moved
// in, never copied: 150,000 competencies build in a fraction of a second.
template <typename J>
J strings_json(const std::vector<std::string>& v) {
    J a = J::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}

template <typename J>
J competency_json(const Competency& c) {
    J cj = J::object();
    cj[f::kId] = c.id;
    cj[f::kTitle] = c.title;
    cj[f::kSummary] = c.summary;
    cj[f::kMinutes] = c.minutes;
    if (c.weight) cj[f::kWeight] = *c.weight;
    J bs = J::array();
    for (const auto& b : c.behaviours) {
        J bj = J::object();
        bj[f::kId] = b.id;
        bj[f::kText] = b.text;
        bs.push_back(std::move(bj));
    }
    cj[f::kBehaviours] = std::move(bs);
    cj[f::kExamples] = strings_json<J>(c.examples);
    J qs = J::array();
    for (const auto& q : c.questions) {
        J qj = J::object();
        qj[f::kText] = q.text;
        qj[f::kProbes] = strings_json<J>(q.probes);
        qs.push_back(std::move(qj));
    }
    cj[f::kQuestions] = std::move(qs);
    return cj;
}

template <typename J>
void scales_json(const Rubric& r, J& j) {
    J scale = J::array();
    for (const auto& s : r.scale) {
        J sj = J::object();
        sj[f::kValue] = s.value;
        sj[f::kLabel] = s.label;
        sj[f::kAnchor] = s.anchor;
        scale.push_back(std::move(sj));
    }
    j[f::kScale] = std::move(scale);
    J recs = J::array();
    for (const auto& rec : r.recommendations) {
        J rj = J::object();
        rj[f::kId] = rec.id;
        rj[f::kLabel] = rec.label;
        recs.push_back(std::move(rj));
    }
    j[f::kRecommendations] = std::move(recs);
}

template <typename J>
J rubric_json(const Rubric& r) {
    J j = J::object();
    j[f::kFormat] = kRubricFormat;
    j[f::kVersion] = kRubricFormatVersion;
    j[f::kId] = r.id;
    j[f::kTitle] = r.title;
    j[f::kLevel] = r.level;
    j[f::kRole] = r.role;
    j[f::kTrack] = r.track;
    j[f::kSource] = r.source;
    j[f::kSummary] = r.summary;
    J meta = J::array();
    for (const auto& m : r.metadata) {
        J mj = J::object();
        mj[f::kKey] = m.key;
        mj[f::kValue] = m.value;
        meta.push_back(std::move(mj));
    }
    j[f::kMetadata] = std::move(meta);
    j[f::kImpact] = strings_json<J>(r.impact);
    J comps = J::array();
    comps.template get_ref<typename J::array_t&>().reserve(r.competencies.size());
    for (const auto& c : r.competencies) comps.push_back(competency_json<J>(c));
    j[f::kCompetencies] = std::move(comps);
    j[f::kHiringBarIntro] = r.hiring_bar_intro;
    j[f::kHiringBar] = strings_json<J>(r.hiring_bar);
    scales_json(r, j);
    return j;
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

Json rubric_to_json(const Rubric& r) { return rubric_json<Json>(r); }

namespace {

using W = JsonWriter;

void write_competency(W& w, const Competency& c) {
    w.object({{f::kId, [&c](W& w) { w.string(c.id); }},
              {f::kTitle, [&c](W& w) { w.string(c.title); }},
              {f::kSummary, [&c](W& w) { w.string(c.summary); }},
              {f::kMinutes, [&c](W& w) { w.integer(c.minutes); }},
              {f::kWeight, c.weight ? W::Member{f::kWeight, [&c](W& w) { w.number(*c.weight); }}.write : nullptr},
              {f::kBehaviours, [&c](W& w) {
                   w.array(c.behaviours.size(), [&c](W& w, std::size_t i) {
                       const Behaviour& b = c.behaviours[i];
                       w.object({{f::kId, [&b](W& w) { w.string(b.id); }}, {f::kText, [&b](W& w) { w.string(b.text); }}});
                   });
               }},
              {f::kExamples, [&c](W& w) { w.strings(c.examples); }},
              {f::kQuestions, [&c](W& w) {
                   w.array(c.questions.size(), [&c](W& w, std::size_t i) {
                       const Question& q = c.questions[i];
                       w.object({{f::kText, [&q](W& w) { w.string(q.text); }}, {f::kProbes, [&q](W& w) { w.strings(q.probes); }}});
                   });
               }}});
}

void write_scales(W& w, const Rubric& r) {
    w.array(r.scale.size(), [&r](W& w, std::size_t i) {
        const ScaleLevel& s = r.scale[i];
        w.object({{f::kValue, [&s](W& w) { w.integer(s.value); }},
                  {f::kLabel, [&s](W& w) { w.string(s.label); }},
                  {f::kAnchor, [&s](W& w) { w.string(s.anchor); }}});
    });
}

// The same document as rubric_json<J>(), written without a tree (json_writer.hpp).
std::string write_rubric(const Rubric& r, W::Layout layout, bool with_source) {
    W w(layout);
    w.object({{f::kFormat, [](W& w) { w.string(kRubricFormat); }},
              {f::kVersion, [](W& w) { w.integer(kRubricFormatVersion); }},
              {f::kId, [&r](W& w) { w.string(r.id); }},
              {f::kTitle, [&r](W& w) { w.string(r.title); }},
              {f::kLevel, [&r](W& w) { w.string(r.level); }},
              {f::kRole, [&r](W& w) { w.string(r.role); }},
              {f::kTrack, [&r](W& w) { w.string(r.track); }},
              {f::kSource, with_source ? W::Member{f::kSource, [&r](W& w) { w.string(r.source); }}.write : nullptr},
              {f::kSummary, [&r](W& w) { w.string(r.summary); }},
              {f::kMetadata, [&r](W& w) {
                   w.array(r.metadata.size(), [&r](W& w, std::size_t i) {
                       const MetadataEntry& m = r.metadata[i];
                       w.object({{f::kKey, [&m](W& w) { w.string(m.key); }}, {f::kValue, [&m](W& w) { w.string(m.value); }}});
                   });
               }},
              {f::kImpact, [&r](W& w) { w.strings(r.impact); }},
              {f::kCompetencies, [&r](W& w) {
                   w.array(r.competencies.size(), [&r](W& w, std::size_t i) { write_competency(w, r.competencies[i]); });
               }},
              {f::kHiringBarIntro, [&r](W& w) { w.string(r.hiring_bar_intro); }},
              {f::kHiringBar, [&r](W& w) { w.strings(r.hiring_bar); }},
              {f::kScale, [&r](W& w) { write_scales(w, r); }},
              {f::kRecommendations, [&r](W& w) {
                   w.array(r.recommendations.size(), [&r](W& w, std::size_t i) {
                       const RecommendationLevel& rec = r.recommendations[i];
                       w.object({{f::kId, [&rec](W& w) { w.string(rec.id); }}, {f::kLabel, [&rec](W& w) { w.string(rec.label); }}});
                   });
               }}});
    return w.take();
}

}  // namespace

std::string rubric_storage_text(const Rubric& rubric) { return write_rubric(rubric, W::Layout::Canonical, true); }

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

std::string rubric_json_text(const Rubric& rubric) { return write_rubric(rubric, W::Layout::Pretty, true) + "\n"; }

std::string rubric_digest(const Rubric& rubric) {
    return std::string(kDigestPrefix) + sha256_hex(write_rubric(rubric, W::Layout::Canonical, false));
}

}  // namespace scorecard
