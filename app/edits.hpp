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
struct SetRecommendation { std::optional<std::string> recommendation; };
struct SetRationale { std::string text; };
struct SetKeyTakeaways { std::string text; };
struct SetPrivateNotes { std::string text; };
struct SetDetails { std::string candidate, interviewer, date; };
struct Submit { std::string now; };
struct Reopen { std::string now, reason; };

using Edit = std::variant<SetScore, SetNotAssessed, SetEvidence, SetCompetencyNotes, SetRecommendation,
                          SetRationale, SetKeyTakeaways, SetPrivateNotes, SetDetails, Submit, Reopen>;

// Text edits to the same field coalesce into one undo step; this names the field.
std::string edit_field(const Edit& e);
const char* edit_name(const Edit& e);

// Applies the edit to the draft. A sealed scorecard accepts only Reopen (and
// private notes, which never leave the device). Returns an error message instead
// when the edit is refused (e.g. a submit with something missing).
std::optional<std::string> apply_edit(Draft& d, const scorecard::Rubric& rubric, const Edit& e);

// A new draft for this rubric; `covered` empty means all competencies.
Draft new_draft(const scorecard::Rubric& rubric, const std::string& candidate, const std::string& interviewer,
                const std::string& date, const std::vector<std::string>& covered, const std::string& now_iso);

}  // namespace app
