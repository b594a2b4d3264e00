// The debrief's rules in the panel core: drafts listed apart and never counted, the
// 30-day date rule with held-back files and the lead's inclusion, every file not counted
// recorded with its reason, the late-submit flag, who said what, the CSV rules (candidate
// in the matrix, the long CSV, formula neutralising) and the short and full summaries.
#include <doctest/doctest.h>

#include <algorithm>

#include "panel/debrief.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "scorecard_fixtures.hpp"

using namespace scorecard;
using nlohmann::json;

namespace {

// A sealed scorecard of the small rubric for `candidate` by `interviewer`, interviewed on
// `date` and submitted at `submitted`, as file text.
std::string sealed_on(const std::string& candidate, const std::string& interviewer, const std::string& date,
                      const std::string& submitted = "") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard sc = test_fixtures::complete_scorecard(r, candidate, interviewer);
    sc.date = date;
    REQUIRE(seal(sc, r, submitted.empty() ? date + "T17:00:00Z" : submitted).empty());
    return scorecard_to_json(sc).dump(2);
}

std::vector<FileStatus> statuses(const std::vector<LoadedScorecard>& loaded) {
    std::vector<FileStatus> out;
    for (const auto& l : loaded) out.push_back(l.status);
    return out;
}

// RFC 4180 fields, read independently of the writer under test.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    REQUIRE(cell.empty());  // every row ends with CRLF
    rows.pop_back();
    return rows;
}

// Three sealed interviewers for Ada on the small rubric, as Scorecards.
std::vector<Scorecard> panel_of_three(const Rubric& r) {
    std::vector<Scorecard> out;
    const char* names[] = {"Grace", "Alan", "Barbara"};
    const char* submitted[] = {"2025-03-04T18:00:00Z", "2025-03-05T20:00:00Z", "2025-03-07T09:00:00Z"};
    for (int i = 0; i < 3; ++i) {
        Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", names[i]);
        sc.competencies[0].score = 2 + i;
        sc.key_takeaways = std::string(names[i]) + "'s takeaways";
        sc.rationale = std::string(names[i]) + "'s rationale";
        if (i == 2) sc.covered = {"leads", "strategy"};
        REQUIRE(seal(sc, r, submitted[i]).empty());
        out.push_back(sc);
    }
    return out;
}

}  // namespace

TEST_SUITE("debrief") {

TEST_CASE("drafts are listed apart: valid, named, never counted, not part of the set checks") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard draft = test_fixtures::complete_scorecard(r, "Ada", "Dana");
    Scorecard sealed = draft;
    REQUIRE(seal(sealed, r, "2025-03-04T18:00:00Z").empty());
    // The draft first: its id must not make the submitted copy a duplicate.
    auto loaded = load_scorecards({{"dana-draft.json", scorecard_to_json(draft).dump()},
                                   {"grace.json", sealed_on("Ada", "Grace", "2025-03-04")},
                                   {"dana.json", scorecard_to_json(sealed).dump()}});
    CHECK(statuses(loaded) == std::vector<FileStatus>{FileStatus::NotCounted, FileStatus::Counted, FileStatus::Counted});
    const auto& d = loaded[0];
    REQUIRE(d.warnings.size() == 2);
    CHECK(d.warnings[0].to_string() == "dana-draft.json: submittedAt: not submitted (draft); a draft is not counted");
    CHECK(d.warnings[1].to_string() == "dana-draft.json: id: the submitted version of this scorecard is loaded too (dana.json)");
    // A draft far from the others is still just a draft, not a held-back file.
    Scorecard far = test_fixtures::complete_scorecard(r, "Ada", "Ken");
    far.date = "2027-01-01";
    loaded = load_scorecards({{"grace.json", sealed_on("Ada", "Grace", "2025-03-04")}, {"ken.json", scorecard_to_json(far).dump()}});
    CHECK(loaded[1].status == FileStatus::NotCounted);
    CHECK_FALSE(loaded[1].held_back);
    // Drafts only: nothing is counted.
    loaded = load_scorecards({{"a.json", scorecard_to_json(draft).dump()}});
    CHECK_FALSE(loaded[0].usable());
}

