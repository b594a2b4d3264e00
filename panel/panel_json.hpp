// The panel file (format "panel", version 1; docs/panel-format.md): the statistics,
// each interviewer's scores and the decision, for the record.
#pragma once
#include "base/json_document.hpp"
#include "panel/panel.hpp"

namespace scorecard {

inline constexpr int kPanelFormatVersion = 1;
inline constexpr const char* kPanelFormat = "panel";

// The format's member names, written once.
namespace panel_field {
inline constexpr const char* kFormat = "format";
inline constexpr const char* kVersion = "version";
inline constexpr const char* kRubric = "rubric";
inline constexpr const char* kId = "id";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kDigest = "digest";
inline constexpr const char* kCandidate = "candidate";
inline constexpr const char* kName = "name";
inline constexpr const char* kScorecards = "scorecards";
inline constexpr const char* kCompetencies = "competencies";
inline constexpr const char* kN = "n";
inline constexpr const char* kMean = "mean";
inline constexpr const char* kMedian = "median";
inline constexpr const char* kMin = "min";
inline constexpr const char* kMax = "max";
inline constexpr const char* kSpread = "spread";
inline constexpr const char* kDisagreement = "disagreement";
inline constexpr const char* kNotAssessed = "notAssessed";
inline constexpr const char* kRecommendations = "recommendations";
inline constexpr const char* kOverall = "overall";
inline constexpr const char* kInterviewers = "interviewers";
inline constexpr const char* kScorecard = "scorecard";
inline constexpr const char* kRecommendation = "recommendation";
inline constexpr const char* kSubmittedAt = "submittedAt";
inline constexpr const char* kScores = "scores";
inline constexpr const char* kDecision = "decision";
inline constexpr const char* kOtherLevel = "otherLevel";
inline constexpr const char* kRationale = "rationale";
inline constexpr const char* kAttendees = "attendees";
inline constexpr const char* kWarnings = "warnings";
inline constexpr const char* kDate = "date";
inline constexpr const char* kKeyTakeaways = "keyTakeaways";
inline constexpr const char* kCovered = "covered";
inline constexpr const char* kDaysToSubmit = "submittedDaysAfterInterview";
inline constexpr const char* kLateSubmit = "lateSubmit";
inline constexpr const char* kIncludedOnPurpose = "includedOnPurpose";
inline constexpr const char* kExcluded = "excluded";
inline constexpr const char* kFile = "file";
inline constexpr const char* kStatus = "status";
inline constexpr const char* kInterviewer = "interviewer";
inline constexpr const char* kReasons = "reasons";
inline constexpr const char* kSignature = "signature";
inline constexpr const char* kState = "state";
inline constexpr const char* kKey = "key";
inline constexpr const char* kSigner = "signer";
}  // namespace panel_field

Json panel_to_json(const Panel& panel);

}  // namespace scorecard
