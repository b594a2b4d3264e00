// make_fixtures: writes the sample scorecards (tests/data/scorecards: good, bad, wide) and the
// documented examples (docs/examples) with correct digests, from the built-in L5 rubric,
// and the signed samples (tests/data/scorecards/signed, signed_fixtures.cpp).
// Run it after a change that moves the rubric's digest or the file format:
//   build/native/make_fixtures tests/data/scorecards docs/examples
// The tests check the files it wrote (tests/unit/test_panel_files.cpp) and that this tool
// still writes exactly the committed files (tests/cli/cli_test.sh).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rubric/library.hpp"
#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "panel/statistics.hpp"
#include "scorecard/scorecard.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/scoring.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/summary.hpp"
#include "signed_fixtures.hpp"

using namespace scorecard;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

void need(bool ok) {
    if (!ok) {
        std::fprintf(stderr, "make_fixtures: a sample did not come out as designed\n");
        std::exit(1);
    }
}

void spit(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    need(bool(out));
}

std::string pretty(const Scorecard& sc) { return scorecard_to_json(sc).dump(2) + "\n"; }

// The four L5 panel scorecards: one candidate, four interviewers, "leads" in disagreement;
// Tom Baker wrote his up three days after the interview (late).
struct Sample {
    const char* interviewer;
    std::optional<int> scores[4];
    const char* recommendation;
    const char* submitted;
};
const Sample kSamples[] = {
    {"Priya Shah", {3, 3, 2, 4}, "yes", "2025-03-04T13:30:00Z"},
    {"Marcus Chen", {2, 3, 2, 3}, "yes", "2025-03-04T14:30:00Z"},
    {"Elena Rossi", {4, 2, std::nullopt, 3}, "strong_yes", "2025-03-04T15:30:00Z"},
    {"Tom Baker", {2, 3, 3, 3}, "no", "2025-03-07T16:30:00Z"},
};

// Six more interviewers of Sam Taylor for the wide matrix (tests/data/scorecards/wide):
// long names, one that a spreadsheet would run as a formula, letters beyond ASCII.
const Sample kWide[] = {
    {"Maximilian Alexander von Hohenzollern-Sigmaringen", {3, 2, 2, 3}, "yes", "2025-03-04T17:00:00Z"},
    {"Anne-Sophie Lefebvre-Beaumont", {2, 2, 3, 3}, "no", "2025-03-05T09:00:00Z"},
    {"=HYPERLINK(\"http://evil.example\",\"x\")", {3, 3, 3, 3}, "yes", "2025-03-04T18:00:00Z"},
    {"Oluwaseun Adebayo-Okonkwo", {4, 3, std::nullopt, 4}, "strong_yes", "2025-03-08T10:00:00Z"},
    {"Siobh\u00e1n N\u00ed Mhaoldomhnaigh", {3, 3, 2, 2}, "yes", "2025-03-04T19:00:00Z"},
    {"Zhang Wei", {2, 3, 3, 3}, "yes", "2025-03-05T08:00:00Z"},
};

Scorecard scorecard_from(const Rubric& r, const Sample& s, const std::string& id) {
    Scorecard sc = new_scorecard(r, id, "2025-03-04");
    sc.candidate = "Sam Taylor";
    sc.interviewer = s.interviewer;
    for (size_t c = 0; c < sc.competencies.size() && c < 4; ++c) {
        auto& cs = sc.competencies[c];
        const Competency& rc = r.competencies[c];
        if (s.scores[c]) {
            cs.score = s.scores[c];
            cs.evidence.push_back({rc.behaviours[0].id, std::string(s.interviewer) + " heard a concrete example for \"" +
                                                            rc.behaviours[0].text + "\"."});
            if (*s.scores[c] >= 3)
                cs.evidence.push_back({rc.behaviours[1].id, "Described the outcome and what they would change next time."});
            cs.notes = *s.scores[c] >= 3 ? "Specific, first-person, with results." : "Mostly hypothetical answers.";
        } else {
            cs.not_assessed_reason = "Ran out of time";
        }
    }
    sc.recommendation = s.recommendation;
    sc.key_takeaways = "Strong people leader; strategy examples were narrower than the level expects.";
    sc.rationale = std::string("Recommendation from ") + s.interviewer + " based on the evidence above.";
    need(seal(sc, r, s.submitted).empty());
    return sc;
}

