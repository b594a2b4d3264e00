// Limits that keep rubrics and scorecards compatible: an imported rubric can only
// define what a scorecard file can hold (scores 1-4, the four recommendations), and
// interview dates are real calendar dates.
#include <doctest/doctest.h>

#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"
#include "scorecard/scorecard.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/scoring.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/summary.hpp"

using namespace scorecard;

TEST_CASE("a rubric's scale must fit scorecard scores 1 to 4") {
    Rubric r = default_rubric();
    CHECK_FALSE(check_rubric(r).has_value());
    r.scale.push_back({5, "Beyond", "More than exceeding"});
    auto e = check_rubric(r);
    REQUIRE(e.has_value());
    CHECK(e->field == "scale[4].value");
    CHECK(e->message.find("1 to 4") != std::string::npos);
}

TEST_CASE("a rubric's recommendations must be the four the scorecard format knows") {
    Rubric r = default_rubric();
    r.recommendations[2].id = "hire";
    auto e = check_rubric(r);
    REQUIRE(e.has_value());
    CHECK(e->field == "recommendations[2].id");
    CHECK(e->message.find("\"hire\"") != std::string::npos);
    // The same through rubric JSON: the import is refused with the field named.
    auto j = rubric_to_json(default_rubric());
    j["recommendations"][0]["id"] = "maybe";
    auto imported = rubric_from_json(j, "custom.json");
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().to_string().find("custom.json") == 0);
}

TEST_CASE("interview dates are real calendar dates") {
    CHECK(is_valid_date("2026-11-30"));
    CHECK(is_valid_date("2024-02-29"));
    CHECK_FALSE(is_valid_date("2025-02-29"));
    CHECK_FALSE(is_valid_date("2025-02-30"));
    CHECK_FALSE(is_valid_date("2025-13-01"));
    CHECK_FALSE(is_valid_date("2025-1-01"));
    CHECK_FALSE(is_valid_date("30/11/2026"));
    CHECK_FALSE(is_valid_date(""));
}
