// Signing and verifying in the headless app, with a fake platform that records what it
// was asked to sign and verify and a test that answers with fixed values: submit waits
// for the signature (and says why not), reopen keeps the earlier signature under the new
// one, the panel asks once per signature and counts a file only once it verifies, the
// roster (pasted keys) and the first key remembered per name on this device.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/app.hpp"
#include "app/storage_keys.hpp"
#include "fake_platform.hpp"
#include "panel/trust.hpp"
#include "scorecard/scorecard_json.hpp"

using namespace app;
using test_fixtures::FakePlatform;

namespace {

const std::string kSigned = std::string(SCORECARD_TEST_DATA) + "/scorecards" + "/signed";
const std::string kBad = kSigned + "/bad";
// RFC 8032 test 1's public key, and 64 bytes standing for a signature (the app does not
// verify its own signature; the panel and the CLI do).
const std::string kKey = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
const std::string kSig = "5VZDAMNgrHKQhuLMgG6CioSHfx645dl02HPgZSJJAVVfuIIVkKM7rMYeOXAc+bRr0lv18Flbviv32VFBQ456EA==";

FileIn file_in(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    REQUIRE_MESSAGE(in, path);
    return {std::filesystem::path(path).filename().string(), ss.str()};
}

// A complete interview for Sam Taylor by Ada Lovelace, ready to submit.
std::string ready(App& a) {
    a.tick(1.0);
    a.run(SetCandidateName{"Sam Taylor"});
    a.run(SetInterviewerName{"Ada Lovelace"});
    a.run(StartInterview{});
    REQUIRE(a.active_draft());
    std::string id = a.active_draft()->card.id;
    for (const auto& c : a.active_rubric()->competencies) a.run(EditDraft{id, SetScore{c.id, 3}});
    a.run(EditDraft{id, SetRecommendation{"yes"}});
    a.run(EditDraft{id, SetRationale{"Evidence as above"}});
    return id;
}

bool has_notice(const App& a, const std::string& part) {
    for (const auto& n : a.notices())
        if (n.text.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("submit: the device key signs the sealed scorecard, and only then is it sealed") {
    FakePlatform p;
    App a(p);
    a.load();
    CHECK(p.key_requests == 1);  // the fingerprint is shown before the first submit when a key exists
    std::string id = ready(a);
    a.run(SubmitDraft{id});
    CHECK_FALSE(a.active_draft()->card.sealed());
    CHECK(a.signing_draft() == id);
    REQUIRE(p.sign_requests.size() == 1);
    auto msg = scorecard::Json::parse(p.sign_requests[0].message);
    CHECK(msg["submittedAt"] == "2026-12-01T10:00:00Z");
    CHECK(msg["digest"].get<std::string>().rfind("sha256:", 0) == 0);
    CHECK_FALSE(msg.contains("signatures"));
    CHECK(p.sign_requests[0].message == msg.dump());  // canonical: sorted, no white space
    a.run(SubmitDraft{id});  // a second click while signing asks nothing more
    CHECK(p.sign_requests.size() == 1);
    a.run(SignatureMade{p.sign_requests[0].request, kKey, kSig, ""});
    const auto& card = a.active_draft()->card;
    REQUIRE(card.sealed());
    REQUIRE(card.signatures.size() == 1);
    CHECK(card.signatures[0] == scorecard::Signature{kKey, "2026-12-01T10:00:00Z", kSig});
    CHECK(a.device_key() == kKey);
    CHECK(a.signing_draft().empty());
    // What was signed is the exported file without its signatures member.
    auto exported = scorecard::scorecard_to_json(card);
    exported.erase("signatures");
    CHECK(exported.dump() == p.sign_requests[0].message);
}

TEST_CASE("submit: a signing failure seals nothing and says so; so does an edit while signing") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = ready(a);
    a.run(SubmitDraft{id});
    a.run(SignatureMade{p.sign_requests.back().request, "", "", "this browser has no Ed25519 in Web Crypto"});
    CHECK_FALSE(a.active_draft()->card.sealed());
    CHECK(has_notice(a, "Not submitted: this device could not sign the scorecard (this browser has no Ed25519"));
    a.run(SubmitDraft{id});
    a.run(EditDraft{id, SetRationale{"Changed my mind while it signed"}});
    a.run(SignatureMade{p.sign_requests.back().request, kKey, kSig, ""});
    CHECK_FALSE(a.active_draft()->card.sealed());
    CHECK(has_notice(a, "the scorecard changed while it was being signed"));
    a.run(SignatureMade{12345, kKey, kSig, ""});  // nobody asked: ignored
    CHECK_FALSE(a.active_draft()->card.sealed());
}

TEST_CASE("reopen and submit again: the new signature covers the earlier one and the reopening") {
    FakePlatform p;
    App a(p);
    a.load();
    std::string id = ready(a);
    a.run(SubmitDraft{id});
    a.run(SignatureMade{p.sign_requests.back().request, kKey, kSig, ""});
    a.run(EditDraft{id, Reopen{"2026-12-01T10:30:00Z", "Typo in the rationale"}});
    CHECK(a.active_draft()->card.signatures.size() == 1);  // kept while reopened
    a.run(EditDraft{id, SetRationale{"Evidence as above, corrected"}});
    p.now = "2026-12-01T10:40:00Z";
    a.run(SubmitDraft{id});
    auto msg = scorecard::Json::parse(p.sign_requests.back().message);
    REQUIRE(msg["signatures"].size() == 1);
    CHECK(msg["signatures"][0]["signature"] == kSig);
    CHECK(msg["reopened"][0]["reason"] == "Typo in the rationale");
    a.run(SignatureMade{p.sign_requests.back().request, kKey, kSig, ""});
    CHECK(a.active_draft()->card.signatures.size() == 2);
}

TEST_CASE("panel: signed files wait for the browser's verdict, asked once, then count; a bad one is held back") {
    FakePlatform p;
    App a(p);
    a.load();
    a.on_files("panel", {file_in(kSigned + "/sam-taylor-priya-shah-2025-03-04.scorecard.json"),
                         file_in(kBad + "/score-changed-resealed.scorecard.json")});
    for (const auto& l : a.panel().loaded()) CHECK(l.status == scorecard::FileStatus::NotCounted);
    REQUIRE(p.verify_requests.size() == 1);
    const auto& asked = p.verify_requests[0];
    REQUIRE(asked.checks.size() == 2);
    a.run(RemovePanelFile{5});  // any command: nothing asked twice
    CHECK(p.verify_requests.size() == 1);
    a.run(SignaturesChecked{asked.request, asked.checks, {true, false}});
    const auto& good = a.panel().loaded()[0];
    const auto& tampered = a.panel().loaded()[1];
    CHECK(good.usable());
    CHECK(good.signer->who == "key 85c6 5220 1d3e d109, first seen for this name now");
    CHECK(tampered.status == scorecard::FileStatus::HeldBack);
    CHECK(tampered.held_back->message == "edited after it was submitted (signature does not match): held back until the lead includes it");
    a.run(IncludeHeldBack{tampered.scorecard->id, true});
    REQUIRE(a.panel().loaded()[1].usable());
    CHECK(a.panel().loaded()[1].included_on_purpose);
    // The first key seen for Priya Shah is remembered on this device, stored for the next session.
    a.tick(2.0);
    auto known = p.load(kKnownKeysKey);
    REQUIRE(known);
    auto r = scorecard::roster_from_json(scorecard::Json::parse(*known));
    REQUIRE(r);
    // Priya Shah's only: a key whose signature failed is nobody's to remember, included or not.
    REQUIRE(r->people.size() == 1);
    CHECK(r->people[0].name == "Priya Shah");
    CHECK(r->people[0].since == "2026-12-01");
}

TEST_CASE("panel: the roster from pasted keys says whose key signed; the remembered key flags another") {
    FakePlatform p;
    {
        App a(p);
        a.load();
        a.on_files("panel", {file_in(kSigned + "/sam-taylor-elena-rossi-2025-03-04.scorecard.json")});
        a.run(SignaturesChecked{p.verify_requests.back().request, p.verify_requests.back().checks, {true}});
        a.tick(2.0);
    }
    App b(p);
    b.load();  // the session restored: asks again (verdicts are not stored), remembers Elena's key
    REQUIRE(p.verify_requests.size() == 2);
    b.run(SignaturesChecked{p.verify_requests.back().request, p.verify_requests.back().checks, {true}});
    CHECK(b.panel().loaded().front().usable());
    b.on_files("panel", {file_in(kBad + "/resigned-by-stranger.scorecard.json")});
    b.run(SignaturesChecked{p.verify_requests.back().request, p.verify_requests.back().checks, {true}});
    const auto& stranger = b.panel().loaded().back();
    REQUIRE(stranger.signer);
    REQUIRE(stranger.signer->warning);
    CHECK(stranger.signer->warning->find("\"Elena Rossi\" signed with a different key than the one first seen on this device "
                                         "(key 4742 237c c18f fbf9, 2026-12-01)") == 0);
    b.run(AddPastedScorecard{file_in(kSigned + "/roster.json").bytes});
    CHECK(b.panel().trust().roster.people.size() == 4);
    CHECK(b.panel().files().size() == 2);  // a roster is not a scorecard file
    CHECK(b.panel().loaded().front().signer->who == "Elena Rossi's key in the roster (key 4742 237c c18f fbf9)");
    b.run(RemovePanelFile{0});  // the genuine file: the stranger's copy carries the same scorecard id
    const auto& held = b.panel().loaded().back();
    CHECK(held.status == scorecard::FileStatus::HeldBack);
    CHECK(held.held_back->message.find("signed with a key that is not \"Elena Rossi\"'s in the roster") == 0);
    b.tick(3.0);
    CHECK(p.load(kRosterKey));
    b.run(ExportRoster{});
    REQUIRE_FALSE(p.saved.empty());
    CHECK(p.saved.back().name == "team.roster.json");
    CHECK(scorecard::roster_from_json(scorecard::Json::parse(p.saved.back().text)).value().people.size() == 4);
}

TEST_CASE("copy public key: a one-person roster with the interviewer's name, which the panel takes") {
    FakePlatform p;
    App a(p);
    a.load();
    a.run(CopyPublicKey{});
    CHECK(p.clipboard.empty());  // no key yet: nothing to copy
    std::string id = ready(a);
    a.run(SubmitDraft{id});
    a.run(SignatureMade{p.sign_requests.back().request, kKey, kSig, ""});
    a.run(CopyPublicKey{});
    auto r = scorecard::roster_from_json(scorecard::Json::parse(p.clipboard));
    REQUIRE(r);
    CHECK(r->people == std::vector<scorecard::KnownKey>{{"Ada Lovelace", kKey, ""}});
    a.run(AddPastedScorecard{p.clipboard});
    CHECK(a.panel().trust().roster.people.size() == 1);
}
