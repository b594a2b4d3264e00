// The app's state as plain versioned values, serialized to JSON for storage:
// the interviewer's drafts (each a scorecard plus what only this device keeps),
// imported rubrics, and where the user was. No ImGui here: the screens read this
// state and change it only through the named edits in edits.hpp.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rubric/result.hpp"
#include "rubric/rubric.hpp"
#include "rubric/scorecard.hpp"

namespace ui {

enum class Screen { Start, Library, Interview, Review, Panel };
const char* screen_name(Screen s);
Screen screen_from_name(const std::string& s);

// One interview in progress or done, as stored on this device.
struct Draft {
    scorecard::Scorecard card;
    std::string private_notes;             // never exported
    int current = 0;                       // competency index on the interview screen
    std::map<std::string, double> seconds; // time spent per competency id
    std::string started_at;                // ISO 8601 UTC of the first edit
    std::string updated_at;                // ISO 8601 UTC of the last edit
    bool exported = false;                 // exported since the last change
};

// Settings and position: small, stored under one key.
struct Session {
    Screen screen = Screen::Start;
    std::string active_draft;   // draft id on the interview or review screen
    std::string library_rubric; // rubric shown on the library screen
    std::string theme = "system";  // "system" | "light" | "dark"
};

struct AppState {
    static constexpr int kVersion = 1;
    Session session;
    std::vector<Draft> drafts;                       // most recently updated first
    std::vector<scorecard::Rubric> imported_rubrics; // user's own, after the built-in ones

    Draft* find_draft(const std::string& id);
    const scorecard::Rubric* find_rubric(const std::string& id) const;  // built-in or imported
    std::vector<const scorecard::Rubric*> all_rubrics() const;
    // The rubric a draft was scored against (matched by id and digest), or null.
    const scorecard::Rubric* rubric_for(const Draft& d) const;
    // A rubric's digest, computed once: it is asked for every frame.
    const std::string& digest_of(const scorecard::Rubric& r) const;
    void rubrics_changed();  // after imported_rubrics changed: forget cached digests

private:
    mutable std::map<const scorecard::Rubric*, std::string> digests_;
};

// Storage layout: "state" holds the session; "draft:<id>" one draft each;
// "rubric:<id>" one imported rubric each; "panel" the panel screen's loaded files and
// decisions (ui/screen_panel.cpp). One key per draft keeps each autosave small.
nlohmann::json session_to_json(const Session& s);
Session session_from_json(const nlohmann::json& j);  // tolerant: unknown or bad members keep defaults
nlohmann::json draft_to_json(const Draft& d);
scorecard::Result<Draft> draft_from_json(const nlohmann::json& j, const std::string& key);

std::string now_iso_utc();
std::string today_local();  // YYYY-MM-DD
std::string new_uuid();

}  // namespace ui
