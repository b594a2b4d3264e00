// Scorecard model, file format version 1 (docs/scorecard-format.md), scoring,
// sealing and the submit checks. Validation never throws: every JSON member's
// type is checked before it is read, and problems come back as Errors.
#include "scorecard.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "canonical_json.hpp"
#include "rubric_json.hpp"

namespace scorecard {

using nlohmann::json;

namespace {

bool is_blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool all_digits(const std::string& s, size_t from, size_t count) {
    if (from + count > s.size()) return false;
    for (size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int num(const std::string& s, size_t from, size_t count) { return std::stoi(s.substr(from, count)); }

}  // namespace

bool is_valid_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!all_digits(s, 0, 4) || !all_digits(s, 5, 2) || !all_digits(s, 8, 2)) return false;
    int y = num(s, 0, 4), m = num(s, 5, 2), d = num(s, 8, 2);
    if (m < 1 || m > 12 || d < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

namespace {
bool valid_date(const std::string& s) { return is_valid_date(s); }

// "YYYY-MM-DDTHH:MM:SS[.fraction]Z" (or +00:00): UTC only, so that sealing
// times from different machines compare as strings.
bool valid_iso_utc(const std::string& s) {
    if (s.size() < 20 || !valid_date(s.substr(0, 10)) || s[10] != 'T') return false;
    if (!all_digits(s, 11, 2) || s[13] != ':' || !all_digits(s, 14, 2) || s[16] != ':' || !all_digits(s, 17, 2))
        return false;
    if (num(s, 11, 2) > 23 || num(s, 14, 2) > 59 || num(s, 17, 2) > 60) return false;
    size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        ++i;
        size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start) return false;
    }
    std::string zone = s.substr(i);
    return zone == "Z" || zone == "+00:00";
}

bool valid_digest(const std::string& s) {
    if (s.size() != 7 + 64 || s.compare(0, 7, "sha256:") != 0) return false;
    return std::all_of(s.begin() + 7, s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool known_recommendation(const std::string& id) {
    return id == "strong_no" || id == "no" || id == "yes" || id == "strong_yes";
}

std::string in_quotes(const std::string& s) {
    std::string cut = s.size() > 40 ? s.substr(0, 40) + "..." : s;
    return "\"" + cut + "\"";
}

// How a wrong value is described in messages: its type, and the value itself when short.
std::string describe(const json& j) {
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return j.get<bool>() ? "true" : "false";
        case json::value_t::string: return "the string " + in_quotes(j.get<std::string>());
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return j.dump();
        case json::value_t::array: return "an array";
        case json::value_t::object: return "an object";
        default: return "an unsupported value";
    }
}

std::string index_path(const std::string& base, size_t i) { return base + "[" + std::to_string(i) + "]"; }

// Reads a scorecard while collecting every problem; the returned value is only
// meaningful when no error was added.
class Reader {
public:
    Reader(const std::string& file, std::vector<Error>& errors) : file_(file), errors_(errors) {}

    void fail(const std::string& field, const std::string& message) { errors_.push_back(Error{file_, 0, field, message}); }

    // Member lookup: null when absent, so callers can tell missing from wrong type.
    static const json* member(const json& obj, const char* key) {
        auto it = obj.find(key);
        return it == obj.end() ? nullptr : &*it;
    }

    bool require_string(const json& obj, const char* key, const std::string& path, std::string& out,
                        bool non_empty = false) {
        const json* v = member(obj, key);
        if (!v) {
            fail(path, "missing; expected a string");
            return false;
        }
        if (!v->is_string()) {
            fail(path, "must be a string, got " + describe(*v));
            return false;
        }
        out = v->get<std::string>();
        if (non_empty && is_blank(out)) {
            fail(path, "must not be empty");
            return false;
        }
        return true;
    }

    // Optional string that defaults to "" when absent or null.
    void optional_string(const json& obj, const char* key, const std::string& path, std::string& out) {
        const json* v = member(obj, key);
        if (!v || v->is_null()) return;
        if (!v->is_string()) return fail(path, "must be a string, got " + describe(*v));
        out = v->get<std::string>();
    }

    void nullable_string(const json& obj, const char* key, const std::string& path, std::optional<std::string>& out) {
        const json* v = member(obj, key);
        if (!v || v->is_null()) return;
        if (!v->is_string()) return fail(path, "must be a string or null, got " + describe(*v));
        out = v->get<std::string>();
    }

    const json* require_object(const json& obj, const char* key, const std::string& path) {
        const json* v = member(obj, key);
        if (!v) {
            fail(path, "missing; expected an object");
            return nullptr;
        }
        if (!v->is_object()) {
            fail(path, "must be an object, got " + describe(*v));
            return nullptr;
        }
        return v;
    }

    Scorecard read(const json& j) {
        Scorecard sc;
        if (!j.is_object()) {
            fail("", "expected a JSON object (a scorecard file), got " + describe(j));
            return sc;
        }
        // Format and version first: a wrong one makes every later message noise.
        const json* format = member(j, "format");
        if (!format) {
            fail("format", "missing; this is not a scorecard file (expected \"format\": \"scorecard\")");
            return sc;
        }
        if (!format->is_string() || format->get<std::string>() != "scorecard") {
            std::string what = format->is_string() ? "a " + in_quotes(format->get<std::string>()) + " file" : describe(*format);
            fail("format", "expected \"scorecard\", got " + what);
            return sc;
        }
        const json* version = member(j, "version");
        if (!version) {
            fail("version", "missing; expected 1");
            return sc;
        }
        if (!version->is_number_integer()) {
            fail("version", "must be an integer, got " + describe(*version));
            return sc;
        }
        if (version->get<long long>() != kScorecardFormatVersion) {
            fail("version", "scorecard format version " + version->dump() +
                                " is not supported; this version of Scorecard reads version 1");
            return sc;
        }

        require_string(j, "id", "id", sc.id, true);
        if (const json* r = require_object(j, "rubric", "rubric")) {
            require_string(*r, "id", "rubric.id", sc.rubric.id, true);
            require_string(*r, "title", "rubric.title", sc.rubric.title);
            if (require_string(*r, "digest", "rubric.digest", sc.rubric.digest) && !valid_digest(sc.rubric.digest))
                fail("rubric.digest", "must be \"sha256:\" followed by 64 lower-case hex digits, got " +
                                          in_quotes(sc.rubric.digest));
        }
        if (const json* c = require_object(j, "candidate", "candidate"))
            require_string(*c, "name", "candidate.name", sc.candidate);
        if (const json* i = require_object(j, "interviewer", "interviewer"))
            require_string(*i, "name", "interviewer.name", sc.interviewer);
        if (require_string(j, "date", "date", sc.date) && !valid_date(sc.date))
            fail("date", "must be a calendar date YYYY-MM-DD, got " + in_quotes(sc.date));

        read_competencies(j, sc);
        read_covered(j, sc);

        const json* rec = member(j, "recommendation");
        if (rec && !rec->is_null()) {
            if (!rec->is_string())
                fail("recommendation", "must be one of strong_no, no, yes, strong_yes or null, got " + describe(*rec));
            else if (!known_recommendation(rec->get<std::string>()))
                fail("recommendation",
                     "must be one of strong_no, no, yes, strong_yes or null, got " + in_quotes(rec->get<std::string>()));
            else
                sc.recommendation = rec->get<std::string>();
        }
        optional_string(j, "rationale", "rationale", sc.rationale);
        optional_string(j, "keyTakeaways", "keyTakeaways", sc.key_takeaways);

        nullable_string(j, "submittedAt", "submittedAt", sc.submitted_at);
        if (sc.submitted_at && !valid_iso_utc(*sc.submitted_at)) {
            fail("submittedAt", "must be an ISO 8601 UTC time like 2025-01-31T14:05:00Z, got " + in_quotes(*sc.submitted_at));
            sc.submitted_at.reset();
        }
        nullable_string(j, "digest", "digest", sc.digest);
        if (sc.digest && !valid_digest(*sc.digest)) {
            fail("digest", "must be \"sha256:\" followed by 64 lower-case hex digits or null, got " + in_quotes(*sc.digest));
            sc.digest.reset();
        }
        const json* sub = member(j, "submittedAt");
        bool submitted_set = sub && !sub->is_null();
        const json* dig = member(j, "digest");
        bool digest_set = dig && !dig->is_null();
        if (submitted_set && !digest_set) fail("digest", "missing; a submitted scorecard must carry its digest");
        if (digest_set && !submitted_set) fail("submittedAt", "missing; a scorecard with a digest must say when it was submitted");

        read_reopened(j, sc);
        return sc;
    }

private:
    void read_competencies(const json& j, Scorecard& sc) {
        const json* comps = member(j, "competencies");
        if (!comps) return fail("competencies", "missing; expected an array");
        if (!comps->is_array()) return fail("competencies", "must be an array, got " + describe(*comps));
        std::set<std::string> seen;
        for (size_t i = 0; i < comps->size(); ++i) {
            const json& c = (*comps)[i];
            std::string path = index_path("competencies", i);
            if (!c.is_object()) {
                fail(path, "must be an object, got " + describe(c));
                continue;
            }
            CompetencyScore cs;
            if (require_string(c, "id", path + ".id", cs.id, true) && !seen.insert(cs.id).second)
                fail(path + ".id", "duplicate competency " + in_quotes(cs.id));
            if (const json* s = member(c, "score"); s && !s->is_null()) {
                // An integer-valued float (3.0) is still not an integer on the wire: reject it
                // so that files written by other tools stay comparable byte for byte.
                if (!s->is_number_integer() || s->get<long long>() < 1 || s->get<long long>() > 4)
                    fail(path + ".score", "must be an integer from 1 to 4 or null, got " + describe(*s));
                else
                    cs.score = static_cast<int>(s->get<long long>());
            }
            nullable_string(c, "notAssessedReason", path + ".notAssessedReason", cs.not_assessed_reason);
            if (cs.score && cs.not_assessed_reason)
                fail(path, "has both a score and a notAssessedReason; a competency is either rated or not assessed");
            if (const json* ev = member(c, "evidence"); ev && !ev->is_null()) {
                if (!ev->is_array()) {
                    fail(path + ".evidence", "must be an array, got " + describe(*ev));
                } else {
                    for (size_t k = 0; k < ev->size(); ++k) {
                        const json& e = (*ev)[k];
                        std::string epath = index_path(path + ".evidence", k);
                        if (!e.is_object()) {
                            fail(epath, "must be an object, got " + describe(e));
                            continue;
                        }
                        Evidence item;
                        require_string(e, "behaviour", epath + ".behaviour", item.behaviour, true);
                        require_string(e, "note", epath + ".note", item.note);
                        cs.evidence.push_back(std::move(item));
                    }
                }
            }
            optional_string(c, "notes", path + ".notes", cs.notes);
            sc.competencies.push_back(std::move(cs));
        }
    }

    void read_covered(const json& j, Scorecard& sc) {
        const json* cov = member(j, "covered");
        if (!cov || cov->is_null()) return;
        if (!cov->is_array()) return fail("covered", "must be an array of competency ids, got " + describe(*cov));
        for (size_t i = 0; i < cov->size(); ++i) {
            const json& c = (*cov)[i];
            std::string path = index_path("covered", i);
            if (!c.is_string()) {
                fail(path, "must be a competency id (a string), got " + describe(c));
                continue;
            }
            std::string id = c.get<std::string>();
            if (!sc.find(id))
                fail(path, in_quotes(id) + " is not one of this scorecard's competencies");
            sc.covered.push_back(id);
        }
    }

    void read_reopened(const json& j, Scorecard& sc) {
        const json* re = member(j, "reopened");
        if (!re || re->is_null()) return;
        if (!re->is_array()) return fail("reopened", "must be an array, got " + describe(*re));
        for (size_t i = 0; i < re->size(); ++i) {
            const json& e = (*re)[i];
            std::string path = index_path("reopened", i);
            if (!e.is_object()) {
                fail(path, "must be an object, got " + describe(e));
                continue;
            }
            ReopenEvent ev;
            if (require_string(e, "at", path + ".at", ev.at) && !valid_iso_utc(ev.at))
                fail(path + ".at", "must be an ISO 8601 UTC time like 2025-01-31T14:05:00Z, got " + in_quotes(ev.at));
            optional_string(e, "reason", path + ".reason", ev.reason);
            sc.reopened.push_back(std::move(ev));
        }
    }

    std::string file_;
    std::vector<Error>& errors_;
};

std::string title_of(const Rubric* rubric, const std::string& id) {
    if (rubric)
        if (const Competency* c = rubric->find(id)) return c->title;
    return id;
}

// The competencies to walk for submit checks: rubric order, then any the
// scorecard has that the rubric does not (a rubric edited since).
std::vector<std::string> competency_order(const Scorecard& sc, const Rubric& rubric) {
    std::vector<std::string> ids;
    for (const auto& c : rubric.competencies) ids.push_back(c.id);
    for (const auto& c : sc.competencies)
        if (std::find(ids.begin(), ids.end(), c.id) == ids.end()) ids.push_back(c.id);
    return ids;
}

std::string format_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

int CompetencyScore::evidence_count() const {
    return static_cast<int>(std::count_if(evidence.begin(), evidence.end(), [](const Evidence& e) { return !is_blank(e.note); }));
}

CompetencyScore* Scorecard::find(const std::string& competency_id) {
    for (auto& c : competencies)
        if (c.id == competency_id) return &c;
    return nullptr;
}

const CompetencyScore* Scorecard::find(const std::string& competency_id) const {
    for (const auto& c : competencies)
        if (c.id == competency_id) return &c;
    return nullptr;
}

bool Scorecard::is_required(const std::string& competency_id) const {
    return covered.empty() || std::find(covered.begin(), covered.end(), competency_id) != covered.end();
}

RubricRef rubric_ref(const Rubric& rubric) { return RubricRef{rubric.id, rubric.title, rubric_digest(rubric)}; }

Scorecard new_scorecard(const Rubric& rubric, const std::string& id, const std::string& date) {
    Scorecard sc;
    sc.id = id;
    sc.rubric = rubric_ref(rubric);
    sc.date = date;
    for (const auto& c : rubric.competencies) {
        CompetencyScore cs;
        cs.id = c.id;
        sc.competencies.push_back(std::move(cs));
    }
    return sc;
}

ScoreSummary compute_score(const Scorecard& sc, const Rubric* rubric) {
    ScoreSummary s;
    double sum = 0, weights = 0, plain = 0;
    for (const auto& c : sc.competencies) {
        ++s.total;
        if (c.not_assessed()) ++s.not_assessed;
        if (!c.rated()) continue;
        ++s.rated;
        double w = 1;
        if (rubric)
            if (const Competency* rc = rubric->find(c.id); rc && rc->weight) w = std::max(0.0, *rc->weight);
        sum += w * *c.score;
        weights += w;
        plain += *c.score;
    }
    // All rated weights zero would divide by zero; the plain mean is the honest fallback.
    if (s.rated > 0) s.mean = weights > 0 ? sum / weights : plain / s.rated;
    return s;
}

std::vector<Missing> missing_for_submit(const Scorecard& sc, const Rubric& rubric) {
    std::vector<Missing> out;
    if (is_blank(sc.candidate)) out.push_back({"", "The candidate's name is missing"});
    if (is_blank(sc.interviewer)) out.push_back({"", "The interviewer's name is missing"});
    if (!valid_date(sc.date)) out.push_back({"", "The interview date is not a valid date (YYYY-MM-DD)"});
    for (const auto& id : competency_order(sc, rubric)) {
        const CompetencyScore* c = sc.find(id);
        std::string title = title_of(&rubric, id);
        if (c && c->not_assessed() && is_blank(*c->not_assessed_reason))
            out.push_back({id, title + ": marked not assessed without a reason"});
        else if (sc.is_required(id) && (!c || (!c->rated() && !c->not_assessed())))
            out.push_back({id, title + ": not rated (rate it or mark it not assessed with a reason)"});
    }
    if (!sc.recommendation) out.push_back({"", "Choose an overall recommendation"});
    if (is_blank(sc.rationale)) out.push_back({"", "Write a rationale for the recommendation"});
    return out;
}

std::vector<Missing> submit_warnings(const Scorecard& sc, const Rubric& rubric) {
    std::vector<Missing> out;
    for (const auto& id : competency_order(sc, rubric)) {
        const CompetencyScore* c = sc.find(id);
        if (c && c->rated() && c->evidence_count() == 0 && is_blank(c->notes))
            out.push_back({id, title_of(&rubric, id) + ": rated without any evidence"});
    }
    return out;
}

json scorecard_to_json(const Scorecard& sc) {
    json comps = json::array();
    for (const auto& c : sc.competencies) {
        json ev = json::array();
        for (const auto& e : c.evidence)
            if (!is_blank(e.note)) ev.push_back({{"behaviour", e.behaviour}, {"note", e.note}});
        comps.push_back({{"id", c.id},
                         {"score", c.score ? json(*c.score) : json(nullptr)},
                         {"notAssessedReason", c.not_assessed_reason ? json(*c.not_assessed_reason) : json(nullptr)},
                         {"evidence", ev},
                         {"notes", c.notes}});
    }
    json j = {{"format", "scorecard"},
              {"version", kScorecardFormatVersion},
              {"id", sc.id},
              {"rubric", {{"id", sc.rubric.id}, {"title", sc.rubric.title}, {"digest", sc.rubric.digest}}},
              {"candidate", {{"name", sc.candidate}}},
              {"interviewer", {{"name", sc.interviewer}}},
              {"date", sc.date},
              {"competencies", comps},
              {"recommendation", sc.recommendation ? json(*sc.recommendation) : json(nullptr)},
              {"rationale", sc.rationale},
              {"keyTakeaways", sc.key_takeaways},
              {"submittedAt", sc.submitted_at ? json(*sc.submitted_at) : json(nullptr)},
              {"digest", sc.digest ? json(*sc.digest) : json(nullptr)}};
    if (!sc.covered.empty()) j["covered"] = sc.covered;
    if (!sc.reopened.empty()) {
        json re = json::array();
        for (const auto& r : sc.reopened) re.push_back({{"at", r.at}, {"reason", r.reason}});
        j["reopened"] = re;
    }
    return j;
}

std::vector<Error> validate_scorecard_json(const json& j, const std::string& file) {
    std::vector<Error> errors;
    Reader(file, errors).read(j);
    return errors;
}

Result<Scorecard> scorecard_from_json(const json& j, const std::string& file) {
    std::vector<Error> errors;
    Scorecard sc = Reader(file, errors).read(j);
    if (!errors.empty()) return errors.front();
    return sc;
}

Result<Scorecard> parse_scorecard(const std::string& text, const std::string& file) {
    auto j = parse_json_text(text, file);
    if (!j) return j.error();
    return scorecard_from_json(*j, file);
}

std::string scorecard_digest(const Scorecard& sc) {
    json j = scorecard_to_json(sc);
    j.erase("digest");
    return digest_of(j);
}

std::vector<Missing> seal(Scorecard& sc, const Rubric& rubric, const std::string& now_iso) {
    auto missing = missing_for_submit(sc, rubric);
    if (!missing.empty()) return missing;
    sc.submitted_at = now_iso;
    sc.digest = scorecard_digest(sc);
    return {};
}

void reopen(Scorecard& sc, const std::string& now_iso, const std::string& reason) {
    if (!sc.sealed()) return;
    sc.reopened.push_back(ReopenEvent{now_iso, reason});
    sc.submitted_at.reset();
    sc.digest.reset();
}

bool digest_matches(const Scorecard& sc) { return sc.sealed() && sc.digest && *sc.digest == scorecard_digest(sc); }

std::string scorecard_file_name(const Scorecard& sc) {
    std::string c = slugify(sc.candidate), i = slugify(sc.interviewer), d = slugify(sc.date);
    return (c.empty() ? "candidate" : c) + "-" + (i.empty() ? "interviewer" : i) + "-" + (d.empty() ? "undated" : d) +
           ".scorecard.json";
}

std::string recommendation_label(const std::string& id) {
    for (const auto& r : default_recommendations())
        if (r.id == id) return r.label;
    return "";
}

std::string scorecard_markdown(const Scorecard& sc, const Rubric& rubric) {
    auto scale = rubric.scale.empty() ? default_scale() : rubric.scale;
    auto rating_label = [&](int v) {
        for (const auto& l : scale)
            if (l.value == v) return std::to_string(v) + " " + l.label;
        return std::to_string(v);
    };
    // Markdown line breaks inside a paragraph need two trailing spaces.
    std::string md = "# Interview scorecard: " + (is_blank(sc.candidate) ? std::string("(no name)") : sc.candidate) + "\n\n";
    md += "**Role:** " + (rubric.title.empty() ? sc.rubric.title : rubric.title) + "  \n";
    md += "**Interviewer:** " + sc.interviewer + "  \n";
    md += "**Date:** " + sc.date + "  \n";
    md += "**Recommendation:** " + (sc.recommendation ? recommendation_label(*sc.recommendation) : "none yet") + "  \n";
    ScoreSummary s = compute_score(sc, &rubric);
    md += "**Score:** " +
          (s.mean ? format_number(*s.mean) + " of 4 (" + std::to_string(s.rated) + " of " + std::to_string(s.total) +
                        " competencies rated)"
                  : "no competency rated") +
          "  \n";
    md += "**Status:** " + (sc.sealed() ? "submitted " + *sc.submitted_at : std::string("draft, not submitted")) + "\n";

    md += "\n## Competencies\n";
    for (const auto& id : competency_order(sc, rubric)) {
        const CompetencyScore* c = sc.find(id);
        if (!c) continue;
        const Competency* rc = rubric.find(id);
        md += "\n### " + title_of(&rubric, id) + ": ";
        if (c->rated()) md += rating_label(*c->score);
        else if (c->not_assessed()) md += "not assessed";
        else md += "not rated";
        md += "\n\n";
        if (c->not_assessed() && !is_blank(*c->not_assessed_reason)) md += "Not assessed: " + *c->not_assessed_reason + "\n\n";
        bool any = false;
        for (const auto& e : c->evidence) {
            if (is_blank(e.note)) continue;
            std::string behaviour = e.behaviour;
            if (rc)
                for (const auto& b : rc->behaviours)
                    if (b.id == e.behaviour) behaviour = b.text;
            md += "- *" + behaviour + "*: " + e.note + "\n";
            any = true;
        }
        if (any) md += "\n";
        if (!is_blank(c->notes)) md += c->notes + "\n\n";
    }
    if (!is_blank(sc.key_takeaways)) md += "## Key takeaways\n\n" + sc.key_takeaways + "\n\n";
    md += "## Rationale\n\n" + (is_blank(sc.rationale) ? std::string("(none yet)") : sc.rationale) + "\n";
    return md;
}

}  // namespace scorecard
