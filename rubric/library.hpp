// The built-in rubric library compiled into the app and the CLI: the seven
// Support levels of Octopus Deploy's career framework, L5 Senior Support Manager
// first and default, each with questions, probes and time budgets.
#pragma once
#include <string>
#include <vector>

#include "base/result.hpp"
#include "rubric/rubric.hpp"

namespace scorecard {

const std::vector<Rubric>& builtin_rubrics();
const Rubric& default_rubric();  // L5 Senior Support Manager
inline constexpr const char* kDefaultRubricId = "l5-senior-support-manager";
// A built-in rubric's `source`; imported ones carry their file name.
inline constexpr const char* kBuiltinSource = "built-in";
inline constexpr const char* kBuiltinTrack = "Support";
inline bool is_builtin(const Rubric& r) { return r.source == kBuiltinSource; }

// nullptr when no built-in rubric has this id.
const Rubric* find_builtin_rubric(const std::string& id);

// Problems met while loading the library (a document that no longer imports, a
// guide naming a missing competency); empty in a good build, checked by the tests.
const std::vector<Error>& builtin_library_errors();

}  // namespace scorecard
