// The app's state model and named edits (ui/app_state, ui/edits, ui/interview_model):
// what an edit does to a draft, what a sealed scorecard refuses, and that a stored
// draft comes back exactly (the autosave and resume path).
#include <doctest/doctest.h>

#include "rubric/library.hpp"
#include "app/edits.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "app/interview_model.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/seal.hpp"

using namespace app;

namespace {
const scorecard::Rubric& l5() { return scorecard::default_rubric(); }
Draft fresh() { return new_draft(l5(), "Zoë Łukasiewicz", "Ana Núñez", "2026-11-30", {}, "2026-11-30T09:00:00Z"); }
std::string comp(int i) { return l5().competencies[size_t(i)].id; }
std::string behaviour(int c, int b) { return l5().competencies[size_t(c)].behaviours[size_t(b)].id; }
}  // namespace

TEST_CASE("a new draft has every competency, unrated, for the whole rubric") {
    Draft d = fresh();
    REQUIRE(d.card.competencies.size() == l5().competencies.size());
    CHECK(d.card.rubric.id == "l5-senior-support-manager");
    CHECK(progress_of(d, l5()).required == 4);
    CHECK(progress_of(d, l5()).done == 0);
    CHECK(state_of(d, comp(0)) == CompetencyState::NotStarted);
}

TEST_CASE("a panel split makes only the covered competencies required and starts on the first") {
    Draft d = new_draft(l5(), "C", "I", "2026-11-30", {comp(2), comp(3)}, "2026-11-30T09:00:00Z");
    CHECK(d.current == 2);
    CHECK(progress_of(d, l5()).required == 2);
    CHECK_FALSE(d.card.is_required(comp(0)));
}

TEST_CASE("edits change exactly what they name") {
    Draft d = fresh();
    CHECK_FALSE(apply_edit(d, l5(), SetEvidence{comp(0), behaviour(0, 1), "coached two new managers"}));
    CHECK(state_of(d, comp(0)) == CompetencyState::InProgress);
    CHECK_FALSE(apply_edit(d, l5(), SetEvidence{comp(0), behaviour(0, 0), "ran a leadership forum"}));
    // Evidence keeps the rubric's behaviour order whatever order it was typed in.
    REQUIRE(d.card.find(comp(0))->evidence.size() == 2);
    CHECK(d.card.find(comp(0))->evidence[0].behaviour == behaviour(0, 0));
    CHECK_FALSE(apply_edit(d, l5(), SetScore{comp(0), 3}));
    CHECK(state_label(d, l5(), comp(0)) == "Rated 3 Performing");
    CHECK(apply_edit(d, l5(), SetScore{comp(0), 5}).has_value());  // out of range: refused
    CHECK(*d.card.find(comp(0))->score == 3);
    // Not assessed clears the score, and a score clears not assessed.
    CHECK_FALSE(apply_edit(d, l5(), SetNotAssessed{comp(0), std::string("another interviewer covers it")}));
    CHECK_FALSE(d.card.find(comp(0))->score.has_value());
    CHECK(state_of(d, comp(0)) == CompetencyState::NotAssessed);
    CHECK_FALSE(apply_edit(d, l5(), SetScore{comp(0), 2}));
    CHECK_FALSE(d.card.find(comp(0))->not_assessed());
    CHECK(apply_edit(d, l5(), SetScore{"no-such-competency", 2}).has_value());
}

