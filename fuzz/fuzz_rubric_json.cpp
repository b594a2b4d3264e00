// libFuzzer: rubric JSON (and the file-type dispatch in front of both importers). A
// rubric that reads keeps its invariants, and writing it and reading it again is a
// fixed point.
#include <cstdint>

#include "fuzz_rubric_checks.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"

using namespace scorecard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text = fuzz::text_of(data, size);
    auto r = parse_rubric_json(text, "fuzz.json");
    if (!r) fuzz::check_error(r.error());
    else fuzz::check_rubric_reads_back(*r);
    auto any = import_rubric_file(text, "fuzz");
    if (!any) fuzz::check_error(any.error());
    return 0;
}