TEST_CASE("date rule: interviews more than 30 days from the panel's are held back until included") {
    std::vector<NamedText> files = {
        {"grace.json", sealed_on("Ada", "Grace", "2025-03-04")},
        {"later.json", sealed_on("Ada", "Ines", "2026-12-01")},
        {"alan.json", sealed_on("Ada", "Alan", "2025-03-05")},
    };
    auto loaded = load_scorecards(files);
    CHECK(statuses(loaded) == std::vector<FileStatus>{FileStatus::Counted, FileStatus::HeldBack, FileStatus::Counted});
    const auto& later = loaded[1];
    REQUIRE(later.scorecard);
    REQUIRE(later.warnings.size() == 1);
    CHECK(later.warnings[0].to_string() ==
          "later.json: date: interviewed 2026-12-01, 636 days after the other interviews of \"Ada\" (2025-03-04 to "
          "2025-03-05); same application? Held back until the lead includes it");
    REQUIRE(later.held_back);
    CHECK_FALSE(later.included_on_purpose);
    CHECK(later.held_back_fact == "interviewed 2026-12-01, 636 days after the other interviews of \"Ada\" (2025-03-04 to 2025-03-05)");

    // The lead includes it, by scorecard id or by file name: counted, and the reason kept.
    for (const std::string& inc : {later.scorecard->id, std::string("later.json")}) {
        CAPTURE(inc);
        auto again = load_scorecards(files, nullptr, false, {inc});
        CHECK(again[1].status == FileStatus::Counted);
        CHECK(again[1].included_on_purpose);
        REQUIRE(again[1].held_back);
        CHECK(again[1].held_back->message == later.warnings[0].message);
        CHECK(again[1].warnings.empty());
    }
    // Including a file that is not held back changes nothing.
    auto same = load_scorecards(files, nullptr, false, {"grace.json"});
    CHECK_FALSE(same[0].included_on_purpose);
    CHECK(same[1].status == FileStatus::HeldBack);
}

TEST_CASE("date rule: exactly 30 days is one application, 31 is not; the larger group wins, the newer on a tie") {
    auto run = [](std::vector<std::string> dates) {
        std::vector<NamedText> files;
        const char* who[] = {"A", "B", "C", "D"};
        for (size_t i = 0; i < dates.size(); ++i) files.push_back({dates[i], sealed_on("Ada", who[i], dates[i])});
        return statuses(load_scorecards(files));
    };
    using S = std::vector<FileStatus>;
    const FileStatus C = FileStatus::Counted, H = FileStatus::HeldBack;
    CHECK(run({"2025-03-01", "2025-03-31"}) == S{C, C});             // 30 days apart
    CHECK(run({"2025-03-01", "2025-04-01"}) == S{H, C});             // 31: a tie, the newer is the panel
    CHECK(run({"2025-03-01", "2025-03-02", "2025-05-01"}) == S{C, C, H});
    CHECK(run({"2025-01-01", "2025-05-01", "2025-05-02"}) == S{H, C, C});
    CHECK(run({"2024-02-28", "2024-03-29", "2024-03-30"}) == S{H, C, C});  // leap year: 31 days from the first
    // A chain is not one window: 03-01 and 04-10 are 40 days apart. Two pairs tie; the newer is the panel.
    CHECK(run({"2025-03-01", "2025-03-20", "2025-04-10"}) == S{H, C, C});
    auto loaded = load_scorecards({{"early.json", sealed_on("Ada", "A", "2025-01-01")},
                                   {"b.json", sealed_on("Ada", "B", "2025-05-01")},
                                   {"c.json", sealed_on("Ada", "C", "2025-05-02")}});
    CHECK(loaded[0].warnings[0].message ==
          "interviewed 2025-01-01, 120 days before the other interviews of \"Ada\" (2025-05-01 to 2025-05-02); same "
          "application? Held back until the lead includes it");
}

