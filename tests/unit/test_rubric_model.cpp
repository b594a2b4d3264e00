// Slugs, unique ids, the default scales and check_rubric's invariants.
#include <doctest/doctest.h>

#include "rubric/rubric.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"

using namespace scorecard;

TEST_CASE("slugify: ASCII words joined by single dashes") {
    CHECK(slugify("L5: Senior Support Manager") == "l5-senior-support-manager");
    CHECK(slugify("I lead and support other leaders") == "i-lead-and-support-other-leaders");
    CHECK(slugify("  --Hello,   World!--  ") == "hello-world");
    CHECK(slugify("I build and protect a strong, values-aligned culture") ==
          "i-build-and-protect-a-strong-values-aligned-culture");
    CHECK(slugify("") == "");
    CHECK(slugify("!!!") == "");
}

TEST_CASE("slugify: diacritics fold, emoji and markup vanish") {
    CHECK(slugify("Café Crème") == "cafe-creme");
    CHECK(slugify("Ærøskøbing Straße") == "aeroskobing-strasse");
    CHECK(slugify("Łódź Œuvre ĳ") == "lodz-oeuvre-ij");
    CHECK(slugify("🦉 Domain expertise") == "domain-expertise");
    CHECK(slugify("🧭 Culture and Leadership 🏆") == "culture-and-leadership");
    CHECK(slugify("**Bold** _and_ `code`") == "bold-and-code");
    CHECK(slugify("👩‍💻 Team") == "team");
    CHECK(slugify("日本語 text") == "text");
}

TEST_CASE("slugify: apostrophes join words") {
    CHECK(slugify("I grow people and multiply the team's impact") ==
          "i-grow-people-and-multiply-the-teams-impact");
    CHECK(slugify("I’m learning") == "im-learning");
}

TEST_CASE("slugify: invalid UTF-8 does not crash") {
    CHECK(slugify(std::string("caf\xe9 ok")) == "caf-ok");
    CHECK(slugify(std::string("\xf0\x9f")) == "");
}

TEST_CASE("make_unique_ids suffixes repeats and avoids existing ids") {
    std::vector<std::string> ids = {"a", "b", "a", "a"};
    make_unique_ids(ids);
    CHECK(ids == std::vector<std::string>{"a", "b", "a-2", "a-3"});
    std::vector<std::string> taken = {"a", "a", "a-2"};
    make_unique_ids(taken);
    CHECK(taken == std::vector<std::string>{"a", "a-3", "a-2"});
}

TEST_CASE("default scale uses the framework's words, recommendations have no neutral") {
    auto s = default_scale();
    REQUIRE(s.size() == 4);
    CHECK(s[0].value == 1);
    CHECK(s[0].label == "Improvement needed");
    CHECK(s[1].label == "Maturing");
    CHECK(s[2].label == "Performing");
    CHECK(s[2].anchor == "Evidence shows this consistently at the scope expected of this level.");
    CHECK(s[3].label == "Exceeding");
    for (const auto& level : s) CHECK(!level.anchor.empty());
    auto r = default_recommendations();
    REQUIRE(r.size() == 4);
    CHECK(r[0].id == "strong_no");
    CHECK(r[0].label == "Strong no");
    CHECK(r[1].id == "no");
    CHECK(r[2].id == "yes");
    CHECK(r[3].id == "strong_yes");
    CHECK(r[3].label == "Strong yes");
}

namespace {
Rubric small_rubric() {
    Rubric r;
    r.id = "x";
    r.title = "X";
    Competency c;
    c.id = "c";
    c.title = "C";
    c.behaviours = {{"b1", "B one"}, {"b2", "B two"}};
    c.minutes = 10;
    r.competencies = {c};
    c.id = "d";
    c.minutes = 15;
    r.competencies.push_back(c);
    apply_default_scales(r);
    return r;
}
}  // namespace

TEST_CASE("check_rubric accepts a good rubric and names the first problem") {
    Rubric r = small_rubric();
    CHECK_FALSE(check_rubric(r).has_value());
    CHECK(r.total_minutes() == 25);
    REQUIRE(r.find("d") != nullptr);
    CHECK(r.find("d")->minutes == 15);
    CHECK(r.find("nope") == nullptr);

    Rubric dup = r;
    dup.competencies[1].id = "c";
    auto e = check_rubric(dup);
    REQUIRE(e);
    CHECK(e->field == "competencies[1].id");

    Rubric empty = r;
    empty.competencies[1].behaviours.clear();
    e = check_rubric(empty);
    REQUIRE(e);
    CHECK(e->field == "competencies[1].behaviours");

    Rubric dupb = r;
    dupb.competencies[0].behaviours[1].id = "b1";
    e = check_rubric(dupb);
    REQUIRE(e);
    CHECK(e->field == "competencies[0].behaviours[1].id");

    Rubric none = r;
    none.competencies.clear();
    REQUIRE(check_rubric(none));

    Rubric untitled = r;
    untitled.title.clear();
    REQUIRE(check_rubric(untitled));
    CHECK(check_rubric(untitled)->field == "title");
}
