// The named edits of edits.hpp. Rules about what a scorecard accepts live in the
// core (scorecard/); this file maps each edit onto the draft.
#include "app/edits.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "base/limits.hpp"
#include "base/text.hpp"
#include "scorecard/seal.hpp"

namespace app {

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
                          [](const SetQuestionNote& x) { return "question:" + x.competency + "/" + std::to_string(x.question); },
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
    static const char* names[] = {"rating",        "not assessed", "evidence note", "notes",         "question note",
                                  "asked",         "behaviour tag", "recommendation", "rationale",    "key takeaways",
                                  "private notes", "details",       "submit",         "reopen"};
    static_assert(std::size(names) == std::variant_size_v<Edit>, "a name for every edit");
    return names[e.index()];
}

std::optional<std::string> edit_text(const Draft& d, const Edit& e) {
    const auto* c = [&]() -> const scorecard::CompetencyScore* {
        return std::visit([&](const auto& x) -> const scorecard::CompetencyScore* {
            if constexpr (requires { x.competency; }) return d.card.find(x.competency);
            else return nullptr;
        }, e);
    }();
    return std::visit(overloaded{
                          [&](const SetEvidence& x) -> std::optional<std::string> {
                              if (c)
                                  for (const auto& ev : c->evidence)
                                      if (ev.behaviour == x.behaviour) return ev.note;
                              return std::string();
                          },
                          [&](const SetCompetencyNotes&) -> std::optional<std::string> { return c ? c->notes : ""; },
                          [&](const SetQuestionNote& x) -> std::optional<std::string> {
                              const auto* q = c ? c->question(x.question) : nullptr;
                              return q ? q->note : "";
                          },
                          [&](const SetRationale&) -> std::optional<std::string> { return d.card.rationale; },
                          [&](const SetKeyTakeaways&) -> std::optional<std::string> { return d.card.key_takeaways; },
                          [&](const SetPrivateNotes&) -> std::optional<std::string> { return d.private_notes; },
                          [](const auto&) -> std::optional<std::string> { return std::nullopt; },
                      },
                      e);
}

std::optional<std::string> new_text(const Edit& e) {
    return std::visit(overloaded{
                          [](const SetEvidence& x) -> std::optional<std::string> { return x.note; },
                          [](const SetCompetencyNotes& x) -> std::optional<std::string> { return x.notes; },
                          [](const SetQuestionNote& x) -> std::optional<std::string> { return x.note; },
                          [](const SetRationale& x) -> std::optional<std::string> { return x.text; },
                          [](const SetKeyTakeaways& x) -> std::optional<std::string> { return x.text; },
                          [](const SetPrivateNotes& x) -> std::optional<std::string> { return x.text; },
                          [](const auto&) -> std::optional<std::string> { return std::nullopt; },
                      },
                      e);
}

bool starts_word(const std::string& before, const std::string& after) {
    if (after.size() <= before.size()) return false;
    size_t p = 0;
    while (p < before.size() && before[p] == after[p]) ++p;
    auto space = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t'; };
    // Typed white space right after a word: that word is done, the next burst begins.
    return space(after[p]) && p > 0 && !space(after[p - 1]);
}