TEST_CASE("date rule: per candidate; a held-back interviewer is not a duplicate until included") {
    // Two candidates a year apart, each a panel of its own.
    auto loaded = load_scorecards({{"ada.json", sealed_on("Ada", "Grace", "2025-03-04")},
                                   {"bob.json", sealed_on("Bob", "Grace", "2026-03-04")}},
                                  nullptr, true);
    CHECK(statuses(loaded) == std::vector<FileStatus>{FileStatus::Counted, FileStatus::Counted});
    // Grace interviewed Ada for both applications: the second is held back, not refused.
    Rubric r = test_fixtures::small_rubric();
    Scorecard again = test_fixtures::complete_scorecard(r, "Ada", "Grace");
    again.id = "another-id";
    again.date = "2026-03-04";
    REQUIRE(seal(again, r, "2026-03-04T10:00:00Z").empty());
    std::vector<NamedText> files = {{"ada.json", sealed_on("Ada", "Grace", "2025-03-04")},
                                    {"alan.json", sealed_on("Ada", "Alan", "2025-03-04")},
                                    {"ada-2026.json", scorecard_to_json(again).dump()}};
    loaded = load_scorecards(files);
    CHECK(loaded[2].status == FileStatus::HeldBack);
    CHECK(loaded[2].problems.empty());
    // Included, it meets the one-scorecard-per-interviewer rule.
    loaded = load_scorecards(files, nullptr, false, {"another-id"});
    CHECK(loaded[2].status == FileStatus::Refused);
    REQUIRE(loaded[2].problems.size() == 1);
    CHECK(loaded[2].problems[0].field == "interviewer.name");
}

TEST_CASE("every file not counted is recorded with its reasons, in the panel file and its warnings") {
    Rubric r = test_fixtures::small_rubric();
    Scorecard draft = test_fixtures::complete_scorecard(r, "Ada", "Dana");
    std::vector<NamedText> files = {
        {"grace.json", sealed_on("Ada", "Grace", "2025-03-04")},
        {"alan.json", sealed_on("Ada", "Alan", "2025-03-04")},
        {"broken.json", "{\n  \"format\": \"scorecard\",\n"},
        {"dana.json", scorecard_to_json(draft).dump()},
        {"later.json", sealed_on("Ada", "Ines", "2026-12-01")},
        {"bob.json", sealed_on("Bob", "Alan", "2025-03-04")},
        {"bob-draft.json", scorecard_to_json(test_fixtures::complete_scorecard(r, "Bob", "Dana")).dump()},
    };
    auto loaded = load_scorecards(files, nullptr, true);
    std::vector<Scorecard> ada;
    for (const auto& l : loaded)
        if (l.usable() && l.scorecard->candidate == "Ada") ada.push_back(*l.scorecard);
    auto p = consolidate(ada, &r);
    REQUIRE(p.ok());
    attach_files(*p, loaded, true);
    // Ada's: the unreadable file (it could be anyone's), her draft and her held-back file; not Bob's draft.
    REQUIRE(p->excluded.size() == 3);
    CHECK(p->excluded[0].file == "broken.json");
    CHECK(p->excluded[0].status == FileStatus::Refused);
    CHECK(p->excluded[0].interviewer.empty());
    REQUIRE(p->excluded[0].reasons.size() == 1);
    CHECK(p->excluded[0].reasons[0].rfind("line 3: the JSON ends before it is complete", 0) == 0);
    CHECK(p->excluded[1].file == "dana.json");
    CHECK(p->excluded[1].status == FileStatus::NotCounted);
    CHECK(p->excluded[1].interviewer == "Dana");
    CHECK(p->excluded[1].reasons == std::vector<std::string>{"submittedAt: not submitted (draft); a draft is not counted"});
    CHECK(p->excluded[2].status == FileStatus::HeldBack);
    json j = panel_to_json(*p);
    REQUIRE(j["excluded"].size() == 3);
    CHECK(j["excluded"][0] == json{{"file", "broken.json"}, {"status", "refused"}, {"scorecard", nullptr},
                                   {"interviewer", nullptr}, {"candidate", nullptr},
                                   {"reasons", p->excluded[0].reasons}});
    CHECK(j["excluded"][1]["status"] == "not_counted");
    CHECK(j["excluded"][1]["candidate"] == "Ada");
    CHECK(j["excluded"][2]["status"] == "held_back");
    auto warnings = j["warnings"].get<std::vector<std::string>>();
    CHECK(std::count(warnings.begin(), warnings.end(),
                     "dana.json (Dana) is not counted: submittedAt: not submitted (draft); a draft is not counted") == 1);
    CHECK(std::any_of(warnings.begin(), warnings.end(), [](const auto& w) { return w.rfind("later.json (Ines) is held back: date: ", 0) == 0; }));
    CHECK(std::any_of(warnings.begin(), warnings.end(), [](const auto& w) { return w.rfind("broken.json is refused: line 3: ", 0) == 0; }));
    CHECK(j["interviewers"][0]["includedOnPurpose"].is_null());
    // Every file of the set (the CLI's view): Bob's draft too.
    CHECK(excluded_files(loaded).size() == 4);

    // Included on purpose: counted, and the record says what was overridden.
    loaded = load_scorecards(files, nullptr, true, {"later.json"});
    ada.clear();
    for (const auto& l : loaded)
        if (l.usable() && l.scorecard->candidate == "Ada") ada.push_back(*l.scorecard);
    REQUIRE(ada.size() == 3);
    p = consolidate(ada, &r);
    attach_files(*p, loaded, true);
    CHECK(p->excluded.size() == 2);
    j = panel_to_json(*p);
    CHECK(j["interviewers"][2]["name"] == "Ines");
    CHECK(j["interviewers"][2]["includedOnPurpose"].get<std::string>().rfind("date: interviewed 2026-12-01, 637 days after", 0) == 0);
}

