// libFuzzer: a panel of scorecard files, as `consolidate` and the panel screen load
// them. The input is split into up to eight files at lines of "---"; each is judged on
// its own and against the set, usable ones are consolidated, exported and compared.
#include <cstdint>

#include "base/limits.hpp"
#include "fuzz_checks.hpp"
#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "rubric/library.hpp"

using namespace scorecard;

namespace {

std::vector<NamedText> split_files(const std::string& text) {
    std::vector<NamedText> files;
    std::size_t start = 0;
    while (files.size() < 8) {
        std::size_t cut = text.find("\n---\n", start);
        files.push_back({"f" + std::to_string(files.size() + 1) + ".json", text.substr(start, cut - start)});
        if (cut == std::string::npos) break;
        start = cut + 5;
    }
    return files;
}

void check_panel(const std::vector<LoadedScorecard>& loaded, const Rubric* rubric, bool one_candidate) {
    std::vector<Scorecard> good;
    bool conflicts = false;
    for (const auto& l : loaded) {
        for (const auto& e : l.problems) fuzz::check_error(e);
        for (const auto& e : l.warnings) fuzz::check_error(e);
        fuzz::expect(!l.usable() || l.problems.empty(), "a counted file has no problem");
        fuzz::expect(l.problems.empty() || l.status == FileStatus::Refused, "a file with a problem is refused");
        fuzz::expect(!l.usable() || (l.scorecard && l.scorecard->sealed()), "only a submitted scorecard counts");
        conflicts = conflicts || l.conflicts;
        if (l.usable()) good.push_back(*l.scorecard);
    }
    if (good.empty() || conflicts) return;
    auto panel = consolidate(good, rubric);
    fuzz::expect(panel.ok(), "usable files of one set consolidate", panel.ok() ? "" : panel.error().to_string());
    for (const auto& c : panel->competencies)
        fuzz::expect(!c.mean || (*c.mean >= kMinScore && *c.mean <= kMaxScore), "a competency mean is on the scale");
    attach_files(*panel, loaded, one_candidate);
    for (const auto& w : panel->warnings) fuzz::expect(w.size() <= fuzz::kMaxMessageBytes, "a warning quotes little", w);
    (void)panel_to_json(*panel).dump();
    (void)panel_csv(*panel);
    (void)panel_long_csv({*panel});
    (void)panel_markdown(*panel);
    (void)panel_markdown(*panel, SummaryDetail::Full, rubric);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto files = split_files(fuzz::text_of(data, size));
    check_panel(load_scorecards(files), nullptr, false);
    check_panel(load_scorecards(files, &default_rubric()), &default_rubric(), true);
    // The app's panel compares many candidates on one rubric.
    auto many = load_scorecards(files, nullptr, true);
    std::vector<Scorecard> usable;
    for (const auto& l : many)
        if (l.scorecard) usable.push_back(*l.scorecard);
    auto cmp = compare_candidates(usable, nullptr);
    if (cmp.agreement.alpha) fuzz::expect(*cmp.agreement.alpha <= 1.0 + 1e-9, "alpha is at most 1");
    return 0;
}
