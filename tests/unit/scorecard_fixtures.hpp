// Hand-built rubric and scorecards shared by the scorecard and panel tests, so
// they do not depend on the built-in library's exact content.
#pragma once
#include <string>

#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/scoring.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/summary.hpp"

namespace test_fixtures {

inline scorecard::Rubric small_rubric() {
    using namespace scorecard;
    Rubric r;
    r.id = "test-rubric";
    r.title = "Test rubric";
    r.level = "L5";
    r.role = "Tester";
    r.competencies = {
        Competency{"leads", "I lead and support other leaders", "", {{"b1", "I guide managers"}, {"b2", "I give feedback"}}, {}, {}, std::nullopt, 10},
        Competency{"strategy", "I drive strategic improvements", "", {{"b1", "I lead initiatives"}}, {}, {}, std::nullopt, 10},
        Competency{"culture", "I build culture", "", {{"b1", "I model our values"}}, {}, {}, std::nullopt, 10},
    };
    r.scale = default_scale();
    r.recommendations = default_recommendations();
    return r;
}

// Ready to seal: leads 3 with evidence, strategy 2 with a free note, culture not assessed.
inline scorecard::Scorecard complete_scorecard(const scorecard::Rubric& r, const std::string& candidate,
                                               const std::string& interviewer) {
    scorecard::Scorecard sc = scorecard::new_scorecard(r, "0b7e6a1c-" + scorecard::slugify(candidate + " " + interviewer), "2025-03-04");
    sc.candidate = candidate;
    sc.interviewer = interviewer;
    sc.competencies[0].score = 3;
    sc.competencies[0].evidence = {{"b1", "Coached two new managers through a reorg"}};
    sc.competencies[1].score = 2;
    sc.competencies[1].notes = "Vague on metrics.";
    sc.competencies[2].not_assessed_reason = "Out of time";
    sc.recommendation = "yes";
    sc.rationale = "Good examples throughout.";
    return sc;
}

}  // namespace test_fixtures
