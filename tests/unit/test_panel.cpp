// Panel consolidation: statistics against hand-computed values, exports,
// Krippendorff's alpha against the published worked example, calibration.
#include <doctest/doctest.h>

#include <cmath>

#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "panel/statistics.hpp"
#include "scorecard_fixtures.hpp"

using namespace scorecard;
using nlohmann::json;

namespace {

using Units = std::vector<std::vector<std::optional<double>>>;

// Three interviewers for one candidate on the small rubric:
//   leads:    2, 3, 4          -> n 3, mean 3, median 3, spread 2, disagreement
//   strategy: 3, 3, -          -> n 2, mean 3, one not assessed
//   culture:  -, -, (missing)  -> n 0, nobody rated it
std::vector<Scorecard> three_interviewers(const Rubric& r) {
    std::vector<Scorecard> out;
    const char* names[] = {"Grace", "Alan", "Barbara"};
    int leads[] = {2, 3, 4};
    const char* recs[] = {"no", "yes", "yes"};
    for (int i = 0; i < 3; ++i) {
        Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", names[i]);
        sc.competencies[0].score = leads[i];
        if (i < 2) sc.competencies[1].score = 3;
        else {
            sc.competencies[1].score.reset();
            sc.competencies[1].not_assessed_reason = "Not my area";
        }
        if (i == 2) {  // covers only two competencies and leaves culture blank
            sc.competencies[2].not_assessed_reason.reset();
            sc.covered = {"leads", "strategy"};
        }
        sc.recommendation = recs[i];
        REQUIRE(seal(sc, r, "2025-03-04T1" + std::to_string(i) + ":00:00Z").empty());
        out.push_back(sc);
    }
    return out;
}

}  // namespace

