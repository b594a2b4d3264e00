// The app's state as plain versioned values, serialized to JSON for storage: the
// interviewer's drafts (each a scorecard plus what only this device keeps), imported
// rubrics, and where the user was. Screens read this state and change it only
// through the app's commands (app/commands.hpp).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/json_document.hpp"
#include "base/result.hpp"
#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"

namespace app {

enum class Screen { Start, Library, Interview, Review, Panel };
const char* screen_name(Screen s);
Screen screen_from_name(const std::string& s);

// What a tab that merged two tabs' changes leaves in the stored draft, so the other
// tab can tell its interviewer too (both tabs say which fields were typed at once).
struct MergeNote {
    long long revision = 0;           // the first stored revision that holds the merge (0: not stored yet)
    std::string by;                   // the tab that merged ("the tab opened at 14:05:10")
    std::vector<std::string> fields;  // what both tabs changed at once ("the rationale")
};

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
    // Two tabs on one device share the stored draft: each store raises the revision,
    // and a tab that finds a newer one merges before it writes (app/draft_merge.hpp).
    long long revision = 0;                 // stores so far, by any tab (0: never stored)
    std::string writer;                     // the tab that stored this revision
    std::optional<MergeNote> merge;         // the last merge of two tabs' changes
    // The stored object as read: members this build does not know (written by a newer
    // version in another tab) are written back from it, never dropped.
    scorecard::Json as_stored;
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

// Versions of the stored forms. Drafts: 1 had no revision (read and migrated), 2 adds
// revision, writer and merge. A newer version is never read or overwritten.
inline constexpr int kSessionVersion = 1;
inline constexpr int kDraftVersion = 2;

struct AppState {
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
// Drafts (app/stored_draft.cpp): version 2, with what this build does not know kept.
scorecard::Json draft_to_json(const Draft& d);
scorecard::Result<Draft> draft_from_json(const scorecard::Json& j, const std::string& key);
// The stored text of a draft read in full (size for stored data, JSON, version, fields).
scorecard::Result<Draft> parse_stored_draft(const std::string& text, const std::string& key);

std::string new_uuid();  // version 4, from the platform's random source

}  // namespace app
