// Loading scorecard files for a panel, as the app's file chooser and the CLI do:
// every validation message, bad files beside good ones, the sample files in
// tests/data/scorecards and the documented examples in docs/examples.
//
// The sample files are written, with correct digests, by tools/make_fixtures.cpp
// (build/native/make_fixtures tests/data/scorecards docs/examples); these tests check them.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/json_document.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "base/sha256.hpp"
#include "rubric/library.hpp"
#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "panel/statistics.hpp"
#include "rubric/rubric_json.hpp"
#include "scorecard_fixtures.hpp"

using namespace scorecard;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kData = SCORECARD_TEST_DATA;
const std::string kScorecards = kData + "/scorecards";
const std::string kExamples = SCORECARD_EXAMPLES_DIR;

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}


std::string pretty(const Scorecard& sc) { return scorecard_to_json(sc).dump(2) + "\n"; }

std::vector<std::string> sample_files() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(kScorecards))
        if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

// A sealed scorecard on the small rubric, as file text.
std::string sealed_text(const std::string& candidate, const std::string& interviewer, int leads = 3) {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, candidate, interviewer);
    sc.competencies[0].score = leads;
    REQUIRE(seal(sc, r, "2025-03-04T10:00:00Z").empty());
    return pretty(sc);
}

const Error* find_problem(const LoadedScorecard& l, const std::string& field) {
    for (const auto& e : l.problems)
        if (e.field == field) return &e;
    return nullptr;
}

}  // namespace

