// The named edits of a draft: the only way a scorecard's content changes. Each edit is
// a plain value; apply_edit() performs it, so undo, autosave and the tests all see the
// same path (App records undo, marks the draft for autosave, then applies).
#pragma once
#include <optional>
#include <string>
#include <variant>

#include "app/app_state.hpp"

namespace app {

struct SetScore { std::string competency; std::optional<int> score; };
struct SetNotAssessed { std::string competency; std::optional<std::string> reason; };  // nullopt: assessed
struct SetEvidence { std::string competency, behaviour, note; };
struct SetCompetencyNotes { std::string competency, notes; };
// Notes under one suggested question (by its index in the rubric), whether it was asked,
// and which behaviours the answer shows. Typing a note marks the question asked.
struct SetQuestionNote { std::string competency; int question = 0; std::string note; };
struct SetQuestionAsked { std::string competency; int question = 0; bool asked = false; };
struct TagBehaviour { std::string competency; int question = 0; std::string behaviour; bool on = false; };
struct SetRecommendation { std::optional<std::string> recommendation; };
struct SetRationale { std::string text; };
struct SetKeyTakeaways { std::string text; };
struct SetPrivateNotes { std::string text; };
struct SetDetails { std::string candidate, interviewer, date; };
// Seals; with the device key's signature over next_signing_message of the sealed card.
struct Submit { std::string now; std::optional<scorecard::Signature> signature = std::nullopt; };
struct Reopen { std::string now, reason; };

using Edit = std::variant<SetScore, SetNotAssessed, SetEvidence, SetCompetencyNotes, SetQuestionNote, SetQuestionAsked,
                          TagBehaviour, SetRecommendation, SetRationale, SetKeyTakeaways, SetPrivateNotes, SetDetails,
                          Submit, Reopen>;

// Text edits to the same field coalesce into one undo step; this names the field.
std::string edit_field(const Edit& e);
const char* edit_name(const Edit& e);
// For text edits: the field's text in the draft now, and the text the edit sets.
std::optional<std::string> edit_text(const Draft& d, const Edit& e);
std::optional<std::string> new_text(const Edit& e);
// Whether going from `before` to `after` typed white space right after a word: the word
// is done, so undo treats what follows as a new burst (as browsers and editors do).
bool starts_word(const std::string& before, const std::string& after);

// Applies the edit to the draft. A sealed scorecard accepts only Reopen (and
// private notes, which never leave the device). Returns an error message instead
// when the edit is refused (e.g. a submit with something missing).
std::optional<std::string> apply_edit(Draft& d, const scorecard::Rubric& rubric, const Edit& e);

// Puts a competency's evidence in the rubric's behaviour order (unknown behaviours last),
// whatever order the notes were typed in.
void sort_evidence(scorecard::CompetencyScore& c, const scorecard::Competency& rubric_competency);

// A new draft for this rubric; `covered` empty means all competencies.
Draft new_draft(const scorecard::Rubric& rubric, const std::string& candidate, const std::string& interviewer,
                const std::string& date, const std::vector<std::string>& covered, const std::string& now_iso);

}  // namespace app