TEST_CASE("late flag: more than 24 hours after the interview date ended (UTC)") {
    Rubric r = test_fixtures::small_rubric();
    auto timing = [&](const std::string& date, const std::optional<std::string>& at) {
        Scorecard sc = test_fixtures::complete_scorecard(r, "Ada", "Grace");
        sc.date = date;
        sc.submitted_at = at;
        return std::make_pair(submit_timing(sc), submit_timing_text(sc));
    };
    struct Case {
        const char* at;
        long long days;
        bool late, before;
        const char* text;
    };
    const Case cases[] = {
        {"2025-03-04T08:00:00Z", 0, false, false, "submitted the day of the interview"},
        {"2025-03-04T23:59:59Z", 0, false, false, "submitted the day of the interview"},
        {"2025-03-05T23:00:00Z", 1, false, false, "submitted the day after the interview"},
        {"2025-03-06T00:00:00Z", 2, false, false, "submitted 2 days after the interview"},  // exactly 24 h: not more
        {"2025-03-06T00:00:01Z", 2, true, false, "submitted 2 days after the interview"},
        {"2025-03-07T16:30:00Z", 3, true, false, "submitted 3 days after the interview"},
        {"2025-04-04T10:00:00.250Z", 31, true, false, "submitted 31 days after the interview"},
        // UTC+14 can be on the interview date while UTC is still on the day before.
        {"2025-03-03T12:00:00Z", 0, false, false, "submitted the day of the interview"},
        {"2025-03-03T09:59:59Z", -1, false, true, "submitted 1 day before the interview date"},
        {"2025-03-01T12:00:00+00:00", -3, false, true, "submitted 3 days before the interview date"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.at);
        auto [t, text] = timing("2025-03-04", std::string(c.at));
        CHECK(t.known);
        CHECK(t.days_after == c.days);
        CHECK(t.late == c.late);
        CHECK(t.before_interview == c.before);
        CHECK(text == c.text);
    }
    auto [draft, draft_text] = timing("2025-03-04", std::nullopt);
    CHECK_FALSE(draft.known);
    CHECK_FALSE(draft.late);
    CHECK(draft_text == "not submitted");
    // Dates before 1970 still count days the right way.
    auto [old, old_text] = timing("1969-12-30", std::string("1970-01-02T01:00:00Z"));
    CHECK(old.days_after == 3);
    CHECK(old.late);
    // Across a leap day.
    CHECK(timing("2024-02-28", std::string("2024-03-01T10:00:00Z")).first.days_after == 2);
}

