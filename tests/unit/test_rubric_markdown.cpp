// Markdown import: the real Support framework documents, fixtures in the shape of
// the framework's engineering and security tracks, and every malformed case.
#include <doctest/doctest.h>

#include <map>

#include "base/json_document.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "base/sha256.hpp"
#include "rubric/markdown_import.hpp"
#include "test_rubric_support.hpp"

using namespace scorecard;
using rubric_test::data;
using rubric_test::read_text;
using rubric_test::framework;
using rubric_test::support_level;

namespace {
Rubric import_ok(const std::string& path, const std::string& name) {
    std::string text = read_text(path);
    REQUIRE_MESSAGE(!text.empty(), "cannot read " << path);
    auto r = import_markdown_rubric(text, name);
    REQUIRE_MESSAGE(r.ok(), r.error().to_string());
    return *r;
}

Error import_error(const std::string& text, const std::string& name = "doc.md") {
    auto r = import_rubric_file(text, name);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("L5 Senior Support Manager imports with four competencies") {
    Rubric r = import_ok(support_level("L5-Senior-Support-Manager.md"), "L5-Senior-Support-Manager.md");
    CHECK(r.id == "l5-senior-support-manager");
    CHECK(r.title == "L5: Senior Support Manager");
    CHECK(r.level == "L5");
    CHECK(r.role == "Senior Support Manager");
    CHECK(r.track == "");
    CHECK(r.source == "L5-Senior-Support-Manager.md");
    CHECK(r.summary.rfind("I am a strategic leader with a strong sense of ownership", 0) == 0);
    CHECK(r.impact.size() == 4);
    CHECK(r.impact[0] == "I coach and develop other leaders - managers, senior ICs, and future leaders");
    REQUIRE(r.competencies.size() == 4);
    CHECK(r.competencies[0].title == "I lead and support other leaders");
    CHECK(r.competencies[1].title == "I drive strategic improvements in how we support customers");
    CHECK(r.competencies[2].title == "I influence org-wide direction and effectiveness");
    CHECK(r.competencies[3].title == "I build and protect a strong, values-aligned culture");
    CHECK(r.competencies[0].id == "i-lead-and-support-other-leaders");
    CHECK(r.competencies[3].id == "i-build-and-protect-a-strong-values-aligned-culture");
    for (const auto& c : r.competencies) {
        CHECK(c.behaviours.size() == 4);
        CHECK(c.examples.empty());
        CHECK(c.questions.empty());
        for (const auto& b : c.behaviours) {
            CHECK(b.id.size() <= 48);
            CHECK(b.id == slugify(b.id));
            CHECK(b.text.back() != ' ');
        }
    }
    CHECK(r.competencies[0].behaviours[0].text ==
          "I guide managers and senior engineers to lead effectively and grow in their roles");
    CHECK(r.competencies[0].behaviours[0].id == "i-guide-managers-and-senior-engineers-to-lead");
    CHECK(r.hiring_bar.size() == 6);
    CHECK(r.hiring_bar[0] == "Grow effective, empowered leaders who reflect our values in how they lead");
    CHECK(contains(r.hiring_bar_intro, "Success in this role is about enabling great leadership"));
    CHECK(contains(r.hiring_bar_intro, "principles in How We Work in Support."));  // link text kept, URL dropped
    CHECK_FALSE(contains(r.hiring_bar_intro, "README.md"));
    CHECK(r.scale == default_scale());
    CHECK(r.recommendations == default_recommendations());
    CHECK(r.metadata.empty());
}

TEST_CASE("every Support level imports with the expected competencies") {
    struct Expect {
        const char* file;
        const char* level;
        const char* role;
        std::vector<size_t> behaviours;
        size_t hiring_bar;
    };
    const Expect expected[] = {
        {"L1-Junior-DevOps-Support-Engineer.md", "L1", "Junior DevOps Support Engineer", {5, 4, 3}, 5},
        {"L2-DevOps-Support-Engineer.md", "L2", "DevOps Support Engineer", {5, 4, 4}, 6},
        {"L3-Senior-DevOps-Support-Engineer.md", "L3", "Senior DevOps Support Engineer", {5, 4, 4}, 7},
        {"L4-Lead-DevOps-Support-Engineer.md", "L4", "Lead DevOps Support Engineer", {5, 4, 4}, 6},
        {"L4-Support-Manager.md", "L4", "Support Manager", {5, 5, 5, 5}, 6},
        {"L5-Principal-DevOps-Support-Engineer.md", "L5", "Principal DevOps Support Engineer", {5, 4, 4}, 6},
        {"L5-Senior-Support-Manager.md", "L5", "Senior Support Manager", {4, 4, 4, 4}, 6},
    };
    for (const auto& e : expected) {
        CAPTURE(e.file);
        Rubric r = import_ok(support_level(e.file), e.file);
        CHECK(r.level == e.level);
        CHECK(r.role == e.role);
        CHECK(r.title == std::string(e.level) + ": " + e.role);
        CHECK(!r.summary.empty());
        CHECK(!r.impact.empty());
        CHECK(r.hiring_bar.size() == e.hiring_bar);
        REQUIRE(r.competencies.size() == e.behaviours.size());
        for (size_t i = 0; i < e.behaviours.size(); ++i) {
            CHECK(r.competencies[i].behaviours.size() == e.behaviours[i]);
            CHECK(r.competencies[i].title.rfind("I ", 0) == 0);
        }
        CHECK_FALSE(check_rubric(r).has_value());
    }
    Rubric l4 = import_ok(support_level("L4-Lead-DevOps-Support-Engineer.md"), "l4.md");
    CHECK(l4.competencies[1].title == "I grow people and multiply the team's impact");
    CHECK(l4.competencies[1].id == "i-grow-people-and-multiply-the-teams-impact");
}

TEST_CASE("the Support and framework READMEs are no rubrics and fail cleanly") {
    auto e = import_error(read_text(framework("octopus-support/README.md")), "README.md");
    CHECK(e.file == "README.md");
    CHECK(e.line > 0);
    CHECK(contains(e.message, "competency"));
    // The framework's root README explains the framework: it is no rubric, and says where it stops being one.
    auto top = import_error(read_text(framework("octopus-readme.md")), "README.md");
    CHECK(top.line == 77);
    CHECK(contains(top.message, "\"Background, Purpose, and Attribution\" has no behaviours"));
}

TEST_CASE("engineering track fixture: emoji headings, metadata, Examples blocks") {
    Rubric r = import_ok(data("rubrics/L4-Lead-Software-Engineer.md"), "L4-Lead-Software-Engineer.md");
    CHECK(r.id == "l4-lead-software-engineer");
    CHECK(r.level == "L4");
    CHECK(r.role == "Lead Software Engineer");
    CHECK(r.summary.rfind("I am a dependable engineer", 0) == 0);
    CHECK_FALSE(contains(r.summary, "_"));
    REQUIRE(r.metadata.size() == 4);
    CHECK(r.metadata[0] == MetadataEntry{"Planning horizon", "6-12 months"});
    CHECK(r.metadata[1] == MetadataEntry{"Impact radius", "Team (5-15)"});
    CHECK(r.metadata[3].key == "Responsibility and direction needed");
    REQUIRE(r.competencies.size() == 4);
    CHECK(r.competencies[0].title == "Domain expertise");
    CHECK(r.competencies[0].id == "domain-expertise");
    CHECK(r.competencies[1].title == "Teaching and Mentoring");
    CHECK(r.competencies[2].title == "Culture and Leadership");
    CHECK(r.competencies[3].title == "Customer Success");
    CHECK(r.competencies[0].behaviours.size() == 4);
    CHECK(r.competencies[0].examples.size() == 3);
    CHECK(r.competencies[1].examples.size() == 2);
    CHECK(r.competencies[3].examples.size() == 1);
    CHECK(r.competencies[2].behaviours[0].text == "I encompass the qualities listed in Leadership.");
    CHECK(contains(r.competencies[2].behaviours[2].text, "git bisect sessions"));
    CHECK(r.hiring_bar.empty());
}

TEST_CASE("security track fixture: emoji in the title, TBD examples dropped") {
    Rubric r = import_ok(data("rubrics/L3-Senior-Security-Engineer.md"), "L3-Senior-Security-Engineer.md");
    CHECK(r.title == "L3: Senior Security Engineer");
    CHECK(r.id == "l3-senior-security-engineer");
    CHECK(r.level == "L3");
    CHECK(r.metadata.size() == 4);
    REQUIRE(r.competencies.size() == 4);
    CHECK(r.competencies[0].examples.size() == 2);
    CHECK(r.competencies[2].examples.empty());  // only "- TBD."
    CHECK(r.competencies[2].behaviours.size() == 3);
}

TEST_CASE("management fixture: emphasis, shortcodes, links, compact details, other details") {
    Rubric r = import_ok(data("rubrics/L5-Senior-Engineering-Manager.md"), "L5-Senior-Engineering-Manager.md");
    CHECK(r.title == "L5: Senior Engineering Manager");
    CHECK(r.role == "Senior Engineering Manager");
    CHECK(r.summary.rfind("I lead managers", 0) == 0);
    CHECK_FALSE(contains(r.summary, "*"));
    REQUIRE(r.metadata.size() == 2);  // the plain bullet is not metadata
    CHECK(r.metadata[0] == MetadataEntry{"Planning horizon", "12-18 months"});
    REQUIRE(r.competencies.size() == 3);
    CHECK(r.competencies[0].title == "Growing leaders");
    CHECK(r.competencies[0].summary == "Managers who report to me are the people I grow first.");
    CHECK(r.competencies[0].examples.size() == 2);
    CHECK(r.competencies[1].title == "Delivery across teams (handbook)");
    CHECK(r.competencies[1].id == "delivery-across-teams-handbook");
    CHECK(r.competencies[1].behaviours[2].text == "I use metrics as a conversation starter, not a target.");
    CHECK(r.competencies[1].examples.size() == 1);
    CHECK(r.competencies[2].examples.empty());  // <summary>Notes ...</summary> is not Examples
    CHECK(r.competencies[2].behaviours.size() == 3);
    CHECK(r.hiring_bar_intro == "Success at this level shows in the managers around you.");
    CHECK(r.hiring_bar.size() == 2);
}

TEST_CASE("the framework's Everyone and Leadership documents import") {
    Rubric everyone = import_ok(framework("octopus-everyone.md"), "octopus-everyone.md");
    CHECK(everyone.title == "Everyone");
    CHECK(everyone.level == "");
    REQUIRE(everyone.competencies.size() == 6);
    const auto& first = everyone.competencies[0];
    CHECK(first.title ==
          "I use Radical Candor as a foundational approach to giving and receiving feedback (see also our "
          "handbook and internal wiki)");
    CHECK_FALSE(contains(first.title, "http"));
    CHECK(first.id.size() <= 64);
    CHECK(first.behaviours.size() == 5);
    CHECK(everyone.competencies[1].behaviours.size() == 10);
    CHECK(everyone.metadata.empty());  // link bullets before the first section are prose

    // "## Leader" groups the "### I ..." characteristics.
    Rubric leadership = import_ok(framework("octopus-leadership.md"), "octopus-leadership.md");
    CHECK(leadership.title == "Leadership Roles");
    CHECK(leadership.summary.rfind("I am trusted to autonomously lead people", 0) == 0);
    REQUIRE(leadership.competencies.size() == 6);
    CHECK(leadership.competencies[0].title == "I am becoming a respected and trusted leader of people");
    CHECK(leadership.competencies[5].title ==
          "My investment back into Octopus is a significant part of our long term success");
}

TEST_CASE("malformed Markdown fixtures give errors with file and line") {
    auto e = import_error(read_text(data("rubrics/bad/no-h1.md")), "no-h1.md");
    CHECK(contains(e.message, "title heading"));
    CHECK(e.file == "no-h1.md");

    e = import_error(read_text(data("rubrics/bad/no-competency.md")), "no-competency.md");
    CHECK(contains(e.message, "no competency"));

    e = import_error(read_text(data("rubrics/bad/empty-competency.md")), "empty-competency.md");
    CHECK(contains(e.message, "\"I have no behaviours\" has no behaviours"));
    CHECK(e.line == 7);
    CHECK(e.to_string().rfind("empty-competency.md:7: ", 0) == 0);

    e = import_error(read_text(data("rubrics/bad/duplicate-titles.md")), "duplicate-titles.md");
    CHECK(contains(e.message, "appears twice"));
    CHECK(e.line == 7);

    e = import_error(read_text(data("rubrics/bad/not-utf8.md")), "not-utf8.md");
    CHECK(contains(e.message, "UTF-8"));
    CHECK(e.line == 5);
}

TEST_CASE("malformed Markdown built inline") {
    CHECK(contains(import_error("").message, "title heading"));
    CHECK(contains(import_error("# Title only\n").message, "no competency"));
    CHECK(contains(import_error("# T\n\n## 🦉\n\n- I exist\n").message, "no text"));
    auto e = import_error("# T\n\n## A\n\n- x\n\n## B\n\n```\ncode only\n```\n");
    CHECK(e.line == 7);
    // Over the size limit: a valid document padded past kMaxImportBytes.
    std::string big = "# L1: Big\n\n## I am big\n\n";
    while (big.size() <= kMaxImportBytes) big += "- I repeat a behaviour to fill the file\n";
    CHECK(contains(import_error(big).message, "limit"));
    // Garbage and odd structure must not crash.
    std::string noise;
    for (int i = 0; i < 2000; ++i) noise += static_cast<char>(" #-*_>[]()<`\n|~"[i % 15]);
    auto r = import_rubric_file(noise, "noise.md");
    CHECK_FALSE(r.ok());
}

TEST_CASE("Markdown details: lines, BOM, nested lists, ordered lists") {
    std::string doc =
        "\xEF\xBB\xBF# L2: Role\n"
        "\n"
        "## I do work\n"
        "\n"
        "- I do the *first* thing\n"
        "  - nested detail is not a behaviour\n"
        "- I do the [second](https://example.com) thing\n"
        "\n"
        "### Examples\n"
        "\n"
        "- An example under a sub-heading\n"
        "\n"
        "## I count\n"
        "\n"
        "1. I am numbered\n";
    auto r = import_rubric_file(doc, "doc.md");
    REQUIRE_MESSAGE(r.ok(), r.error().to_string());
    REQUIRE(r->competencies.size() == 2);
    const auto& c = r->competencies[0];
    REQUIRE(c.behaviours.size() == 2);
    CHECK(c.behaviours[0].text == "I do the first thing");
    CHECK(c.behaviours[1].text == "I do the second thing");
    CHECK(c.examples == std::vector<std::string>{"An example under a sub-heading"});
    CHECK(r->competencies[1].behaviours[0].text == "I am numbered");
}

TEST_CASE("ids are unique and stable") {
    std::string doc =
        "# L1: Ids\n\n## Same title!\n\n- Same behaviour\n- Same behaviour\n\n## Same title?\n\n- x\n";
    auto a = import_rubric_file(doc, "a.md");
    REQUIRE(a.ok());
    CHECK(a->competencies[0].id == "same-title");
    CHECK(a->competencies[1].id == "same-title-2");
    CHECK(a->competencies[0].behaviours[0].id == "same-behaviour");
    CHECK(a->competencies[0].behaviours[1].id == "same-behaviour-2");
    auto b = import_rubric_file(doc, "other/place/b.md");
    REQUIRE(b.ok());
    CHECK(b->source == "b.md");
    b->source = a->source;
    CHECK(*a == *b);
}
