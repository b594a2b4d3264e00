// Rubric JSON v1: exact round trips, the digest, and errors with field paths.
#include <doctest/doctest.h>

#include "base/json_document.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "base/sha256.hpp"
#include "rubric/library.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"
#include "test_rubric_support.hpp"

using namespace scorecard;
using nlohmann::json;
using rubric_test::data;
using rubric_test::read_text;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

Rubric fixture() {
    auto r = import_markdown_rubric(read_text(data("rubrics/L4-Lead-Software-Engineer.md")), "fixture.md");
    REQUIRE(r.ok());
    return *r;
}

json valid_json() { return rubric_to_json(fixture()); }

Error from_json_error(const json& j) {
    auto r = rubric_from_json(j, "r.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == "r.json");
    return r.error();
}
}  // namespace

TEST_CASE("rubric JSON round-trips every built-in rubric exactly") {
    REQUIRE(builtin_rubrics().size() == 7);
    for (const auto& r : builtin_rubrics()) {
        CAPTURE(r.id);
        json j = rubric_to_json(r);
        CHECK(j["format"] == "rubric");
        CHECK(j["version"] == 1);
        auto back = rubric_from_json(j, "x.json");
        REQUIRE_MESSAGE(back.ok(), back.error().to_string());
        CHECK(*back == r);
        // Through text too, as the CLI writes it.
        auto parsed = parse_rubric_json(j.dump(2), "x.json");
        REQUIRE(parsed.ok());
        CHECK(*parsed == r);
        CHECK(rubric_digest(*parsed) == rubric_digest(r));
    }
}

TEST_CASE("rubric JSON round-trips imported fixtures, weights and examples") {
    Rubric r = fixture();
    r.competencies[0].weight = 1.5;
    r.competencies[1].weight = 0.1;
    r.competencies[2].minutes = 7;
    r.competencies[2].questions = {{"Tell me about a time…", {"Why?", "What then?"}}, {"No probes", {}}};
    r.track = "Engineering";
    auto back = rubric_from_json(rubric_to_json(r), "");
    REQUIRE(back.ok());
    CHECK(*back == r);
    json j = rubric_to_json(r);
    CHECK(j["competencies"][0]["weight"] == 1.5);
    CHECK_FALSE(j["competencies"][3].contains("weight"));  // unset stays unset
    CHECK(j["competencies"][0]["examples"].size() == 3);
}

TEST_CASE("rubric_digest: sha256 of canonical JSON without source") {
    Rubric r = fixture();
    std::string d = rubric_digest(r);
    CHECK(d.rfind("sha256:", 0) == 0);
    CHECK(d.size() == 7 + 64);
    CHECK(d.find_first_not_of("0123456789abcdef", 7) == std::string::npos);
    json j = rubric_to_json(r);
    j.erase("source");
    CHECK(d == "sha256:" + sha256_hex(canonical_json(j)));
    CHECK(d == rubric_digest(r));  // stable
    Rubric moved = r;
    moved.source = "somewhere-else.md";
    CHECK(rubric_digest(moved) == d);  // source does not count
    Rubric edited = r;
    edited.competencies[0].behaviours[0].text += "!";
    CHECK(rubric_digest(edited) != d);
    // Pinned: the built-in default changes digest only when its content changes.
    CHECK(rubric_digest(default_rubric()) == rubric_digest(*rubric_from_json(rubric_to_json(default_rubric()))));
}

TEST_CASE("rubric JSON: unknown version and format") {
    json j = valid_json();
    j["version"] = 2;
    auto e = from_json_error(j);
    CHECK(e.field == "version");
    CHECK(contains(e.message, "2"));
    j["version"] = "1";
    CHECK(from_json_error(j).field == "version");
    j.erase("version");
    CHECK(from_json_error(j).field == "version");
    j = valid_json();
    j["format"] = "scorecard";
    CHECK(from_json_error(j).field == "format");
    CHECK(from_json_error(json::array()).message == "a rubric must be a JSON object, got an array");

    auto file = parse_rubric_json(read_text(data("rubrics/bad/unknown-version.json")), "unknown-version.json");
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().field == "version");
    CHECK(file.error().to_string().rfind("unknown-version.json: version: ", 0) == 0);
}

