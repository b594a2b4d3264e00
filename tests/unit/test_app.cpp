// The headless app (app/), driven through its commands with a fake platform: set-up,
// the edit path with undo and autosave timing, storage failures, file routing, the
// rubric import rule, the panel session stored and restored, and the independent-first rule.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/app.hpp"
#include "app/file_routing.hpp"
#include "app/storage_keys.hpp"
#include "base/vocabulary.hpp"
#include "fake_platform.hpp"
#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"
#include "scorecard/scorecard_json.hpp"

using namespace app;
using test_fixtures::FakePlatform;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The four sample L5 scorecards of tests/data/scorecards, as the chooser delivers them.
std::vector<FileIn> sample_files() {
    std::vector<FileIn> out;
    for (const auto& e : fs::directory_iterator(std::string(SCORECARD_TEST_DATA) + "/scorecards"))
        if (e.is_regular_file()) out.push_back({e.path().filename().string(), slurp(e.path().string())});
    std::sort(out.begin(), out.end(), [](const FileIn& a, const FileIn& b) { return a.name < b.name; });
    return out;
}

// An app with an interview started for Sam Taylor by Ada Lovelace, at t = 1.
std::string start(App& a, const std::string& candidate = "Sam Taylor", const std::string& interviewer = "Ada Lovelace") {
    a.tick(1.0);
    a.run(SetCandidateName{candidate});
    a.run(SetInterviewerName{interviewer});
    a.run(StartInterview{});
    REQUIRE(a.active_draft());
    return a.active_draft()->card.id;
}

std::string first_competency(const App& a) { return a.active_rubric()->competencies[0].id; }
std::string first_behaviour(const App& a) { return a.active_rubric()->competencies[0].behaviours[0].id; }

const Draft stored_draft(FakePlatform& p, const std::string& id) {
    auto text = p.load(draft_key(id));
    REQUIRE(text);
    auto j = scorecard::parse_json_text(*text, "stored");
    REQUIRE(j.ok());
    auto d = draft_from_json(*j, "stored");
    REQUIRE(d.ok());
    return *d;
}

}  // namespace

TEST_CASE("app: the set-up form starts an interview only when complete, and stores it at once") {
    FakePlatform p;
    App a(p);
    a.load();
    CHECK(a.setup().date == "2026-12-01");  // today, from the platform
    a.run(StartInterview{});
    CHECK(a.state().drafts.empty());
    auto problems = setup_problems(a.setup());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message == "Enter the candidate's name.");
    a.run(SetCandidateName{"  Sam Taylor "});
    a.run(SetInterviewerName{"Ada Lovelace"});
    a.run(SetInterviewDate{"2026-02-30"});
    CHECK(setup_problems(a.setup()).front().field == SetupProblem::Date);
    a.run(SetInterviewDate{"2026-02-28"});
    a.run(StartInterview{});
    REQUIRE(a.state().drafts.size() == 1);
    const Draft& d = a.state().drafts.front();
    CHECK(d.card.candidate == "Sam Taylor");  // trimmed
    CHECK(d.card.date == "2026-02-28");
    CHECK(d.started_at == "2026-12-01T10:00:00Z");
    CHECK(a.state().session.screen == Screen::Interview);
    CHECK(p.storage.count(draft_key(d.card.id)) == 1);
    CHECK(p.unsaved);
    CHECK(a.setup().candidate.empty());  // the form is fresh for the next interview
}

TEST_CASE("app: a panel split requires only the ticked competencies, in rubric order") {
    FakePlatform p;
    App a(p);
    a.load();
    const auto& r = scorecard::default_rubric();
    a.run(SetCandidateName{"C"});
    a.run(SetInterviewerName{"I"});
    a.run(SetPanelSplit{true});
    CHECK(setup_problems(a.setup()).front().field == SetupProblem::Covered);
    a.run(SetCovered{r.competencies[3].id, true});
    a.run(SetCovered{r.competencies[1].id, true});
    CHECK(setup_scope_text(a.setup(), r).rfind("2 competencies", 0) == 0);
    a.run(StartInterview{});
    REQUIRE(a.active_draft());
    CHECK(a.active_draft()->card.covered == std::vector<std::string>{r.competencies[1].id, r.competencies[3].id});
    CHECK(a.active_draft()->current == 1);  // opens on the first competency this interviewer covers
}

TEST_CASE("app: commands posted while drawing run only after the frame") {
    FakePlatform p;
    App a(p);
    a.load();
    a.commands().post(Go{Screen::Library});
    CHECK(a.state().session.screen == Screen::Start);
    a.run_posted();
    CHECK(a.state().session.screen == Screen::Library);
    CHECK(a.commands().empty());
}