TEST_CASE("who said what: recommendation, takeaways, rationale, coverage, timing per interviewer") {
    Rubric r = test_fixtures::small_rubric();
    auto p = consolidate(panel_of_three(r), &r);
    REQUIRE(p.ok());
    auto who = interviewer_summaries(*p);
    REQUIRE(who.size() == 3);
    CHECK(who[0].scorecard->interviewer == "Grace");
    CHECK_FALSE(who[0].split);
    CHECK(covered_text(who[0], 3) == "all 3 competencies");
    CHECK(who[0].rated == std::vector<std::string>{"I lead and support other leaders", "I drive strategic improvements"});
    REQUIRE(who[0].not_assessed.size() == 1);
    CHECK(who[0].not_assessed[0] == std::make_pair(std::string("I build culture"), std::string("Out of time")));
    CHECK_FALSE(who[0].timing.late);
    CHECK(who[1].timing.days_after == 1);
    CHECK_FALSE(who[1].timing.late);
    CHECK(who[2].split);
    CHECK(covered_text(who[2], 3) == "2 of 3 (panel split): I lead and support other leaders; I drive strategic improvements");
    CHECK(who[2].timing.days_after == 3);
    CHECK(who[2].timing.late);
    json j = panel_to_json(*p);
    const json& b = j["interviewers"][2];
    CHECK(b["name"] == "Barbara");
    CHECK(b["date"] == "2025-03-04");
    CHECK(b["keyTakeaways"] == "Barbara's takeaways");
    CHECK(b["rationale"] == "Barbara's rationale");
    CHECK(b["covered"] == json::array({"leads", "strategy"}));
    CHECK(b["submittedDaysAfterInterview"] == 3);
    CHECK(b["lateSubmit"] == true);
    CHECK(j["interviewers"][0]["covered"] == json::array({"leads", "strategy", "culture"}));
    CHECK(j["interviewers"][0]["lateSubmit"] == false);
}