TEST_CASE("rubric JSON: errors name the field path") {
    json j = valid_json();
    j["competencies"][2]["behaviours"] = json::array();
    CHECK(from_json_error(j).field == "competencies[2].behaviours");

    j = valid_json();
    j["competencies"][2]["behaviours"] = "text";
    CHECK(from_json_error(j).field == "competencies[2].behaviours");

    j = valid_json();
    j["competencies"][1]["behaviours"][0].erase("text");
    auto e = from_json_error(j);
    CHECK(e.field == "competencies[1].behaviours[0].text");
    CHECK(e.message == "missing; expected a string");

    j = valid_json();
    j["competencies"][0]["minutes"] = 2.5;
    CHECK(from_json_error(j).field == "competencies[0].minutes");
    j["competencies"][0]["minutes"] = -1;
    CHECK(from_json_error(j).field == "competencies[0].minutes");

    j = valid_json();
    j["competencies"][3]["weight"] = 0;
    CHECK(from_json_error(j).field == "competencies[3].weight");
    j["competencies"][3]["weight"] = "heavy";
    CHECK(from_json_error(j).field == "competencies[3].weight");

    j = valid_json();
    j["competencies"][0]["questions"][0] = {{"text", 5}};
    CHECK(from_json_error(j).field == "competencies[0].questions[0].text");

    j = valid_json();
    j["competencies"][1]["id"] = j["competencies"][0]["id"];
    CHECK(from_json_error(j).field == "competencies[1].id");

    j = valid_json();
    j["competencies"] = json::array();
    CHECK(from_json_error(j).field == "competencies");
    j.erase("competencies");
    CHECK(from_json_error(j).field == "competencies");

    j = valid_json();
    j["title"] = nullptr;
    CHECK(from_json_error(j).field == "title");
    j = valid_json();
    j["impact"][0] = 3;
    CHECK(from_json_error(j).field == "impact[0]");
    j = valid_json();
    j["scale"][1]["label"] = "";
    CHECK(from_json_error(j).field == "scale[1].label");
    j = valid_json();
    j["scale"][1]["value"] = 1;
    CHECK(from_json_error(j).field == "scale[1].value");
    j = valid_json();
    j["recommendations"][0] = "strong_no";
    CHECK(from_json_error(j).field == "recommendations[0]");

    auto file = parse_rubric_json(read_text(data("rubrics/bad/missing-behaviours.json")), "m.json");
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().to_string() == "m.json: competencies[2].behaviours: must be an array, got the string \"not an array\"");
}

TEST_CASE("rubric JSON: absent optional members take defaults, unknown members are ignored") {
    json j = {{"format", "rubric"},
              {"version", 1},
              {"id", "tiny"},
              {"title", "Tiny"},
              {"future_member", {1, 2, 3}},
              {"competencies", {{{"id", "c"}, {"title", "C"}, {"behaviours", {{{"id", "b"}, {"text", "B"}}}}}}}};
    auto r = rubric_from_json(j, "tiny.json");
    REQUIRE_MESSAGE(r.ok(), r.error().to_string());
    CHECK(r->scale == default_scale());
    CHECK(r->recommendations == default_recommendations());
    CHECK(r->competencies[0].minutes == 0);
    CHECK_FALSE(r->competencies[0].weight.has_value());
    CHECK(r->source == "");
}

TEST_CASE("rubric JSON: syntax errors carry a line, and files are chosen by content") {
    auto r = parse_rubric_json(read_text(data("rubrics/bad/syntax-error.json")), "syntax-error.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 5);
    CHECK(r.error().to_string().rfind("syntax-error.json:5: ", 0) == 0);

    auto via_file = import_rubric_file(read_text(data("rubrics/bad/syntax-error.json")), "syntax-error.json");
    REQUIRE_FALSE(via_file.ok());
    CHECK(via_file.error().line == 5);

    std::string text = "\n  " + rubric_to_json(fixture()).dump();
    auto ok = import_rubric_file(text, "r.json");
    REQUIRE(ok.ok());
    CHECK(*ok == fixture());

    auto bad = parse_rubric_json(std::string("{\"title\": \"caf\xe9\"}"), "latin1.json");
    REQUIRE_FALSE(bad.ok());
    CHECK(contains(bad.error().message, "UTF-8"));
    std::string big(kMaxImportBytes + 1, ' ');
    big[0] = '{';
    auto huge = import_rubric_file(big, "big.json");
    REQUIRE_FALSE(huge.ok());
    CHECK(contains(huge.error().message, "limit"));
}

TEST_CASE("rubric_json_text: reading order, format first, parses back to the same rubric") {
    const Rubric& r = default_rubric();
    std::string text = rubric_json_text(r);
    CHECK(text.rfind("{\n  \"format\": \"rubric\",\n  \"version\": 1,\n  \"id\": \"l5-senior-support-manager\",", 0) == 0);
    CHECK(text.back() == '\n');
    CHECK(text.find("\"questions\"") > text.find("\"behaviours\""));
    auto back = import_rubric_file(text, "l5.json");
    REQUIRE_MESSAGE(back.ok(), back.error().to_string());
    CHECK(*back == r);
    CHECK(rubric_digest(*back) == rubric_digest(r));
}
