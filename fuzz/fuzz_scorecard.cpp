// libFuzzer: one scorecard file, as `validate` and the panel read it. The validator
// and the strict reader agree, every problem is a proper message, and a scorecard that
// reads survives writing and reading unchanged, scoring and summaries included.
#include <cstdint>

#include "base/limits.hpp"
#include "fuzz_checks.hpp"
#include "rubric/library.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/scoring.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/summary.hpp"

using namespace scorecard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto j = parse_json_text(fuzz::text_of(data, size), "fuzz.json");
    if (!j) {
        fuzz::check_error(j.error());
        return 0;
    }
    auto problems = validate_scorecard_json(*j, "fuzz.json");
    for (const auto& e : problems) fuzz::check_error(e);
    auto sc = scorecard_from_json(*j, "fuzz.json");
    fuzz::expect(sc.ok() == problems.empty(), "validate and the strict reader agree");
    if (!sc) {
        fuzz::expect(sc.error().to_string() == problems.front().to_string(), "the strict reader reports the first problem");
        return 0;
    }
    std::string text = scorecard_to_json(*sc).dump();
    if (text.size() <= kMaxImportBytes) {
        auto back = parse_scorecard(text, "fuzz.json");
        fuzz::expect(back.ok(), "a scorecard's own JSON reads back", back.ok() ? "" : back.error().to_string());
        fuzz::expect(*back == *sc, "scorecard JSON written and read again is unchanged");
    }
    (void)digest_matches(*sc);
    const Rubric& rubric = default_rubric();
    auto score = compute_score(*sc, &rubric);
    fuzz::expect(!score.mean || (*score.mean >= kMinScore && *score.mean <= kMaxScore), "a mean score is on the scale");
    (void)missing_for_submit(*sc, rubric);
    (void)submit_warnings(*sc, rubric);
    (void)scorecard_markdown(*sc, rubric);
    (void)scorecard_file_name(*sc);
    return 0;
}
