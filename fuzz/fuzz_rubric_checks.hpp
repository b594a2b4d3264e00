// What a rubric that reads, from Markdown or from JSON, must keep: its invariants, a
// writer that matches nlohmann's dump byte for byte, a digest that matches the tree's,
// and rubric JSON that reads back unchanged (fuzz_markdown.cpp, fuzz_rubric_json.cpp).
#pragma once
#include "base/limits.hpp"
#include "fuzz_checks.hpp"
#include "rubric/rubric_json.hpp"

namespace fuzz {

inline void check_rubric_reads_back(const scorecard::Rubric& r) {
    using namespace scorecard;
    expect(!check_rubric(r), "a rubric that reads keeps the rubric invariants");
    Json tree = rubric_to_json(r);
    expect(rubric_storage_text(r) == tree.dump(-1, ' ', false, Json::error_handler_t::replace),
           "the rubric writer matches nlohmann's dump");
    tree.erase(rubric_field::kSource);
    expect(rubric_digest(r) == digest_of(tree), "the rubric digest matches the tree's");
    std::string json = rubric_json_text(r);
    if (json.size() > kMaxImportBytes) return;  // its JSON may outgrow the import limit
    auto back = parse_rubric_json(json, "fuzz.json");
    expect(back.ok(), "a rubric's own JSON reads back", back.ok() ? "" : back.error().to_string());
    expect(*back == r, "rubric JSON written and read again is unchanged");
    expect(rubric_digest(*back) == rubric_digest(r), "the digest does not depend on the layout");
}

}  // namespace fuzz
