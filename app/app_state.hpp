// The app's state as plain versioned values, serialized to JSON for storage: the
// interviewer's drafts (each a scorecard plus what only this device keeps), imported
// rubrics, and where the user was. Screens read this state and change it only
// through the app's commands (app/commands.hpp).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/json.hpp"
#include "base/result.hpp"
#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"

namespace app {

enum class Screen { Start, Library, Interview, Review, Panel };
const char* screen_name(Screen s);
Screen screen_from_name(const std::string& s);

// One interview in progress or done, as stored on this device.
struct Draft {
    scorecard::Scorecard card;
    std::string private_notes;              // never exported
    int current = 0;                        // competency index on the interview screen
    std::map<std::string, int> question_at; // the question shown, per competency id
    std::map<std::string, double> seconds;  // time spent per competency id
    bool clock_running = false;             // the interview clock counts (Start, or the first note)
    std::string started_at;                 // ISO 8601 UTC of the first edit
    std::string updated_at;                 // ISO 8601 UTC of the last edit
    bool exported = false;                  // exported since the last change
};

inline constexpr const char* kThemeSystem = "system";
inline constexpr const char* kThemeLight = "light";
inline constexpr const char* kThemeDark = "dark";

// Settings and position: small, stored under one key.
struct Session {
    Screen screen = Screen::Start;
    std::string active_draft;    // draft id on the interview or review screen
    std::string library_rubric;  // rubric shown on the library screen
    std::string theme = kThemeSystem;
    std::string interviewer;     // the name last used to start an interview on this device
};

struct AppState {
    static constexpr int kVersion = 1;
    Session session;
    std::vector<Draft> drafts;                        // most recently updated first
    std::vector<scorecard::Rubric> imported_rubrics;  // user's own, after the built-in ones

    Draft* find_draft(const std::string& id);
    const Draft* find_draft(const std::string& id) const;
    const scorecard::Rubric* find_rubric(const std::string& id) const;  // built-in or imported
    std::vector<const scorecard::Rubric*> all_rubrics() const;
    // The rubric a draft was scored against (matched by id and digest), or null.
    const scorecard::Rubric* rubric_for(const Draft& d) const;
    // The rubric a panel's scorecards were scored on: same id and digest, else the same id.
    const scorecard::Rubric* rubric_for(const scorecard::RubricRef& ref) const;
    // A rubric's digest, computed once: screens ask for it every frame.
    const std::string& digest_of(const scorecard::Rubric& r) const;
    void rubrics_changed();  // after imported_rubrics changed: forget cached digests
    bool any_unexported() const;
    // Seconds on the interview clock, all competencies together.
    static double clock_total(const Draft& d);

private:
    mutable std::map<const scorecard::Rubric*, std::string> digests_;
};

// The stored forms (storage_keys.hpp says where each lives).
scorecard::Json session_to_json(const Session& s);
Session session_from_json(const scorecard::Json& j);  // tolerant: unknown or bad members keep defaults
scorecard::Json draft_to_json(const Draft& d);
scorecard::Result<Draft> draft_from_json(const scorecard::Json& j, const std::string& key);

std::string new_uuid();  // version 4, from the platform's random source

}  // namespace app
