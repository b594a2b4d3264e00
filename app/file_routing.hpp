// Which part of the app a file the user dropped belongs to, and the import rule for
// rubrics: decided here, in plain C++, so the unit tests reach them.
#pragma once
#include <string>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace app {

enum class FileKind { Rubric, Scorecard };
// A scorecard file (by its "format") goes to the panel; on the panel screen any .json
// does (a broken scorecard still deserves the panel's message); anything else is a rubric.
FileKind route_dropped_file(const FileIn& file, Screen current);

// The id an imported rubric is kept under. A rubric with a built-in one's id is another
// rubric: it becomes "<id>-imported". A new version of an imported rubric replaces the
// old one, unless interviews on this device were scored against the old: then both
// stay, the new one under "<id>-2", "<id>-3", ...
std::string imported_rubric_id(const AppState& state, const scorecard::Rubric& incoming);

}  // namespace app
