// Scorecard model: scoring, submit checks, sealing, the digest and file format version 1.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "base/json_document.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "base/sha256.hpp"
#include "scorecard/scorecard.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/scoring.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/summary.hpp"
#include "scorecard_fixtures.hpp"

using namespace scorecard;
using nlohmann::json;

TEST_SUITE("scorecard") {

TEST_CASE("a new scorecard has one empty entry per competency, in rubric order") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = new_scorecard(r, "id-1", "2025-03-04");
    REQUIRE(sc.competencies.size() == 3);
    CHECK(sc.competencies[0].id == "leads");
    CHECK(sc.competencies[2].id == "culture");
    CHECK(sc.rubric.id == "test-rubric");
    CHECK(sc.rubric.digest.rfind("sha256:", 0) == 0);
    CHECK(sc.rubric.digest.size() == 71);
    CHECK_FALSE(sc.sealed());
    CHECK(sc.is_required("culture"));
}

TEST_CASE("score: plain mean of rated competencies") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = new_scorecard(r, "id", "2025-03-04");
    CHECK_FALSE(compute_score(sc, &r).mean.has_value());
    sc.competencies[0].score = 2;
    sc.competencies[1].score = 3;
    sc.competencies[2].not_assessed_reason = "ran out of time";
    auto s = compute_score(sc, &r);
    REQUIRE(s.mean.has_value());
    CHECK(*s.mean == doctest::Approx(2.5));
    CHECK(s.rated == 2);
    CHECK(s.not_assessed == 1);
    CHECK(s.total == 3);
    CHECK(*compute_score(sc).mean == doctest::Approx(2.5));
}

TEST_CASE("score: weighted where the rubric sets weights, missing weight counts 1") {
    Rubric r = test_fixtures::small_rubric();
    r.competencies[0].weight = 2.0;
    r.competencies[2].weight = 0.5;
    Scorecard sc = new_scorecard(r, "id", "2025-03-04");
    sc.competencies[0].score = 2;  // weight 2
    sc.competencies[1].score = 3;  // weight 1 (unset)
    sc.competencies[2].score = 4;  // weight 0.5
    // (2*2 + 3*1 + 4*0.5) / 3.5 = 9 / 3.5
    CHECK(*compute_score(sc, &r).mean == doctest::Approx(9.0 / 3.5));
    // Without the rubric every weight is 1.
    CHECK(*compute_score(sc).mean == doctest::Approx(3.0));
}

TEST_CASE("missing for submit: unrated required competencies, reason, recommendation, rationale") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = new_scorecard(r, "id", "2025-03-04");
    sc.candidate = "Ada";
    sc.interviewer = "Grace";
    auto missing = missing_for_submit(sc, r);
    REQUIRE(missing.size() == 5);
    CHECK(missing[0].competency == "leads");
    CHECK(missing[0].message == "I lead and support other leaders: not rated (rate it or mark it not assessed with a reason)");
    CHECK(missing[3].message == "Choose an overall recommendation");
    CHECK(missing[4].message == "Write a rationale for the recommendation");

    sc.covered = {"leads"};
    sc.competencies[0].score = 3;
    sc.competencies[1].not_assessed_reason = "  ";
    sc.recommendation = "yes";
    sc.rationale = "Strong examples.";
    missing = missing_for_submit(sc, r);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].competency == "strategy");
    CHECK(missing[0].message == "I drive strategic improvements: marked not assessed without a reason");

    sc.competencies[1].not_assessed_reason = "covered by another interviewer";
    CHECK(missing_for_submit(sc, r).empty());
}

TEST_CASE("missing for submit: names and date") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", "Grace");
    sc.candidate = " ";
    sc.date = "2025-02-30";
    auto missing = missing_for_submit(sc, r);
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].message == "The candidate's name is missing");
    CHECK(missing[1].message == "The interview date is not a valid date (YYYY-MM-DD)");
}

TEST_CASE("submit warnings: a rating without any evidence") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = new_scorecard(r, "id", "2025-03-04");
    sc.competencies[0].score = 3;
    sc.competencies[1].score = 2;
    sc.competencies[1].evidence = {{"b1", "   "}};  // blank evidence does not count
    sc.competencies[2].score = 4;
    sc.competencies[2].notes = "Told a clear story about a reorg.";
    auto w = submit_warnings(sc, r);
    REQUIRE(w.size() == 2);
    CHECK(w[0].competency == "leads");
    CHECK(w[0].message == "I lead and support other leaders: rated without any evidence");
    CHECK(w[1].competency == "strategy");
    sc.competencies[0].evidence = {{"b1", "Coached two new managers"}};
    CHECK(sc.competencies[0].evidence_count() == 1);
    CHECK(sc.competencies[1].evidence_count() == 0);
    CHECK(submit_warnings(sc, r).size() == 1);
}