TEST_CASE("submit is refused while something is missing, then seals; sealed is read-only until reopened") {
    Draft d = fresh();
    auto refused = apply_edit(d, l5(), Submit{"2026-11-30T10:00:00Z"});
    REQUIRE(refused.has_value());
    CHECK_FALSE(d.card.sealed());
    for (int i = 0; i < 4; ++i) {
        apply_edit(d, l5(), SetEvidence{comp(i), behaviour(i, 0), "evidence " + std::to_string(i)});
        apply_edit(d, l5(), SetScore{comp(i), 1 + i % 4});
    }
    apply_edit(d, l5(), SetRecommendation{std::string("yes")});
    apply_edit(d, l5(), SetRationale{"solid evidence across the board"});
    CHECK_FALSE(apply_edit(d, l5(), Submit{"2026-11-30T10:00:00Z"}));
    CHECK(d.card.sealed());
    CHECK(scorecard::digest_matches(d.card));
    CHECK(apply_edit(d, l5(), SetScore{comp(0), 4}).has_value());
    CHECK(apply_edit(d, l5(), SetRationale{"changed"}).has_value());
    // Private notes never leave the device, so they stay editable.
    CHECK_FALSE(apply_edit(d, l5(), SetPrivateNotes{"for me"}));
    CHECK_FALSE(apply_edit(d, l5(), Reopen{"2026-11-30T11:00:00Z", "a typo in the rationale"}));
    CHECK_FALSE(d.card.sealed());
    REQUIRE(d.card.reopened.size() == 1);
    CHECK(d.card.reopened[0].reason == "a typo in the rationale");
    CHECK(apply_edit(d, l5(), Reopen{"2026-11-30T11:00:00Z", "again"}).has_value());  // not sealed now
}

TEST_CASE("text edits to one field coalesce into one undo step; others do not") {
    CHECK(edit_field(SetEvidence{"c", "b", "x"}) == edit_field(SetEvidence{"c", "b", "xy"}));
    CHECK(edit_field(SetEvidence{"c", "b", "x"}) != edit_field(SetEvidence{"c", "b2", "x"}));
    CHECK(edit_field(SetScore{"c", 2}).empty());
    CHECK(std::string(edit_name(Submit{"t"})) == "submit");
}

TEST_CASE("a stored draft comes back exactly: notes, private notes, position, clock") {
    Draft d = fresh();
    apply_edit(d, l5(), SetEvidence{comp(1), behaviour(1, 2), "line one\nline two, with ünïcödé"});
    apply_edit(d, l5(), SetCompetencyNotes{comp(1), "free note"});
    apply_edit(d, l5(), SetPrivateNotes{"never exported"});
    d.current = 1;
    d.seconds[comp(1)] = 125.5;
    d.exported = true;
    auto back = draft_from_json(nlohmann::json::parse(draft_to_json(d).dump()), "draft:x");
    REQUIRE(back.ok());
    CHECK(back->card == d.card);
    CHECK(back->private_notes == "never exported");
    CHECK(back->current == 1);
    CHECK(back->seconds.at(comp(1)) == doctest::Approx(125.5));
    CHECK(back->exported);
    // Private notes are not part of the exported scorecard.
    CHECK(scorecard::scorecard_to_json(d.card).dump().find("never exported") == std::string::npos);
}

TEST_CASE("bad stored state is reported, never crashes") {
    CHECK_FALSE(draft_from_json(nlohmann::json::parse("[1,2]"), "draft:a").ok());
    CHECK_FALSE(draft_from_json(nlohmann::json::parse(R"({"version": 99, "scorecard": {}})"), "draft:b").ok());
    auto e = draft_from_json(nlohmann::json::parse(R"({"version": 1, "scorecard": {"format": "scorecard", "version": 1}})"), "draft:c");
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().file == "draft:c");
    Session s = session_from_json(nlohmann::json::parse(R"({"screen": 7, "theme": "purple"})"));
    CHECK(s.screen == Screen::Start);
    CHECK(s.theme == "system");
    CHECK(session_from_json(session_to_json(Session{Screen::Review, "id1", "r1", "dark", "Ada"})).screen == Screen::Review);
}

TEST_CASE("uuids are version 4 and distinct") {
    std::string a = new_uuid(), b = new_uuid();
    CHECK(a.size() == 36);
    CHECK(a[14] == '4');
    CHECK(a != b);
}