TEST_SUITE("panel") {

TEST_CASE("mean and median") {
    CHECK_FALSE(mean_of({}).has_value());
    CHECK_FALSE(median_of({}).has_value());
    CHECK(*mean_of({1, 2, 4}) == doctest::Approx(7.0 / 3));
    CHECK(*median_of({4, 1, 2}) == 2);
    CHECK(*median_of({4, 1, 2, 3}) == 2.5);
}

TEST_CASE("consolidate: statistics by hand") {
    Rubric r = test_fixtures::small_rubric();
    auto p = consolidate(three_interviewers(r), &r);
    REQUIRE(p.ok());
    CHECK(p->candidate == "Ada");
    CHECK(p->rubric.id == "test-rubric");
    REQUIRE(p->competencies.size() == 3);
    const auto& leads = p->competencies[0];
    CHECK(leads.title == "I lead and support other leaders");
    CHECK(leads.n == 3);
    CHECK(*leads.mean == 3);
    CHECK(*leads.median == 3);
    CHECK(*leads.min == 2);
    CHECK(*leads.max == 4);
    CHECK(*leads.spread == 2);
    CHECK(leads.disagreement);
    const auto& strategy = p->competencies[1];
    CHECK(strategy.n == 2);
    CHECK(*strategy.mean == 3);
    CHECK(*strategy.spread == 0);
    CHECK_FALSE(strategy.disagreement);
    CHECK(strategy.not_assessed == 1);
    const auto& culture = p->competencies[2];
    CHECK(culture.n == 0);
    CHECK(culture.not_assessed == 2);
    CHECK_FALSE(culture.mean.has_value());
    CHECK_FALSE(culture.median.has_value());
    CHECK_FALSE(culture.min.has_value());
    CHECK_FALSE(culture.spread.has_value());
    CHECK_FALSE(culture.disagreement);
    CHECK(*p->overall_mean == 3);  // mean of 3 and 3; culture has n 0
    CHECK(p->recommendations == std::map<std::string, int>{{"strong_no", 0}, {"no", 1}, {"yes", 2}, {"strong_yes", 0}});
    REQUIRE(p->warnings.size() == 1);
    CHECK(p->warnings[0] == "Nobody rated \"I build culture\" (2 marked it not assessed)");
}

TEST_CASE("consolidate: spread of 1 is not a disagreement, means and overall round in JSON") {
    Rubric r = test_fixtures::small_rubric();
    auto scs = three_interviewers(r);
    scs[0].competencies[0].score = 3;  // leads 3, 3, 4 -> mean 3.333
    scs[2].competencies[1].not_assessed_reason.reset();
    scs[2].competencies[1].score = 2;  // strategy 3, 3, 2 -> mean 2.667, median 3
    scs[1].recommendation.reset();
    auto p = consolidate(scs, &r);
    REQUIRE(p.ok());
    CHECK_FALSE(p->competencies[0].disagreement);
    CHECK(*p->overall_mean == doctest::Approx(3.0));
    json j = panel_to_json(*p);
    CHECK(j["format"] == "panel");
    CHECK(j["version"] == 1);
    CHECK(j["rubric"]["id"] == "test-rubric");
    CHECK(j["candidate"]["name"] == "Ada");
    CHECK(j["scorecards"].size() == 3);
    CHECK(j["competencies"][0]["mean"] == 3.33);
    CHECK(j["competencies"][1]["mean"] == 2.67);
    CHECK(j["competencies"][1]["median"] == 3);
    CHECK(j["competencies"][1]["median"].is_number_integer());
    CHECK(j["competencies"][1]["min"] == 2);
    CHECK(j["competencies"][1]["spread"] == 1);
    CHECK(j["competencies"][1]["disagreement"] == false);
    CHECK(j["competencies"][2]["n"] == 0);
    CHECK(j["competencies"][2]["mean"].is_null());
    CHECK(j["competencies"][2]["spread"].is_null());
    CHECK(j["competencies"][2]["notAssessed"] == 2);
    CHECK(j["overall"]["mean"] == 3);
    CHECK(j["recommendations"] == json{{"strong_no", 0}, {"no", 1}, {"yes", 1}, {"strong_yes", 0}});
    CHECK(j["interviewers"][0]["name"] == "Grace");
    CHECK(j["interviewers"][0]["scores"]["leads"] == 3);
    CHECK(j["interviewers"][0]["scores"]["culture"].is_null());
    CHECK(j["interviewers"][0]["notAssessed"] == json::array({"culture"}));
    CHECK(j["interviewers"][1]["recommendation"].is_null());
    CHECK(j["decision"]["decision"].is_null());
    auto warnings = j["warnings"].get<std::vector<std::string>>();
    CHECK(std::find(warnings.begin(), warnings.end(), "Alan gave no recommendation") != warnings.end());
    // Changed after sealing (only a caller that skips the loader can pass such a scorecard in).
    CHECK(std::find(warnings.begin(), warnings.end(), "Barbara's scorecard was edited after it was submitted") != warnings.end());
}

TEST_CASE("drafts never count: statistics, tally, warnings; drafts alone are no panel") {
    Rubric r = test_fixtures::small_rubric();
    auto scs = three_interviewers(r);
    auto without = consolidate(scs, &r);
    REQUIRE(without.ok());
    // Dana's draft would move every number: leads 1 (spread 3), strategy 1, culture 1, a strong no.
    Scorecard draft = test_fixtures::complete_scorecard(r, "Ada", "Dana");
    draft.competencies[0].score = 1;
    draft.competencies[1].score = 1;
    draft.competencies[2].not_assessed_reason.reset();
    draft.competencies[2].score = 1;
    draft.recommendation = "strong_no";
    REQUIRE_FALSE(draft.sealed());
    scs.insert(scs.begin() + 1, draft);
    auto with = consolidate(scs, &r);
    REQUIRE(with.ok());
    CHECK(with->scorecards.size() == 3);
    for (const auto& sc : with->scorecards) CHECK(sc.interviewer != "Dana");
    REQUIRE(with->competencies.size() == without->competencies.size());
    for (size_t i = 0; i < with->competencies.size(); ++i) {
        CAPTURE(with->competencies[i].id);
        CHECK(with->competencies[i].n == without->competencies[i].n);
        CHECK(with->competencies[i].mean == without->competencies[i].mean);
        CHECK(with->competencies[i].spread == without->competencies[i].spread);
        CHECK(with->competencies[i].disagreement == without->competencies[i].disagreement);
    }
    CHECK(with->competencies[2].n == 0);  // the draft's culture rating does not count
    CHECK(with->overall_mean == without->overall_mean);
    CHECK(with->recommendations == without->recommendations);
    CHECK(with->recommendations.at("strong_no") == 0);
    REQUIRE_FALSE(with->warnings.empty());
    CHECK(with->warnings[0] == "Dana's scorecard is a draft (not submitted): not counted");
    CHECK(panel_to_json(*with)["scorecards"].size() == 3);
    CHECK(panel_csv(*with).find("Dana") == std::string::npos);
    CHECK(panel_long_csv({*with}).find("Dana") == std::string::npos);
    // Drafts alone are no panel.
    auto only = consolidate({draft}, &r);
    REQUIRE_FALSE(only.ok());
    CHECK(only.error().message == "no submitted scorecard to consolidate (drafts are not counted)");
}

TEST_CASE("consolidate refuses nothing, mixed rubrics, mixed candidates") {
    Rubric r = test_fixtures::small_rubric();
    CHECK(consolidate({}, &r).error().message == "no valid scorecard to consolidate");
    auto scs = three_interviewers(r);
    scs[1].candidate = "Someone else";
    auto p = consolidate(scs, &r);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().message == "the scorecards are for different candidates (\"Ada\" and \"Someone else\")");
    scs = three_interviewers(r);
    scs[2].rubric.id = "other";
    CHECK_FALSE(consolidate(scs, &r).ok());
    // Names match regardless of case and spacing.
    scs = three_interviewers(r);
    scs[1].candidate = " ada ";
    CHECK(consolidate(scs, &r).ok());
}