TEST_CASE("seal refuses while something is missing") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = new_scorecard(r, "id", "2025-03-04");
    auto missing = seal(sc, r, "2025-03-04T10:00:00Z");
    CHECK_FALSE(missing.empty());
    CHECK_FALSE(sc.sealed());
    CHECK_FALSE(sc.digest.has_value());
}

TEST_CASE("seal sets submittedAt and a digest that matches, reopen records and clears") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", "Grace");
    CHECK(seal(sc, r, "2025-03-04T10:00:00Z").empty());
    REQUIRE(sc.sealed());
    CHECK(*sc.submitted_at == "2025-03-04T10:00:00Z");
    REQUIRE(sc.digest.has_value());
    CHECK(sc.digest->size() == 71);
    CHECK(*sc.digest == scorecard_digest(sc));
    CHECK(digest_matches(sc));

    reopen(sc, "2025-03-05T09:00:00Z", "Forgot a note");
    CHECK_FALSE(sc.sealed());
    CHECK_FALSE(sc.digest.has_value());
    REQUIRE(sc.reopened.size() == 1);
    CHECK(sc.reopened[0] == ReopenEvent{"2025-03-05T09:00:00Z", "Forgot a note"});
    CHECK_FALSE(digest_matches(sc));
    json j = scorecard_to_json(sc);
    REQUIRE(j.contains("reopened"));
    CHECK(j["reopened"][0]["reason"] == "Forgot a note");

    // Reopening a draft is a no-op: nothing was sealed.
    reopen(sc, "2025-03-05T09:01:00Z", "again");
    CHECK(sc.reopened.size() == 1);

    CHECK(seal(sc, r, "2025-03-05T10:00:00Z").empty());
    CHECK(digest_matches(sc));
    auto back = scorecard_from_json(scorecard_to_json(sc), "x.json");
    REQUIRE(back.ok());
    CHECK(*back == sc);
    CHECK(digest_matches(*back));
}

TEST_CASE("digest: stable, excludes itself, covers submittedAt, changes on any edit") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", "Grace");
    REQUIRE(seal(sc, r, "2025-03-04T10:00:00Z").empty());
    std::string d = *sc.digest;
    CHECK(scorecard_digest(sc) == d);

    // Computed over the JSON without "digest" (whatever that held).
    json j = scorecard_to_json(sc);
    j.erase("digest");
    CHECK(digest_of(j) == d);
    Scorecard other = sc;
    other.digest = "sha256:" + std::string(64, '0');
    CHECK(scorecard_digest(other) == d);

    // Key order and whitespace in the file do not matter: canonical JSON.
    auto reparsed = parse_scorecard(scorecard_to_json(sc).dump(4), "x.json");
    REQUIRE(reparsed.ok());
    CHECK(scorecard_digest(*reparsed) == d);

    Scorecard edited = sc;
    edited.competencies[1].score = 1;
    CHECK(scorecard_digest(edited) != d);
    CHECK_FALSE(digest_matches(edited));
    edited = sc;
    edited.competencies[0].evidence[0].note += ".";
    CHECK(scorecard_digest(edited) != d);
    edited = sc;
    edited.submitted_at = "2025-03-04T10:00:01Z";
    CHECK(scorecard_digest(edited) != d);
    edited = sc;
    edited.rationale = "changed";
    CHECK_FALSE(digest_matches(edited));
}