TEST_SUITE("panel files") {

TEST_CASE("load: good files load, each bad one gets its own message, never blocking the others") {
    std::vector<std::pair<std::string, std::string>> files = {
        {"grace.json", sealed_text("Ada", "Grace", 2)},
        {"alan.json", sealed_text("Ada", "Alan", 4)},
        {"syntax.json", "{\n  \"format\": \"scorecard\",\n  \"version\": 1\n  \"id\": \"x\"\n}"},
        {"empty.json", ""},
    };
    json j = json::parse(sealed_text("Ada", "Barbara"));
    j["version"] = 3;
    files.push_back({"v3.json", j.dump()});
    j = json::parse(sealed_text("Ada", "Barbara"));
    j["competencies"][1]["score"] = 5;
    j["recommendation"] = "maybe";
    files.push_back({"score5.json", j.dump()});
    j = json::parse(sealed_text("Ada", "Barbara"));
    j["competencies"][0]["score"] = 1;
    files.push_back({"edited.json", j.dump()});
    files.push_back({"bob.json", sealed_text("Bob", "Barbara")});
    files.push_back({"grace-again.json", sealed_text("Ada", "grace ")});
    j = json::parse(sealed_text("Ada", "Edsger"));
    j["id"] = json::parse(files[1].second)["id"];
    files.push_back({"same-id.json", j.dump()});  // id of alan.json, digest now stale too
    j = json::parse(sealed_text("Ada", "Edsger"));
    j["submittedAt"] = nullptr;
    j["digest"] = nullptr;
    files.push_back({"draft.json", j.dump()});
    {
        Rubric r = test_fixtures::small_rubric();
        Scorecard old = test_fixtures::complete_scorecard(r, "Ada", "Ken");
        old.rubric.digest = "sha256:" + std::string(64, 'a');  // an earlier edit of the rubric
        REQUIRE(seal(old, r, "2025-03-04T10:00:00Z").empty());
        files.push_back({"old-rubric.json", pretty(old)});
    }

    Rubric r = test_fixtures::small_rubric();
    auto loaded = load_scorecards(files, &r);
    REQUIRE(loaded.size() == files.size());
    auto at = [&](const std::string& name) -> const LoadedScorecard& {
        for (const auto& l : loaded)
            if (l.file == name) return l;
        FAIL("no such file " << name);
        return loaded[0];
    };
    CHECK(at("grace.json").usable());
    CHECK(at("grace.json").problems.empty());
    CHECK(at("grace.json").warnings.empty());
    CHECK(at("alan.json").usable());

    const auto& syntax = at("syntax.json");
    CHECK_FALSE(syntax.usable());
    REQUIRE(syntax.problems.size() == 1);
    CHECK(syntax.problems[0].line == 4);
    CHECK(syntax.problems[0].to_string().rfind("syntax.json:4: not valid JSON", 0) == 0);
    CHECK(at("empty.json").problems[0].message == "empty file, expected JSON");

    const auto& v3 = at("v3.json");
    REQUIRE(v3.problems.size() == 1);
    CHECK(v3.problems[0].to_string() ==
          "v3.json: version: scorecard format version 3 is not supported; this version of Scorecard reads version 1");

    const auto& s5 = at("score5.json");
    REQUIRE(s5.problems.size() == 2);  // every problem of the file, one line each
    CHECK(s5.problems[0].to_string() == "score5.json: competencies[1].score: must be an integer from 1 to 4 or null, got 5");
    CHECK(s5.problems[1].field == "recommendation");

    const auto& edited = at("edited.json");
    CHECK_FALSE(edited.usable());
    REQUIRE(edited.problems.size() == 1);
    CHECK(edited.problems[0].to_string() == "edited.json: digest: edited after it was submitted (digest does not match)");

    const auto& bob = at("bob.json");
    CHECK_FALSE(bob.usable());
    CHECK(bob.conflicts);
    REQUIRE(bob.problems.size() == 1);
    CHECK(bob.problems[0].to_string() == "bob.json: candidate.name: candidate \"Bob\" differs from \"Ada\" in grace.json");

    const auto& again = at("grace-again.json");
    CHECK_FALSE(again.usable());
    CHECK_FALSE(again.conflicts);
    REQUIRE(find_problem(again, "interviewer.name"));
    CHECK(find_problem(again, "interviewer.name")->message ==
          "\"grace \" already has a scorecard in this panel (grace.json)");

    const auto& same = at("same-id.json");
    CHECK_FALSE(same.usable());
    // Changing the id after sealing also breaks the digest; that alone rejects the file.
    CHECK(find_problem(same, "digest"));

    // A draft is valid, listed, and never counted.
    const auto& draft = at("draft.json");
    CHECK_FALSE(draft.usable());
    CHECK(draft.status == FileStatus::NotCounted);
    REQUIRE(draft.scorecard);
    CHECK(draft.scorecard->interviewer == "Edsger");
    CHECK(draft.problems.empty());
    REQUIRE(draft.warnings.size() == 1);
    CHECK(draft.warnings[0].to_string() == "draft.json: submittedAt: not submitted (draft); a draft is not counted");

    const auto& old = at("old-rubric.json");
    CHECK_FALSE(old.usable());
    CHECK(old.conflicts);
    CHECK(old.problems[0].to_string() ==
          "old-rubric.json: rubric.digest: scored on a different version of rubric \"test-rubric\" (digest does not match the panel's)");
}

TEST_CASE("load: duplicate id, and the first valid file sets rubric and candidate") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard a = test_fixtures::complete_scorecard(r, "Ada", "Grace");
    REQUIRE(seal(a, r, "2025-03-04T10:00:00Z").empty());
    Scorecard b = test_fixtures::complete_scorecard(r, "Ada", "Alan");
    b.id = a.id;
    REQUIRE(seal(b, r, "2025-03-04T10:00:00Z").empty());
    Rubric other = r;
    other.id = "other-rubric";
    Scorecard c = test_fixtures::complete_scorecard(other, "Ada", "Edsger");
    REQUIRE(seal(c, other, "2025-03-04T10:00:00Z").empty());
    auto loaded = load_scorecards({{"a.json", pretty(a)}, {"b.json", pretty(b)}, {"c.json", pretty(c)}});
    CHECK(loaded[0].usable());
    CHECK_FALSE(loaded[1].usable());
    REQUIRE(loaded[1].problems.size() == 1);
    CHECK(loaded[1].problems[0].to_string() == "b.json: id: same scorecard id as a.json (the same scorecard loaded twice?)");
    CHECK_FALSE(loaded[2].usable());
    CHECK(loaded[2].conflicts);
    CHECK(loaded[2].problems[0].to_string() ==
          "c.json: rubric.id: uses rubric \"other-rubric\" but the panel's rubric is \"test-rubric\" (from a.json)");
    // Loading the same file twice: one copy is used.
    loaded = load_scorecards({{"a.json", pretty(a)}, {"a copy.json", pretty(a)}});
    CHECK(loaded[0].usable());
    CHECK_FALSE(loaded[1].usable());
    CHECK(loaded[1].problems.size() == 2);  // same id and same interviewer
}

