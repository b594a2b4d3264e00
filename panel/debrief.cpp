// Who said what, and when it was written down (debrief.hpp).
#include "panel/debrief.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "base/dates.hpp"
#include "base/id_index.hpp"

namespace scorecard {

namespace {
constexpr long long kDay = 86400, kHour = 3600;

std::string days_text(long long n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }
}  // namespace

SubmitTiming submit_timing(const Scorecard& sc) {
    SubmitTiming t;
    auto day = day_number(sc.date);
    auto at = sc.submitted_at ? utc_seconds(*sc.submitted_at) : std::nullopt;
    if (!day || !at) return t;
    t.known = true;
    const long long starts = *day * kDay, ends = starts + kDay;
    t.before_interview = *at < starts - kMaxUtcAheadHours * kHour;
    // Floor division: a submit just before the date began in UTC is day -1.
    long long submit_day = *at >= 0 ? *at / kDay : (*at - kDay + 1) / kDay;
    t.days_after = t.before_interview ? submit_day - *day : std::max(0LL, submit_day - *day);
    t.late = *at > ends + kLateSubmitHours * kHour;
    return t;
}

std::string submit_timing_text(const Scorecard& sc) {
    if (!sc.sealed()) return "not submitted";
    SubmitTiming t = submit_timing(sc);
    if (!t.known) return "submitted " + *sc.submitted_at;
    if (t.before_interview) return "submitted " + days_text(-t.days_after) + " before the interview date";
    if (t.days_after == 0) return "submitted the day of the interview";
    if (t.days_after == 1) return "submitted the day after the interview";
    return "submitted " + days_text(t.days_after) + " after the interview";
}

std::vector<InterviewerSummary> interviewer_summaries(const Panel& panel) {
    std::vector<InterviewerSummary> out;
    for (const auto& sc : panel.scorecards) {
        InterviewerSummary s;
        s.scorecard = &sc;
        s.timing = submit_timing(sc);
        s.split = !sc.covered.empty();
        // Found through a set and an index, not by searching the lists: 60,000 competencies stay linear.
        std::unordered_set<std::string_view> required(sc.covered.begin(), sc.covered.end());
        IdIndex<CompetencyScore> scores(sc.competencies);
        for (const auto& c : panel.competencies) {
            if (!s.split || required.count(c.id)) s.covered.push_back(c.title);
            const CompetencyScore* cs = scores.find(c.id);
            if (!cs) continue;
            if (cs->rated()) s.rated.push_back(c.title);
            else if (cs->not_assessed()) s.not_assessed.emplace_back(c.title, *cs->not_assessed_reason);
        }
        if (auto it = panel.included_on_purpose.find(sc.id); it != panel.included_on_purpose.end())
            s.included_on_purpose = it->second;
        out.push_back(std::move(s));
    }
    return out;
}

std::string covered_text(const InterviewerSummary& s, std::size_t competencies) {
    if (!s.split) return "all " + std::to_string(competencies) + (competencies == 1 ? " competency" : " competencies");
    std::string names;
    for (const auto& t : s.covered) names += (names.empty() ? "" : "; ") + t;
    return std::to_string(s.covered.size()) + " of " + std::to_string(competencies) + " (panel split): " + names;
}

}  // namespace scorecard
