// The named edits of edits.hpp. Rules about what a scorecard accepts live in the
// core (scorecard.hpp); this file maps each edit onto the draft.
#include "edits.hpp"

#include <algorithm>
#include <type_traits>

namespace ui {

namespace {
template <class... Ts>
struct overloaded : Ts... { using Ts::operator()...; };
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

scorecard::Evidence* find_evidence(scorecard::CompetencyScore& c, const std::string& behaviour) {
    for (auto& e : c.evidence)
        if (e.behaviour == behaviour) return &e;
    return nullptr;
}
}  // namespace

std::string edit_field(const Edit& e) {
    return std::visit(overloaded{
                          [](const SetEvidence& x) { return "evidence:" + x.competency + "/" + x.behaviour; },
                          [](const SetCompetencyNotes& x) { return "notes:" + x.competency; },
                          [](const SetNotAssessed& x) { return std::string(x.reason ? "na:" : "na-off:") + x.competency; },
                          [](const SetRationale&) { return std::string("rationale"); },
                          [](const SetKeyTakeaways&) { return std::string("takeaways"); },
                          [](const SetPrivateNotes&) { return std::string("private"); },
                          [](const SetDetails&) { return std::string("details"); },
                          [](const auto&) { return std::string(); },  // not coalesced
                      },
                      e);
}

const char* edit_name(const Edit& e) {
    static const char* names[] = {"rating",         "not assessed", "evidence note", "notes",
                                  "recommendation", "rationale",    "key takeaways", "private notes",
                                  "details",        "submit",       "reopen"};
    return names[e.index()];
}

std::optional<std::string> apply_edit(Draft& d, const scorecard::Rubric& rubric, const Edit& e) {
    auto& card = d.card;
    bool sealed = card.sealed();
    if (sealed && !std::holds_alternative<Reopen>(e) && !std::holds_alternative<SetPrivateNotes>(e))
        return "This scorecard is submitted and read-only. Reopen it to change it.";
    auto competency = [&](const std::string& id) { return card.find(id); };

    return std::visit(
        overloaded{
            [&](const SetScore& x) -> std::optional<std::string> {
                auto* c = competency(x.competency);
                if (!c) return "unknown competency " + x.competency;
                if (x.score && (*x.score < 1 || *x.score > 4)) return "a rating is from 1 to 4";
                c->score = x.score;
                if (x.score) c->not_assessed_reason.reset();
                return std::nullopt;
            },
            [&](const SetNotAssessed& x) -> std::optional<std::string> {
                auto* c = competency(x.competency);
                if (!c) return "unknown competency " + x.competency;
                c->not_assessed_reason = x.reason;
                if (x.reason) c->score.reset();
                return std::nullopt;
            },
            [&](const SetEvidence& x) -> std::optional<std::string> {
                auto* c = competency(x.competency);
                if (!c) return "unknown competency " + x.competency;
                if (auto* ev = find_evidence(*c, x.behaviour)) {
                    ev->note = x.note;
                } else {
                    // Keep evidence in the rubric's behaviour order whatever order notes are typed in.
                    const auto* comp = rubric.find(x.competency);
                    c->evidence.push_back({x.behaviour, x.note});
                    if (comp) {
                        auto rank = [&](const std::string& b) {
                            for (size_t i = 0; i < comp->behaviours.size(); ++i)
                                if (comp->behaviours[i].id == b) return int(i);
                            return int(comp->behaviours.size());
                        };
                        std::stable_sort(c->evidence.begin(), c->evidence.end(),
                                         [&](const auto& a, const auto& b) { return rank(a.behaviour) < rank(b.behaviour); });
                    }
                }
                return std::nullopt;
            },
            [&](const SetCompetencyNotes& x) -> std::optional<std::string> {
                auto* c = competency(x.competency);
                if (!c) return "unknown competency " + x.competency;
                c->notes = x.notes;
                return std::nullopt;
            },
            [&](const SetRecommendation& x) -> std::optional<std::string> {
                card.recommendation = x.recommendation;
                return std::nullopt;
            },
            [&](const SetRationale& x) -> std::optional<std::string> {
                card.rationale = x.text;
                return std::nullopt;
            },
            [&](const SetKeyTakeaways& x) -> std::optional<std::string> {
                card.key_takeaways = x.text;
                return std::nullopt;
            },
            [&](const SetPrivateNotes& x) -> std::optional<std::string> {
                d.private_notes = x.text;
                return std::nullopt;
            },
            [&](const SetDetails& x) -> std::optional<std::string> {
                card.candidate = x.candidate;
                card.interviewer = x.interviewer;
                card.date = x.date;
                return std::nullopt;
            },
            [&](const Submit& x) -> std::optional<std::string> {
                auto missing = scorecard::seal(card, rubric, x.now);
                if (!missing.empty()) return missing.front().message;
                return std::nullopt;
            },
            [&](const Reopen& x) -> std::optional<std::string> {
                if (!sealed) return "This scorecard is not submitted.";
                scorecard::reopen(card, x.now, x.reason);
                return std::nullopt;
            },
        },
        e);
}

Draft new_draft(const scorecard::Rubric& rubric, const std::string& candidate, const std::string& interviewer,
                const std::string& date, const std::vector<std::string>& covered) {
    Draft d;
    d.card = scorecard::new_scorecard(rubric, new_uuid(), date);
    d.card.candidate = candidate;
    d.card.interviewer = interviewer;
    d.card.covered = covered;
    d.started_at = d.updated_at = now_iso_utc();
    if (!covered.empty()) {
        // Start on the first competency this interviewer covers.
        for (size_t i = 0; i < rubric.competencies.size(); ++i)
            if (d.card.is_required(rubric.competencies[i].id)) { d.current = int(i); break; }
    }
    return d;
}

}  // namespace ui
