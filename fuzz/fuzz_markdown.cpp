// libFuzzer: career-framework Markdown into a rubric (md4c and the importer). A
// rubric that imports keeps its invariants and survives rubric JSON and back unchanged.
#include <cstdint>

#include "fuzz_rubric_checks.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"

using namespace scorecard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text = fuzz::text_of(data, size);
    auto r = import_markdown_rubric(text, "fuzz.md");
    if (!r) {
        fuzz::check_error(r.error());
        return 0;
    }
    fuzz::expect(is_digest(rubric_digest(*r)), "an imported rubric has a digest");
    fuzz::check_rubric_reads_back(*r);
    return 0;
}