TEST_CASE("load: never crashes on hostile input") {
    std::vector<std::pair<std::string, std::string>> files = {
        {"a", "[]"}, {"b", "42"}, {"c", "{\"format\":\"scorecard\",\"version\":1e300}"},
        {"d", "{\"format\":\"scorecard\",\"version\":1,\"competencies\":[null,[],{\"id\":{}}],\"rubric\":[]}"},
        {"e", std::string(kMaxImportBytes + 1, ' ')}, {"f", "\"\\ud800\""},
        {"g", "{\"format\":\"scorecard\",\"version\":1,\"id\":\"x\",\"rubric\":{\"id\":\"r\",\"title\":\"t\",\"digest\":\"sha256:" +
                  std::string(64, '0') + "\"},\"candidate\":{\"name\":\"A\"},\"interviewer\":{\"name\":\"B\"},\"date\":\"9999-99-99\","
                  "\"competencies\":[{\"id\":\"c\",\"score\":-9223372036854775808,\"evidence\":[{}]}],\"covered\":[1],\"reopened\":{}}"},
    };
    auto loaded = load_scorecards(files);
    REQUIRE(loaded.size() == files.size());
    for (const auto& l : loaded) {
        CAPTURE(l.file);
        CHECK_FALSE(l.usable());
        CHECK_FALSE(l.problems.empty());
    }
    CHECK(loaded.back().problems.size() >= 6);
}

TEST_CASE("sample scorecards: four valid sealed L5 scorecards for one candidate") {
    auto paths = sample_files();
    REQUIRE(paths.size() == 4);
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& p : paths) files.push_back({fs::path(p).filename().string(), slurp(p)});
    const Rubric& r = default_rubric();
    auto loaded = load_scorecards(files, &r);
    std::vector<Scorecard> good;
    for (const auto& l : loaded) {
        CAPTURE(l.file);
        for (const auto& e : l.problems) CAPTURE(e.to_string());
        // A failure here after a change to the built-in L5 rubric means the samples
        // need regenerating (see the top of this file).
        CHECK(l.problems.empty());
        CHECK(l.warnings.empty());
        if (l.scorecard) good.push_back(*l.scorecard);
    }
    REQUIRE(good.size() == 4);
    auto p = consolidate(good, &r);
    REQUIRE(p.ok());
    CHECK(p->candidate == "Sam Taylor");
    REQUIRE(p->competencies.size() == r.competencies.size());
    CHECK(p->competencies[0].title == r.competencies[0].title);
    CHECK(p->competencies[0].n == 4);
    CHECK(p->competencies[0].disagreement);  // 2..4
    CHECK(p->competencies[2].n == 3);
    CHECK(p->competencies[2].not_assessed == 1);
    // Means by hand from the samples: leads 3,2,4,2; strategy 3,3,2,3; culture 2,2,(not assessed),3; 4,3,3,3.
    CHECK(*p->competencies[0].mean == doctest::Approx(2.75));
    CHECK(*p->competencies[1].mean == doctest::Approx(2.75));
    CHECK(*p->competencies[2].mean == doctest::Approx(7.0 / 3.0));
    CHECK(*p->competencies[3].mean == doctest::Approx(3.25));
    CHECK(*p->overall_mean == doctest::Approx((2.75 + 2.75 + 7.0 / 3.0 + 3.25) / 4));
    CHECK(p->recommendations.at("yes") == 2);
    CHECK(p->recommendations.at("strong_yes") == 1);
    CHECK(p->recommendations.at("no") == 1);
}

