// The app and its storage (issue 14): two tabs on one draft never lose a keystroke
// (revisions, merge per field, both texts kept with their tabs' names), storage
// faults told by their cause with "Export now", unreadable entries kept aside and
// reported, stored drafts of an older version migrated, unknown members kept.
#include <algorithm>

#include <doctest/doctest.h>

#include "app/app.hpp"
#include "app/draft_merge.hpp"
#include "app/storage_keys.hpp"
#include "fake_platform.hpp"
#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"
#include "scorecard/scorecard_json.hpp"

using namespace app;
using test_fixtures::FakePlatform;
using test_fixtures::Storage;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string start(App& a, const std::string& candidate = "Sam Taylor") {
    a.tick(1.0);
    a.run(SetCandidateName{candidate});
    a.run(SetInterviewerName{"Ada Lovelace"});
    a.run(StartInterview{});
    REQUIRE(a.active_draft());
    return a.active_draft()->card.id;
}

const scorecard::Competency& competency(int i) { return scorecard::default_rubric().competencies[size_t(i)]; }

Draft stored(const Storage& s, const std::string& id) {
    auto it = s.find(draft_key(id));
    REQUIRE(it != s.end());
    auto d = parse_stored_draft(it->second, "stored");
    REQUIRE(d.ok());
    return *d;
}

std::string note(const Draft& d, int comp) {
    const auto* c = d.card.find(competency(comp).id);
    return c && !c->evidence.empty() ? c->evidence[0].note : "";
}

// Types `text` as the evidence for the first behaviour of competency `comp` and lets autosave store it.
void type(App& a, const std::string& id, int comp, const std::string& text, double at) {
    a.tick(at);
    a.run(EditDraft{id, SetEvidence{competency(comp).id, competency(comp).behaviours[0].id, text}});
    a.tick(at + 1.0);
}

bool notice_with(const App& a, const std::string& part) {
    for (const auto& n : a.notices())
        if (has(n.text, part)) return true;
    return false;
}

// An interview stored by a tab that is then closed, with `text` typed (none when empty).
std::string stored_by_closed_tab(FakePlatform& p, const std::string& text) {
    App a(p);
    a.load();
    std::string id = start(a);
    if (!text.empty()) type(a, id, 0, text, 2.0);
    return id;
}

// Two tabs on one browser: A started the interview, B opened it after.
struct TwoTabs {
    FakePlatform pa, pb{pa.storage};
    App a{pa}, b{pb};
    std::string id;
    TwoTabs() {
        pa.clock = "09:00:00";
        pb.clock = "09:05:00";
        a.load();
        id = start(a);
        b.load();
        b.run(OpenDraft{id});
    }
};

}  // namespace

TEST_CASE("two tabs: different fields typed in each are both kept, in storage and in a new tab (case 1)") {
    TwoTabs t;
    type(t.b, t.id, 1, "B's note on the second competency", 2.0);  // B stores first ...
    type(t.a, t.id, 0, "A's note on the first competency", 2.5);   // ... A writes without hearing of it
    Draft s = stored(t.pa.storage, t.id);
    CHECK(note(s, 0) == "A's note on the first competency");
    CHECK(note(s, 1) == "B's note on the second competency");
    CHECK(s.revision == 3);  // started, B's, A's merge
    t.b.on_storage_changed(draft_key(t.id));  // the browser tells B of A's write
    CHECK(note(*t.b.active_draft(), 0) == "A's note on the first competency");
    FakePlatform pc(t.pa.storage);
    App c(pc);
    c.load();
    REQUIRE(c.state().find_draft(t.id));
    CHECK(note(*c.state().find_draft(t.id), 0) == "A's note on the first competency");
    CHECK(note(*c.state().find_draft(t.id), 1) == "B's note on the second competency");
}

TEST_CASE("two tabs: one text typed in both keeps both texts under the tabs' names, and both tabs say so") {
    TwoTabs t;
    type(t.b, t.id, 0, "typed in B", 2.0);
    type(t.a, t.id, 0, "typed in A", 2.5);
    Draft s = stored(t.pa.storage, t.id);
    CHECK(note(s, 0) == "[tab opened at 09:00:00] typed in A\n\n[tab opened at 09:05:00] typed in B");
    CHECK(notice_with(t.a, "This tab (opened at 09:00:00) and the tab opened at 09:05:00 changed the same text"));
    CHECK(notice_with(t.a, "the evidence for"));
    t.b.on_storage_changed(draft_key(t.id));
    CHECK(note(*t.b.active_draft(), 0) == note(s, 0));
    CHECK(notice_with(t.b, "This tab (opened at 09:05:00) and the tab opened at 09:00:00 changed the same text"));
}

