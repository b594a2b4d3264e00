// Live interview mode in the core and the app: question notes in the file format (an
// additive change), the edits that make them, undo by bursts of typing, the clock, the
// progress wording, local times and the remembered interviewer.
#include <doctest/doctest.h>

#include "app/app.hpp"
#include "app/interview_model.hpp"
#include "base/dates.hpp"
#include "fake_platform.hpp"
#include "rubric/library.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/summary.hpp"

using namespace app;
using test_fixtures::FakePlatform;
using scorecard::Json;

namespace {

std::string start(App& a) {
    a.tick(1.0);
    a.run(SetCandidateName{"Sam Taylor"});
    a.run(SetInterviewerName{"Ada Lovelace"});
    a.run(StartInterview{});
    REQUIRE(a.active_draft());
    return a.active_draft()->card.id;
}

const scorecard::Competency& first(const App& a) { return a.active_rubric()->competencies[0]; }
const scorecard::CompetencyScore& first_score(const App& a) { return a.active_draft()->card.competencies[0]; }

}  // namespace

TEST_CASE("question notes: written only when there is something, read back, validated") {
    const auto& r = scorecard::default_rubric();
    auto sc = scorecard::new_scorecard(r, "id-1", "2026-12-01");
    Json plain = scorecard::scorecard_to_json(sc);
    CHECK_FALSE(plain["competencies"][0].contains("questions"));  // files without notes are as before
    sc.competencies[0].questions.push_back({1, "Q two", true, "Answer", {"b-a", "b-b"}});
    sc.competencies[0].questions.push_back({0, "Q one", false, "", {}});  // empty: not written
    Json j = scorecard::scorecard_to_json(sc);
    REQUIRE(j["competencies"][0]["questions"].size() == 1);
    CHECK(j["competencies"][0]["questions"][0] ==
          Json::parse(R"({"index": 1, "question": "Q two", "asked": true, "note": "Answer", "behaviours": ["b-a", "b-b"]})"));
    auto back = scorecard::scorecard_from_json(j, "f.json");
    REQUIRE(back.ok());
    REQUIRE(back->competencies[0].questions.size() == 1);
    CHECK(back->competencies[0].questions[0] == sc.competencies[0].questions[0]);
    CHECK(back->competencies[0].evidence_count() == 1);  // a question note is written evidence

    j["competencies"][0]["questions"].push_back({{"index", 1}, {"asked", "yes"}});
    j["competencies"][0]["questions"].push_back({{"index", 100}});
    j["competencies"][1]["questions"] = "notes";
    auto errors = scorecard::validate_scorecard_json(j, "f.json");
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].to_string() == "f.json: competencies[0].questions[1].index: question 1 appears twice");
    CHECK(errors[1].to_string() == "f.json: competencies[0].questions[1].asked: must be true or false, got the string \"yes\"");
    CHECK(errors[2].to_string() == "f.json: competencies[0].questions[2].index: must be a whole number from 0 to 99, got 100");
    CHECK(errors[3].to_string() == "f.json: competencies[1].questions: must be an array, got the string \"notes\"");
}

TEST_CASE("question notes: the sealed digest covers them, and an older file's digest is unchanged") {
    const auto& r = scorecard::default_rubric();
    auto sc = scorecard::new_scorecard(r, "id-2", "2026-12-01");
    std::string before = scorecard::scorecard_digest(sc);
    sc.competencies[0].questions.push_back({0, "Q", false, "", {}});  // empty: no change to the file
    CHECK(scorecard::scorecard_digest(sc) == before);
    sc.competencies[0].questions[0].note = "said something";
    CHECK(scorecard::scorecard_digest(sc) != before);
}

TEST_CASE("question edits: a note marks the question asked; tags follow the rubric's order; unknown ones refused") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = start(a);
    const auto& c = first(a);
    a.run(EditDraft{id, SetQuestionNote{c.id, 2, "Ran the incident review"}});
    REQUIRE(first_score(a).questions.size() == 1);
    CHECK(first_score(a).questions[0].index == 2);
    CHECK(first_score(a).questions[0].asked);
    CHECK(first_score(a).questions[0].question == c.questions[2].text);
    a.run(EditDraft{id, SetQuestionAsked{c.id, 0, true}});
    CHECK(first_score(a).questions[0].index == 0);  // kept in question order
    a.run(EditDraft{id, TagBehaviour{c.id, 2, c.behaviours[3].id, true}});
    a.run(EditDraft{id, TagBehaviour{c.id, 2, c.behaviours[1].id, true}});
    CHECK(first_score(a).question(2)->behaviours == std::vector<std::string>{c.behaviours[1].id, c.behaviours[3].id});
    a.run(EditDraft{id, TagBehaviour{c.id, 2, c.behaviours[3].id, false}});
    CHECK(first_score(a).question(2)->behaviours == std::vector<std::string>{c.behaviours[1].id});
    a.run(EditDraft{id, SetQuestionNote{c.id, 9, "no such question"}});
    CHECK(a.notices().back().text == "the rubric has no question 10 for " + c.title);
    a.run(EditDraft{id, TagBehaviour{c.id, 0, "not-a-behaviour", true}});
    CHECK(a.notices().back().text == "unknown behaviour not-a-behaviour");
    CHECK(state_of(*a.active_draft(), c.id) == CompetencyState::InProgress);
    std::string md = scorecard::scorecard_markdown(a.active_draft()->card, *a.active_rubric());
    CHECK(md.find("**Q3.** " + c.questions[2].text + " (asked)\n\nRan the incident review\n\n*Shows:* " +
                  c.behaviours[1].text) != std::string::npos);
}

