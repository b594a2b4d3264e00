// The stored form of a draft (app_state.hpp), version 2: the scorecard, what only this
// device keeps, and the revision two tabs use to merge rather than overwrite. Older
// versions are migrated on read; members this build does not know (a newer version in
// another tab wrote them) are written back as they were read.
#include <algorithm>
#include <functional>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "app/app_state.hpp"
#include "base/limits.hpp"
#include "scorecard/scorecard_json.hpp"

namespace app {

using scorecard::Json;
using scorecard::JsonReader;
namespace sf = scorecard::scorecard_field;

namespace {

// Member names of a stored draft.
namespace field {
constexpr const char* kVersion = "version";
constexpr const char* kRevision = "revision";
constexpr const char* kWriter = "writer";
constexpr const char* kMerge = "merge";
constexpr const char* kMergeBy = "by";
constexpr const char* kMergeFields = "fields";
constexpr const char* kQuestionAt = "questionAt";
constexpr const char* kClockRunning = "clockRunning";
constexpr const char* kScorecard = "scorecard";
constexpr const char* kPrivateNotes = "privateNotes";
constexpr const char* kCurrent = "current";
constexpr const char* kSeconds = "seconds";
constexpr const char* kStartedAt = "startedAt";
constexpr const char* kUpdatedAt = "updatedAt";
constexpr const char* kExported = "exported";
}  // namespace field

using Known = std::initializer_list<std::string_view>;
const Known kDraftMembers = {field::kVersion, field::kRevision, field::kWriter, field::kMerge, field::kQuestionAt,
                             field::kClockRunning, field::kScorecard, field::kPrivateNotes, field::kCurrent, field::kSeconds, field::kStartedAt,
                             field::kUpdatedAt, field::kExported};
const Known kScorecardMembers = {sf::kFormat, sf::kVersion, sf::kId, sf::kRubric, sf::kCandidate, sf::kInterviewer,
                                 sf::kDate, sf::kCovered, sf::kCompetencies, sf::kRecommendation, sf::kRationale,
                                 sf::kKeyTakeaways, sf::kSubmittedAt, sf::kDigest, sf::kReopened};
const Known kRubricRefMembers = {sf::kId, sf::kTitle, sf::kDigest};
const Known kPersonMembers = {sf::kName};
const Known kCompetencyMembers = {sf::kId, sf::kScore, sf::kNotAssessedReason, sf::kEvidence, sf::kNotes, sf::kQuestions};
const Known kEvidenceMembers = {sf::kBehaviour, sf::kNote};
const Known kQuestionMembers = {sf::kIndex, sf::kQuestion, sf::kAsked, sf::kNote, sf::kBehaviours};
const Known kReopenMembers = {sf::kAt, sf::kReason};

// Copies the members of `from` this build does not know into `to`.
void add_unknown(Json& to, const Json* from, Known known) {
    if (!to.is_object() || !from || !from->is_object()) return;
    for (auto it = from->begin(); it != from->end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end() && !to.contains(it.key())) to[it.key()] = *it;
}

// Pairs the objects of two arrays by a string member ("id", "behaviour").
void match_by(Json* to, const Json* from, const char* key, const std::function<void(Json&, const Json&)>& each) {
    if (!to || !to->is_array() || !from || !from->is_array()) return;
    std::unordered_map<std::string_view, const Json*> index;
    for (const auto& e : *from)
        if (const Json* k = JsonReader::member(e, key); k && k->is_string()) index.emplace(k->get_ref<const std::string&>(), &e);
    for (auto& e : *to)
        if (const Json* k = JsonReader::member(e, key); k && k->is_string())
            if (auto it = index.find(k->get_ref<const std::string&>()); it != index.end()) each(e, *it->second);
}

// Pairs the question notes of two arrays by their whole-number "index".
void match_questions(Json* to, const Json* from) {
    if (!to || !to->is_array() || !from || !from->is_array()) return;
    std::unordered_map<long long, const Json*> index;
    for (const auto& q : *from)
        if (const Json* k = JsonReader::member(q, sf::kIndex); k && k->is_number_integer()) index.emplace(k->get<long long>(), &q);
    for (auto& q : *to)
        if (const Json* k = JsonReader::member(q, sf::kIndex); k && k->is_number_integer())
            if (auto it = index.find(k->get<long long>()); it != index.end()) add_unknown(q, it->second, kQuestionMembers);
}

Json* child(Json& j, const char* key) { return j.is_object() && j.contains(key) ? &j[key] : nullptr; }

void keep_unknown_scorecard(Json& out, const Json* in) {
    if (!in) return;
    add_unknown(out, in, kScorecardMembers);
    for (const char* k : {sf::kCandidate, sf::kInterviewer})
        if (Json* o = child(out, k)) add_unknown(*o, JsonReader::member(*in, k), kPersonMembers);
    if (Json* o = child(out, sf::kRubric)) add_unknown(*o, JsonReader::member(*in, sf::kRubric), kRubricRefMembers);
    match_by(child(out, sf::kCompetencies), JsonReader::member(*in, sf::kCompetencies), sf::kId, [](Json& c, const Json& ci) {
        add_unknown(c, &ci, kCompetencyMembers);
        match_by(child(c, sf::kEvidence), JsonReader::member(ci, sf::kEvidence), sf::kBehaviour,
                 [](Json& e, const Json& ei) { add_unknown(e, &ei, kEvidenceMembers); });
        match_questions(child(c, sf::kQuestions), JsonReader::member(ci, sf::kQuestions));
    });
    Json* re = child(out, sf::kReopened);
    const Json* re_in = JsonReader::member(*in, sf::kReopened);
    if (re && re->is_array() && re_in && re_in->is_array())
        for (std::size_t i = 0; i < std::min(re->size(), re_in->size()); ++i) add_unknown((*re)[i], &(*re_in)[i], kReopenMembers);
}

// Each step brings a stored draft of one version to the next; index 0 is 1 -> 2.
const std::function<void(Json&)> kMigrations[] = {
    // 2 adds the revision two tabs merge by: a draft from before starts at 0.
    [](Json& j) {
        j[field::kRevision] = 0;
        j[field::kWriter] = "";
    },
};
static_assert(std::size(kMigrations) == kDraftVersion - 1);

scorecard::Result<int> stored_version(const Json& j, const std::string& key) {
    const Json* v = JsonReader::member(j, field::kVersion);
    if (!v || !v->is_number_integer() || v->get<long long>() < 1)
        return scorecard::Error{key, 0, field::kVersion, "stored draft has no version this app knows"};
    long long version = v->get<long long>();
    if (version > kDraftVersion)
        return scorecard::Error{key, 0, field::kVersion,
                                "stored by a newer version of Scorecard (draft version " + std::to_string(version) +
                                    "; this one reads up to " + std::to_string(kDraftVersion) + ")"};
    return int(version);
}

// A revision is a whole number from 0; anything else reads as 0 (never stored).
long long revision_of(const Json& j) {
    const Json* r = JsonReader::member(j, field::kRevision);
    return r && r->is_number_integer() && r->get<long long>() >= 0 ? r->get<long long>() : 0;
}

void read_merge_note(const Json& j, Draft& d) {
    const Json* m = JsonReader::member(j, field::kMerge);
    if (!m || !m->is_object()) return;
    MergeNote note;
    note.revision = revision_of(*m);
    std::vector<scorecard::Error> ignored;
    JsonReader rd("", ignored);
    rd.string(*m, field::kMergeBy, "", note.by);
    rd.string_array(*m, field::kMergeFields, "", note.fields);
    d.merge = std::move(note);
}

void read_device_members(const Json& j, const std::string& key, Draft& d) {
    std::vector<scorecard::Error> ignored;  // what only this device keeps is never worth losing the draft over
    JsonReader rd(key, ignored);
    rd.string(j, field::kPrivateNotes, "", d.private_notes);
    rd.integer(j, field::kCurrent, "", d.current, 0, 1 << 20);
    if (const Json* s = rd.object(j, field::kSeconds, ""))
        for (auto it = s->begin(); it != s->end(); ++it)
            if (it->is_number()) d.seconds[it.key()] = it->get<double>();
    if (const Json* q = rd.object(j, field::kQuestionAt, ""))
        for (auto it = q->begin(); it != q->end(); ++it)
            if (it->is_number_integer()) d.question_at[it.key()] = it->get<int>();
    if (const Json* c = JsonReader::member(j, field::kClockRunning); c && c->is_boolean()) d.clock_running = c->get<bool>();
    rd.string(j, field::kStartedAt, "", d.started_at);
    rd.string(j, field::kUpdatedAt, "", d.updated_at);
    if (const Json* e = JsonReader::member(j, field::kExported); e && e->is_boolean()) d.exported = e->get<bool>();
    d.revision = revision_of(j);
    rd.string(j, field::kWriter, "", d.writer);
    read_merge_note(j, d);
}

}  // namespace

Json draft_to_json(const Draft& d) {
    Json seconds = Json::object(), question_at = Json::object();
    for (const auto& [k, v] : d.seconds) seconds[k] = v;
    for (const auto& [k, v] : d.question_at) question_at[k] = v;
    Json out = {{field::kVersion, kDraftVersion},
                {field::kRevision, d.revision},
                {field::kWriter, d.writer},
                {field::kQuestionAt, question_at},
                {field::kClockRunning, d.clock_running},
                {field::kScorecard, scorecard::scorecard_to_json(d.card)},
                {field::kPrivateNotes, d.private_notes},
                {field::kCurrent, d.current},
                {field::kSeconds, seconds},
                {field::kStartedAt, d.started_at},
                {field::kUpdatedAt, d.updated_at},
                {field::kExported, d.exported}};
    if (d.merge)
        out[field::kMerge] = {{field::kRevision, d.merge->revision}, {field::kMergeBy, d.merge->by}, {field::kMergeFields, d.merge->fields}};
    add_unknown(out, &d.as_stored, kDraftMembers);
    if (Json* sc = child(out, field::kScorecard)) keep_unknown_scorecard(*sc, JsonReader::member(d.as_stored, field::kScorecard));
    return out;
}

scorecard::Result<Draft> draft_from_json(const Json& stored, const std::string& key) {
    if (!stored.is_object()) return scorecard::Error{key, 0, "", "stored draft is not a JSON object"};
    auto version = stored_version(stored, key);
    if (!version) return version.error();
    Json j = stored;
    for (int v = *version; v < kDraftVersion; ++v) kMigrations[v - 1](j);
    j[field::kVersion] = kDraftVersion;
    const Json* sc = JsonReader::member(j, field::kScorecard);
    if (!sc) return scorecard::Error{key, 0, field::kScorecard, "stored draft has no scorecard"};
    auto card = scorecard::scorecard_from_json(*sc, key);
    if (!card) return card.error();
    Draft d;
    d.card = std::move(*card);
    read_device_members(j, key, d);
    d.as_stored = std::move(j);
    return d;
}

scorecard::Result<Draft> parse_stored_draft(const std::string& text, const std::string& key) {
    auto j = scorecard::parse_json_text(text, key, scorecard::kMaxStoredBytes);
    if (!j) return j.error();
    return draft_from_json(*j, key);
}

}  // namespace app