TEST_CASE("two tabs: a clean merge of the other tab's later typing keeps the note of the earlier clash") {
    TwoTabs t;
    t.pa.refuse_writes = StoreResult::Full;  // A's typing waits in A
    type(t.a, t.id, 0, "typed in A", 2.0);
    type(t.b, t.id, 0, "typed in B", 2.0);
    t.a.on_storage_changed(draft_key(t.id));  // a clash: both texts kept
    type(t.b, t.id, 0, "typed in B, and more", 3.0);
    t.a.on_storage_changed(draft_key(t.id));  // B's addition merges cleanly on top
    t.pa.refuse_writes = StoreResult::Stored;
    t.a.tick(10.0);  // A's retry stores the merge
    Draft s = stored(t.pa.storage, t.id);
    CHECK(note(s, 0) == "[tab opened at 09:00:00] typed in A\n\n[tab opened at 09:05:00] typed in B, and more");
    REQUIRE(s.merge);
    CHECK(s.merge->by == "09:00:00");
    CHECK_FALSE(s.merge->fields.empty());
    t.b.on_storage_changed(draft_key(t.id));
    CHECK(notice_with(t.b, "This tab (opened at 09:05:00) and the tab opened at 09:00:00 changed the same text"));
}

TEST_CASE("two tabs: edits to different parts of one text both apply") {
    TwoTabs t;
    type(t.a, t.id, 0, "Led the rollout. Fewer pages.", 2.0);
    t.b.on_storage_changed(draft_key(t.id));
    CHECK(note(*t.b.active_draft(), 0) == "Led the rollout. Fewer pages.");
    type(t.b, t.id, 0, "Calmly led the rollout. Fewer pages.", 3.0);
    type(t.a, t.id, 0, "Led the rollout. Fewer pages at night.", 3.5);
    CHECK(note(stored(t.pa.storage, t.id), 0) == "Calmly led the rollout. Fewer pages at night.");
    CHECK_FALSE(notice_with(t.a, "changed the same text"));
}

TEST_CASE("two tabs: the browser's storage event brings the other tab's typing; undo never takes it back") {
    TwoTabs t;
    type(t.b, t.id, 0, "mine", 2.0);
    CHECK(t.b.can_undo());
    type(t.a, t.id, 1, "theirs", 3.0);
    t.b.on_storage_changed(draft_key(t.id));
    CHECK(note(*t.b.active_draft(), 1) == "theirs");
    CHECK_FALSE(t.b.can_undo());  // an undo would restore a draft without A's note
    CHECK(notice_with(t.b, "Updated with what was typed in the tab opened at 09:00:00"));
}

TEST_CASE("two tabs: question notes, asked marks and behaviour tags from each tab are all kept") {
    TwoTabs t;
    const auto& c0 = competency(0);
    REQUIRE(c0.behaviours.size() >= 2);
    REQUIRE(c0.questions.size() >= 2);
    std::string b0 = c0.behaviours[0].id, b1 = c0.behaviours[1].id;
    t.b.tick(2.0);  // B: a note on question 2 and a tag on question 1
    t.b.run(EditDraft{t.id, SetQuestionNote{c0.id, 1, "B heard this"}});
    t.b.run(EditDraft{t.id, TagBehaviour{c0.id, 0, b0, true}});
    t.b.tick(3.0);
    t.a.tick(2.5);  // A: a note on question 1, marked asked, and another tag on it
    t.a.run(EditDraft{t.id, SetQuestionNote{c0.id, 0, "A heard that"}});
    t.a.run(EditDraft{t.id, TagBehaviour{c0.id, 0, b1, true}});
    t.a.tick(3.5);
    Draft s = stored(t.pa.storage, t.id);
    const auto* cs = s.card.find(c0.id);
    REQUIRE(cs);
    REQUIRE(cs->question(0));
    REQUIRE(cs->question(1));
    CHECK(cs->question(0)->note == "A heard that");
    CHECK(cs->question(0)->asked);
    CHECK(cs->question(1)->note == "B heard this");
    std::vector<std::string> tags = cs->question(0)->behaviours;
    std::sort(tags.begin(), tags.end());
    std::vector<std::string> want = {b0, b1};
    std::sort(want.begin(), want.end());
    CHECK(tags == want);
    CHECK_FALSE(notice_with(t.a, "changed the same text"));
}

