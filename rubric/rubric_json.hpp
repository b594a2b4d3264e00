// Rubric JSON (format "rubric", version 1; see docs/rubric-format.md) and the
// digest that identifies one exact rubric version.
#pragma once
#include <string>

#include "base/json_document.hpp"
#include "base/result.hpp"
#include "rubric/rubric.hpp"

namespace scorecard {

inline constexpr int kRubricFormatVersion = 1;
inline constexpr const char* kRubricFormat = "rubric";

// The format's member names, written once for reader and writer.
namespace rubric_field {
inline constexpr const char* kFormat = "format";
inline constexpr const char* kVersion = "version";
inline constexpr const char* kId = "id";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kLevel = "level";
inline constexpr const char* kRole = "role";
inline constexpr const char* kTrack = "track";
inline constexpr const char* kSummary = "summary";
inline constexpr const char* kMetadata = "metadata";
inline constexpr const char* kKey = "key";
inline constexpr const char* kValue = "value";
inline constexpr const char* kImpact = "impact";
inline constexpr const char* kCompetencies = "competencies";
inline constexpr const char* kBehaviours = "behaviours";
inline constexpr const char* kText = "text";
inline constexpr const char* kExamples = "examples";
inline constexpr const char* kQuestions = "questions";
inline constexpr const char* kProbes = "probes";
inline constexpr const char* kWeight = "weight";
inline constexpr const char* kMinutes = "minutes";
inline constexpr const char* kHiringBarIntro = "hiring_bar_intro";
inline constexpr const char* kHiringBar = "hiring_bar";
inline constexpr const char* kScale = "scale";
inline constexpr const char* kLabel = "label";
inline constexpr const char* kAnchor = "anchor";
inline constexpr const char* kRecommendations = "recommendations";
inline constexpr const char* kSource = "source";
}  // namespace rubric_field

// The document as a tree (nlohmann); the text functions below write the same document
// straight to a string (base/json_writer.hpp), byte for byte what dumping this gives.
Json rubric_to_json(const Rubric& rubric);
// rubric_to_json(rubric).dump(): the compact, sorted form the app stores.
std::string rubric_storage_text(const Rubric& rubric);
// `file` names the source in errors; field paths name the offending member.
Result<Rubric> rubric_from_json(const Json& j, const std::string& file = "");
// Parses text (not UTF-8, too large, too deep, or JSON syntax errors become Errors with a line).
Result<Rubric> parse_rubric_json(const std::string& text, const std::string& file = "");

// The JSON as a person reads it: 2-space indent, members in reading order (format
// and version first) rather than sorted. For the CLI and files users save; the
// digest never depends on this layout.
std::string rubric_json_text(const Rubric& rubric);

// "sha256:<64 hex>" of the canonical JSON (sorted keys, no whitespace) of the
// rubric without its "source" member, so the same rubric hashes the same wherever it came from.
std::string rubric_digest(const Rubric& rubric);

// Reads one competency's questions (rubric JSON and interview guides share the shape).
void read_questions(JsonReader& rd, const Json& competency, const std::string& path, std::vector<Question>& out);

}  // namespace scorecard