TEST_CASE("app: autosave stores an edit after the delay, not before, and asks to wake for it") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = start(a);
    a.tick(10.0);
    a.run(EditDraft{id, SetEvidence{first_competency(a), first_behaviour(a), "Led three teams"}});
    CHECK(a.seconds_until_wake() == doctest::Approx(0.3));
    a.tick(10.2);
    CHECK(stored_draft(p, id).card.competencies[0].evidence.empty());
    a.tick(10.31);
    auto stored = stored_draft(p, id);
    REQUIRE(stored.card.competencies[0].evidence.size() == 1);
    CHECK(stored.card.competencies[0].evidence[0].note == "Led three teams");
    a.run(Go{Screen::Start});
    CHECK(a.seconds_until_wake() < 0);  // nothing pending: idle
}

TEST_CASE("app: typing in one field is one undo step; undo and redo restore content only") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = start(a);
    std::string c = first_competency(a), b = first_behaviour(a);
    a.tick(20.0);
    a.run(EditDraft{id, SetEvidence{c, b, "L"}});
    a.tick(20.5);
    a.run(EditDraft{id, SetEvidence{c, b, "Le"}});
    a.tick(21.0);
    a.run(EditDraft{id, SetEvidence{c, b, "Led"}});
    a.run(EditDraft{id, SetScore{c, 3}});
    a.run(MoveTo{id, 2});
    CHECK(a.can_undo());
    a.run(Undo{});
    CHECK_FALSE(a.active_draft()->card.competencies[0].score.has_value());
    CHECK(a.active_draft()->card.competencies[0].evidence[0].note == "Led");
    CHECK(a.active_draft()->current == 2);  // position is not content
    a.run(Undo{});
    CHECK(a.active_draft()->card.competencies[0].evidence.empty());  // the whole burst at once
    CHECK_FALSE(a.can_undo());
    a.run(Redo{});
    CHECK(a.active_draft()->card.competencies[0].evidence[0].note == "Led");
    a.tick(30.0);  // after a pause typing starts a new step
    a.run(EditDraft{id, SetEvidence{c, b, "Led 3"}});
    a.run(Undo{});
    CHECK(a.active_draft()->card.competencies[0].evidence[0].note == "Led");
}

TEST_CASE("app: a refused store is announced, kept pending and retried") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = start(a);
    p.refuse_writes = StoreResult::Full;
    a.tick(5.0);
    a.run(EditDraft{id, SetCompetencyNotes{first_competency(a), "kept"}});
    a.tick(5.4);
    REQUIRE_FALSE(a.notices().empty());
    CHECK(a.notices().back().kind == Notice::Error);
    CHECK(a.notices().back().text.find("not saved on this device") != std::string::npos);
    a.run(Go{Screen::Start});             // (the interview screen's clock wakes every second)
    CHECK(a.seconds_until_wake() > 4.0);  // retried later, not every frame
    p.refuse_writes = StoreResult::Stored;
    a.tick(6.0);
    CHECK(stored_draft(p, id).card.competencies[0].notes.empty());  // not yet
    a.tick(10.8);
    CHECK(stored_draft(p, id).card.competencies[0].notes == "kept");
}

TEST_CASE("app: a corrupt stored draft is reported and the others load") {
    FakePlatform p;
    {
        App a(p);
        a.load();
        start(a, "Good One");
        a.flush();
    }
    p.storage[draft_key("broken")] = "{\"version\": 1, \"scorecard\": {\"format\": \"scorecard\"}}";
    App b(p);
    b.load();
    CHECK(b.state().drafts.size() == 1);
    REQUIRE(b.notices().size() == 1);
    CHECK(b.notices()[0].text.find("draft:broken") != std::string::npos);
    CHECK(p.storage.count(draft_key("broken")) == 1);  // left as it is
}

TEST_CASE("app: dropped files go where they belong") {
    std::string card = sample_files()[0].bytes;
    CHECK(route_dropped_file({"x.json", card}, Screen::Start) == FileKind::Scorecard);
    CHECK(route_dropped_file({"r.md", "# L1: A\n## I do\n- b\n"}, Screen::Panel) == FileKind::Rubric);
    CHECK(route_dropped_file({"broken.json", "{ nope"}, Screen::Panel) == FileKind::Scorecard);
    CHECK(route_dropped_file({"broken.json", "{ nope"}, Screen::Library) == FileKind::Rubric);
    FakePlatform p;
    App a(p);
    a.load();
    a.on_files("drop", {{"a.scorecard.json", card}, {"r.md", "# L1: A Role\n## I do things\n- a behaviour\n"}});
    CHECK(a.panel().files().size() == 1);
    CHECK(a.state().imported_rubrics.size() == 1);
    CHECK(a.state().session.screen == Screen::Panel);
    CHECK(p.storage.count(kPanelKey) == 1);
    CHECK(p.storage.count(rubric_key("l1-a-role")) == 1);
}