TEST_CASE("sample bad scorecards beside the good ones") {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& p : sample_files()) files.push_back({fs::path(p).filename().string(), slurp(p)});
    std::vector<std::string> bad;
    for (const auto& e : fs::directory_iterator(kScorecards + "/bad")) bad.push_back(e.path().string());
    std::sort(bad.begin(), bad.end());
    REQUIRE(bad.size() == 10);
    for (const auto& p : bad) files.push_back({fs::path(p).filename().string(), slurp(p)});
    auto loaded = load_scorecards(files, &default_rubric());
    std::map<std::string, std::string> first_problem;
    int usable = 0;
    for (const auto& l : loaded) {
        if (l.usable()) ++usable;
        if (!l.problems.empty()) first_problem[l.file] = l.problems[0].field + ": " + l.problems[0].message;
    }
    CHECK(usable == 4);  // the four: the draft is not counted, the 2026 interview is held back
    CHECK(first_problem["syntax-error.scorecard.json"].rfind(": not valid JSON", 0) == 0);
    CHECK(first_problem["version-2.scorecard.json"].rfind("version: scorecard format version 2", 0) == 0);
    CHECK(first_problem["score-5.scorecard.json"] == "competencies[1].score: must be an integer from 1 to 4 or null, got 5");
    CHECK(first_problem["edited-after-submit.scorecard.json"] == "digest: edited after it was submitted (digest does not match)");
    CHECK(first_problem["other-candidate.scorecard.json"].rfind("candidate.name: candidate \"Alex Morgan\" differs", 0) == 0);
    CHECK(first_problem["duplicate-interviewer.scorecard.json"].rfind("interviewer.name: \"Priya Shah\" already has", 0) == 0);
    CHECK(first_problem["duplicate-id.scorecard.json"].rfind("id: same scorecard id as", 0) == 0);
    CHECK(first_problem["other-rubric.scorecard.json"].rfind("rubric.id: uses rubric \"l4-support-manager\"", 0) == 0);
    CHECK(first_problem.count("draft.scorecard.json") == 0);
    CHECK(first_problem.count("dated-2026-12-01.scorecard.json") == 0);
    for (const auto& l : loaded) {
        CAPTURE(l.file);
        if (l.file == "draft.scorecard.json") CHECK(l.status == FileStatus::NotCounted);
        else if (l.file == "dated-2026-12-01.scorecard.json") CHECK(l.status == FileStatus::HeldBack);
        else if (!l.usable()) CHECK(l.status == FileStatus::Refused);
    }
}

TEST_CASE("docs/examples validate") {
    auto sc = parse_scorecard(slurp(kExamples + "/scorecard.json"), "scorecard.json");
    REQUIRE_MESSAGE(sc.ok(), sc.error().to_string());
    CHECK(sc->sealed());
    CHECK(digest_matches(*sc));
    CHECK(sc->rubric.digest == rubric_digest(default_rubric()));

    auto pj = parse_json_text(slurp(kExamples + "/panel.json"), "panel.json");
    REQUIRE(pj.ok());
    const json& j = *pj;
    CHECK(j["format"] == "panel");
    CHECK(j["version"] == kPanelFormatVersion);
    CHECK(j["scorecards"].size() == 4);
    CHECK(j["rubric"]["digest"] == sc->rubric.digest);
    // The example is exactly what loading the four samples in interview order, with the draft
    // and the 2026 interview beside them, produces.
    std::vector<std::pair<std::string, std::string>> files;
    for (const char* who : {"priya-shah", "marcus-chen", "elena-rossi", "tom-baker"}) {
        std::string name = std::string("sam-taylor-") + who + "-2025-03-04.scorecard.json";
        files.push_back({name, slurp(kScorecards + "/" + name)});
    }
    for (const char* name : {"draft.scorecard.json", "dated-2026-12-01.scorecard.json"})
        files.push_back({name, slurp(kScorecards + "/bad/" + name)});
    auto loaded = load_scorecards(files, &default_rubric());
    std::vector<Scorecard> counted;
    for (const auto& l : loaded)
        if (l.usable()) counted.push_back(*l.scorecard);
    REQUIRE(counted.size() == 4);
    auto panel = consolidate(counted, &default_rubric());
    REQUIRE(panel.ok());
    attach_files(*panel, loaded, false);
    CHECK(j["excluded"].size() == 2);
    CHECK(j["excluded"][0]["status"] == "not_counted");
    CHECK(j["excluded"][1]["status"] == "held_back");
    panel->decision = {j["decision"]["decision"].get<std::string>(), j["decision"]["otherLevel"].get<std::string>(),
                       j["decision"]["rationale"].get<std::string>(),
                       j["decision"]["attendees"].get<std::vector<std::string>>()};
    CHECK(panel_to_json(*panel) == j);
}

}  // TEST_SUITE