namespace {

using Refusal = std::optional<std::string>;

scorecard::CompetencyScore* competency(Draft& d, const std::string& id) { return d.card.find(id); }
Refusal unknown(const std::string& id) { return "unknown competency " + id; }

Refusal apply(Draft& d, const scorecard::Rubric&, const SetScore& x) {
    auto* c = competency(d, x.competency);
    if (!c) return unknown(x.competency);
    if (x.score && !scorecard::is_score(*x.score))
        return "a rating is from " + std::to_string(scorecard::kMinScore) + " to " + std::to_string(scorecard::kMaxScore);
    c->score = x.score;
    if (x.score) c->not_assessed_reason.reset();
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const SetNotAssessed& x) {
    auto* c = competency(d, x.competency);
    if (!c) return unknown(x.competency);
    c->not_assessed_reason = x.reason;
    if (x.reason) c->score.reset();
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric& rubric, const SetEvidence& x) {
    auto* c = competency(d, x.competency);
    if (!c) return unknown(x.competency);
    if (auto* ev = find_evidence(*c, x.behaviour)) {
        ev->note = x.note;
        return std::nullopt;
    }
    c->evidence.push_back({x.behaviour, x.note});
    if (const auto* comp = rubric.find(x.competency)) sort_evidence(*c, *comp);
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const SetCompetencyNotes& x) {
    auto* c = competency(d, x.competency);
    if (!c) return unknown(x.competency);
    c->notes = x.notes;
    return std::nullopt;
}

// The question note for a question of the rubric, made when first needed.
scorecard::QuestionNote* question_note(Draft& d, const scorecard::Rubric& rubric, const std::string& competency,
                                       int index, Refusal& refusal) {
    auto* c = d.card.find(competency);
    const auto* rc = rubric.find(competency);
    if (!c || !rc) {
        refusal = unknown(competency);
        return nullptr;
    }
    if (index < 0 || index >= int(rc->questions.size())) {
        refusal = "the rubric has no question " + std::to_string(index + 1) + " for " + rc->title;
        return nullptr;
    }
    if (auto* q = c->question(index)) return q;
    scorecard::QuestionNote q;
    q.index = index;
    q.question = rc->questions[size_t(index)].text;
    auto at = std::find_if(c->questions.begin(), c->questions.end(), [&](const auto& x) { return x.index > index; });
    return &*c->questions.insert(at, std::move(q));
}

Refusal apply(Draft& d, const scorecard::Rubric& rubric, const SetQuestionNote& x) {
    Refusal refusal;
    auto* q = question_note(d, rubric, x.competency, x.question, refusal);
    if (!q) return refusal;
    q->note = x.note;
    if (!scorecard::is_blank(x.note)) q->asked = true;
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric& rubric, const SetQuestionAsked& x) {
    Refusal refusal;
    auto* q = question_note(d, rubric, x.competency, x.question, refusal);
    if (!q) return refusal;
    q->asked = x.asked;
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric& rubric, const TagBehaviour& x) {
    const auto* rc = rubric.find(x.competency);
    bool known = rc && std::any_of(rc->behaviours.begin(), rc->behaviours.end(), [&](const auto& b) { return b.id == x.behaviour; });
    if (!known) return "unknown behaviour " + x.behaviour;
    Refusal refusal;
    auto* q = question_note(d, rubric, x.competency, x.question, refusal);
    if (!q) return refusal;
    auto& tags = q->behaviours;
    tags.erase(std::remove(tags.begin(), tags.end(), x.behaviour), tags.end());
    if (x.on) {
        // Tags in the rubric's behaviour order, whatever order they were clicked in.
        tags.push_back(x.behaviour);
        auto rank = [&](const std::string& b) {
            for (size_t i = 0; i < rc->behaviours.size(); ++i)
                if (rc->behaviours[i].id == b) return i;
            return rc->behaviours.size();
        };
        std::sort(tags.begin(), tags.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    }
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const SetRecommendation& x) {
    d.card.recommendation = x.recommendation;
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const SetRationale& x) {
    d.card.rationale = x.text;
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const SetKeyTakeaways& x) {
    d.card.key_takeaways = x.text;
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const SetPrivateNotes& x) {
    d.private_notes = x.text;
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const SetDetails& x) {
    d.card.candidate = x.candidate;
    d.card.interviewer = x.interviewer;
    d.card.date = x.date;
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric& rubric, const Submit& x) {
    auto missing = scorecard::seal(d.card, rubric, x.now);
    if (!missing.empty()) return missing.front().message;
    if (x.signature) d.card.signatures.push_back(*x.signature);
    return std::nullopt;
}

Refusal apply(Draft& d, const scorecard::Rubric&, const Reopen& x) {
    if (!d.card.sealed()) return "This scorecard is not submitted.";
    scorecard::reopen(d.card, x.now, x.reason);
    return std::nullopt;
}

}  // namespace

void sort_evidence(scorecard::CompetencyScore& c, const scorecard::Competency& comp) {
    std::unordered_map<std::string_view, std::size_t> rank;
    for (std::size_t i = 0; i < comp.behaviours.size(); ++i) rank.emplace(comp.behaviours[i].id, i);
    auto of = [&](const std::string& b) {
        auto it = rank.find(b);
        return it == rank.end() ? comp.behaviours.size() : it->second;
    };
    std::stable_sort(c.evidence.begin(), c.evidence.end(), [&](const auto& a, const auto& b) { return of(a.behaviour) < of(b.behaviour); });
}

std::optional<std::string> apply_edit(Draft& d, const scorecard::Rubric& rubric, const Edit& e) {
    // A sealed scorecard accepts only a reopen, and private notes (which never leave the device).
    if (d.card.sealed() && !std::holds_alternative<Reopen>(e) && !std::holds_alternative<SetPrivateNotes>(e))
        return "This scorecard is submitted and read-only. Reopen it to change it.";
    return std::visit([&](const auto& x) { return apply(d, rubric, x); }, e);
}

Draft new_draft(const scorecard::Rubric& rubric, const std::string& candidate, const std::string& interviewer,
                const std::string& date, const std::vector<std::string>& covered, const std::string& now_iso) {
    Draft d;
    d.card = scorecard::new_scorecard(rubric, new_uuid(), date);
    d.card.candidate = candidate;
    d.card.interviewer = interviewer;
    d.card.covered = covered;
    d.started_at = d.updated_at = now_iso;
    if (!covered.empty()) {
        // Start on the first competency this interviewer covers.
        for (size_t i = 0; i < rubric.competencies.size(); ++i)
            if (d.card.is_required(rubric.competencies[i].id)) { d.current = int(i); break; }
    }
    return d;
}

}  // namespace app