TEST_CASE("two tabs: one question note typed in both keeps both texts") {
    TwoTabs t;
    const auto& c0 = competency(0);
    t.b.tick(2.0);
    t.b.run(EditDraft{t.id, SetQuestionNote{c0.id, 0, "typed in B"}});
    t.b.tick(3.0);
    t.a.tick(2.5);
    t.a.run(EditDraft{t.id, SetQuestionNote{c0.id, 0, "typed in A"}});
    t.a.tick(3.5);
    Draft s = stored(t.pa.storage, t.id);
    const auto* cs = s.card.find(c0.id);
    REQUIRE(cs);
    REQUIRE(cs->question(0));
    CHECK(cs->question(0)->note == "[tab opened at 09:00:00] typed in A\n\n[tab opened at 09:05:00] typed in B");
    CHECK(notice_with(t.a, "the note on question 1 of"));
}

TEST_CASE("two tabs: a rating changed in both keeps this tab's and says what the other had") {
    TwoTabs t;
    t.b.tick(2.0);
    t.b.run(EditDraft{t.id, SetScore{competency(0).id, 2}});
    t.b.tick(3.0);
    t.a.tick(3.0);
    t.a.run(EditDraft{t.id, SetScore{competency(0).id, 4}});
    t.a.tick(4.0);
    CHECK(stored(t.pa.storage, t.id).card.competencies[0].score == 4);
    CHECK(notice_with(t.a, "both tabs changed it; this tab's 4 is kept (the tab opened at 09:05:00 had 2)"));
}

TEST_CASE("two tabs: a submit in one seals its content; what the other typed since goes to the private notes") {
    TwoTabs t;
    type(t.b, t.id, 1, "typed in B after A's last look", 2.0);
    // A completes and submits what it has, without B's note.
    t.a.tick(3.0);
    for (const auto& c : scorecard::default_rubric().competencies) t.a.run(EditDraft{t.id, SetScore{c.id, 3}});
    t.a.run(EditDraft{t.id, SetRecommendation{"yes"}});
    t.a.run(EditDraft{t.id, SetRationale{"Meets the bar."}});
    t.a.run(EditDraft{t.id, Submit{"2026-12-01T10:30:00Z"}});
    REQUIRE(t.a.active_draft()->card.sealed());
    t.a.tick(4.0);
    Draft s = stored(t.pa.storage, t.id);
    CHECK(s.card.sealed());
    CHECK(note(s, 1).empty());  // the sealed content is what was submitted ...
    CHECK(has(s.private_notes, "[tab opened at 09:05:00] typed after the tab opened at 09:00:00 submitted"));
    CHECK(has(s.private_notes, "typed in B after A's last look"));  // ... and B's typing is kept
}

TEST_CASE("two tabs: a draft deleted in one goes from the other; one started in one appears in the other") {
    TwoTabs t;
    t.a.run(DeleteDraft{t.id});
    t.b.on_storage_changed(draft_key(t.id));
    CHECK(t.b.state().drafts.empty());
    CHECK(t.b.state().session.screen == Screen::Start);
    std::string other = start(t.a, "Grace Hopper");
    t.b.on_storage_changed(draft_key(other));
    REQUIRE(t.b.state().find_draft(other));
    CHECK(t.b.state().find_draft(other)->card.candidate == "Grace Hopper");
}

TEST_CASE("two tabs: a draft deleted in one while the other types is kept with the typing") {
    TwoTabs t;
    t.a.run(DeleteDraft{t.id});
    type(t.b, t.id, 0, "still typing", 2.0);
    CHECK(note(stored(t.pa.storage, t.id), 0) == "still typing");
    CHECK(notice_with(t.b, "was deleted in another tab while you typed here; it is kept"));
}