TEST_CASE("consolidate without a rubric uses the scorecards' order and ids") {
    Rubric r = test_fixtures::small_rubric();
    auto p = consolidate(three_interviewers(r));
    REQUIRE(p.ok());
    REQUIRE(p->competencies.size() == 3);
    CHECK(p->competencies[0].id == "leads");
    CHECK(p->competencies[0].title == "leads");
}

TEST_CASE("decision record, CSV and Markdown exports") {
    Rubric r = test_fixtures::small_rubric();
    auto scs = three_interviewers(r);
    scs[1].interviewer = "Alan, \"the\" Turing";
    auto p = consolidate(scs, &r);
    REQUIRE(p.ok());
    p->decision = {"hire_other_level", "L4", "Strong on people, light on strategy.", {"Grace", "Alan"}};
    json j = panel_to_json(*p);
    CHECK(j["decision"] == json{{"decision", "hire_other_level"},
                                {"otherLevel", "L4"},
                                {"rationale", "Strong on people, light on strategy."},
                                {"attendees", {"Grace", "Alan"}}});

    // The matrix carries the candidate on every row, so several candidates' exports can be stacked.
    CHECK(panel_csv(*p) ==
          "candidate,competency,Grace,\"Alan, \"\"the\"\" Turing\",Barbara,n,mean,median,min,max,spread,disagreement\r\n"
          "Ada,I lead and support other leaders,2,3,4,3,3,3,2,4,2,yes\r\n"
          "Ada,I drive strategic improvements,3,3,not assessed,2,3,3,3,3,0,no\r\n"
          "Ada,I build culture,not assessed,not assessed,,0,,,,,,no\r\n");

    std::string md = panel_markdown(*p);
    CAPTURE(md);
    CHECK(md.find("# Panel summary: Ada") == 0);
    CHECK(md.find("**Overall mean:** 3 of 4") != std::string::npos);
    CHECK(md.find("**Recommendations:** Strong no 0, No 1, Yes 2, Strong yes 0") != std::string::npos);
    CHECK(md.find("## Decision: Hire at another level (L4)") != std::string::npos);
    CHECK(md.find("Attended: Grace, Alan") != std::string::npos);
    CHECK(md.find("| Competency | Grace | Alan, \"the\" Turing | Barbara | n | Mean | Range | Disagreement |") != std::string::npos);
    CHECK(md.find("| I lead and support other leaders | 2 | 3 | 4 | 3 | 3 | 2-4 | yes |") != std::string::npos);
    CHECK(md.find("| I drive strategic improvements | 3 | 3 | - | 2 | 3 | 3-3 |  |") != std::string::npos);
    CHECK(md.find("- Nobody rated \"I build culture\"") != std::string::npos);
}

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section E:
// four observers, twelve units, missing data. Published: nominal .743, interval .849, ordinal .815.
TEST_CASE("Krippendorff's alpha reproduces the published worked example") {
    const std::optional<double> _ = std::nullopt;
    // rows are observers A-D, columns units 1-12
    std::vector<std::vector<std::optional<double>>> by_observer = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
        {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
    };
    Units units(12, std::vector<std::optional<double>>(4));
    for (size_t c = 0; c < 4; ++c)
        for (size_t u = 0; u < 12; ++u) units[u][c] = by_observer[c][u];

    auto nominal = krippendorff_alpha_nominal(units);
    auto interval = krippendorff_alpha_interval(units);
    auto ordinal = krippendorff_alpha_ordinal(units);
    REQUIRE(nominal.alpha.has_value());
    REQUIRE(interval.alpha.has_value());
    REQUIRE(ordinal.alpha.has_value());
    CHECK(std::round(*nominal.alpha * 1000) / 1000 == doctest::Approx(0.743));
    CHECK(std::round(*interval.alpha * 1000) / 1000 == doctest::Approx(0.849));
    CHECK(std::round(*ordinal.alpha * 1000) / 1000 == doctest::Approx(0.815));
    CHECK(ordinal.pairable_values == 40);  // unit 12 has a single value and is not pairable
    CHECK(ordinal.units == 11);
    CHECK(ordinal.band == "reliable");
    CHECK(interval.band == "reliable");
    CHECK(nominal.band == "tentative");
}

