// Core benchmark, built natively and as WASM from the same source so scripts/bench.sh
// prints both side by side in one run, on the same inputs. Each case prints one line,
//   case <TAB> bytes of input <TAB> microseconds (best round)
// and the run ends with the peak memory. Time is the process's CPU time, not the wall
// clock: the machine is shared, and a wall clock counts the time other builds take the
// core away. The best of several rounds is kept, the least disturbed measurement.
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#ifndef __EMSCRIPTEN__
#include <sys/resource.h>
#include <time.h>
#endif

#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_json.hpp"
#include "rubric/library.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"
#include "scorecard/scorecard.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/seal.hpp"

using namespace scorecard;

namespace {
std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

volatile size_t g_sink = 0;  // keeps the optimizer from dropping the work

#ifdef __EMSCRIPTEN__
// Node's CPU time of this process (user + system), microseconds: bench/cpu_time.js.
extern "C" double bench_cpu_us();
double cpu_us() { return bench_cpu_us(); }
#else
double cpu_us() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
}
#endif

void run(const char* name, size_t bytes, int rounds, int iterations, const std::function<void()>& body) {
    double best = 1e30;
    for (int round = 0; round < rounds; ++round) {
        double t0 = cpu_us();
        for (int i = 0; i < iterations; ++i) body();
        double us = (cpu_us() - t0) / iterations;
        if (us < best) best = us;
    }
    std::printf("%s\t%zu\t%.1f\n", name, bytes, best);
    std::fflush(stdout);
}

// A sealed scorecard for `candidate` by `interviewer` with deterministic scores.
Scorecard synthetic(const Rubric& r, int candidate, int interviewer) {
    Scorecard sc = new_scorecard(r, "00000000-0000-4000-8000-" + std::to_string(100000000000 + candidate * 100 + interviewer),
                                 "2026-11-30");
    sc.candidate = "Candidate " + std::to_string(candidate);
    sc.interviewer = "Interviewer " + std::to_string(interviewer);
    for (size_t i = 0; i < sc.competencies.size(); ++i) {
        auto& c = sc.competencies[i];
        c.score = 1 + int((candidate * 7 + interviewer * 3 + int(i) * 5) % 4);
        c.evidence.push_back({r.competencies[i].behaviours[0].id,
                              "Evidence note number " + std::to_string(i) + " with a few sentences of what was said."});
    }
    sc.recommendation = (candidate + interviewer) % 2 ? "yes" : "no";
    sc.rationale = "Rationale for the recommendation.";
    seal(sc, r, "2026-11-30T12:00:00Z");
    return sc;
}

// 10,000 scorecard files (2,000 candidates x 5 interviewers) loaded as the app's panel
// loads them, then each candidate consolidated.
void bench_many_files(const Rubric& l5) {
    std::vector<NamedText> files;
    size_t bytes = 0;
    for (int c = 0; c < 2000; ++c)
        for (int i = 0; i < 5; ++i) {
            files.push_back({"f" + std::to_string(c * 5 + i) + ".json", scorecard_to_json(synthetic(l5, c, i)).dump(2)});
            bytes += files.back().second.size();
        }
    run("  of which loading and validating the files", bytes, 2, 1,
        [&] { g_sink = g_sink + load_scorecards(files, &l5, true).size(); });
    run("10,000 scorecards imported and consolidated", bytes, 2, 1, [&] {
        auto loaded = load_scorecards(files, &l5, true);
        std::vector<Scorecard> cards;
        for (auto& l : loaded)
            if (l.usable()) cards.push_back(std::move(*l.scorecard));
        for (const auto& group : group_by_candidate(cards)) {
            std::vector<Scorecard> one;
            for (const Scorecard* sc : group.scorecards) one.push_back(*sc);
            g_sink = g_sink + consolidate(one, &l5)->competencies.size();
        }
    });
}

size_t peak_memory() {
#ifdef __EMSCRIPTEN__
    return __builtin_wasm_memory_size(0) * 65536;  // WASM memory only grows: its size now is its peak
#else
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return size_t(u.ru_maxrss) * 1024;
#endif
}
}  // namespace

int main(int argc, char** argv) {
    std::string library = argc > 1 ? argv[1] : "rubric/library/octopus-support";
    const char* docs[] = {"L1-Junior-DevOps-Support-Engineer.md", "L2-DevOps-Support-Engineer.md",
                          "L3-Senior-DevOps-Support-Engineer.md", "L4-Lead-DevOps-Support-Engineer.md",
                          "L4-Support-Manager.md", "L5-Principal-DevOps-Support-Engineer.md",
                          "L5-Senior-Support-Manager.md"};
    std::vector<std::string> texts;
    size_t doc_bytes = 0;
    for (const char* d : docs) {
        texts.push_back(read(library + "/" + d));
        doc_bytes += texts.back().size();
    }
    const Rubric& l5 = default_rubric();
    std::string l5_json = rubric_to_json(l5).dump(2);

    run("Markdown import, 7 Support documents", doc_bytes, 5, 20, [&] {
        for (size_t i = 0; i < texts.size(); ++i) g_sink = g_sink + import_markdown_rubric(texts[i], docs[i])->competencies.size();
    });
    run("rubric JSON parse + validate (L5)", l5_json.size(), 5, 200,
        [&] { g_sink = g_sink + parse_rubric_json(l5_json, "l5.json")->competencies.size(); });
    std::string sc_text = scorecard_to_json(synthetic(l5, 1, 1)).dump(2);
    run("scorecard parse + validate + digest check", sc_text.size(), 5, 200, [&] {
        auto p = parse_scorecard(sc_text, "a.scorecard.json");
        g_sink = g_sink + (p.ok() && digest_matches(*p));
    });
    bench_many_files(l5);
    std::vector<Scorecard> many;
    for (int c = 0; c < 200; ++c)
        for (int i = 0; i < 5; ++i) many.push_back(synthetic(l5, c, i));
    run("alpha, 200 candidates x 5 interviewers", 0, 3, 1, [&] { g_sink = g_sink + compare_candidates(many, &l5).calibration.size(); });
    std::printf("peak memory\t%zu\t0\n", peak_memory());
    return g_sink == 42 ? 1 : 0;
}
