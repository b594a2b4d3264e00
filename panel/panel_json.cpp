// The panel file (panel_json.hpp).
#include "panel/panel_json.hpp"

#include <cmath>
#include <string_view>
#include <unordered_set>

#include "base/id_index.hpp"
#include "panel/debrief.hpp"

namespace scorecard {

namespace f = panel_field;

namespace {

// Whole numbers as JSON integers (a median of 3 reads "3", not "3.0"); others to 2 decimals.
Json number_json(const std::optional<double>& x) {
    if (!x) return nullptr;
    double r = std::round(*x * 100.0) / 100.0;
    if (r == std::floor(r) && std::fabs(r) < 1e15) return static_cast<long long>(r);
    return r;
}

Json competencies_json(const Panel& panel) {
    Json comps = Json::array();
    for (const auto& c : panel.competencies)
        comps.push_back({{f::kId, c.id},
                         {f::kTitle, c.title},
                         {f::kN, c.n},
                         {f::kMean, number_json(c.mean)},
                         {f::kMedian, number_json(c.median)},
                         {f::kMin, number_json(c.min)},
                         {f::kMax, number_json(c.max)},
                         {f::kSpread, number_json(c.spread)},
                         {f::kDisagreement, c.disagreement},
                         {f::kNotAssessed, c.not_assessed}});
    return comps;
}

Json signature_json(const Panel& panel, const std::string& scorecard_id) {
    auto it = panel.signatures.find(scorecard_id);
    if (it == panel.signatures.end()) return nullptr;
    const SignatureRecord& r = it->second;
    auto or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
    return {{f::kState, r.state}, {f::kKey, or_null(r.key)}, {f::kSigner, or_null(r.signer)}};
}

Json interviewers_json(const Panel& panel) {
    Json interviewers = Json::array();
    for (const auto& s : interviewer_summaries(panel)) {
        const Scorecard& sc = *s.scorecard;
        Json scores = Json::object(), not_assessed = Json::array(), covered = Json::array();
        IdIndex<CompetencyScore> index(sc.competencies);
        // Scorecard::is_required searches the list; a set keeps 60,000 competencies linear.
        std::unordered_set<std::string_view> required(sc.covered.begin(), sc.covered.end());
        for (const auto& c : panel.competencies) {
            const CompetencyScore* cs = index.find(c.id);
            scores[c.id] = cs && cs->rated() ? Json(*cs->score) : Json(nullptr);
            if (cs && cs->not_assessed()) not_assessed.push_back(c.id);
            if (required.empty() || required.count(c.id)) covered.push_back(c.id);
        }
        interviewers.push_back({{f::kName, sc.interviewer},
                                {f::kScorecard, sc.id},
                                {f::kDate, sc.date},
                                {f::kRecommendation, sc.recommendation ? Json(*sc.recommendation) : Json(nullptr)},
                                {f::kKeyTakeaways, sc.key_takeaways},
                                {f::kRationale, sc.rationale},
                                {f::kCovered, covered},
                                {f::kSubmittedAt, sc.submitted_at ? Json(*sc.submitted_at) : Json(nullptr)},
                                {f::kDaysToSubmit, s.timing.known ? Json(s.timing.days_after) : Json(nullptr)},
                                {f::kLateSubmit, s.timing.late},
                                {f::kIncludedOnPurpose, s.included_on_purpose ? Json(*s.included_on_purpose) : Json(nullptr)},
                                {f::kScores, scores},
                                {f::kNotAssessed, not_assessed},
                                {f::kSignature, signature_json(panel, sc.id)}});
    }
    return interviewers;
}

Json excluded_json(const Panel& panel) {
    Json out = Json::array();
    auto or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
    for (const auto& x : panel.excluded)
        out.push_back({{f::kFile, x.file},
                       {f::kStatus, file_status_id(x.status)},
                       {f::kScorecard, or_null(x.scorecard)},
                       {f::kInterviewer, or_null(x.interviewer)},
                       {f::kCandidate, or_null(x.candidate)},
                       {f::kReasons, x.reasons}});
    return out;
}

}  // namespace

Json panel_to_json(const Panel& panel) {
    Json recs = Json::object();
    for (const auto& [k, v] : empty_tally()) {
        auto it = panel.recommendations.find(k);
        recs[k] = it == panel.recommendations.end() ? v : it->second;
    }
    Json ids = Json::array();
    for (const auto& sc : panel.scorecards) ids.push_back(sc.id);
    const PanelDecision& d = panel.decision;
    return {{f::kFormat, kPanelFormat},
            {f::kVersion, kPanelFormatVersion},
            {f::kRubric, {{f::kId, panel.rubric.id}, {f::kTitle, panel.rubric.title}, {f::kDigest, panel.rubric.digest}}},
            {f::kCandidate, {{f::kName, panel.candidate}}},
            {f::kScorecards, ids},
            {f::kCompetencies, competencies_json(panel)},
            {f::kRecommendations, recs},
            {f::kOverall, {{f::kMean, number_json(panel.overall_mean)}}},
            {f::kInterviewers, interviewers_json(panel)},
            {f::kDecision,
             {{f::kDecision, d.decision.empty() ? Json(nullptr) : Json(d.decision)},
              {f::kOtherLevel, d.other_level},
              {f::kRationale, d.rationale},
              {f::kAttendees, d.attendees}}},
            {f::kExcluded, excluded_json(panel)},
            {f::kWarnings, all_warnings(panel)}};
}

}  // namespace scorecard
