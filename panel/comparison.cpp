// Comparing candidates on one rubric (comparison.hpp).
#include "panel/comparison.hpp"

#include <unordered_map>

#include "base/id_index.hpp"
#include "base/text.hpp"
#include "panel/panel.hpp"

namespace scorecard {

std::vector<CandidateGroup> group_by_candidate(const std::vector<Scorecard>& scorecards) {
    std::vector<CandidateGroup> groups;
    std::unordered_map<std::string, size_t> where;
    for (const auto& sc : scorecards) {
        std::string key = name_key(sc.candidate);
        auto [it, fresh] = where.try_emplace(key, groups.size());
        if (fresh) groups.push_back({key, sc.candidate, {}});
        groups[it->second].scorecards.push_back(&sc);
    }
    return groups;
}

namespace {

// Interviewers in order of first appearance, matched by name: the coders of alpha.
struct Coders {
    std::vector<std::string> names;
    std::unordered_map<std::string, size_t> index;
    size_t of(const Scorecard& sc) {
        auto [it, fresh] = index.try_emplace(name_key(sc.interviewer), names.size());
        if (fresh) names.push_back(sc.interviewer);
        return it->second;
    }
};

CandidateRow row_for(const CandidateGroup& g, const Rubric* rubric) {
    CandidateRow row;
    row.candidate = g.name;
    row.scorecards = static_cast<int>(g.scorecards.size());
    row.recommendations = empty_tally();
    std::vector<Scorecard> group;
    for (const Scorecard* sc : g.scorecards) group.push_back(*sc);
    if (auto panel = consolidate(group, rubric)) {
        row.overall_mean = panel->overall_mean;
        row.recommendations = panel->recommendations;
    }
    return row;
}

std::optional<double> score_of(const IdIndex<CompetencyScore>& card, const std::string& id) {
    const CompetencyScore* c = card.find(id);
    return c && c->rated() ? std::optional<double>(*c->score) : std::nullopt;
}

}  // namespace

Comparison compare_candidates(const std::vector<Scorecard>& given, const Rubric* rubric) {
    // Drafts never count: not in a row, a calibration offset or alpha.
    std::vector<Scorecard> scorecards;
    for (const auto& sc : given)
        if (sc.sealed()) scorecards.push_back(sc);
    Comparison cmp;
    Coders coders;
    for (const auto& sc : scorecards) coders.of(sc);
    std::vector<double> offset_sum(coders.names.size(), 0.0);
    std::vector<int> offset_n(coders.names.size(), 0);
    RatingUnits units;
    auto ids = competency_ids(scorecards, rubric);
    for (const auto& g : group_by_candidate(scorecards)) {
        cmp.candidates.push_back(row_for(g, rubric));
        std::vector<IdIndex<CompetencyScore>> cards;
        for (const Scorecard* sc : g.scorecards) cards.emplace_back(sc->competencies);
        // One unit per (candidate, competency); a second scorecard by the same interviewer
        // for the same candidate is ignored rather than double-counted.
        for (const auto& id : ids) {
            std::vector<std::optional<double>> unit(coders.names.size());
            for (size_t i = 0; i < g.scorecards.size(); ++i) {
                size_t coder = coders.of(*g.scorecards[i]);
                if (!unit[coder]) unit[coder] = score_of(cards[i], id);
            }
            std::vector<double> xs;
            for (const auto& v : unit)
                if (v) xs.push_back(*v);
            if (xs.size() >= 2) {
                double m = *mean_of(xs);
                for (size_t coder = 0; coder < unit.size(); ++coder)
                    if (unit[coder]) {
                        offset_sum[coder] += *unit[coder] - m;
                        offset_n[coder] += 1;
                    }
            }
            units.push_back(std::move(unit));
        }
    }
    for (size_t i = 0; i < coders.names.size(); ++i) {
        Calibration cal{coders.names[i], std::nullopt, offset_n[i]};
        if (offset_n[i] > 0) cal.mean_offset = offset_sum[i] / offset_n[i];
        cmp.calibration.push_back(cal);
    }
    cmp.agreement = krippendorff_alpha_ordinal(units);
    return cmp;
}

}  // namespace scorecard
