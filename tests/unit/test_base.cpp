// The base layer: UTF-8, text and number formatting, dates, the vocabulary and the one
// JSON reader, each with the values a person would check by hand.
#include <doctest/doctest.h>

#include "base/dates.hpp"
#include "base/json_document.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"
#include "base/vocabulary.hpp"

using namespace scorecard;

TEST_CASE("utf8: decodes strictly, and says where text stops being UTF-8") {
    std::string s = "a\xC3\xA9\xF0\x9F\x98\x80";  // a, é, 😀
    size_t i = 0;
    CHECK(next_code_point(s, i) == U'a');
    CHECK(next_code_point(s, i) == U'é');
    CHECK(next_code_point(s, i) == U'\U0001F600');
    CHECK(i == s.size());
    for (std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC3", "\x80"}) {
        size_t k = 0;
        bool ok = true;
        CAPTURE(bad);
        CHECK(next_code_point(bad, k, &ok) == kReplacementChar);
        CHECK_FALSE(ok);
        CHECK(k == 1);
    }
    CHECK_FALSE(first_invalid_utf8("plain\nZoë\n").has_value());
    CHECK(first_invalid_utf8("one\ntwo\nthree \xFF") == 3);
    std::string out;
    append_utf8(out, U'Σ');
    append_utf8(out, 0xD800);  // a lone surrogate is no character
    CHECK(out == "\xCE\xA3\xEF\xBF\xBD");
    bool cut = false;
    CHECK(utf8_prefix("Zoë Muñoz", 3, &cut) == "Zoë");
    CHECK(cut);
}

TEST_CASE("text: numbers as people read them, one way everywhere") {
    CHECK(format_number(3.0) == "3");
    CHECK(format_number(2.5) == "2.5");
    CHECK(format_number(2.666666) == "2.67");
    CHECK(format_number(-0.001) == "0");  // never "-0"
    CHECK(format_number(0.6667, 3) == "0.667");
    CHECK(format_score(2.75) == "2.75 of 4");
    CHECK(format_score(3) == "3 of 4");
}

TEST_CASE("text: quoted input is cut at 80 characters, never mid-character, control characters blanked") {
    CHECK(quote_input("maybe") == "\"maybe\"");
    std::string long_text(200, 'x');
    CHECK(quote_input(long_text) == "\"" + std::string(80, 'x') + "...\"");
    std::string greek;
    for (int i = 0; i < 100; ++i) greek += "Σ";
    std::string q = quote_input(greek);
    CHECK(q.size() == 1 + 80 * 2 + 4);
    CHECK(quote_input("a\nb\tc") == "\"a b c\"");
}

TEST_CASE("text: names match across spacing and case") {
    CHECK(name_key(" Ada  Lovelace ") == "ada lovelace");
    CHECK(name_key("ADA\tLOVELACE") == name_key("ada lovelace"));
    CHECK(trim("  x y \n") == "x y");
    CHECK(is_blank(" \t\r\n"));
    CHECK_FALSE(is_blank(" x "));
}

TEST_CASE("dates: real calendar dates, UTC times, and days between") {
    CHECK(is_valid_date("2024-02-29"));
    CHECK_FALSE(is_valid_date("2025-02-29"));
    CHECK_FALSE(is_valid_date("2025-13-01"));
    CHECK_FALSE(is_valid_date("2025-1-01"));
    CHECK(is_iso_utc("2025-03-04T14:05:00Z"));
    CHECK(is_iso_utc("2025-03-04T14:05:00.250+00:00"));
    CHECK_FALSE(is_iso_utc("2025-03-04T14:05:00+01:00"));
    CHECK(day_number("1970-01-01") == 0);
    CHECK(day_number("2000-03-01") == 11017);
    CHECK(*day_number("2026-12-01") - *day_number("2025-03-04") == 637);
    CHECK(utc_seconds("1970-01-02T00:00:01Z") == 86401);
    CHECK_FALSE(day_number("nope").has_value());
}

TEST_CASE("vocabulary: recommendation and decision ids with their labels") {
    CHECK(is_recommendation("strong_yes"));
    CHECK_FALSE(is_recommendation("maybe"));
    CHECK(recommendation_label("no") == "No");
    CHECK(recommendation_label("maybe") == "");
    CHECK(recommends_hire("yes"));
    CHECK(recommends_hire("strong_yes"));
    CHECK_FALSE(recommends_hire("no"));
    CHECK_FALSE(recommends_hire("strong_no"));
    CHECK(recommendation_ids_text() == "strong_no, no, yes, strong_yes");
    CHECK(decision_label(kDecisionOtherLevel) == "Hire at another level");
    CHECK_FALSE(is_decision("maybe"));
}

TEST_CASE("json: nesting beyond the limit is refused before parsing, naming the line") {
    std::string deep = "{\"a\":\n" + std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']') + "}";
    auto r = parse_json_text(deep, "deep.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().to_string() == "deep.json:2: nested deeper than 64 levels");
    std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    CHECK(parse_json_text(ok, "ok.json").ok());
    // Brackets inside strings are text, not nesting.
    CHECK(parse_json_text("{\"a\": \"" + std::string(200, '[') + "\"}", "s.json").ok());
    auto empty = parse_json_text("  \n", "e.json");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == "empty file, expected JSON");
    auto syntax = parse_json_text("{\n  \"a\": 1,\n  oops\n}", "x.json");
    REQUIRE_FALSE(syntax.ok());
    CHECK(syntax.error().line == 3);
}

TEST_CASE("json reader: one message style for every format, with the field path") {
    auto j = Json::parse(R"({"name": 5, "n": 2.0, "big": 18446744073709551615, "w": 0, "list": ["a", 1],
                            "objs": [{"k": "v"}, 3], "nested": {"x": null}})");
    std::vector<Error> errors;
    JsonReader rd("f.json", errors);
    std::string s;
    int n = 0;
    double w = 0;
    std::vector<std::string> list;
    CHECK_FALSE(rd.string(j, "name", "", s));
    CHECK_FALSE(rd.string(j, "absent", "", s, JsonReader::Need::required));
    CHECK_FALSE(rd.integer(j, "n", "", n, 1, 4));
    CHECK_FALSE(rd.integer(j, "big", "", n, 1, 4));
    CHECK_FALSE(rd.number(j, "w", "", w, 0, 10));
    CHECK_FALSE(rd.string_array(j, "list", "", list));
    int objects = 0;
    rd.objects(j, "objs", "", JsonReader::Need::required, [&](const Json&, const std::string& path) {
        CHECK(path == "objs[0]");
        ++objects;
    });
    CHECK(objects == 1);
    CHECK_FALSE(rd.string(*rd.object(j, "nested", ""), "x", "nested", s, JsonReader::Need::required));
    REQUIRE(errors.size() == 8);
    CHECK(errors[0].to_string() == "f.json: name: must be a string, got 5");
    CHECK(errors[1].to_string() == "f.json: absent: missing; expected a string");
    CHECK(errors[2].to_string() == "f.json: n: must be a whole number from 1 to 4, got 2.0");
    CHECK(errors[3].to_string() == "f.json: big: must be a whole number from 1 to 4, got 18446744073709551615");
    CHECK(errors[4].to_string() == "f.json: w: must be a number above 0 and below 10, got 0");
    CHECK(errors[5].to_string() == "f.json: list[1]: must be a string, got 1");
    CHECK(errors[6].to_string() == "f.json: objs[1]: must be an object, got 3");
    CHECK(errors[7].to_string() == "f.json: nested.x: must be a string, got null");
    CHECK(list == std::vector<std::string>{"a"});
}
