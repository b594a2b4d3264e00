// Where the app keeps what it stores (Platform::store), written once. One key per
// draft keeps each autosave small; the web platform puts all of them under its own
// prefix in localStorage (web/platform_web.cpp).
#pragma once
#include <string>
#include <string_view>

namespace app {

inline constexpr const char* kSessionKey = "state";   // where the user was, the theme
inline constexpr const char* kDraftPrefix = "draft:";  // + scorecard id: one interview each
inline constexpr const char* kRubricPrefix = "rubric:";  // + rubric id: one imported rubric each
inline constexpr const char* kPanelKey = "panel";     // the panel screen's files and decisions
// + a key whose stored text could not be read: kept here, as it was, before that key is
// written again (the session and the panel are rewritten; drafts and rubrics never are).
inline constexpr const char* kAsidePrefix = "aside:";
inline constexpr const char* kRosterKey = "roster";   // the team roster the lead loaded or built
inline constexpr const char* kKnownKeysKey = "keys";  // the first key this device saw for each name

inline std::string draft_key(const std::string& id) { return kDraftPrefix + id; }
inline std::string rubric_key(const std::string& id) { return kRubricPrefix + id; }
inline std::string aside_key(const std::string& key) { return kAsidePrefix + key; }
inline bool is_draft_key(std::string_view key) { return key.substr(0, std::string_view(kDraftPrefix).size()) == kDraftPrefix; }
inline bool is_rubric_key(std::string_view key) { return key.substr(0, std::string_view(kRubricPrefix).size()) == kRubricPrefix; }

}  // namespace app
