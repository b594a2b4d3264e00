// Every number that bounds what Scorecard accepts, written once: the rating scale,
// file sizes, nesting, time budgets and weights, and how much of a bad input an error
// message may quote. The formats, the app and the CLI all read them from here.
#pragma once
#include <cstddef>

namespace scorecard {

// A rating is a whole number on this scale (file format version 1).
inline constexpr int kMinScore = 1;
inline constexpr int kMaxScore = 4;
constexpr bool is_score(long long v) { return v >= kMinScore && v <= kMaxScore; }

// The largest file any importer reads: rubric Markdown or JSON, scorecards, guides (2 MiB).
inline constexpr std::size_t kMaxImportBytes = 2u * 1024u * 1024u;
// What this device stored itself (a draft, an imported rubric's JSON, the panel) is read
// back up to this size: an imported 2 MiB document can grow in JSON, and must not
// become unreadable from storage.
inline constexpr std::size_t kMaxStoredBytes = 32u * 1024u * 1024u;
// JSON nested deeper than this is refused before it is parsed: nothing that reads,
// writes or hashes JSON then recurses deeper than this, whatever the input.
inline constexpr int kMaxJsonDepth = 64;

// Suggested questions per competency (a question note's index is below this).
inline constexpr int kMaxQuestions = 100;

// A competency's time budget, in whole minutes.
inline constexpr int kMaxMinutes = 600;
// A competency's weight in the weighted mean: positive and below this.
inline constexpr double kMaxWeight = 1e6;

// Error messages quote at most this many characters of the input that caused them.
inline constexpr std::size_t kMaxQuotedChars = 80;

}  // namespace scorecard
