// Core benchmark, built natively and as WASM from the same source so scripts/bench.sh
// can print both side by side in one run. Each case reports the best of several
// rounds (the machine is shared and noisy; the minimum is the least disturbed).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "base/json.hpp"
#include "base/sha256.hpp"
#include "rubric/library.hpp"
#include "rubric/markdown_import.hpp"
#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "panel/statistics.hpp"
#include "rubric/rubric_json.hpp"
#include "scorecard/scorecard.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/scoring.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/summary.hpp"

using namespace scorecard;

namespace {
std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

volatile size_t g_sink = 0;  // keeps the optimizer from dropping the work

void run(const char* name, int iterations, const std::function<void()>& body) {
    double best = 1e30;
    for (int round = 0; round < 5; ++round) {
        auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < iterations; ++i) body();
        double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count() / iterations;
        if (us < best) best = us;
    }
    std::printf("%-44s %12.2f us\n", name, best);
}

// A sealed scorecard for `candidate` by `interviewer` with deterministic scores.
Scorecard synthetic(const Rubric& r, int candidate, int interviewer) {
    Scorecard sc = new_scorecard(r, "00000000-0000-4000-8000-" + std::to_string(100000000000 + candidate * 100 + interviewer), "2026-11-30");
    sc.candidate = "Candidate " + std::to_string(candidate);
    sc.interviewer = "Interviewer " + std::to_string(interviewer);
    for (size_t i = 0; i < sc.competencies.size(); ++i) {
        auto& c = sc.competencies[i];
        c.score = 1 + int((candidate * 7 + interviewer * 3 + int(i) * 5) % 4);
        c.evidence.push_back({r.competencies[i].behaviours[0].id, "Evidence note number " + std::to_string(i) +
                                                                      " with a few sentences of what was said."});
    }
    sc.recommendation = (candidate + interviewer) % 2 ? "yes" : "no";
    sc.rationale = "Rationale for the recommendation.";
    seal(sc, r, "2026-11-30T12:00:00Z");
    return sc;
}
}  // namespace

int main(int argc, char** argv) {
    std::string library = argc > 1 ? argv[1] : "rubric/library/octopus-support";
    const char* docs[] = {"L1-Junior-DevOps-Support-Engineer.md", "L2-DevOps-Support-Engineer.md",
                          "L3-Senior-DevOps-Support-Engineer.md", "L4-Lead-DevOps-Support-Engineer.md",
                          "L4-Support-Manager.md", "L5-Principal-DevOps-Support-Engineer.md",
                          "L5-Senior-Support-Manager.md"};
    std::vector<std::string> texts;
    for (const char* d : docs) texts.push_back(read(library + "/" + d));
    const Rubric& l5 = default_rubric();
    std::string l5_json = rubric_to_json(l5).dump();

    run("import 7 Support Markdown documents", 50, [&] {
        for (size_t i = 0; i < texts.size(); ++i) g_sink = g_sink + import_markdown_rubric(texts[i], docs[i])->competencies.size();
    });
    run("rubric JSON parse + validate (L5)", 500, [&] { g_sink = g_sink + parse_rubric_json(l5_json, "l5.json")->competencies.size(); });
    run("rubric digest (L5)", 500, [&] { g_sink = g_sink + rubric_digest(l5).size(); });

    Scorecard sc = synthetic(l5, 1, 1);
    std::string sc_text = scorecard_to_json(sc).dump(2);
    run("scorecard parse + validate + digest check", 500, [&] {
        auto p = parse_scorecard(sc_text, "a.scorecard.json");
        g_sink = g_sink + (p.ok() && digest_matches(*p));
    });

    std::vector<std::pair<std::string, std::string>> four;
    for (int i = 1; i <= 4; ++i) four.push_back({"f" + std::to_string(i), scorecard_to_json(synthetic(l5, 1, i)).dump()});
    run("load + consolidate 4 scorecards", 200, [&] {
        auto loaded = load_scorecards(four, &l5);
        std::vector<Scorecard> cards;
        for (auto& l : loaded)
            if (l.usable()) cards.push_back(*l.scorecard);
        auto p = consolidate(cards, &l5);
        g_sink = g_sink + panel_to_json(*p).dump().size();
    });

    std::vector<Scorecard> many;
    for (int c = 0; c < 50; ++c)
        for (int i = 0; i < 5; ++i) many.push_back(synthetic(l5, c, i));
    run("compare 50 candidates x 5 interviewers (alpha)", 5, [&] {
        g_sink = g_sink + compare_candidates(many, &l5).calibration.size();
    });
    std::printf("(sink %zu)\n", size_t(g_sink));
    return 0;
}