TEST_CASE("storage faults: full, refused and unavailable each say so, offer Export now, and clear once stored") {
    struct Case {
        StoreResult result;
        const char* words;
    };
    for (const Case& c : {Case{StoreResult::Full, "storage for Scorecard is full"},
                          Case{StoreResult::Refused, "does not let Scorecard store anything (a private window"},
                          Case{StoreResult::Unavailable, "storage is not available to Scorecard"}}) {
        CAPTURE(c.words);
        FakePlatform p;
        App a(p);
        a.load();
        std::string id = start(a);
        p.refuse_writes = c.result;
        type(a, id, 0, "kept in this tab", 2.0);
        REQUIRE(a.notices().size() == 1);
        const Notice& n = a.notices().back();
        CHECK(n.kind == Notice::Error);
        CHECK(has(n.text, c.words));
        CHECK(has(n.text, "the interview with Sam Taylor is not saved on this device"));
        CHECK(n.action_label == "Export now");
        REQUIRE(n.action);
        a.run(*n.action);
        REQUIRE(p.saved.size() == 1);
        CHECK(has(p.saved[0].text, "kept in this tab"));
        CHECK(has(p.saved[0].name, "sam-taylor"));
        p.refuse_writes = StoreResult::Stored;
        a.tick(10.0);  // the retry stores it
        CHECK(note(stored(p.storage, id), 0) == "kept in this tab");
        CHECK(a.notices().empty() == (c.result != StoreResult::Stored));  // the storage notice went
    }
}

TEST_CASE("storage: the app asks to keep its storage at the first interview and knows when it was refused") {
    FakePlatform p;
    App a(p);
    a.load();
    CHECK(p.persistence_requests == 0);  // nothing stored yet: nothing to ask for
    start(a);
    CHECK(p.persistence_requests == 1);
    start(a, "Second");
    CHECK(p.persistence_requests == 1);
    a.on_persistence(false);
    CHECK(a.persistence() == Persistence::Refused);
    App again(p);
    again.load();  // interviews are stored: ask at once
    CHECK(p.persistence_requests == 2);
}

TEST_CASE("storage: an unreadable rubric, session, panel, roster or known keys is kept aside, reported and never overwritten") {
    FakePlatform p;
    p.storage[rubric_key("mine")] = "{\"format\": \"rubric\", \"version\": ";
    p.storage[kSessionKey] = "[not json";
    p.storage[kPanelKey] = "{\"version\": 99}";
    p.storage[kRosterKey] = "{\"people\": 7}";
    p.storage[kKnownKeysKey] = "[";
    App a(p);
    a.load();
    CHECK(a.notices().size() == 5);
    CHECK(notice_with(a, "The stored team roster could not be read and was kept aside as \"aside:roster\": roster"));
    CHECK(notice_with(a, "The stored list of known keys could not be read and was kept aside as \"aside:keys\": keys:1: the JSON ends"));
    CHECK(p.storage[aside_key(kRosterKey)] == "{\"people\": 7}");
    CHECK(p.storage[aside_key(kKnownKeysKey)] == "[");
    CHECK(notice_with(a, "A stored rubric could not be read and was left as it is: rubric:mine:1: the JSON ends"));
    CHECK(notice_with(a, "The stored settings entry could not be read and was kept aside as \"aside:state\""));
    CHECK(notice_with(a, "The stored panel session could not be read and was kept aside as \"aside:panel\""));
    CHECK(p.storage[aside_key(kSessionKey)] == "[not json");
    CHECK(p.storage[aside_key(kPanelKey)] == "{\"version\": 99}");
    // An import that would take the same id takes another one.
    scorecard::Rubric r = scorecard::default_rubric();
    r.title = "Mine";
    r.id = "mine";
    a.run(Go{Screen::Library});
    a.on_files("rubric", {FileIn{"mine.json", scorecard::rubric_json_text(r)}});
    CHECK(p.storage[rubric_key("mine")] == "{\"format\": \"rubric\", \"version\": ");
    CHECK(p.storage.count(rubric_key("mine-2")) == 1);
}

TEST_CASE("storage: a file the platform refused to read is named with the reason, and nothing else happens") {
    FakePlatform p;
    App a(p);
    a.load();
    a.on_files("drop", {FileIn{"huge.md", "", "file is 5000 KiB, over the 2048 KiB limit"}, FileIn{"folder", "", "is a folder"}});
    CHECK(notice_with(a, "Could not open huge.md: file is 5000 KiB, over the 2048 KiB limit"));
    CHECK(notice_with(a, "Could not open folder: is a folder"));
    CHECK(a.state().imported_rubrics.empty());
}

