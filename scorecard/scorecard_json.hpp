// The scorecard file format (version 1, docs/scorecard-format.md): writing, strict
// reading, and validation that lists every problem of a file.
#pragma once
#include <string>
#include <vector>

#include "base/json_document.hpp"
#include "base/result.hpp"
#include "scorecard/scorecard.hpp"

namespace scorecard {

inline constexpr int kScorecardFormatVersion = 1;
inline constexpr const char* kScorecardFormat = "scorecard";

// The format's member names, written once for reader and writer.
namespace scorecard_field {
inline constexpr const char* kFormat = "format";
inline constexpr const char* kVersion = "version";
inline constexpr const char* kId = "id";
inline constexpr const char* kRubric = "rubric";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kDigest = "digest";
inline constexpr const char* kCandidate = "candidate";
inline constexpr const char* kInterviewer = "interviewer";
inline constexpr const char* kName = "name";
inline constexpr const char* kDate = "date";
inline constexpr const char* kCovered = "covered";
inline constexpr const char* kCompetencies = "competencies";
inline constexpr const char* kScore = "score";
inline constexpr const char* kNotAssessedReason = "notAssessedReason";
inline constexpr const char* kEvidence = "evidence";
inline constexpr const char* kBehaviour = "behaviour";
inline constexpr const char* kNote = "note";
inline constexpr const char* kNotes = "notes";
inline constexpr const char* kQuestions = "questions";
inline constexpr const char* kIndex = "index";
inline constexpr const char* kQuestion = "question";
inline constexpr const char* kAsked = "asked";
inline constexpr const char* kBehaviours = "behaviours";
inline constexpr const char* kRecommendation = "recommendation";
inline constexpr const char* kRationale = "rationale";
inline constexpr const char* kKeyTakeaways = "keyTakeaways";
inline constexpr const char* kSubmittedAt = "submittedAt";
inline constexpr const char* kReopened = "reopened";
inline constexpr const char* kAt = "at";
inline constexpr const char* kReason = "reason";
inline constexpr const char* kSignatures = "signatures";
inline constexpr const char* kPublicKey = "publicKey";
inline constexpr const char* kSignedAt = "signedAt";
inline constexpr const char* kSignature = "signature";
}  // namespace scorecard_field

// JSON (version 1). Private notes are not part of the model: they never leave the device.
Json scorecard_to_json(const Scorecard& sc);
// Strict validation of shape, types and ranges; unknown members are ignored.
// Errors name `file` and the field path ("competencies[1].score").
Result<Scorecard> scorecard_from_json(const Json& j, const std::string& file = "");
Result<Scorecard> parse_scorecard(const std::string& text, const std::string& file = "");
// Every problem of one scorecard document (scorecard_from_json reports the first),
// so a panel or the CLI can show one line per problem. Empty when valid.
std::vector<Error> validate_scorecard_json(const Json& j, const std::string& file = "");
// Whether the document says it is a scorecard (its "format"), valid or not.
bool looks_like_scorecard(const Json& j);

}  // namespace scorecard