TEST_CASE("alpha bands and not enough data") {
    CHECK(alpha_band(0.8) == "reliable");
    CHECK(alpha_band(0.79) == "tentative");
    CHECK(alpha_band(0.667) == "tentative");
    CHECK(alpha_band(0.5) == "unreliable");
    CHECK(alpha_band(-0.2) == "unreliable");

    // Two pairable units: below kAlphaMinUnits.
    Units two = {{1, 2}, {3, 3}, {4, std::nullopt}};
    auto a = krippendorff_alpha_ordinal(two);
    CHECK_FALSE(a.alpha.has_value());
    CHECK(a.band == "not enough data");
    CHECK(a.units == 2);
    CHECK(a.pairable_values == 4);
    // Three units but only six values is the minimum that counts.
    Units three = {{1, 2}, {3, 3}, {4, 2}};
    a = krippendorff_alpha_ordinal(three);
    CHECK(a.alpha.has_value());
    CHECK(a.pairable_values == 6);
    // Everyone always gives the same value: alpha is 0/0, not shown.
    Units same = {{3, 3}, {3, 3}, {3, 3, 3}};
    a = krippendorff_alpha_ordinal(same);
    CHECK_FALSE(a.alpha.has_value());
    CHECK(a.band == "not enough data");
    CHECK(krippendorff_alpha_ordinal({}).band == "not enough data");
    // Perfect agreement with variation is 1.
    Units perfect = {{1, 1}, {2, 2}, {4, 4, 4}};
    CHECK(*krippendorff_alpha_ordinal(perfect).alpha == doctest::Approx(1.0));
}