TEST_CASE("versions: a stored draft of version 1 is migrated on load and stored again as version 2") {
    FakePlatform p;
    std::string id = stored_by_closed_tab(p, "from the old version");
    auto j = scorecard::Json::parse(p.storage[draft_key(id)]);
    j.erase("revision");
    j.erase("writer");
    j["version"] = 1;  // what the app stored before revisions
    p.storage[draft_key(id)] = j.dump();
    App b(p);
    b.load();
    REQUIRE(b.state().find_draft(id));
    CHECK(b.state().find_draft(id)->revision == 0);
    CHECK(note(*b.state().find_draft(id), 0) == "from the old version");
    type(b, id, 1, "and the new", 3.0);
    auto again = scorecard::Json::parse(p.storage[draft_key(id)]);
    CHECK(again["version"] == kDraftVersion);
    CHECK(again["revision"] == 1);
}

TEST_CASE("versions: members this build does not know survive a load and save of a draft") {
    FakePlatform p;
    std::string id = stored_by_closed_tab(p, "note");
    auto j = scorecard::Json::parse(p.storage[draft_key(id)]);
    j["futureTop"] = {{"kept", true}};
    j["scorecard"]["futureCard"] = "card";
    j["scorecard"]["candidate"]["pronouns"] = "they";
    j["scorecard"]["competencies"][0]["futureCompetency"] = 7;
    j["scorecard"]["competencies"][0]["evidence"][0]["futureEvidence"] = "e";
    p.storage[draft_key(id)] = j.dump();
    App b(p);
    b.load();
    type(b, id, 0, "note, edited", 3.0);
    auto after = scorecard::Json::parse(p.storage[draft_key(id)]);
    CHECK(after["futureTop"] == scorecard::Json{{"kept", true}});
    CHECK(after["scorecard"]["futureCard"] == "card");
    CHECK(after["scorecard"]["candidate"]["pronouns"] == "they");
    CHECK(after["scorecard"]["competencies"][0]["futureCompetency"] == 7);
    CHECK(after["scorecard"]["competencies"][0]["evidence"][0]["futureEvidence"] == "e");
    CHECK(after["scorecard"]["competencies"][0]["evidence"][0]["note"] == "note, edited");
    // Exports stay the format this build writes: unknown members are not part of a digest.
    b.run(ExportDraft{id});
    CHECK_FALSE(has(p.saved.back().text, "futureCard"));
}

TEST_CASE("versions: a draft stored by a newer version is left alone, reported, and never overwritten") {
    FakePlatform p;
    std::string id = stored_by_closed_tab(p, "");
    auto j = scorecard::Json::parse(p.storage[draft_key(id)]);
    j["version"] = kDraftVersion + 1;
    std::string newer = j.dump();
    p.storage[draft_key(id)] = newer;
    App b(p);
    b.load();
    CHECK(b.state().drafts.empty());
    CHECK(notice_with(b, "stored by a newer version of Scorecard (draft version 3; this one reads up to 2)"));
    b.tick(5.0);
    b.flush();
    CHECK(p.storage[draft_key(id)] == newer);
}

TEST_CASE("merge: a file with one behaviour's evidence twice keeps both notes (found by fuzz_draft)") {
    const auto& c0 = competency(0);
    Draft d;
    d.card = scorecard::new_scorecard(scorecard::default_rubric(), "id", "2026-12-01");
    scorecard::CompetencyScore* cs = d.card.find(c0.id);
    REQUIRE(cs);
    cs->evidence = {{c0.behaviours[0].id, "first"}, {c0.behaviours[0].id, "second"}};
    Draft theirs = d;
    theirs.card.find(c0.id)->evidence[1].note = "second, and more";
    MergeResult m = merge_drafts(d, d, theirs, &scorecard::default_rubric(), "09:00:00", "09:05:00");
    const auto& ev = m.merged.card.find(c0.id)->evidence;
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].note == "first");
    CHECK(ev[1].note == "second, and more");
    CHECK(m.both_changed.empty());
}

TEST_CASE("merge_text: edits in different places both apply; touching edits do not") {
    CHECK(merge_text("abc def ghi", "ABC def ghi", "abc def GHI") == "ABC def GHI");
    CHECK(merge_text("", "a", "b") == std::nullopt);        // both typed into an empty field
    CHECK(merge_text("x", "xa", "xb") == std::nullopt);     // both added at the end
    CHECK(merge_text("ab", "aXb", "aYb") == std::nullopt);  // one place
    CHECK(merge_text("Zoë writes", "Zoë writes well", "Dr Zoë writes") == "Dr Zoë writes well");
    CHECK(merge_text("é", "è", "é!") == std::nullopt);  // never splits a character
    CHECK(both_texts("a", "09:00:00", "b", "") == "[tab opened at 09:00:00] a\n\n[another tab] b");
}
