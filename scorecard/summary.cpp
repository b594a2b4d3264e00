// File names and the Markdown summary (summary.hpp).
#include "scorecard/summary.hpp"

#include "base/id_index.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "scorecard/scoring.hpp"

namespace scorecard {

std::string scorecard_file_name(const Scorecard& sc) {
    std::string c = slugify(sc.candidate), i = slugify(sc.interviewer), d = slugify(sc.date);
    return (c.empty() ? "candidate" : c) + "-" + (i.empty() ? "interviewer" : i) + "-" + (d.empty() ? "undated" : d) +
           ".scorecard.json";
}

std::string rating_text(const Rubric& rubric, int score) {
    for (const auto& l : rubric.scale.empty() ? default_scale() : rubric.scale)
        if (l.value == score) return std::to_string(score) + " " + l.label;
    return std::to_string(score);
}

namespace {

// Markdown line breaks inside a paragraph need two trailing spaces.
std::string header(const Scorecard& sc, const Rubric& rubric) {
    std::string md = "# Interview scorecard: " + (is_blank(sc.candidate) ? std::string("(no name)") : sc.candidate) + "\n\n";
    md += "**Role:** " + (rubric.title.empty() ? sc.rubric.title : rubric.title) + "  \n";
    md += "**Interviewer:** " + sc.interviewer + "  \n";
    md += "**Date:** " + sc.date + "  \n";
    md += "**Recommendation:** " + (sc.recommendation ? recommendation_label(*sc.recommendation) : "none yet") + "  \n";
    ScoreSummary s = compute_score(sc, &rubric);
    md += "**Score:** " +
          (s.mean ? format_score(*s.mean) + " (" + std::to_string(s.rated) + " of " + std::to_string(s.total) +
                        " competencies rated)"
                  : "no competency rated") +
          "  \n";
    md += "**Status:** " + (sc.sealed() ? "submitted " + *sc.submitted_at : std::string("draft, not submitted")) + "\n";
    return md;
}

std::string behaviour_text(const IdIndex<Behaviour>& behaviours, const std::string& id) {
    const Behaviour* b = behaviours.find(id);
    return b ? b->text : id;
}

// "**Q1.** Tell me about ... (asked)" then the note, then what it shows.
std::string question_notes(const CompetencyScore& c, const IdIndex<Behaviour>& behaviours) {
    std::string md;
    for (const auto& q : c.questions) {
        if (q.empty()) continue;
        md += "**Q" + std::to_string(q.index + 1) + ".** " + q.question + (q.asked ? " (asked)" : "") + "\n\n";
        if (!is_blank(q.note)) md += q.note + "\n\n";
        std::string shows;
        for (const auto& b : q.behaviours) shows += (shows.empty() ? "" : "; ") + behaviour_text(behaviours, b);
        if (!shows.empty()) md += "*Shows:* " + shows + "\n\n";
    }
    return md;
}

// `rc` is the rubric's competency, or null when the rubric lacks it.
std::string competency_section(const CompetencyScore& c, const Competency* rc, const Rubric& rubric) {
    std::string md = "\n### " + (rc ? rc->title : c.id) + ": ";
    if (c.rated()) md += rating_text(rubric, *c.score);
    else if (c.not_assessed()) md += "not assessed";
    else md += "not rated";
    md += "\n\n";
    if (c.not_assessed() && !is_blank(*c.not_assessed_reason)) md += "Not assessed: " + *c.not_assessed_reason + "\n\n";
    IdIndex<Behaviour> behaviours;
    if (rc) behaviours = IdIndex<Behaviour>(rc->behaviours);
    md += question_notes(c, behaviours);
    bool any = false;
    for (const auto& e : c.evidence) {
        if (is_blank(e.note)) continue;
        md += "- *" + behaviour_text(behaviours, e.behaviour) + "*: " + e.note + "\n";
        any = true;
    }
    if (any) md += "\n";
    if (!is_blank(c.notes)) md += c.notes + "\n\n";
    return md;
}

}  // namespace

std::string scorecard_markdown(const Scorecard& sc, const Rubric& rubric) {
    std::string md = header(sc, rubric) + "\n## Competencies\n";
    IdIndex<CompetencyScore> scores(sc.competencies);
    IdIndex<Competency> competencies(rubric.competencies);
    for (const auto& id : competency_order(sc, rubric))
        if (const CompetencyScore* c = scores.find(id)) md += competency_section(*c, competencies.find(id), rubric);
    if (!is_blank(sc.key_takeaways)) md += "## Key takeaways\n\n" + sc.key_takeaways + "\n\n";
    md += "## Rationale\n\n" + (is_blank(sc.rationale) ? std::string("(none yet)") : sc.rationale) + "\n";
    return md;
}

}  // namespace scorecard