TEST_CASE("load: many candidates on one rubric (the app's panel view)") {
    CHECK(name_key(" Ada  Lovelace ") == name_key("ada lovelace"));
    CHECK(name_key("Ada") != name_key("Ada L"));
    // Two candidates, the same interviewers: every file usable, none conflicting.
    std::vector<std::pair<std::string, std::string>> files = {
        {"ada-grace.json", sealed_text("Ada", "Grace", 3)}, {"ada-alan.json", sealed_text("Ada", "Alan", 2)},
        {"bob-grace.json", sealed_text("Bob", "Grace", 4)}, {"bob-alan.json", sealed_text("Bob", "Alan", 1)}};
    auto loaded = load_scorecards(files, nullptr, true);
    REQUIRE(loaded.size() == 4);
    for (const auto& l : loaded) {
        CAPTURE(l.file);
        CHECK(l.usable());
        CHECK_FALSE(l.conflicts);
        CHECK(l.problems.empty());
    }
    // The CLI's single-candidate mode still rejects the second candidate.
    auto single = load_scorecards(files);
    CHECK_FALSE(single[2].usable());
    CHECK(single[2].conflicts);

    // The same interviewer twice for one candidate is still a duplicate, named with the candidate.
    {
        Rubric r = test_fixtures::small_rubric();
        Scorecard again = test_fixtures::complete_scorecard(r, "ada", "Grace ");
        again.id = "0b7e6a1c-another-id";
        REQUIRE(seal(again, r, "2025-03-04T10:00:00Z").empty());
        files.push_back({"ada-grace-again.json", pretty(again)});
    }
    loaded = load_scorecards(files, nullptr, true);
    CHECK_FALSE(loaded[4].usable());
    CHECK_FALSE(loaded[4].conflicts);
    REQUIRE(loaded[4].problems.size() == 1);
    CHECK(loaded[4].problems[0].to_string() ==
          "ada-grace-again.json: interviewer.name: \"Grace \" already has a scorecard for \"ada\" in this panel (ada-grace.json)");

    // Another rubric, or another version of it, still conflicts across candidates.
    Rubric other = test_fixtures::small_rubric();
    other.id = "other-rubric";
    Scorecard c = test_fixtures::complete_scorecard(other, "Cy", "Edsger");
    REQUIRE(seal(c, other, "2025-03-04T10:00:00Z").empty());
    loaded = load_scorecards({files[0], {"cy.json", pretty(c)}}, nullptr, true);
    CHECK_FALSE(loaded[1].usable());
    CHECK(loaded[1].conflicts);
    CHECK(loaded[1].problems[0].field == "rubric.id");

    // A scorecard id is unique across the whole set, whichever candidate it names.
    auto twin = parse_scorecard(files[0].second);
    REQUIRE(twin);
    Scorecard t = *twin;
    t.candidate = "Bob";
    t.interviewer = "Edsger";
    Rubric r = test_fixtures::small_rubric();
    t.submitted_at.reset();
    t.digest.reset();
    REQUIRE(seal(t, r, "2025-03-04T10:00:00Z").empty());
    loaded = load_scorecards({files[0], {"twin.json", pretty(t)}}, nullptr, true);
    CHECK_FALSE(loaded[1].usable());
    CHECK(loaded[1].problems[0].field == "id");
}