TEST_CASE("CSV: a cell a spreadsheet would run as a formula is neutralised (OWASP)") {
    for (const char* risky : {"=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1", "+1", "-1+2", "-", "@SUM(A1:A2)",
                              "\tx", "\rx", "  =1+1", "-cmd|' /C calc'!A0", "\xEF\xBC\x9D" "1+1", "\xEF\xBC\xA0x",
                              "-2+3", "+44 20 7946 0000", "-1e5"}) {
        CAPTURE(risky);
        CHECK(csv_formula_risk(risky));
        std::string f = csv_field(risky);
        CHECK(f.rfind("\"'", 0) == 0);  // quoted, with an apostrophe first: shown as text
        CHECK(f.back() == '"');
    }
    for (const char* safe : {"", "Sam Taylor", "a=b", "3", "-2", "2.75", "-0.5", "O'Brien", "e-mail", " x"}) {
        CAPTURE(safe);
        CHECK_FALSE(csv_formula_risk(safe));
    }
    CHECK(csv_field("=HYPERLINK(\"http://evil.example\",\"x\")") == "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
    CHECK(csv_field("Sam Taylor") == "Sam Taylor");
    CHECK(csv_field("Alan, \"the\" Turing") == "\"Alan, \"\"the\"\" Turing\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("-2") == "-2");
}

TEST_CASE("CSV: matrix and long CSV carry the candidate; no cell of either can run as a formula") {
    Rubric r = test_fixtures::small_rubric();
    auto scs = panel_of_three(r);
    scs[1].interviewer = "=HYPERLINK(\"http://evil.example\",\"x\")";
    scs[1].competencies[2].not_assessed_reason = "@risky reason";
    scs[1].recommendation = "strong_yes";
    for (auto& sc : scs) sc.candidate = "+Ada";
    auto p = consolidate(scs, &r);
    REQUIRE(p.ok());
    auto matrix = parse_csv(panel_csv(*p));
    REQUIRE(matrix.size() == 4);
    CHECK(matrix[0] == std::vector<std::string>{"candidate", "competency", "Grace", "'=HYPERLINK(\"http://evil.example\",\"x\")",
                                                "Barbara", "n", "mean", "median", "min", "max", "spread", "disagreement"});
    CHECK(matrix[1][0] == "'+Ada");
    CHECK(matrix[3][1] == "I build culture");
    CHECK(matrix[3][2] == "not assessed");

    Scorecard bob = test_fixtures::complete_scorecard(r, "Bob", "Grace");
    bob.date = "2025-02-01";
    REQUIRE(seal(bob, r, "2025-02-01T10:00:00Z").empty());
    auto q = consolidate({bob}, &r);
    REQUIRE(q.ok());
    std::string long_text = panel_long_csv({*p, *q});
    auto rows = parse_csv(long_text);
    REQUIRE(rows.size() == 1 + 3 * 3 + 3);  // header, Ada's 3 interviewers x 3 competencies, Bob's 1 x 3
    REQUIRE(rows[0].size() == kLongCsvColumns.size());
    CHECK(rows[0] == std::vector<std::string>{"candidate", "rubric", "competency_id", "competency", "interviewer",
                                              "scorecard_id", "interview_date", "submitted_at", "days_to_submit",
                                              "late_submit", "included_on_purpose", "status", "score",
                                              "not_assessed_reason", "recommendation"});
    // Alan's culture: not assessed with a risky reason; Barbara's leads: 4, three days late.
    CHECK(rows[6] == std::vector<std::string>{"'+Ada", "test-rubric", "culture", "I build culture",
                                              "'=HYPERLINK(\"http://evil.example\",\"x\")", scs[1].id, "2025-03-04",
                                              "2025-03-05T20:00:00Z", "1", "false", "false", "not_assessed", "",
                                              "'@risky reason", "strong_yes"});
    CHECK(rows[7] == std::vector<std::string>{"'+Ada", "test-rubric", "leads", "I lead and support other leaders", "Barbara",
                                              scs[2].id, "2025-03-04", "2025-03-07T09:00:00Z", "3", "true", "false",
                                              "rated", "4", "", "yes"});
    CHECK(rows[10][0] == "Bob");
    CHECK(rows[12][11] == "not_assessed");
    for (const auto& row : rows) {
        REQUIRE(row.size() == kLongCsvColumns.size());
        for (const auto& cell : row) {
            CAPTURE(cell);
            CHECK_FALSE(csv_formula_risk(cell));  // what a spreadsheet reads starts with ' or is plain
        }
    }
}

TEST_CASE("summary: short names who recommended what; full quotes takeaways, rationale and evidence") {
    Rubric r = test_fixtures::small_rubric();
    auto scs = panel_of_three(r);
    scs[0].competencies[0].evidence.push_back({"b2", "Line one\n# not a heading\n- not a list"});
    scs[0].interviewer = "Grace *the* | Hopper";
    auto p = consolidate(scs, &r);
    REQUIRE(p.ok());
    std::string short_md = panel_markdown(*p);
    CAPTURE(short_md);
    CHECK(short_md.find("## Recommendations by interviewer\n\n- Grace \\*the\\* \\| Hopper: Yes (interviewed 2025-03-04, "
                        "submitted the day of the interview)\n") != std::string::npos);
    CHECK(short_md.find("- Barbara: Yes (interviewed 2025-03-04, submitted 3 days after the interview, late: more than 24 "
                        "hours)\n") != std::string::npos);
    CHECK(short_md.find("Evidence") == std::string::npos);
    CHECK(short_md.find("Coached") == std::string::npos);

    std::string full = panel_markdown(*p, SummaryDetail::Full, &r);
    CAPTURE(full);
    CHECK(full.find("## Who said what\n\n### Grace \\*the\\* \\| Hopper: Yes\n\nInterviewed 2025-03-04, submitted the day "
                    "of the interview. Covered all 3 competencies.\n\n**Key takeaways**\n\n> Grace's takeaways\n\n"
                    "**Rationale**\n\n> Grace's rationale\n") != std::string::npos);
    CHECK(full.find("### Barbara: Yes\n\nInterviewed 2025-03-04, submitted 3 days after the interview. Covered 2 of 3 "
                    "(panel split): I lead and support other leaders; I drive strategic improvements.\n\n**Late:** written "
                    "more than 24 hours after the interview.\n") != std::string::npos);
    CHECK(full.find("## Evidence by competency\n\n### I lead and support other leaders\n\nn 3, mean 3, range 2-4, "
                    "disagreement\n\n**Grace \\*the\\* \\| Hopper: 2 Maturing**\n\n> I guide managers: Coached two new "
                    "managers through a reorg\n>\n> I give feedback: Line one\n> \\# not a heading\n> \\- not a list\n\n") !=
          std::string::npos);
    CHECK(full.find("**Alan: not assessed** (Out of time)") != std::string::npos);
    CHECK(full.find("**Grace \\*the\\* \\| Hopper: 2 Maturing**") != std::string::npos);
    CHECK(full.find("> Notes: Vague on metrics.") != std::string::npos);
    // Without the rubric: the numbers and behaviour ids.
    std::string bare = panel_markdown(*p, SummaryDetail::Full);
    CHECK(bare.find("**Alan: 3**\n\n> b1: Coached two new managers through a reorg\n") != std::string::npos);
}

}  // TEST_SUITE