TEST_CASE("undo takes back a word at a time, and a pause ends a burst") {
    CHECK(starts_word("Led", "Led "));
    CHECK_FALSE(starts_word("Led ", "Led t"));
    CHECK_FALSE(starts_word("", " "));          // white space at the start ends no word
    CHECK_FALSE(starts_word("Led three", "Led"));  // deleting is part of the burst
    CHECK(starts_word("a", "a\n"));  // a line break after a word
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = start(a);
    std::string c = first(a).id;
    std::string typed;
    double t = 10.0;
    for (char ch : std::string("Led three teams")) {
        typed += ch;
        a.tick(t += 0.1);
        a.run(EditDraft{id, SetQuestionNote{c, 0, typed}});
    }
    auto note = [&] { return first_score(a).question(0)->note; };
    a.run(Undo{});
    CHECK(note() == "Led three");
    a.run(Undo{});
    CHECK(note() == "Led");
    a.run(Redo{});
    CHECK(note() == "Led three");
    a.run(Redo{});
    CHECK(note() == "Led three teams");
    a.tick(t += 0.1);
    a.run(EditDraft{id, SetQuestionNote{c, 0, "Led three teamsX"}});
    a.tick(t += 3.0);  // a pause
    a.run(EditDraft{id, SetQuestionNote{c, 0, "Led three teamsXY"}});
    a.run(Undo{});
    CHECK(note() == "Led three teamsX");
}

TEST_CASE("the clock: stopped at first, started by Start or the first note, paused, reset") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = start(a);
    auto total = [&] { return AppState::clock_total(*a.active_draft()); };
    a.tick(2.0);
    a.tick(3.0);
    CHECK(total() == 0);  // not started: the call has not begun
    CHECK_FALSE(a.active_draft()->clock_running);
    a.run(Go{Screen::Start});
    a.run(Go{Screen::Interview});
    a.run(EditDraft{id, SetQuestionNote{first(a).id, 0, "Hello"}});
    CHECK(a.active_draft()->clock_running);
    a.tick(4.0);
    a.tick(5.5);
    CHECK(total() == doctest::Approx(2.5));
    CHECK(a.seconds_until_wake() == doctest::Approx(1.0).epsilon(0.5));
    a.run(PauseClock{id});
    a.tick(9.0);
    CHECK(total() == doctest::Approx(2.5));
    a.run(StartClock{id});
    a.tick(10.0);
    CHECK(total() == doctest::Approx(3.5));
    a.run(ResetClock{id});
    CHECK(total() == 0);
    CHECK_FALSE(a.active_draft()->clock_running);
    a.run(EditDraft{id, SetQuestionNote{first(a).id, 0, "Hello again"}});
    CHECK(a.active_draft()->clock_running);  // a reset clock starts again with the next note
    a.tick(11.0);
    a.run(PauseClock{id});
    a.run(EditDraft{id, SetQuestionNote{first(a).id, 0, "Hello again!"}});
    CHECK_FALSE(a.active_draft()->clock_running);  // a paused clock stays paused while typing
}

TEST_CASE("progress counts done, rated and not assessed apart") {
    Progress p{3, 2, 1, 4};
    CHECK(progress_text(p, false) == "3 of 4 done: 2 rated, 1 not assessed");
    CHECK(progress_text(Progress{2, 2, 0, 2}, true) == "2 of 2 you cover done: 2 rated");
    CHECK(progress_text(Progress{0, 0, 0, 4}, false) == "0 of 4 done");
}

TEST_CASE("times are shown in the device's time zone with its offset; files keep UTC") {
    CHECK(scorecard::time_in_zone("2026-01-15T09:30:00Z", 60) == "15 Jan 2026, 10:30 (UTC+01:00)");
    CHECK(scorecard::time_in_zone("2026-01-01T00:30:00Z", -300) == "31 Dec 2025, 19:30 (UTC-05:00)");
    CHECK(scorecard::time_in_zone("2024-02-28T23:00:00Z", 330) == "29 Feb 2024, 04:30 (UTC+05:30)");
    CHECK(scorecard::time_in_zone("not a time", 60) == "not a time");
    FakePlatform p;
    App a(p);
    CHECK(a.local_time("2026-12-01T02:59:25Z") == "1 Dec 2026, 03:59 (UTC+01:00)");
}

TEST_CASE("the interviewer's name is remembered on this device") {
    FakePlatform p;
    {
        App a(p);
        a.load();
        CHECK(a.setup().interviewer.empty());
        start(a);
        CHECK(a.setup().interviewer == "Ada Lovelace");  // the form for the next interview
        a.flush();
    }
    App b(p);
    b.load();
    CHECK(b.setup().interviewer == "Ada Lovelace");
}
