// Scoring and the submit checks (scoring.hpp).
#include "scorecard/scoring.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/dates.hpp"
#include "base/id_index.hpp"
#include "base/text.hpp"

namespace scorecard {

ScoreSummary compute_score(const Scorecard& sc, const Rubric* rubric) {
    ScoreSummary s;
    double sum = 0, weights = 0, plain = 0;
    IdIndex<Competency> weights_of;
    if (rubric) weights_of = IdIndex<Competency>(rubric->competencies);
    for (const auto& c : sc.competencies) {
        ++s.total;
        if (c.not_assessed()) ++s.not_assessed;
        if (!c.rated()) continue;
        ++s.rated;
        double w = 1;
        if (const Competency* rc = weights_of.find(c.id); rc && rc->weight) w = std::max(0.0, *rc->weight);
        sum += w * *c.score;
        weights += w;
        plain += *c.score;
    }
    // All rated weights zero would divide by zero; the plain mean is the honest fallback.
    if (s.rated > 0) s.mean = weights > 0 ? sum / weights : plain / s.rated;
    return s;
}

namespace {

// What the submit checks look up for every competency, found in constant time.
struct Lookups {
    IdIndex<CompetencyScore> scores;
    IdIndex<Competency> competencies;
    std::unordered_set<std::string_view> covered;
    Lookups(const Scorecard& sc, const Rubric& rubric)
        : scores(sc.competencies), competencies(rubric.competencies), covered(sc.covered.begin(), sc.covered.end()) {}
    std::string title(const std::string& id) const {
        const Competency* c = competencies.find(id);
        return c ? c->title : id;
    }
    bool required(const Scorecard& sc, const std::string& id) const { return sc.covered.empty() || covered.count(id); }
};

}  // namespace

std::vector<Missing> missing_for_submit(const Scorecard& sc, const Rubric& rubric) {
    std::vector<Missing> out;
    Lookups look(sc, rubric);
    using F = Missing::Field;
    if (is_blank(sc.candidate)) out.push_back({F::Candidate, "", "The candidate's name is missing"});
    if (is_blank(sc.interviewer)) out.push_back({F::Interviewer, "", "The interviewer's name is missing"});
    if (!is_valid_date(sc.date)) out.push_back({F::Date, "", "The interview date is not a valid date (YYYY-MM-DD)"});
    for (const auto& id : competency_order(sc, rubric)) {
        const CompetencyScore* c = look.scores.find(id);
        if (c && c->not_assessed() && is_blank(*c->not_assessed_reason))
            out.push_back({F::Competency, id, look.title(id) + ": marked not assessed without a reason"});
        else if (look.required(sc, id) && (!c || (!c->rated() && !c->not_assessed())))
            out.push_back({F::Competency, id, look.title(id) + ": not rated (rate it or mark it not assessed with a reason)"});
    }
    if (!sc.recommendation) out.push_back({F::Recommendation, "", "Choose an overall recommendation"});
    if (is_blank(sc.rationale)) out.push_back({F::Rationale, "", "Write a rationale for the recommendation"});
    return out;
}

std::vector<Missing> submit_warnings(const Scorecard& sc, const Rubric& rubric) {
    std::vector<Missing> out;
    Lookups look(sc, rubric);
    for (const auto& id : competency_order(sc, rubric)) {
        const CompetencyScore* c = look.scores.find(id);
        if (c && c->rated() && !c->has_written_anything())
            out.push_back({Missing::Field::Competency, id, look.title(id) + ": rated without any evidence"});
    }
    return out;
}

}  // namespace scorecard
