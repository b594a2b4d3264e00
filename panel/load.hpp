// Loading many scorecard files for a panel: each file is validated on its own, then
// against the set (same rubric version, same candidate, one scorecard per interviewer).
// A bad file never blocks the good ones.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.hpp"
#include "rubric/rubric.hpp"
#include "scorecard/scorecard.hpp"

namespace scorecard {

// One loaded file: its name, and either a scorecard or the problems found.
struct LoadedScorecard {
    std::string file;
    std::optional<Scorecard> scorecard;  // set when usable in a panel
    std::vector<Error> problems;         // blocking problems (file not used)
    std::vector<Error> warnings;         // usable, but worth saying (a draft)
    // Rejected only because it disagrees with the set (another rubric or candidate):
    // the CLI cannot tell which side is right, so no panel is made.
    bool conflicts = false;
    bool usable() const { return scorecard.has_value(); }
};

using NamedText = std::pair<std::string, std::string>;  // file name, file text

// Validates each file on its own (format, version, schema, types, score range,
// sealed or draft, digest matching content), then against the set: rubric digest
// against `panel_rubric` (or the first valid file's), same candidate, duplicate
// interviewer or id.
// With `many_candidates` (the app's panel view, which compares candidates on one
// rubric) another candidate is not a problem: the same-interviewer check is then
// per candidate, while the rubric and the scorecard id stay checked across the set.
std::vector<LoadedScorecard> load_scorecards(const std::vector<NamedText>& files, const Rubric* panel_rubric = nullptr,
                                             bool many_candidates = false);

}  // namespace scorecard