TEST_CASE("compare candidates: rows, calibration offsets with n, agreement") {
    Rubric r = test_fixtures::small_rubric();
    // Candidate Ada: leads Grace 2, Alan 4; strategy Grace 3, Alan 3; culture only Alan 2.
    // Candidate Bob: leads Grace 1, Alan 3, Barbara 2; strategy Grace 2, Barbara 2.
    auto make = [&](const std::string& cand, const std::string& who, std::optional<int> leads, std::optional<int> strategy,
                    std::optional<int> culture) {
        Scorecard sc = new_scorecard(r, cand + "-" + who, "2025-03-04");
        sc.candidate = cand;
        sc.interviewer = who;
        sc.competencies[0].score = leads;
        sc.competencies[1].score = strategy;
        sc.competencies[2].score = culture;
        sc.recommendation = "yes";
        sc.submitted_at = "2025-03-04T12:00:00Z";  // only submitted scorecards are compared
        return sc;
    };
    std::vector<Scorecard> all = {
        make("Ada", "Grace", 2, 3, std::nullopt), make("Ada", "Alan", 4, 3, 2),
        make("Bob", "Grace", 1, 2, std::nullopt), make("Bob", "Alan", 3, std::nullopt, std::nullopt),
        make("Bob", "Barbara", 2, 2, std::nullopt),
    };
    auto cmp = compare_candidates(all, &r);
    REQUIRE(cmp.candidates.size() == 2);
    CHECK(cmp.candidates[0].candidate == "Ada");
    CHECK(cmp.candidates[0].scorecards == 2);
    // Ada: leads mean 3, strategy 3, culture 2 -> overall (3+3+2)/3
    CHECK(*cmp.candidates[0].overall_mean == doctest::Approx(8.0 / 3));
    CHECK(cmp.candidates[0].recommendations.at("yes") == 2);
    CHECK(cmp.candidates[1].scorecards == 3);
    // Bob: leads 2, strategy 2 -> 2
    CHECK(*cmp.candidates[1].overall_mean == doctest::Approx(2.0));

    // Units with >= 2 ratings: Ada.leads (2,4; mean 3), Ada.strategy (3,3; 3),
    // Bob.leads (1,3,2; mean 2), Bob.strategy (2,2; 2).
    // Grace: -1, 0, -1, 0 -> -0.5 over 4. Alan: +1, 0, +1 -> 2/3 over 3. Barbara: 0, 0 -> 0 over 2.
    REQUIRE(cmp.calibration.size() == 3);
    CHECK(cmp.calibration[0].interviewer == "Grace");
    CHECK(cmp.calibration[0].n == 4);
    CHECK(*cmp.calibration[0].mean_offset == doctest::Approx(-0.5));
    CHECK(cmp.calibration[1].interviewer == "Alan");
    CHECK(cmp.calibration[1].n == 3);
    CHECK(*cmp.calibration[1].mean_offset == doctest::Approx(2.0 / 3));
    CHECK(cmp.calibration[2].n == 2);
    CHECK(*cmp.calibration[2].mean_offset == doctest::Approx(0.0));

    CHECK(cmp.agreement.units == 4);
    CHECK(cmp.agreement.pairable_values == 9);
    Units expected_units = {{2, 4, std::nullopt}, {3, 3, std::nullopt}, {std::nullopt, 2, std::nullopt},
                            {1, 3, 2},           {2, std::nullopt, 2}, {std::nullopt, std::nullopt, std::nullopt}};
    auto direct = krippendorff_alpha_ordinal(expected_units);
    REQUIRE(cmp.agreement.alpha.has_value());
    CHECK(*cmp.agreement.alpha == doctest::Approx(*direct.alpha));

    // A draft changes nothing: no row, no calibration, the same alpha. Cy's draft disagrees
    // with everyone and would add a candidate, a coder and pairable values.
    auto draft = make("Cy", "Grace", 4, 1, 4);
    draft.submitted_at.reset();
    auto bob_draft = make("Bob", "Dana", 4, 4, 4);
    bob_draft.submitted_at.reset();
    all.push_back(draft);
    all.push_back(bob_draft);
    auto same = compare_candidates(all, &r);
    REQUIRE(same.candidates.size() == 2);
    CHECK(same.candidates[1].scorecards == 3);
    CHECK(*same.candidates[1].overall_mean == doctest::Approx(2.0));
    REQUIRE(same.calibration.size() == 3);  // no coder "Dana"
    CHECK(*same.calibration[0].mean_offset == doctest::Approx(-0.5));
    CHECK(same.agreement.pairable_values == 9);
    CHECK(*same.agreement.alpha == doctest::Approx(*cmp.agreement.alpha));
}

TEST_CASE("calibration: an interviewer alone on every unit has no offset") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", "Grace");
    REQUIRE(seal(sc, r, "2025-03-04T10:00:00Z").empty());
    auto cmp = compare_candidates({sc}, &r);
    REQUIRE(cmp.calibration.size() == 1);
    CHECK(cmp.calibration[0].n == 0);
    CHECK_FALSE(cmp.calibration[0].mean_offset.has_value());
    CHECK(cmp.agreement.band == "not enough data");
}

}  // TEST_SUITE
