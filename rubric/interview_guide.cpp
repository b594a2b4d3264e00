// Applying an interview guide to a rubric (interview_guide.hpp), read with the same
// JsonReader and member names as rubric JSON.
#include "rubric/interview_guide.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/json_document.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "rubric/rubric_json.hpp"

namespace scorecard {

namespace f = rubric_field;

namespace {

std::optional<Error> check_guide_header(const Json& g, const Rubric& rubric, const std::string& file) {
    auto fail = [&](std::string field, std::string message) { return Error{file, 0, std::move(field), std::move(message)}; };
    if (!g.is_object()) return fail("", "an interview guide must be a JSON object, got " + describe(g));
    const Json* format = JsonReader::member(g, f::kFormat);
    if (!format || *format != kInterviewGuideFormat) return fail(f::kFormat, "must be \"interview-guide\"");
    const Json* version = JsonReader::member(g, f::kVersion);
    if (!version || *version != kInterviewGuideVersion)
        return fail(f::kVersion, "unsupported interview guide version (this build reads version 1)");
    const Json* id = JsonReader::member(g, kGuideRubricField);
    if (!id || !id->is_string()) return fail(kGuideRubricField, "must be the rubric id as a string");
    if (id->get_ref<const std::string&>() != rubric.id)
        return fail(kGuideRubricField, "guide is for " + quote_input(id->get<std::string>()) + ", not " + quote_input(rubric.id));
    return std::nullopt;
}

// Applies one competency entry of the guide; a problem goes to the reader.
void apply_entry(JsonReader& rd, const Json& cj, const std::string& at, Rubric& out,
                 std::unordered_set<std::string>& seen) {
    std::string id;
    if (!rd.string(cj, f::kId, at, id, JsonReader::Need::required)) return;
    auto it = std::find_if(out.competencies.begin(), out.competencies.end(),
                           [&](const Competency& c) { return c.id == id; });
    if (it == out.competencies.end()) return rd.fail(member_path(at, f::kId), "rubric has no competency " + quote_input(id));
    if (!seen.insert(id).second) return rd.fail(member_path(at, f::kId), "competency " + quote_input(id) + " appears twice");
    rd.string(cj, f::kSummary, at, it->summary);
    rd.integer(cj, f::kMinutes, at, it->minutes, 0, kMaxMinutes);
    double weight = 0;
    if (rd.number(cj, f::kWeight, at, weight, 0, kMaxWeight)) it->weight = weight;
    if (JsonReader::member(cj, f::kQuestions)) {
        it->questions.clear();
        read_questions(rd, cj, at, it->questions);
    }
}

}  // namespace

Result<Rubric> apply_interview_guide(const Rubric& rubric, const std::string& guide_json, const std::string& file) {
    auto parsed = parse_json_text(guide_json, file);
    if (!parsed) return parsed.error();
    if (auto e = check_guide_header(*parsed, rubric, file)) return *e;
    Rubric out = rubric;
    std::vector<Error> errors;
    JsonReader rd(file, errors);
    std::unordered_set<std::string> seen;
    rd.objects(*parsed, f::kCompetencies, "", JsonReader::Need::required,
               [&](const Json& cj, const std::string& at) { apply_entry(rd, cj, at, out, seen); });
    if (!errors.empty()) return errors.front();
    if (auto e = check_rubric(out)) {
        Error err = *e;
        err.file = file;
        return err;
    }
    return out;
}

}  // namespace scorecard