TEST_CASE("format: round trip, fixed fields, blank evidence not written, optional members omitted") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, "Ada Lovelace", "Grace Hopper");
    json j = scorecard_to_json(sc);
    CHECK(j["format"] == "scorecard");
    CHECK(j["version"] == 1);
    CHECK(j["rubric"]["id"] == "test-rubric");
    CHECK(j["candidate"]["name"] == "Ada Lovelace");
    CHECK(j["interviewer"]["name"] == "Grace Hopper");
    CHECK(j["date"] == "2025-03-04");
    CHECK(j["submittedAt"].is_null());
    CHECK(j["digest"].is_null());
    CHECK(j["competencies"][0]["score"] == 3);
    CHECK(j["competencies"][0]["notAssessedReason"].is_null());
    CHECK(j["competencies"][2]["score"].is_null());
    CHECK(j["competencies"][2]["notAssessedReason"] == "Out of time");
    CHECK(j["recommendation"] == "yes");
    CHECK_FALSE(j.contains("covered"));
    CHECK_FALSE(j.contains("reopened"));
    auto back = scorecard_from_json(j);
    REQUIRE(back.ok());
    CHECK(*back == sc);

    sc.competencies[0].evidence.push_back({"b2", "  "});
    sc.covered = {"leads", "strategy"};
    j = scorecard_to_json(sc);
    CHECK(j["competencies"][0]["evidence"].size() == 1);
    CHECK(j["covered"] == json::array({"leads", "strategy"}));
    back = scorecard_from_json(j);
    REQUIRE(back.ok());
    CHECK(back->covered == sc.covered);
    CHECK(back->competencies[0].evidence.size() == 1);

    // A file that holds a blank evidence note (written by hand or by another tool) reads as
    // the writer would have written it: without it, so it reads back unchanged.
    j["competencies"][0]["evidence"].push_back({{"behaviour", "b2"}, {"note", " \t"}});
    auto with_blank = scorecard_from_json(j);
    REQUIRE(with_blank.ok());
    CHECK(with_blank->competencies[0].evidence.size() == 1);
    auto again = scorecard_from_json(scorecard_to_json(*with_blank));
    REQUIRE(again.ok());
    CHECK(*again == *with_blank);
    j["competencies"][0]["evidence"].erase(1);

    // Unknown members are ignored, as are optional ones left out.
    j["privateNotes"] = "never exported";
    j["competencies"][1]["extra"] = 1;
    j.erase("keyTakeaways");
    j["competencies"][1].erase("evidence");
    CHECK(scorecard_from_json(j).ok());
}

