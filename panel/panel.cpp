// Consolidation (panel.hpp): statistics per competency, the tally and the warnings.
// The arithmetic lives here so the app and the CLI give the same numbers.
#include "panel/panel.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "panel/statistics.hpp"
#include "scorecard/seal.hpp"

namespace scorecard {

const char* file_status_id(FileStatus s) {
    switch (s) {
        case FileStatus::Counted: return "counted";
        case FileStatus::NotCounted: return "not_counted";
        case FileStatus::HeldBack: return "held_back";
        case FileStatus::Refused: return "refused";
    }
    return "refused";
}

std::map<std::string, int> empty_tally() {
    std::map<std::string, int> tally;
    for (const auto& c : kRecommendations) tally[c.id] = 0;
    return tally;
}

std::vector<std::string> competency_ids(const std::vector<Scorecard>& scs, const Rubric* rubric) {
    std::vector<std::string> ids;
    std::unordered_set<std::string> seen;
    if (rubric)
        for (const auto& c : rubric->competencies)
            if (seen.insert(c.id).second) ids.push_back(c.id);
    for (const auto& sc : scs)
        for (const auto& c : sc.competencies)
            if (seen.insert(c.id).second) ids.push_back(c.id);
    return ids;
}

std::vector<IdIndex<CompetencyScore>> score_indexes(const std::vector<Scorecard>& scorecards) {
    std::vector<IdIndex<CompetencyScore>> out;
    out.reserve(scorecards.size());
    for (const auto& sc : scorecards) out.emplace_back(sc.competencies);
    return out;
}

std::vector<std::string> all_warnings(const Panel& panel) {
    std::vector<std::string> out = panel.warnings;
    for (const auto& x : panel.excluded) {
        const char* what = x.status == FileStatus::NotCounted ? "not counted"
                           : x.status == FileStatus::HeldBack ? "held back"
                                                              : "refused";
        out.push_back(x.file + (x.interviewer.empty() ? "" : " (" + short_input(x.interviewer) + ")") + " is " + what + ": " +
                      (x.reasons.empty() ? std::string("no reason recorded") : x.reasons.front()));
    }
    return out;
}

std::string panel_cell(const CompetencyScore* c) {
    if (!c) return "";
    if (c->rated()) return std::to_string(*c->score);
    if (c->not_assessed()) return "-";
    return "";
}

namespace {

std::optional<Error> check_same_panel(const std::vector<Scorecard>& scorecards) {
    const Scorecard& first = scorecards.front();
    for (const auto& sc : scorecards) {
        if (sc.rubric.id != first.rubric.id || sc.rubric.digest != first.rubric.digest)
            return Error{"", 0, "rubric", "the scorecards use different rubrics (" + quote_input(first.rubric.id) + " and " +
                                              quote_input(sc.rubric.id) + (sc.rubric.id == first.rubric.id ? ", other version" : "") + ")"};
        if (name_key(sc.candidate) != name_key(first.candidate))
            return Error{"", 0, "candidate", "the scorecards are for different candidates (" + quote_input(first.candidate) +
                                                 " and " + quote_input(sc.candidate) + ")"};
    }
    return std::nullopt;
}

using Index = std::vector<IdIndex<CompetencyScore>>;

// `rc` is the rubric's competency (its title), or null.
CompetencyStats stats_for(const std::string& id, const Competency* rc, const Index& index) {
    CompetencyStats s;
    s.id = id;
    s.title = rc ? rc->title : id;
    std::vector<double> xs;
    for (const auto& card : index) {
        const CompetencyScore* c = card.find(id);
        if (!c) continue;
        if (c->rated()) xs.push_back(*c->score);
        else if (c->not_assessed()) ++s.not_assessed;
    }
    s.n = static_cast<int>(xs.size());
    s.mean = mean_of(xs);
    s.median = median_of(xs);
    if (!xs.empty()) {
        s.min = *std::min_element(xs.begin(), xs.end());
        s.max = *std::max_element(xs.begin(), xs.end());
        s.spread = *s.max - *s.min;
        s.disagreement = *s.spread >= kDisagreementSpread;
    }
    return s;
}

void tally(Panel& p) {
    for (const auto& sc : p.scorecards) {
        if (sc.recommendation && p.recommendations.count(*sc.recommendation)) ++p.recommendations[*sc.recommendation];
        else p.warnings.push_back(short_input(sc.interviewer) + " gave no recommendation");
        if (!digest_matches(sc))
            p.warnings.push_back(short_input(sc.interviewer) + "'s scorecard was edited after it was submitted");
    }
}

}  // namespace

Result<Panel> consolidate(const std::vector<Scorecard>& given, const Rubric* rubric) {
    if (given.empty()) return Error{"", 0, "", "no valid scorecard to consolidate"};
    if (auto e = check_same_panel(given)) return *e;
    // A draft can still move after the debrief: it never counts, whoever passes it in.
    std::vector<Scorecard> scorecards;
    std::vector<std::string> drafts;
    for (const auto& sc : given) {
        if (sc.sealed()) scorecards.push_back(sc);
        else drafts.push_back(short_input(sc.interviewer) + "'s scorecard is a draft (not submitted): not counted");
    }
    if (scorecards.empty()) return Error{"", 0, "", "no submitted scorecard to consolidate (drafts are not counted)"};
    const Scorecard& first = scorecards.front();
    // A rubric with another id only misleads titles and order.
    if (rubric && rubric->id != first.rubric.id) rubric = nullptr;
    Panel p;
    p.rubric = first.rubric;
    p.candidate = first.candidate;
    p.scorecards = scorecards;
    p.recommendations = empty_tally();
    p.warnings = drafts;
    // Every competency of every scorecard found through indexes built once: a panel of
    // 60,000 competencies stays linear.
    Index index = score_indexes(scorecards);
    IdIndex<Competency> titles;
    if (rubric) titles = IdIndex<Competency>(rubric->competencies);
    std::vector<double> means;
    for (const auto& id : competency_ids(scorecards, rubric)) {
        CompetencyStats s = stats_for(id, titles.find(id), index);
        if (s.mean) means.push_back(*s.mean);
        else
            p.warnings.push_back("Nobody rated " + quote_input(s.title) +
                                 (s.not_assessed ? " (" + std::to_string(s.not_assessed) + " marked it not assessed)" : ""));
        p.competencies.push_back(std::move(s));
    }
    p.overall_mean = mean_of(means);
    tally(p);
    return p;
}

}  // namespace scorecard
