// The built-in library: seven Support levels, the default first, every guide applied,
// and the L5 Senior Support Manager guide fit for a 60-minute interview.
#include <doctest/doctest.h>

#include "rubric/interview_guide.hpp"
#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"

using namespace scorecard;

namespace {
bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }
}  // namespace

TEST_CASE("built-in library loads without problems, L5 Senior Support Manager first") {
    for (const auto& e : builtin_library_errors()) FAIL_CHECK(e.to_string());
    const auto& lib = builtin_rubrics();
    REQUIRE(lib.size() == 7);
    std::vector<std::string> ids;
    for (const auto& r : lib) ids.push_back(r.id);
    CHECK(ids == std::vector<std::string>{
                     "l5-senior-support-manager", "l1-junior-devops-support-engineer", "l2-devops-support-engineer",
                     "l3-senior-devops-support-engineer", "l4-lead-devops-support-engineer", "l4-support-manager",
                     "l5-principal-devops-support-engineer"});
    CHECK(&default_rubric() == &lib.front());
    CHECK(default_rubric().id == kDefaultRubricId);
    CHECK(find_builtin_rubric("l4-support-manager") == &lib[5]);
    CHECK(find_builtin_rubric("nope") == nullptr);
    for (const auto& r : lib) {
        CAPTURE(r.id);
        CHECK(r.source == "built-in");
        CHECK(r.track == "Support");
        CHECK_FALSE(check_rubric(r).has_value());
        CHECK(r.scale == default_scale());
        CHECK(r.recommendations == default_recommendations());
        CHECK(r.total_minutes() > 0);
        CHECK(r.total_minutes() <= 50);  // time left for introductions and the candidate's questions
        for (const auto& c : r.competencies) {
            CAPTURE(c.id);
            CHECK(c.minutes > 0);
            CHECK(!c.summary.empty());
            CHECK(c.questions.size() >= 2);
            for (const auto& q : c.questions) {
                CHECK(q.probes.size() >= 2);
                CHECK(q.probes.size() <= 4);
            }
        }
    }
}

TEST_CASE("L5 Senior Support Manager guide: 2-3 behavioural questions with probes per competency") {
    const Rubric& r = default_rubric();
    REQUIRE(r.competencies.size() == 4);
    CHECK(r.total_minutes() <= 60);
    CHECK(r.total_minutes() >= 40);
    for (const auto& c : r.competencies) {
        CAPTURE(c.title);
        CHECK(c.minutes >= 10);
        CHECK(c.minutes <= 15);
        CHECK(c.questions.size() >= 2);
        CHECK(c.questions.size() <= 3);
        for (const auto& q : c.questions) {
            CHECK((starts_with(q.text, "Tell me about") || starts_with(q.text, "Describe")));
            CHECK(q.probes.size() >= 2);
            CHECK(q.probes.size() <= 3);
            for (const auto& p : q.probes) CHECK(p.back() == '?');
        }
    }
}

TEST_CASE("apply_interview_guide reports guide problems with field paths") {
    Rubric r = default_rubric();
    auto guide = [](const std::string& comps) {
        return std::string(R"({"format":"interview-guide","version":1,"rubric":"l5-senior-support-manager","competencies":)") +
               comps + "}";
    };
    auto ok = apply_interview_guide(r, guide(R"([{"id":"i-lead-and-support-other-leaders","minutes":20,"weight":2,
        "questions":[{"text":"Q?","probes":["P?"]}]}])"), "g.json");
    REQUIRE_MESSAGE(ok.ok(), ok.error().to_string());
    CHECK(ok->competencies[0].minutes == 20);
    CHECK(ok->competencies[0].weight == 2.0);
    CHECK(ok->competencies[0].questions.size() == 1);
    CHECK(ok->competencies[1].questions == r.competencies[1].questions);  // untouched

    auto unknown = apply_interview_guide(r, guide(R"([{"id":"nope"}])"), "g.json");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == "competencies[0].id");
    auto minutes = apply_interview_guide(r, guide(R"([{"id":"i-lead-and-support-other-leaders","minutes":"ten"}])"), "g.json");
    REQUIRE_FALSE(minutes.ok());
    CHECK(minutes.error().field == "competencies[0].minutes");
    auto probes = apply_interview_guide(
        r, guide(R"([{"id":"i-lead-and-support-other-leaders","questions":[{"text":"Q","probes":[1]}]}])"), "g.json");
    REQUIRE_FALSE(probes.ok());
    CHECK(probes.error().field == "competencies[0].questions[0].probes[0]");
    auto other = apply_interview_guide(r, R"({"format":"interview-guide","version":1,"rubric":"x","competencies":[]})", "g.json");
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().field == "rubric");
    auto version = apply_interview_guide(r, R"({"format":"interview-guide","version":9})", "g.json");
    REQUIRE_FALSE(version.ok());
    CHECK(version.error().field == "version");
    auto syntax = apply_interview_guide(r, "{\n\"format\": }", "g.json");
    REQUIRE_FALSE(syntax.ok());
    CHECK(syntax.error().line == 2);
}