TEST_CASE("validation: each problem names file, field and what was wrong") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", "Grace");
    REQUIRE(seal(sc, r, "2025-03-04T10:00:00Z").empty());
    const json good = scorecard_to_json(sc);
    REQUIRE(validate_scorecard_json(good, "a.json").empty());

    struct Case {
        const char* name;
        std::function<void(json&)> edit;
        std::string field;
        std::string message;
    };
    std::vector<Case> cases = {
        {"not an object", [](json& j) { j = json::array(); }, "", "expected a JSON object (a scorecard file), got an array"},
        {"format missing", [](json& j) { j.erase("format"); }, "format",
         "missing; this is not a scorecard file (expected \"format\": \"scorecard\")"},
        {"other format", [](json& j) { j["format"] = "rubric"; }, "format", "expected \"scorecard\", got a \"rubric\" file"},
        {"version missing", [](json& j) { j.erase("version"); }, "version", "missing; expected 1"},
        {"version string", [](json& j) { j["version"] = "1"; }, "version", "must be an integer, got the string \"1\""},
        {"version 2", [](json& j) { j["version"] = 2; }, "version",
         "scorecard format version 2 is not supported; this version of Scorecard reads version 1"},
        {"id missing", [](json& j) { j.erase("id"); }, "id", "missing; expected a string"},
        {"id empty", [](json& j) { j["id"] = ""; }, "id", "must not be empty"},
        {"rubric not object", [](json& j) { j["rubric"] = "x"; }, "rubric", "must be an object, got the string \"x\""},
        {"rubric id number", [](json& j) { j["rubric"]["id"] = 3; }, "rubric.id", "must be a string, got 3"},
        {"rubric digest", [](json& j) { j["rubric"]["digest"] = "md5:abc"; }, "rubric.digest",
         "must be \"sha256:\" followed by 64 lower-case hex digits, got \"md5:abc\""},
        {"candidate missing", [](json& j) { j.erase("candidate"); }, "candidate", "missing; expected an object"},
        {"candidate name", [](json& j) { j["candidate"]["name"] = nullptr; }, "candidate.name", "must be a string, got null"},
        {"interviewer name", [](json& j) { j["interviewer"].erase("name"); }, "interviewer.name", "missing; expected a string"},
        {"date format", [](json& j) { j["date"] = "04/03/2025"; }, "date",
         "must be a calendar date YYYY-MM-DD, got \"04/03/2025\""},
        {"date invalid", [](json& j) { j["date"] = "2025-02-29"; }, "date",
         "must be a calendar date YYYY-MM-DD, got \"2025-02-29\""},
        {"competencies missing", [](json& j) { j.erase("competencies"); }, "competencies", "missing; expected an array"},
        {"competencies object", [](json& j) { j["competencies"] = json::object(); }, "competencies",
         "must be an array, got an object"},
        {"competency not object", [](json& j) { j["competencies"][1] = 3; }, "competencies[1]", "must be an object, got 3"},
        {"competency id", [](json& j) { j["competencies"][1].erase("id"); }, "competencies[1].id",
         "missing; expected a string"},
        {"duplicate competency", [](json& j) { j["competencies"][1]["id"] = "leads"; }, "competencies[1].id",
         "duplicate competency \"leads\""},
        {"score 5", [](json& j) { j["competencies"][1]["score"] = 5; }, "competencies[1].score",
         "must be an integer from 1 to 4 or null, got 5"},
        {"score 0", [](json& j) { j["competencies"][0]["score"] = 0; }, "competencies[0].score",
         "must be an integer from 1 to 4 or null, got 0"},
        {"score float", [](json& j) { j["competencies"][1]["score"] = 2.5; }, "competencies[1].score",
         "must be an integer from 1 to 4 or null, got 2.5"},
        {"score string", [](json& j) { j["competencies"][1]["score"] = "3"; }, "competencies[1].score",
         "must be an integer from 1 to 4 or null, got the string \"3\""},
        {"score and reason", [](json& j) { j["competencies"][0]["notAssessedReason"] = "x"; }, "competencies[0]",
         "has both a score and a notAssessedReason; a competency is either rated or not assessed"},
        {"reason type", [](json& j) { j["competencies"][2]["notAssessedReason"] = true; },
         "competencies[2].notAssessedReason", "must be a string or null, got true"},
        {"evidence type", [](json& j) { j["competencies"][0]["evidence"] = "note"; }, "competencies[0].evidence",
         "must be an array, got the string \"note\""},
        {"evidence item", [](json& j) { j["competencies"][0]["evidence"][0] = "note"; }, "competencies[0].evidence[0]",
         "must be an object, got the string \"note\""},
        {"evidence behaviour", [](json& j) { j["competencies"][0]["evidence"][0].erase("behaviour"); },
         "competencies[0].evidence[0].behaviour", "missing; expected a string"},
        {"evidence note", [](json& j) { j["competencies"][0]["evidence"][0]["note"] = 1; },
         "competencies[0].evidence[0].note", "must be a string, got 1"},
        {"notes", [](json& j) { j["competencies"][0]["notes"] = json::array(); }, "competencies[0].notes",
         "must be a string, got an array"},
        {"recommendation", [](json& j) { j["recommendation"] = "maybe"; }, "recommendation",
         "must be one of strong_no, no, yes, strong_yes or null, got \"maybe\""},
        {"recommendation type", [](json& j) { j["recommendation"] = 1; }, "recommendation",
         "must be one of strong_no, no, yes, strong_yes or null, got 1"},
        {"rationale", [](json& j) { j["rationale"] = 1; }, "rationale", "must be a string, got 1"},
        {"keyTakeaways", [](json& j) { j["keyTakeaways"] = false; }, "keyTakeaways", "must be a string, got false"},
        {"submittedAt local", [](json& j) { j["submittedAt"] = "2025-03-04T10:00:00"; }, "submittedAt",
         "must be an ISO 8601 UTC time like 2025-01-31T14:05:00Z, got \"2025-03-04T10:00:00\""},
        {"submittedAt type", [](json& j) { j["submittedAt"] = 5; }, "submittedAt", "must be a string or null, got 5"},
        {"digest format", [](json& j) { j["digest"] = "sha256:XYZ"; }, "digest",
         "must be \"sha256:\" followed by 64 lower-case hex digits or null, got \"sha256:XYZ\""},
        {"sealed without digest", [](json& j) { j["digest"] = nullptr; }, "digest",
         "missing; a submitted scorecard must carry its digest"},
        {"digest without submit", [](json& j) { j["submittedAt"] = nullptr; }, "submittedAt",
         "missing; a scorecard with a digest must say when it was submitted"},
        {"covered type", [](json& j) { j["covered"] = "leads"; }, "covered",
         "must be an array of competency ids, got the string \"leads\""},
        {"covered unknown", [](json& j) { j["covered"] = {"leads", "nope"}; }, "covered[1]",
         "\"nope\" is not one of this scorecard's competencies"},
        {"reopened item", [](json& j) { j["reopened"] = {{{"at", "yesterday"}, {"reason", "x"}}}; }, "reopened[0].at",
         "must be an ISO 8601 UTC time like 2025-01-31T14:05:00Z, got \"yesterday\""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        json j = good;
        c.edit(j);
        auto errors = validate_scorecard_json(j, "a.json");
        REQUIRE(errors.size() >= 1);
        CHECK(errors[0].file == "a.json");
        CHECK(errors[0].field == c.field);
        CHECK(errors[0].message == c.message);
        auto r1 = scorecard_from_json(j, "a.json");
        REQUIRE_FALSE(r1.ok());
        CHECK(r1.error().field == c.field);
    }
}

