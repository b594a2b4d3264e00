// The debrief in the headless app, through its commands and a fake platform: drafts listed
// apart and never counted, a held-back scorecard included on purpose (and stored), every
// export kind named and gated by the independent-first rule, the short and full summaries.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/app.hpp"
#include "fake_platform.hpp"
#include "panel/panel_export.hpp"

using namespace app;
using test_fixtures::FakePlatform;
namespace fs = std::filesystem;

namespace {

const std::string kScorecards = std::string(SCORECARD_TEST_DATA) + "/scorecards";

FileIn file_in(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    REQUIRE(in);
    return {fs::path(path).filename().string(), ss.str()};
}

std::vector<FileIn> good_four() {
    std::vector<FileIn> out;
    for (const char* who : {"elena-rossi", "marcus-chen", "priya-shah", "tom-baker"})
        out.push_back(file_in(kScorecards + "/sam-taylor-" + who + "-2025-03-04.scorecard.json"));
    return out;
}

FileIn bad(const std::string& name) { return file_in(kScorecards + "/bad/" + name); }

const scorecard::LoadedScorecard& loaded_named(const App& a, const std::string& name) {
    for (const auto& l : a.panel().loaded())
        if (l.file == name) return l;
    FAIL("not loaded: " << name);
    return a.panel().loaded().front();
}

const scorecard::Panel& shown(const App& a) {
    REQUIRE(a.panel().panel());
    REQUIRE(a.panel().panel()->ok());
    return a.panel().panel()->value();
}

}  // namespace

TEST_CASE("app panel: a draft is listed apart, never counted, and recorded in the panel file") {
    FakePlatform p;
    App a(p);
    a.load();
    auto files = good_four();
    files.push_back(bad("draft.scorecard.json"));
    files.push_back(bad("other-candidate.scorecard.json"));
    a.on_files("panel", files);
    CHECK(a.panel().usable().size() == 5);  // Sam Taylor's four and Alex Morgan's one
    const auto& draft = loaded_named(a, "draft.scorecard.json");
    CHECK(draft.status == scorecard::FileStatus::NotCounted);
    REQUIRE(draft.scorecard);
    CHECK(draft.scorecard->interviewer == "Dana Park");
    const auto& p4 = shown(a);
    CHECK(p4.scorecards.size() == 4);
    CHECK(p4.recommendations.at("strong_no") == 0);
    REQUIRE(p4.excluded.size() == 1);
    CHECK(p4.excluded[0].file == "draft.scorecard.json");
    // No candidate made of the draft alone, and the comparison has no Dana Park.
    CHECK(a.panel().candidates().size() == 2);
    for (const auto& c : a.panel().comparison().calibration) CHECK(c.interviewer != "Dana Park");
    CHECK(a.panel().comparison().candidates[0].scorecards == 4);
    a.run(SetRevealed{true});
    a.run(ExportPanel{PanelExport::Json});
    REQUIRE(p.saved.size() == 1);
    auto j = scorecard::Json::parse(p.saved[0].text);
    CHECK(j["scorecards"].size() == 4);
    REQUIRE(j["excluded"].size() == 1);
    CHECK(j["excluded"][0]["status"] == "not_counted");
    CHECK(j["excluded"][0]["interviewer"] == "Dana Park");
}

TEST_CASE("app panel: a scorecard of another application is held back until the lead includes it") {
    FakePlatform p;
    std::string later_id;
    {
        App a(p);
        a.load();
        auto files = good_four();
        files.push_back(bad("dated-2026-12-01.scorecard.json"));
        a.on_files("panel", files);
        const auto& later = loaded_named(a, "dated-2026-12-01.scorecard.json");
        CHECK(later.status == scorecard::FileStatus::HeldBack);
        REQUIRE(later.scorecard);
        later_id = later.scorecard->id;
        CHECK(shown(a).scorecards.size() == 4);
        CHECK(shown(a).excluded.size() == 1);
        a.run(IncludeHeldBack{later_id, true});
        CHECK(a.panel().is_included(later_id));
        CHECK(loaded_named(a, "dated-2026-12-01.scorecard.json").status == scorecard::FileStatus::Counted);
        CHECK(shown(a).scorecards.size() == 5);
        CHECK(shown(a).excluded.empty());
        REQUIRE(shown(a).included_on_purpose.count(later_id));
        a.tick(1.0);
    }
    // Stored: a reload keeps the lead's choice, and it can be taken back.
    App b(p);
    b.load();
    CHECK(b.panel().is_included(later_id));
    CHECK(shown(b).scorecards.size() == 5);
    b.run(IncludeHeldBack{later_id, false});
    CHECK(shown(b).scorecards.size() == 4);
    CHECK(loaded_named(b, "dated-2026-12-01.scorecard.json").status == scorecard::FileStatus::HeldBack);
}

TEST_CASE("app panel: exports wait for the reveal; each kind has its name and content") {
    FakePlatform p;
    App a(p);
    a.load();
    auto files = good_four();
    files.push_back(bad("other-candidate.scorecard.json"));
    a.on_files("panel", files);
    // Independent first holds for exports and the clipboard too.
    for (auto kind : {PanelExport::Json, PanelExport::Csv, PanelExport::LongCsv, PanelExport::LongCsvAll}) a.run(ExportPanel{kind});
    a.run(CopyPanelSummary{true});
    CHECK(p.saved.empty());
    CHECK(p.clipboard.empty());
    CHECK(a.notices().back().text.rfind("Every candidate's scores must be visible", 0) == 0);

    a.run(SetRevealed{true});
    a.run(ExportPanel{PanelExport::Csv});
    a.run(ExportPanel{PanelExport::LongCsv});
    a.run(ExportPanel{PanelExport::LongCsvAll});
    REQUIRE(p.saved.size() == 3);
    CHECK(p.saved[0].name == "sam-taylor-panel.csv");
    CHECK(p.saved[0].mime == "text/csv");
    CHECK(p.saved[0].text.rfind("candidate,competency,Elena Rossi,", 0) == 0);
    CHECK(p.saved[1].name == "sam-taylor-ratings.csv");
    CHECK(p.saved[1].text.rfind("candidate,rubric,competency_id,", 0) == 0);
    CHECK(p.saved[1].text.find("Alex Morgan") == std::string::npos);
    CHECK(p.saved[2].name == "all-candidates-ratings.csv");
    CHECK(p.saved[2].text.find("\r\nAlex Morgan,") != std::string::npos);
    CHECK(p.saved[2].text.find("\r\nSam Taylor,") != std::string::npos);
    CHECK(a.notices().back().text == "Exported all-candidates-ratings.csv (2 candidates)");
    // 1 header + Sam Taylor 4 x 4 + Alex Morgan 1 x 4.
    CHECK(std::count(p.saved[2].text.begin(), p.saved[2].text.end(), '\n') == 21);

    a.run(CopyPanelSummary{false});
    CHECK(p.clipboard.find("## Recommendations by interviewer") != std::string::npos);
    CHECK(p.clipboard.find("## Evidence by competency") == std::string::npos);
    a.run(CopyPanelSummary{true});
    CHECK(p.clipboard.find("## Who said what") != std::string::npos);
    CHECK(p.clipboard.find("**Tom Baker: 2 Maturing**") != std::string::npos);  // the rubric's words: built in here
    CHECK(a.notices().back().text == "Copied the panel summary with evidence as Markdown");
}
