// The scorecard model's own small rules (scorecard.hpp).
#include "scorecard/scorecard.hpp"

#include <algorithm>
#include <unordered_set>

#include "base/text.hpp"
#include "rubric/rubric_json.hpp"

namespace scorecard {

bool QuestionNote::empty() const { return !asked && is_blank(note) && behaviours.empty(); }

int CompetencyScore::evidence_count() const {
    auto written = [](const std::string& note) { return !is_blank(note); };
    int n = 0;
    for (const auto& e : evidence) n += written(e.note);
    for (const auto& q : questions) n += written(q.note);
    return n;
}

bool CompetencyScore::has_written_anything() const { return evidence_count() > 0 || !is_blank(notes); }

const QuestionNote* CompetencyScore::question(int index) const {
    for (const auto& q : questions)
        if (q.index == index) return &q;
    return nullptr;
}

QuestionNote* CompetencyScore::question(int index) {
    return const_cast<QuestionNote*>(static_cast<const CompetencyScore*>(this)->question(index));
}

CompetencyScore* Scorecard::find(const std::string& competency_id) {
    for (auto& c : competencies)
        if (c.id == competency_id) return &c;
    return nullptr;
}

const CompetencyScore* Scorecard::find(const std::string& competency_id) const {
    for (const auto& c : competencies)
        if (c.id == competency_id) return &c;
    return nullptr;
}

bool Scorecard::is_required(const std::string& competency_id) const {
    return covered.empty() || std::find(covered.begin(), covered.end(), competency_id) != covered.end();
}

RubricRef rubric_ref(const Rubric& rubric) { return RubricRef{rubric.id, rubric.title, rubric_digest(rubric)}; }

Scorecard new_scorecard(const Rubric& rubric, const std::string& id, const std::string& date) {
    Scorecard sc;
    sc.id = id;
    sc.rubric = rubric_ref(rubric);
    sc.date = date;
    for (const auto& c : rubric.competencies) {
        CompetencyScore cs;
        cs.id = c.id;
        sc.competencies.push_back(std::move(cs));
    }
    return sc;
}

std::vector<std::string> competency_order(const Scorecard& sc, const Rubric& rubric) {
    std::vector<std::string> ids;
    std::unordered_set<std::string> seen;
    for (const auto& c : rubric.competencies)
        if (seen.insert(c.id).second) ids.push_back(c.id);
    for (const auto& c : sc.competencies)
        if (seen.insert(c.id).second) ids.push_back(c.id);
    return ids;
}

std::string competency_title(const Rubric* rubric, const std::string& id) {
    if (rubric)
        if (const Competency* c = rubric->find(id)) return c->title;
    return id;
}

}  // namespace scorecard