TEST_CASE("validation: all problems of one file, one Error each, rendered FILE: field: message") {
    Rubric r = test_fixtures::small_rubric();
    json j = scorecard_to_json(test_fixtures::complete_scorecard(r, "Ada", "Grace"));
    j["competencies"][0]["score"] = 7;
    j["date"] = "tomorrow";
    j["recommendation"] = "neutral";
    auto errors = validate_scorecard_json(j, "grace.json");
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].to_string() == "grace.json: date: must be a calendar date YYYY-MM-DD, got \"tomorrow\"");
    CHECK(errors[1].to_string() == "grace.json: competencies[0].score: must be an integer from 1 to 4 or null, got 7");
    CHECK(errors[2].field == "recommendation");
}

TEST_CASE("parse_scorecard: syntax errors name the line") {
    auto r = parse_scorecard("{\n  \"format\": \"scorecard\",\n  \"version\": 1,,\n}", "bad.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == "bad.json");
    CHECK(r.error().line == 3);
    CHECK(r.error().message.find("not valid JSON") != std::string::npos);
    CHECK_FALSE(parse_scorecard("", "empty.json").ok());
    CHECK_FALSE(parse_scorecard("\xff\xfe", "bin.json").ok());
    CHECK_FALSE(parse_scorecard("null", "null.json").ok());
}

TEST_CASE("file name is slugged, with fallbacks") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = new_scorecard(r, "id", "2025-03-04");
    sc.candidate = "Zoë O'Brien";
    sc.interviewer = "Grace Hopper";
    CHECK(scorecard_file_name(sc) == "zoe-obrien-grace-hopper-2025-03-04.scorecard.json");
    sc.candidate = "";
    sc.interviewer = "!!";
    CHECK(scorecard_file_name(sc) == "candidate-interviewer-2025-03-04.scorecard.json");
}

TEST_CASE("recommendation labels") {
    CHECK(recommendation_label("strong_no") == "Strong no");
    CHECK(recommendation_label("yes") == "Yes");
    CHECK(recommendation_label("maybe") == "");
}

TEST_CASE("Markdown summary for an applicant tracking system") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, "Ada Lovelace", "Grace Hopper");
    sc.key_takeaways = "Calm under pressure.";
    std::string md = scorecard_markdown(sc, r);
    CAPTURE(md);
    CHECK(md.find("# Interview scorecard: Ada Lovelace") == 0);
    CHECK(md.find("**Role:** Test rubric") != std::string::npos);
    CHECK(md.find("**Interviewer:** Grace Hopper") != std::string::npos);
    CHECK(md.find("**Date:** 2025-03-04") != std::string::npos);
    CHECK(md.find("**Recommendation:** Yes") != std::string::npos);
    CHECK(md.find("**Score:** 2.5 of 4 (2 of 3 competencies rated)") != std::string::npos);
    CHECK(md.find("### I lead and support other leaders: 3 ") != std::string::npos);
    CHECK(md.find("- *I guide managers*: Coached two new managers through a reorg") != std::string::npos);
    CHECK(md.find("### I build culture: not assessed") != std::string::npos);
    CHECK(md.find("Not assessed: Out of time") != std::string::npos);
    CHECK(md.find("## Key takeaways\n\nCalm under pressure.") != std::string::npos);
    CHECK(md.find("## Rationale\n\nGood examples throughout.") != std::string::npos);
}

}  // TEST_SUITE