Scorecard sample_scorecard(const Rubric& r, int i) {
    return scorecard_from(r, kSamples[i], "5f0c2a4e-8d1b-4c7a-9e3f-00000000000" + std::to_string(i + 1));
}

void write_wide(const Rubric& r, const std::string& dir) {
    for (size_t i = 0; i < std::size(kWide); ++i) {
        Scorecard sc = scorecard_from(r, kWide[i], "5f0c2a4e-8d1b-4c7a-9e3f-00000000002" + std::to_string(i + 1));
        spit(dir + "/" + scorecard_file_name(sc), pretty(sc));
    }
}


// The four good samples and the two documented examples made from them.
std::vector<Scorecard> write_good(const Rubric& r, const std::string& scorecards, const std::string& examples) {
    std::vector<Scorecard> four;
    for (int i = 0; i < 4; ++i) {
        four.push_back(sample_scorecard(r, i));
        spit(scorecards + "/" + scorecard_file_name(four.back()), pretty(four.back()));
    }
    spit(examples + "/scorecard.json", pretty(four[0]));
    return four;
}

// The documented panel: the four in interview order, with the draft and the 2026 interview
// loaded beside them (not counted and held back), as the panel file records them.
void write_panel_example(const std::vector<Scorecard>& four, const std::string& bad, const std::string& examples) {
    std::vector<NamedText> files;
    for (const auto& sc : four) files.push_back({scorecard_file_name(sc), pretty(sc)});
    for (const char* name : {"draft.scorecard.json", "dated-2026-12-01.scorecard.json"}) {
        std::ifstream in(bad + "/" + name, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        need(!text.empty());
        files.push_back({name, text});
    }
    auto loaded = load_scorecards(files, &default_rubric());
    std::vector<Scorecard> counted;
    for (const auto& l : loaded)
        if (l.usable()) counted.push_back(*l.scorecard);
    need(counted.size() == 4);
    auto panel = consolidate(counted, &default_rubric());
    need(panel.ok());
    attach_files(*panel, loaded, false);
    need(panel->excluded.size() == 2);
    panel->decision = {"hire", "", "Consistent evidence of leading leaders; the strategy gap is coachable.",
                       {"Priya Shah", "Marcus Chen", "Elena Rossi", "Tom Baker"}};
    spit(examples + "/panel.json", panel_to_json(*panel).dump(2) + "\n");
}

// Bad files made by editing the good ones, each with one kind of problem.
void write_edited(const std::vector<Scorecard>& four, const std::string& bad) {
    std::string text = pretty(four[0]);
    spit(bad + "/syntax-error.scorecard.json", text.substr(0, text.find("\"date\"")) + "\"date\": \"2025-03-04\"\n  \"oops\": 1\n}\n");
    json j = scorecard_to_json(four[0]);
    j["version"] = 2;
    spit(bad + "/version-2.scorecard.json", j.dump(2) + "\n");
    j = scorecard_to_json(four[1]);
    j["competencies"][1]["score"] = 5;
    spit(bad + "/score-5.scorecard.json", j.dump(2) + "\n");
    j = scorecard_to_json(four[2]);
    j["competencies"][0]["score"] = 2;  // digest left as sealed
    spit(bad + "/edited-after-submit.scorecard.json", j.dump(2) + "\n");
}

// Files that are valid alone but wrong in a set (or, the draft, not counted).
void write_set_problems(const Rubric& r, const std::string& bad) {
    Scorecard other = sample_scorecard(r, 3);
    other.id = "5f0c2a4e-8d1b-4c7a-9e3f-000000000011";
    other.candidate = "Alex Morgan";
    need(seal(other, r, "2025-03-05T10:00:00Z").empty());
    spit(bad + "/other-candidate.scorecard.json", pretty(other));
    Scorecard dup = sample_scorecard(r, 0);
    dup.id = "5f0c2a4e-8d1b-4c7a-9e3f-000000000012";
    reopen(dup, "2025-03-04T16:00:00Z", "second copy");
    need(seal(dup, r, "2025-03-04T16:01:00Z").empty());
    spit(bad + "/duplicate-interviewer.scorecard.json", pretty(dup));
    Scorecard same_id = sample_scorecard(r, 1);
    same_id.interviewer = "Nadia Okafor";
    reopen(same_id, "2025-03-04T16:00:00Z", "copied");
    need(seal(same_id, r, "2025-03-04T16:02:00Z").empty());
    spit(bad + "/duplicate-id.scorecard.json", pretty(same_id));
    const Rubric* l4 = nullptr;
    for (const auto& b : builtin_rubrics())
        if (b.id == "l4-support-manager") l4 = &b;
    need(l4);
    Scorecard mixed = new_scorecard(*l4, "5f0c2a4e-8d1b-4c7a-9e3f-000000000013", "2025-03-04");
    mixed.candidate = "Sam Taylor";
    mixed.interviewer = "Olu Adeyemi";
    for (auto& c : mixed.competencies) {
        c.score = 3;
        c.notes = "Solid.";
    }
    mixed.recommendation = "yes";
    mixed.rationale = "Used the L4 rubric by mistake.";
    need(seal(mixed, *l4, "2025-03-04T17:00:00Z").empty());
    spit(bad + "/other-rubric.scorecard.json", pretty(mixed));
    Scorecard draft = sample_scorecard(r, 3);
    draft.id = "5f0c2a4e-8d1b-4c7a-9e3f-000000000014";
    draft.interviewer = "Dana Park";
    reopen(draft, "2025-03-07T18:00:00Z", "still writing");
    spit(bad + "/draft.scorecard.json", pretty(draft));
    // Sam Taylor again, 21 months later: another application, held back by the date rule.
    Scorecard later = sample_scorecard(r, 1);
    later.id = "5f0c2a4e-8d1b-4c7a-9e3f-000000000015";
    later.interviewer = "Ines Duarte";
    later.date = "2026-12-01";
    later.submitted_at.reset();
    later.digest.reset();
    need(seal(later, r, "2026-12-01T15:05:00Z").empty());
    spit(bad + "/dated-2026-12-01.scorecard.json", pretty(later));
}

// A fifth interviewer who noted under the suggested questions (format: question notes),
// kept apart so the four samples stay the panel every test knows.
void write_question_notes(const Rubric& r, const std::string& dir) {
    Scorecard sc = sample_scorecard(r, 1);
    sc.id = "5f0c2a4e-8d1b-4c7a-9e3f-000000000031";
    sc.interviewer = "Nadia Okafor";
    sc.submitted_at.reset();
    sc.digest.reset();
    const Competency& c = r.competencies[0];
    sc.competencies[0].questions.push_back(
        {0, c.questions[0].text, true, "Coached two first-time managers; one now leads the EMEA team.", {c.behaviours[0].id}});
    sc.competencies[0].questions.push_back({1, c.questions[1].text, true, "", {}});
    need(seal(sc, r, "2025-03-04T16:30:00Z").empty());
    spit(dir + "/" + scorecard_file_name(sc), pretty(sc));
}

void write_all(const std::string& scorecards, const std::string& examples) {
    const Rubric& r = default_rubric();
    need(r.id == kDefaultRubricId);
    auto four = write_good(r, scorecards, examples);
    write_edited(four, scorecards + "/bad");
    write_set_problems(r, scorecards + "/bad");
    write_wide(r, scorecards + "/wide");
    write_question_notes(r, scorecards + "/notes");
    write_panel_example(four, scorecards + "/bad", examples);
    write_signed(four, r, scorecards + "/signed");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "Usage: make_fixtures SCORECARDS_DIR EXAMPLES_DIR\n");
        return 1;
    }
    write_all(argv[1], argv[2]);
    return 0;
}
