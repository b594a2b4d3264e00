// Panel consolidation (panel format version 1, docs/panel-format.md): loading and
// cross-checking many scorecard files, per-competency statistics, exports, and
// Krippendorff's alpha for agreement across candidates. Arithmetic lives here so
// the app and the CLI give the same numbers.
#include "panel.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "canonical_json.hpp"

namespace scorecard {

using nlohmann::json;

namespace {

bool is_blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

std::string format_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

// Whole numbers as JSON integers (a median of 3 reads "3", not "3.0"); others to 2 decimals.
json number_json(const std::optional<double>& x) {
    if (!x) return nullptr;
    double r = std::round(*x * 100.0) / 100.0;
    if (r == std::floor(r) && std::fabs(r) < 1e15) return static_cast<long long>(r);
    return r;
}

std::map<std::string, int> empty_tally() { return {{"strong_no", 0}, {"no", 0}, {"yes", 0}, {"strong_yes", 0}}; }

// Competency ids in rubric order, then any the scorecards carry that the rubric lacks.
std::vector<std::string> competency_ids(const std::vector<Scorecard>& scs, const Rubric* rubric) {
    std::vector<std::string> ids;
    if (rubric)
        for (const auto& c : rubric->competencies) ids.push_back(c.id);
    for (const auto& sc : scs)
        for (const auto& c : sc.competencies)
            if (std::find(ids.begin(), ids.end(), c.id) == ids.end()) ids.push_back(c.id);
    return ids;
}

std::string title_for(const Rubric* rubric, const std::string& id) {
    if (rubric)
        if (const Competency* c = rubric->find(id)) return c->title;
    return id;
}

enum class Metric { nominal, ordinal, interval };

// Krippendorff's alpha by the coincidence-matrix method (Krippendorff 2011, sec. C-E):
// within each unit with m >= 2 values, every ordered pair of values from different
// coders adds 1/(m-1) to the coincidence o_ck; alpha = 1 - (n-1) sum o_ck d_ck / sum n_c n_k d_ck.
Agreement alpha(const std::vector<std::vector<std::optional<double>>>& units, Metric metric) {
    Agreement a;
    std::vector<std::vector<double>> pairable;
    for (const auto& unit : units) {
        std::vector<double> vals;
        for (const auto& v : unit)
            if (v) vals.push_back(*v);
        if (vals.size() < 2) continue;
        a.units += 1;
        a.pairable_values += static_cast<int>(vals.size());
        pairable.push_back(std::move(vals));
    }
    a.band = kNotEnoughData;
    if (a.units < kAlphaMinUnits || a.pairable_values < kAlphaMinPairableValues) return a;

    std::vector<double> values;
    for (const auto& u : pairable) values.insert(values.end(), u.begin(), u.end());
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    size_t k = values.size();
    auto index = [&](double v) { return static_cast<size_t>(std::lower_bound(values.begin(), values.end(), v) - values.begin()); };

    std::vector<std::vector<double>> o(k, std::vector<double>(k, 0.0));
    for (const auto& u : pairable) {
        double m = static_cast<double>(u.size());
        for (size_t i = 0; i < u.size(); ++i)
            for (size_t j = 0; j < u.size(); ++j)
                if (i != j) o[index(u[i])][index(u[j])] += 1.0 / (m - 1.0);
    }
    std::vector<double> nc(k, 0.0);
    double n = 0;
    for (size_t c = 0; c < k; ++c) {
        for (size_t d = 0; d < k; ++d) nc[c] += o[c][d];
        n += nc[c];
    }
    auto delta2 = [&](size_t c, size_t d) -> double {
        if (c == d) return 0.0;
        switch (metric) {
            case Metric::nominal: return 1.0;
            case Metric::interval: return (values[c] - values[d]) * (values[c] - values[d]);
            case Metric::ordinal: {
                size_t lo = std::min(c, d), hi = std::max(c, d);
                double s = 0;
                for (size_t g = lo; g <= hi; ++g) s += nc[g];
                s -= (nc[lo] + nc[hi]) / 2.0;
                return s * s;
            }
        }
        return 0.0;
    };
    double observed = 0, expected = 0;
    for (size_t c = 0; c < k; ++c)
        for (size_t d = 0; d < k; ++d) {
            double dd = delta2(c, d);
            observed += o[c][d] * dd;
            expected += nc[c] * nc[d] * dd;
        }
    // Every pairable value the same: alpha is 0/0, and any number shown would mislead.
    if (expected <= 0) return a;
    a.alpha = 1.0 - (n - 1.0) * observed / expected;
    a.band = alpha_band(*a.alpha);
    return a;
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string md_cell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string opt_number(const std::optional<double>& x) { return x ? format_number(*x) : ""; }

// The matrix cell for one interviewer: score, "-" for not assessed, "" when absent.
std::string cell(const Scorecard& sc, const std::string& id) {
    const CompetencyScore* c = sc.find(id);
    if (!c) return "";
    if (c->rated()) return std::to_string(*c->score);
    if (c->not_assessed()) return "-";
    return "";
}

std::string decision_label(const PanelDecision& d) {
    if (d.decision == "hire") return "Hire";
    if (d.decision == "no_hire") return "No hire";
    if (d.decision == "hire_other_level") return "Hire at another level" + (d.other_level.empty() ? "" : " (" + d.other_level + ")");
    return "";
}

}  // namespace

std::string name_key(const std::string& s) {
    std::string out;
    bool space = false;
    for (unsigned char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
    }
    return out;
}

std::string alpha_band(double value) {
    if (value >= 0.8) return "reliable";
    if (value >= 0.667) return "tentative";
    return "unreliable";
}

Agreement krippendorff_alpha_ordinal(const std::vector<std::vector<std::optional<double>>>& units) {
    return alpha(units, Metric::ordinal);
}
Agreement krippendorff_alpha_interval(const std::vector<std::vector<std::optional<double>>>& units) {
    return alpha(units, Metric::interval);
}
Agreement krippendorff_alpha_nominal(const std::vector<std::vector<std::optional<double>>>& units) {
    return alpha(units, Metric::nominal);
}

std::optional<double> mean_of(const std::vector<double>& xs) {
    if (xs.empty()) return std::nullopt;
    double s = 0;
    for (double x : xs) s += x;
    return s / static_cast<double>(xs.size());
}

std::optional<double> median_of(std::vector<double> xs) {
    if (xs.empty()) return std::nullopt;
    std::sort(xs.begin(), xs.end());
    size_t n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2.0;
}

std::vector<LoadedScorecard> load_scorecards(const std::vector<std::pair<std::string, std::string>>& files,
                                             const Rubric* panel_rubric, bool many_candidates) {
    std::vector<LoadedScorecard> out;
    for (const auto& [name, text] : files) {
        LoadedScorecard l;
        l.file = name;
        auto j = parse_json_text(text, name);
        if (!j) {
            l.problems.push_back(j.error());
            out.push_back(std::move(l));
            continue;
        }
        l.problems = validate_scorecard_json(*j, name);
        if (l.problems.empty()) {
            auto parsed = scorecard_from_json(*j, name);
            if (!parsed) {
                l.problems.push_back(parsed.error());
            } else {
                const Scorecard& sc = *parsed;
                if (is_blank(sc.candidate))
                    l.problems.push_back({name, 0, "candidate.name", "is empty; a panel needs to know whose scorecard this is"});
                if (is_blank(sc.interviewer))
                    l.problems.push_back({name, 0, "interviewer.name", "is empty; a panel needs to know who interviewed"});
                if (sc.sealed() && !digest_matches(sc))
                    l.problems.push_back({name, 0, "digest", "edited after it was submitted (digest does not match)"});
                if (!sc.sealed()) l.warnings.push_back({name, 0, "submittedAt", "not submitted (draft)"});
                if (l.problems.empty()) l.scorecard = *parsed;
            }
        }
        out.push_back(std::move(l));
    }

    // Checks against the set, in load order: the first usable file sets the
    // reference unless the panel already has a rubric.
    std::optional<RubricRef> ref;
    std::string ref_file;
    if (panel_rubric) ref = rubric_ref(*panel_rubric);
    std::string candidate, candidate_file;
    std::map<std::string, std::string> interviewer_file, id_file;
    // One scorecard per interviewer and candidate ("\n" cannot occur in a name key's join).
    auto interviewer_key = [&](const Scorecard& sc) {
        return many_candidates ? name_key(sc.candidate) + "\n" + name_key(sc.interviewer) : name_key(sc.interviewer);
    };
    for (auto& l : out) {
        if (!l.scorecard) continue;
        const Scorecard& sc = *l.scorecard;
        std::string from = ref_file.empty() ? "" : " (from " + ref_file + ")";
        if (!ref) {
            ref = sc.rubric;
            ref_file = l.file;
        } else if (sc.rubric.id != ref->id) {
            l.problems.push_back({l.file, 0, "rubric.id",
                                  "uses rubric " + in_quotes(sc.rubric.id) + " but the panel's rubric is " + in_quotes(ref->id) + from});
            l.conflicts = true;
        } else if (sc.rubric.digest != ref->digest) {
            l.problems.push_back({l.file, 0, "rubric.digest",
                                  "scored on a different version of rubric " + in_quotes(ref->id) +
                                      " (digest does not match the panel's" + from + ")"});
            l.conflicts = true;
        }
        if (!l.conflicts && !many_candidates) {
            if (candidate_file.empty()) {
                candidate = sc.candidate;
                candidate_file = l.file;
            } else if (name_key(sc.candidate) != name_key(candidate)) {
                l.problems.push_back({l.file, 0, "candidate.name",
                                      "candidate " + in_quotes(sc.candidate) + " differs from " + in_quotes(candidate) + " in " +
                                          candidate_file});
                l.conflicts = true;
            }
        }
        if (!l.conflicts) {
            if (auto it = id_file.find(sc.id); it != id_file.end())
                l.problems.push_back({l.file, 0, "id", "same scorecard id as " + it->second + " (the same scorecard loaded twice?)"});
            if (auto it = interviewer_file.find(interviewer_key(sc)); it != interviewer_file.end())
                l.problems.push_back({l.file, 0, "interviewer.name",
                                      in_quotes(sc.interviewer) + " already has a scorecard" +
                                          (many_candidates ? " for " + in_quotes(sc.candidate) : std::string()) +
                                          " in this panel (" + it->second + ")"});
        }
        if (!l.problems.empty()) {
            l.scorecard.reset();
            continue;
        }
        id_file.emplace(sc.id, l.file);
        interviewer_file.emplace(interviewer_key(sc), l.file);
    }
    return out;
}

Result<Panel> consolidate(const std::vector<Scorecard>& scorecards, const Rubric* rubric) {
    if (scorecards.empty()) return Error{"", 0, "", "no valid scorecard to consolidate"};
    const Scorecard& first = scorecards.front();
    for (const auto& sc : scorecards) {
        if (sc.rubric.id != first.rubric.id || sc.rubric.digest != first.rubric.digest)
            return Error{"", 0, "rubric", "the scorecards use different rubrics (" + in_quotes(first.rubric.id) + " and " +
                                              in_quotes(sc.rubric.id) + (sc.rubric.id == first.rubric.id ? ", other version" : "") + ")"};
        if (name_key(sc.candidate) != name_key(first.candidate))
            return Error{"", 0, "candidate", "the scorecards are for different candidates (" + in_quotes(first.candidate) + " and " +
                                                 in_quotes(sc.candidate) + ")"};
    }
    // A rubric with another id only misleads titles and order.
    if (rubric && rubric->id != first.rubric.id) rubric = nullptr;

    Panel p;
    p.rubric = first.rubric;
    p.candidate = first.candidate;
    p.scorecards = scorecards;
    p.recommendations = empty_tally();
    std::vector<double> means;
    for (const auto& id : competency_ids(scorecards, rubric)) {
        CompetencyStats s;
        s.id = id;
        s.title = title_for(rubric, id);
        std::vector<double> xs;
        for (const auto& sc : scorecards) {
            const CompetencyScore* c = sc.find(id);
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
            s.disagreement = *s.spread >= 2;
            means.push_back(*s.mean);
        } else {
            p.warnings.push_back("Nobody rated " + in_quotes(s.title) +
                                 (s.not_assessed ? " (" + std::to_string(s.not_assessed) + " marked it not assessed)" : ""));
        }
        p.competencies.push_back(std::move(s));
    }
    p.overall_mean = mean_of(means);
    for (const auto& sc : scorecards) {
        if (sc.recommendation && p.recommendations.count(*sc.recommendation)) ++p.recommendations[*sc.recommendation];
        else p.warnings.push_back(sc.interviewer + " gave no recommendation");
        if (!sc.sealed()) p.warnings.push_back(sc.interviewer + "'s scorecard is a draft (not submitted)");
        else if (!digest_matches(sc)) p.warnings.push_back(sc.interviewer + "'s scorecard was edited after it was submitted");
    }
    return p;
}

json panel_to_json(const Panel& panel) {
    json comps = json::array();
    for (const auto& c : panel.competencies)
        comps.push_back({{"id", c.id},
                         {"title", c.title},
                         {"n", c.n},
                         {"mean", number_json(c.mean)},
                         {"median", number_json(c.median)},
                         {"min", number_json(c.min)},
                         {"max", number_json(c.max)},
                         {"spread", number_json(c.spread)},
                         {"disagreement", c.disagreement},
                         {"notAssessed", c.not_assessed}});
    json recs = json::object();
    for (const auto& [k, v] : empty_tally()) {
        auto it = panel.recommendations.find(k);
        recs[k] = it == panel.recommendations.end() ? v : it->second;
    }
    json ids = json::array(), interviewers = json::array();
    for (const auto& sc : panel.scorecards) {
        ids.push_back(sc.id);
        json scores = json::object(), not_assessed = json::array();
        for (const auto& c : panel.competencies) {
            const CompetencyScore* cs = sc.find(c.id);
            scores[c.id] = cs && cs->rated() ? json(*cs->score) : json(nullptr);
            if (cs && cs->not_assessed()) not_assessed.push_back(c.id);
        }
        interviewers.push_back({{"name", sc.interviewer},
                                {"scorecard", sc.id},
                                {"recommendation", sc.recommendation ? json(*sc.recommendation) : json(nullptr)},
                                {"submittedAt", sc.submitted_at ? json(*sc.submitted_at) : json(nullptr)},
                                {"scores", scores},
                                {"notAssessed", not_assessed}});
    }
    const PanelDecision& d = panel.decision;
    return {{"format", "panel"},
            {"version", kPanelFormatVersion},
            {"rubric", {{"id", panel.rubric.id}, {"title", panel.rubric.title}, {"digest", panel.rubric.digest}}},
            {"candidate", {{"name", panel.candidate}}},
            {"scorecards", ids},
            {"competencies", comps},
            {"recommendations", recs},
            {"overall", {{"mean", number_json(panel.overall_mean)}}},
            {"interviewers", interviewers},
            {"decision",
             {{"decision", d.decision.empty() ? json(nullptr) : json(d.decision)},
              {"otherLevel", d.other_level},
              {"rationale", d.rationale},
              {"attendees", d.attendees}}},
            {"warnings", panel.warnings}};
}

std::string panel_csv(const Panel& panel) {
    // RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted.
    std::string out = "competency";
    for (const auto& sc : panel.scorecards) out += "," + csv_field(sc.interviewer);
    out += ",n,mean,median,min,max,spread,disagreement\r\n";
    for (const auto& c : panel.competencies) {
        out += csv_field(c.title);
        for (const auto& sc : panel.scorecards) {
            out += ',';
            out += cell(sc, c.id);
        }
        out += "," + std::to_string(c.n) + "," + opt_number(c.mean) + "," + opt_number(c.median) + "," + opt_number(c.min) +
               "," + opt_number(c.max) + "," + opt_number(c.spread) + "," + (c.disagreement ? "yes" : "no") + "\r\n";
    }
    return out;
}

std::string panel_markdown(const Panel& panel) {
    std::string md = "# Panel summary: " + panel.candidate + "\n\n";
    md += "**Role:** " + panel.rubric.title + "  \n";
    std::string names;
    for (const auto& sc : panel.scorecards) names += (names.empty() ? "" : ", ") + sc.interviewer;
    md += "**Interviewers:** " + names + "  \n";
    md += "**Overall mean:** " + (panel.overall_mean ? format_number(*panel.overall_mean) + " of 4" : std::string("no ratings")) + "  \n";
    std::string tally;
    for (const char* k : {"strong_no", "no", "yes", "strong_yes"}) {
        auto it = panel.recommendations.find(k);
        tally += (tally.empty() ? "" : ", ") + recommendation_label(k) + " " +
                 std::to_string(it == panel.recommendations.end() ? 0 : it->second);
    }
    md += "**Recommendations:** " + tally + "\n";
    if (!panel.decision.decision.empty()) {
        md += "\n## Decision: " + decision_label(panel.decision) + "\n\n";
        if (!is_blank(panel.decision.rationale)) md += panel.decision.rationale + "\n\n";
        if (!panel.decision.attendees.empty()) {
            std::string who;
            for (const auto& a : panel.decision.attendees) who += (who.empty() ? "" : ", ") + a;
            md += "Attended: " + who + "\n";
        }
    }
    md += "\n## Ratings\n\n| Competency |";
    for (const auto& sc : panel.scorecards) md += " " + md_cell(sc.interviewer) + " |";
    md += " n | Mean | Range | Disagreement |\n|---|";
    for (size_t i = 0; i < panel.scorecards.size(); ++i) md += "---|";
    md += "---|---|---|---|\n";
    for (const auto& c : panel.competencies) {
        md += "| " + md_cell(c.title) + " |";
        for (const auto& sc : panel.scorecards) {
            std::string v = cell(sc, c.id);
            md += ' ';
            md += v.empty() ? std::string(" ") : v;
            md += " |";
        }
        md += " " + std::to_string(c.n) + " | " + (c.mean ? format_number(*c.mean) : "") + " | " +
              (c.min ? format_number(*c.min) + "-" + format_number(*c.max) : "") + " | " + (c.disagreement ? "yes" : "") + " |\n";
    }
    md += "\n\"-\" means not assessed.\n";
    if (!panel.warnings.empty()) {
        md += "\n## Warnings\n\n";
        for (const auto& w : panel.warnings) md += "- " + w + "\n";
    }
    return md;
}

Comparison compare_candidates(const std::vector<Scorecard>& scorecards, const Rubric* rubric) {
    Comparison cmp;
    // Candidates and interviewers in order of first appearance, matched by name.
    std::vector<std::string> cand_keys, interviewer_keys;
    std::vector<std::vector<const Scorecard*>> groups;
    for (const auto& sc : scorecards) {
        std::string ck = name_key(sc.candidate);
        auto it = std::find(cand_keys.begin(), cand_keys.end(), ck);
        if (it == cand_keys.end()) {
            cand_keys.push_back(ck);
            groups.emplace_back();
            CandidateRow row;
            row.candidate = sc.candidate;
            cmp.candidates.push_back(row);
            it = cand_keys.end() - 1;
        }
        groups[static_cast<size_t>(it - cand_keys.begin())].push_back(&sc);
        std::string ik = name_key(sc.interviewer);
        if (std::find(interviewer_keys.begin(), interviewer_keys.end(), ik) == interviewer_keys.end()) {
            interviewer_keys.push_back(ik);
            Calibration cal;
            cal.interviewer = sc.interviewer;
            cmp.calibration.push_back(cal);
        }
    }
    auto ids = competency_ids(scorecards, rubric);
    std::vector<double> offset_sum(interviewer_keys.size(), 0.0);
    std::vector<std::vector<std::optional<double>>> units;
    for (size_t g = 0; g < groups.size(); ++g) {
        std::vector<Scorecard> group;
        for (const Scorecard* sc : groups[g]) group.push_back(*sc);
        CandidateRow& row = cmp.candidates[g];
        row.scorecards = static_cast<int>(group.size());
        row.recommendations = empty_tally();
        if (auto panel = consolidate(group, rubric)) {
            row.overall_mean = panel->overall_mean;
            row.recommendations = panel->recommendations;
        }
        for (const auto& id : ids) {
            // One unit per (candidate, competency); a second scorecard by the same
            // interviewer for the same candidate is ignored rather than double-counted.
            std::vector<std::optional<double>> unit(interviewer_keys.size());
            for (const Scorecard* sc : groups[g]) {
                const CompetencyScore* c = sc->find(id);
                size_t coder = static_cast<size_t>(
                    std::find(interviewer_keys.begin(), interviewer_keys.end(), name_key(sc->interviewer)) - interviewer_keys.begin());
                if (c && c->rated() && !unit[coder]) unit[coder] = *c->score;
            }
            std::vector<double> xs;
            for (const auto& v : unit)
                if (v) xs.push_back(*v);
            if (xs.size() >= 2) {
                double m = *mean_of(xs);
                for (size_t coder = 0; coder < unit.size(); ++coder)
                    if (unit[coder]) {
                        offset_sum[coder] += *unit[coder] - m;
                        cmp.calibration[coder].n += 1;
                    }
            }
            units.push_back(std::move(unit));
        }
    }
    for (size_t i = 0; i < cmp.calibration.size(); ++i)
        if (cmp.calibration[i].n > 0) cmp.calibration[i].mean_offset = offset_sum[i] / cmp.calibration[i].n;
    cmp.agreement = krippendorff_alpha_ordinal(units);
    return cmp;
}

}  // namespace scorecard
