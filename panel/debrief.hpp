// Who said what: each counted interviewer's part of a panel as the debrief reads it
// (recommendation, takeaways, rationale, what they covered) and when they wrote it
// down relative to the interview. Ratings written from memory are less reliable, so a
// scorecard submitted long after the interview is flagged. The app's cards, the
// Markdown summary, the panel file and the long CSV all read these.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "panel/panel.hpp"

namespace scorecard {

// A scorecard submitted more than this after its interview is flagged as late.
inline constexpr long long kLateSubmitHours = 24;
// Scorecards carry the interview's date but not its time or time zone, and submittedAt is
// in UTC. A submit up to this long before the interview date began in UTC can still be on
// that date somewhere (UTC+14), so it reads as "the day of the interview", never "before".
inline constexpr long long kMaxUtcAheadHours = 14;

// When a scorecard was submitted relative to its interview. The interview is taken to end
// with its date (in UTC): "late" means more than kLateSubmitHours after that, so a
// scorecard written the evening after the interview is not flagged, one two days later is.
struct SubmitTiming {
    bool known = false;             // submitted, with a valid date and time
    long long days_after = 0;       // calendar days from the interview date to the submit (UTC)
    bool late = false;              // more than kLateSubmitHours after the interview date ended
    bool before_interview = false;  // submitted before the interview date: a wrong date?
};
SubmitTiming submit_timing(const Scorecard& sc);
// "submitted the day of the interview", "... the day after ...", "submitted 3 days after the
// interview", "submitted 2 days before the interview date", "not submitted".
std::string submit_timing_text(const Scorecard& sc);

struct InterviewerSummary {
    const Scorecard* scorecard = nullptr;  // points into the Panel it was made from
    SubmitTiming timing;
    bool split = false;                    // the panel split the competencies; `covered` is this interviewer's share
    std::vector<std::string> covered;      // competency titles this interviewer covered (all when not split)
    std::vector<std::string> rated;        // titles rated
    std::vector<std::pair<std::string, std::string>> not_assessed;  // title, reason
    std::optional<std::string> included_on_purpose;                 // why it was held back, when the lead included it
};
// One per counted scorecard, in the panel's order.
std::vector<InterviewerSummary> interviewer_summaries(const Panel& panel);

// "all 4 competencies" or "2 of 4 (panel split): A; B".
std::string covered_text(const InterviewerSummary& s, std::size_t competencies);

}  // namespace scorecard
