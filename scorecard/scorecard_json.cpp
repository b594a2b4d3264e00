// Scorecard file format version 1 (docs/scorecard-format.md). Reading never throws:
// every member's type is checked before it is read (JsonReader), and every problem
// comes back as an Error naming the field.
#include "scorecard/scorecard_json.hpp"

#include <algorithm>
#include <climits>
#include <unordered_set>

#include "base/base64.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "scorecard/signature.hpp"

namespace scorecard {

namespace f = scorecard_field;
using Need = JsonReader::Need;

namespace {

const char* kUtcExample = "an ISO 8601 UTC time like 2025-01-31T14:05:00Z";

Json or_null(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json questions_to_json(const std::vector<QuestionNote>& questions) {
    Json qs = Json::array();
    for (const auto& q : questions)
        if (!q.empty())
            qs.push_back({{f::kIndex, q.index},
                          {f::kQuestion, q.question},
                          {f::kAsked, q.asked},
                          {f::kNote, q.note},
                          {f::kBehaviours, q.behaviours}});
    return qs;
}

Json competency_to_json(const CompetencyScore& c) {
    Json ev = Json::array();
    for (const auto& e : c.evidence)
        if (!is_blank(e.note)) ev.push_back({{f::kBehaviour, e.behaviour}, {f::kNote, e.note}});
    Json j = {{f::kId, c.id},
              {f::kScore, c.score ? Json(*c.score) : Json(nullptr)},
              {f::kNotAssessedReason, or_null(c.not_assessed_reason)},
              {f::kEvidence, ev},
              {f::kNotes, c.notes}};
    // Additive in version 1: written only when there is something, so files without
    // question notes (and their digests) are exactly what earlier versions wrote.
    Json qs = questions_to_json(c.questions);
    if (!qs.empty()) j[f::kQuestions] = qs;
    return j;
}

// Format and version first: when either is wrong, every later message would be noise.
bool read_header(JsonReader& rd, const Json& j) {
    if (!j.is_object()) {
        rd.fail("", "expected a JSON object (a scorecard file), got " + describe(j));
        return false;
    }
    const Json* format = JsonReader::member(j, f::kFormat);
    if (!format) {
        rd.fail(f::kFormat, "missing; this is not a scorecard file (expected \"format\": \"scorecard\")");
        return false;
    }
    if (!format->is_string() || format->get_ref<const std::string&>() != kScorecardFormat) {
        std::string what = format->is_string() ? "a " + quote_input(format->get<std::string>()) + " file" : describe(*format);
        rd.fail(f::kFormat, "expected \"scorecard\", got " + what);
        return false;
    }
    const Json* version = JsonReader::member(j, f::kVersion);
    if (!version) rd.fail(f::kVersion, "missing; expected 1");
    else if (!version->is_number_integer()) rd.fail(f::kVersion, "must be an integer, got " + describe(*version));
    else if (version->get<long long>() != kScorecardFormatVersion)
        rd.fail(f::kVersion, "scorecard format version " + describe(*version) +
                                 " is not supported; this version of Scorecard reads version 1");
    else return true;
    return false;
}

void read_score(JsonReader& rd, const Json& c, const std::string& path, CompetencyScore& cs) {
    const Json* s = JsonReader::member(c, f::kScore);
    if (!s || s->is_null()) return;
    // An integer-valued float (3.0) is still not an integer on the wire: files written by
    // other tools stay comparable byte for byte.
    // Above LLONG_MAX an unsigned value would wrap negative: clamp it, it is out of range anyway.
    long long v = !s->is_number_integer()   ? 0
                  : s->is_number_unsigned() ? static_cast<long long>(std::min<unsigned long long>(s->get<unsigned long long>(), LLONG_MAX))
                                            : s->get<long long>();
    if (!s->is_number_integer() || !is_score(v))
        rd.fail(member_path(path, f::kScore), "must be an integer from " + std::to_string(kMinScore) + " to " +
                                                  std::to_string(kMaxScore) + " or null, got " + describe(*s));
    else
        cs.score = static_cast<int>(v);
}

void read_evidence(JsonReader& rd, const Json& c, const std::string& path, CompetencyScore& cs) {
    const Json* ev = JsonReader::member(c, f::kEvidence);
    if (!ev || ev->is_null()) return;
    rd.objects(c, f::kEvidence, path, Need::optional, [&](const Json& e, const std::string& epath) {
        Evidence item;
        rd.string(e, f::kBehaviour, epath, item.behaviour, Need::non_empty);
        rd.string(e, f::kNote, epath, item.note, Need::required);
        // A blank note is no evidence: the writer leaves it out, so the reader does too, and
        // a file reads back as it was written. (A signature covers the file as it is, blank
        // entries included: docs/trust.md.)
        if (!is_blank(item.note)) cs.evidence.push_back(std::move(item));
    });
}

void read_questions(JsonReader& rd, const Json& c, const std::string& path, CompetencyScore& cs) {
    std::unordered_set<int> seen;
    rd.objects(c, f::kQuestions, path, Need::optional, [&](const Json& q, const std::string& qpath) {
        QuestionNote note;
        if (rd.integer(q, f::kIndex, qpath, note.index, 0, kMaxQuestions - 1, Need::required) && !seen.insert(note.index).second)
            rd.fail(member_path(qpath, f::kIndex), "question " + std::to_string(note.index) + " appears twice");
        rd.string(q, f::kQuestion, qpath, note.question);
        if (const Json* a = JsonReader::member(q, f::kAsked); a && !a->is_null()) {
            if (a->is_boolean()) note.asked = a->get<bool>();
            else rd.fail(member_path(qpath, f::kAsked), "must be true or false, got " + describe(*a));
        }
        rd.string(q, f::kNote, qpath, note.note);
        rd.string_array(q, f::kBehaviours, qpath, note.behaviours);
        cs.questions.push_back(std::move(note));
    });
    std::sort(cs.questions.begin(), cs.questions.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
}

void read_competencies(JsonReader& rd, const Json& j, Scorecard& sc) {
    std::unordered_set<std::string> seen;
    rd.objects(j, f::kCompetencies, "", Need::required, [&](const Json& c, const std::string& path) {
        CompetencyScore cs;
        if (rd.string(c, f::kId, path, cs.id, Need::non_empty) && !seen.insert(cs.id).second)
            rd.fail(member_path(path, f::kId), "duplicate competency " + quote_input(cs.id));
        read_score(rd, c, path, cs);
        rd.nullable_string(c, f::kNotAssessedReason, path, cs.not_assessed_reason);
        if (cs.score && cs.not_assessed_reason)
            rd.fail(path, "has both a score and a notAssessedReason; a competency is either rated or not assessed");
        read_evidence(rd, c, path, cs);
        rd.string(c, f::kNotes, path, cs.notes);
        read_questions(rd, c, path, cs);
        sc.competencies.push_back(std::move(cs));
    });
}

void read_covered(JsonReader& rd, const Json& j, Scorecard& sc) {
    const Json* cov = JsonReader::member(j, f::kCovered);
    if (!cov || cov->is_null()) return;
    if (!cov->is_array()) return rd.fail(f::kCovered, "must be an array of competency ids, got " + describe(*cov));
    std::unordered_set<std::string> ids;
    for (const auto& c : sc.competencies) ids.insert(c.id);
    for (std::size_t i = 0; i < cov->size(); ++i) {
        const Json& c = (*cov)[i];
        std::string path = index_path(f::kCovered, i);
        if (!c.is_string()) {
            rd.fail(path, "must be a competency id (a string), got " + describe(c));
            continue;
        }
        if (!ids.count(c.get_ref<const std::string&>()))
            rd.fail(path, quote_input(c.get<std::string>()) + " is not one of this scorecard's competencies");
        sc.covered.push_back(c.get<std::string>());
    }
}

void read_people(JsonReader& rd, const Json& j, Scorecard& sc) {
    rd.string(j, f::kId, "", sc.id, Need::non_empty);
    if (const Json* r = rd.object(j, f::kRubric, "", Need::required)) {
        rd.string(*r, f::kId, f::kRubric, sc.rubric.id, Need::non_empty);
        rd.string(*r, f::kTitle, f::kRubric, sc.rubric.title, Need::required);
        if (rd.string(*r, f::kDigest, f::kRubric, sc.rubric.digest, Need::required) && !is_digest(sc.rubric.digest))
            rd.fail(member_path(f::kRubric, f::kDigest),
                    "must be \"sha256:\" followed by 64 lower-case hex digits, got " + quote_input(sc.rubric.digest));
    }
    if (const Json* c = rd.object(j, f::kCandidate, "", Need::required))
        rd.string(*c, f::kName, f::kCandidate, sc.candidate, Need::required);
    if (const Json* i = rd.object(j, f::kInterviewer, "", Need::required))
        rd.string(*i, f::kName, f::kInterviewer, sc.interviewer, Need::required);
    if (rd.string(j, f::kDate, "", sc.date, Need::required) && !is_valid_date(sc.date))
        rd.fail(f::kDate, "must be a calendar date YYYY-MM-DD, got " + quote_input(sc.date));
}

void read_verdict(JsonReader& rd, const Json& j, Scorecard& sc) {
    const Json* rec = JsonReader::member(j, f::kRecommendation);
    std::string allowed = "must be one of " + recommendation_ids_text() + " or null, got ";
    if (rec && !rec->is_null()) {
        if (!rec->is_string()) rd.fail(f::kRecommendation, allowed + describe(*rec));
        else if (!is_recommendation(rec->get_ref<const std::string&>()))
            rd.fail(f::kRecommendation, allowed + quote_input(rec->get<std::string>()));
        else sc.recommendation = rec->get<std::string>();
    }
    rd.string(j, f::kRationale, "", sc.rationale);
    rd.string(j, f::kKeyTakeaways, "", sc.key_takeaways);
}

void read_seal(JsonReader& rd, const Json& j, Scorecard& sc) {
    rd.nullable_string(j, f::kSubmittedAt, "", sc.submitted_at);
    if (sc.submitted_at && !is_iso_utc(*sc.submitted_at)) {
        rd.fail(f::kSubmittedAt, std::string("must be ") + kUtcExample + ", got " + quote_input(*sc.submitted_at));
        sc.submitted_at.reset();
    }
    rd.nullable_string(j, f::kDigest, "", sc.digest);
    if (sc.digest && !is_digest(*sc.digest)) {
        rd.fail(f::kDigest, "must be \"sha256:\" followed by 64 lower-case hex digits or null, got " + quote_input(*sc.digest));
        sc.digest.reset();
    }
    const Json* sub = JsonReader::member(j, f::kSubmittedAt);
    const Json* dig = JsonReader::member(j, f::kDigest);
    bool submitted_set = sub && !sub->is_null(), digest_set = dig && !dig->is_null();
    if (submitted_set && !digest_set) rd.fail(f::kDigest, "missing; a submitted scorecard must carry its digest");
    if (digest_set && !submitted_set)
        rd.fail(f::kSubmittedAt, "missing; a scorecard with a digest must say when it was submitted");
    rd.objects(j, f::kReopened, "", Need::optional, [&](const Json& e, const std::string& path) {
        ReopenEvent ev;
        if (rd.string(e, f::kAt, path, ev.at, Need::required) && !is_iso_utc(ev.at))
            rd.fail(member_path(path, f::kAt), std::string("must be ") + kUtcExample + ", got " + quote_input(ev.at));
        rd.string(e, f::kReason, path, ev.reason);
        sc.reopened.push_back(std::move(ev));
    });
}

// A base64 member that must decode to exactly `bytes` bytes.
void read_key_bytes(JsonReader& rd, const Json& e, const char* key, const std::string& path, std::size_t bytes,
                    std::string& out) {
    if (!rd.string(e, key, path, out, Need::required)) return;
    auto raw = base64_decode(out);
    if (!raw || raw->size() != bytes)
        rd.fail(member_path(path, key), "must be " + std::to_string(bytes) + " bytes in base64, got " + quote_input(out));
}

void read_signatures(JsonReader& rd, const Json& j, Scorecard& sc) {
    rd.objects(j, f::kSignatures, "", Need::optional, [&](const Json& e, const std::string& path) {
        Signature s;
        read_key_bytes(rd, e, f::kPublicKey, path, kEd25519PublicKeyBytes, s.public_key);
        if (rd.string(e, f::kSignedAt, path, s.signed_at, Need::required) && !is_iso_utc(s.signed_at))
            rd.fail(member_path(path, f::kSignedAt), std::string("must be ") + kUtcExample + ", got " + quote_input(s.signed_at));
        read_key_bytes(rd, e, f::kSignature, path, kEd25519SignatureBytes, s.signature);
        sc.signatures.push_back(std::move(s));
    });
}

Scorecard read(JsonReader& rd, const Json& j) {
    Scorecard sc;
    if (!read_header(rd, j)) return sc;
    read_people(rd, j, sc);
    read_competencies(rd, j, sc);
    read_covered(rd, j, sc);
    read_verdict(rd, j, sc);
    read_seal(rd, j, sc);
    read_signatures(rd, j, sc);
    return sc;
}

}  // namespace

Json scorecard_to_json(const Scorecard& sc) {
    Json comps = Json::array();
    for (const auto& c : sc.competencies) comps.push_back(competency_to_json(c));
    Json j = {{f::kFormat, kScorecardFormat},
              {f::kVersion, kScorecardFormatVersion},
              {f::kId, sc.id},
              {f::kRubric, {{f::kId, sc.rubric.id}, {f::kTitle, sc.rubric.title}, {f::kDigest, sc.rubric.digest}}},
              {f::kCandidate, {{f::kName, sc.candidate}}},
              {f::kInterviewer, {{f::kName, sc.interviewer}}},
              {f::kDate, sc.date},
              {f::kCompetencies, comps},
              {f::kRecommendation, or_null(sc.recommendation)},
              {f::kRationale, sc.rationale},
              {f::kKeyTakeaways, sc.key_takeaways},
              {f::kSubmittedAt, or_null(sc.submitted_at)},
              {f::kDigest, or_null(sc.digest)}};
    if (!sc.covered.empty()) j[f::kCovered] = sc.covered;
    if (!sc.reopened.empty()) {
        Json re = Json::array();
        for (const auto& r : sc.reopened) re.push_back({{f::kAt, r.at}, {f::kReason, r.reason}});
        j[f::kReopened] = re;
    }
    // Additive in version 1, like `questions`: an unsigned file is written as before.
    if (!sc.signatures.empty()) {
        Json sigs = Json::array();
        for (const auto& s : sc.signatures)
            sigs.push_back({{f::kPublicKey, s.public_key}, {f::kSignedAt, s.signed_at}, {f::kSignature, s.signature}});
        j[f::kSignatures] = sigs;
    }
    return j;
}

std::vector<Error> validate_scorecard_json(const Json& j, const std::string& file) {
    std::vector<Error> errors;
    JsonReader rd(file, errors);
    read(rd, j);
    return errors;
}

Result<Scorecard> scorecard_from_json(const Json& j, const std::string& file) {
    std::vector<Error> errors;
    JsonReader rd(file, errors);
    Scorecard sc = read(rd, j);
    if (!errors.empty()) return errors.front();
    return sc;
}

Result<Scorecard> parse_scorecard(const std::string& text, const std::string& file) {
    auto j = parse_json_text(text, file);
    if (!j) return j.error();
    return scorecard_from_json(*j, file);
}

bool looks_like_scorecard(const Json& j) {
    const Json* format = JsonReader::member(j, f::kFormat);
    return format && *format == kScorecardFormat;
}

}  // namespace scorecard