TEST_CASE("app: the rubric import rule keeps built-in ids and rubrics in use") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string l5 = scorecard::rubric_json_text(scorecard::default_rubric());
    REQUIRE(a.import_rubric({"l5.json", l5}));
    CHECK(a.state().imported_rubrics.back().id == "l5-senior-support-manager-imported");
    std::string v1 = "# L2: Tester\n## I test\n- I find bugs\n";
    REQUIRE(a.import_rubric({"t.md", v1}));
    CHECK(a.state().imported_rubrics.back().id == "l2-tester");
    // A new version replaces the old while nobody used it...
    REQUIRE(a.import_rubric({"t.md", v1 + "- I write reports\n"}));
    CHECK(a.state().imported_rubrics.size() == 2);
    // ... but once an interview was scored against it, both stay.
    a.run(SetSetupRubric{"l2-tester"});
    start(a);
    REQUIRE(a.import_rubric({"t.md", v1 + "- I automate\n"}));
    CHECK(a.state().imported_rubrics.size() == 3);
    CHECK(a.state().imported_rubrics.back().id == "l2-tester-2");
    CHECK(a.active_rubric());  // the interview still finds its version
    CHECK_FALSE(a.import_rubric({"bad.md", "no heading"}));
    CHECK(a.last_import_error().rfind("bad.md", 0) == 0);
    a.run(RemoveRubric{"l2-tester"});
    CHECK(a.notices().back().text.find("is kept") != std::string::npos);
}

TEST_CASE("app: the panel session loads, reveals, marks mine, records a decision, and is restored") {
    FakePlatform p;
    {
        App a(p);
        a.load();
        a.on_files("panel", sample_files());
        REQUIRE(a.panel().usable().size() == 4);
        const std::string key = a.panel().candidate();
        CHECK(key == "sam taylor");
        CHECK_FALSE(scores_visible(a.state(), a.panel(), key));
        a.run(SetRevealed{true});
        CHECK(scores_visible(a.state(), a.panel(), key));
        REQUIRE(a.panel().panel());
        REQUIRE(a.panel().panel()->ok());
        CHECK(a.panel().panel()->value().scorecards.size() == 4);
        a.run(SetMine{a.panel().usable()[0].id, true});
        a.run(SetDecision{key, {scorecard::kDecisionOtherLevel, "", "Strong leader", "Ada, Grace"}});
        a.run(ExportPanel{PanelExport::Json});
        CHECK(p.saved.empty());  // another level needs the level named
        CHECK(a.notices().back().text == "Name the level to export the decision.");
        a.run(SetDecision{key, {scorecard::kDecisionOtherLevel, "L4", "Strong leader", "Ada, Grace"}});
        a.run(ExportPanel{PanelExport::Json});
        REQUIRE(p.saved.size() == 1);
        CHECK(p.saved[0].name == "sam-taylor-panel.json");
        auto j = scorecard::Json::parse(p.saved[0].text);
        CHECK(j["decision"]["otherLevel"] == "L4");
        CHECK(j["decision"]["attendees"] == scorecard::Json::array({"Ada", "Grace"}));
        a.tick(2.0);
    }
    App b(p);
    b.load();
    CHECK(b.panel().files().size() == 4);
    CHECK(b.panel().revealed());
    CHECK(b.panel().is_mine(b.panel().usable()[0].id));
    CHECK(b.panel().decision("sam taylor").other_level == "L4");
    b.run(ClearPanel{});
    b.tick(3.0);
    App c(p);
    c.load();
    CHECK(c.panel().files().empty());
}

TEST_CASE("app: independent first: only one's own SUBMITTED judgement opens a candidate's scores") {
    FakePlatform p;
    App a(p);
    a.load();
    a.on_files("panel", sample_files());
    const std::string key = "sam taylor";
    // My own draft for the candidate does not count ...
    std::string id = start(a, "Sam  taylor", "Me Myself");
    CHECK_FALSE(own_committed(a.state(), a.panel(), key));
    // ... a loaded sealed file marked mine does ...
    a.run(SetMine{a.panel().usable()[1].id, true});
    CHECK(own_committed(a.state(), a.panel(), key));
    a.run(SetMine{a.panel().usable()[1].id, false});
    CHECK_FALSE(scores_visible(a.state(), a.panel(), key));
    // ... and so does submitting on this device.
    const auto& r = *a.active_rubric();
    for (const auto& c : r.competencies) a.run(EditDraft{id, SetScore{c.id, 3}});
    a.run(EditDraft{id, SetRecommendation{"yes"}});
    a.run(EditDraft{id, SetRationale{"Evidence as above"}});
    a.run(EditDraft{id, Submit{"2026-12-01T11:00:00Z"}});
    REQUIRE(a.active_draft()->card.sealed());
    CHECK(own_committed(a.state(), a.panel(), key));
    CHECK(submitted_here(a.state(), id));
    CHECK(comparison_visible(a.state(), a.panel()));
}
