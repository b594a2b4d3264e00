// Signed scorecards: base64 (RFC 4648 vectors), what a signature covers (fixed canonical
// strings), the verifier against RFC 8032 (native, libsodium), the committed signed
// samples (written by tools/make_fixtures with fixed keys), and the roster and signer rules.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/base64.hpp"
#include "panel/load.hpp"
#include "panel/trust.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/signature.hpp"
#ifdef SCORECARD_HAVE_SODIUM
#include "cli/ed25519_sodium.hpp"
#endif

using namespace scorecard;

namespace {

const std::string kSigned = std::string(SCORECARD_TEST_DATA) + "/scorecards" + "/signed";
const std::string kBad = kSigned + "/bad", kReopened = kSigned + "/reopened";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string unhex(const std::string& hex) {
    std::string out;
    for (size_t i = 0; i < hex.size(); i += 2) out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return out;
}

// A verifier that answers from a fixed table: the app's tests and the WASM suite, which
// have no libsodium, judge the rules with it.
Ed25519Verifier table(std::optional<bool> answer) {
    return [answer](const Ed25519Check&) { return answer; };
}

}  // namespace

TEST_CASE("base64: RFC 4648 vectors, both ways, and strict decoding") {
    const std::pair<const char*, const char*> vectors[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},
                                                           {"foo", "Zm9v"},  {"foob", "Zm9vYg=="},  {"fooba", "Zm9vYmE="},
                                                           {"foobar", "Zm9vYmFy"}};
    for (const auto& [plain, coded] : vectors) {
        CHECK(base64_encode(plain) == coded);
        CHECK(base64_decode(coded) == std::optional<std::string>(plain));
    }
    for (const char* bad : {"Zg", "Zg=", "Zh==", "Zm9v\n", "Zm-v", "Zm_v", "=Zm9", "Zg==Zg==", "Z===", "Zm9v Yg=="})
        CHECK_MESSAGE(!base64_decode(bad), bad);
}

TEST_CASE("signing message: canonical JSON of the document with only the earlier signatures") {
    auto doc = Json::parse(R"({"b": 1, "a": "\u00e9", "signatures": [{"n": 1}, {"n": 2}], "z": [true, null]})");
    CHECK(signing_message(doc, 0) == "{\"a\":\"\xc3\xa9\",\"b\":1,\"z\":[true,null]}");
    CHECK(signing_message(doc, 1) == "{\"a\":\"\xc3\xa9\",\"b\":1,\"signatures\":[{\"n\":1}],\"z\":[true,null]}");
    CHECK(signing_message(doc, 2) == "{\"a\":\"\xc3\xa9\",\"b\":1,\"signatures\":[{\"n\":1},{\"n\":2}],\"z\":[true,null]}");
    // Members no reader knows are signed too, and so is white space inside strings.
    auto extra = Json::parse(R"({"b": 1, "unknown": " x "})");
    CHECK(signing_message(extra, 0) == "{\"b\":1,\"unknown\":\" x \"}");
}

TEST_CASE("key fingerprint: SHA-256 of the raw key, first 8 bytes in four groups") {
    // RFC 8032 test 1's public key; the hash by Python's hashlib.
    CHECK(key_fingerprint(unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")) == "21fe 31df a154 a261");
    CHECK(key_fingerprint_b64("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=") == "21fe 31df a154 a261");
    CHECK(key_fingerprint_b64("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHUR==") == "");
    CHECK(key_fingerprint_b64("Zm9v") == "");  // three bytes: not a key
}

#ifdef SCORECARD_HAVE_SODIUM
TEST_CASE("libsodium verifier: RFC 8032 section 7.1 vectors, and each broken") {
    struct V {
        const char *pk, *msg, *sig;
    };
    const V vectors[] = {
        {"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
        {"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
        {"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
         "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
    };
    for (const auto& v : vectors) {
        Ed25519Check c{unhex(v.pk), unhex(v.msg), unhex(v.sig)};
        CHECK(cli::sodium_verify(c) == std::optional<bool>(true));
        Ed25519Check msg = c;
        msg.message += 'x';
        CHECK(cli::sodium_verify(msg) == std::optional<bool>(false));
        Ed25519Check sig = c;
        sig.signature[10] ^= 1;
        CHECK(cli::sodium_verify(sig) == std::optional<bool>(false));
        Ed25519Check key = c;
        key.public_key[0] ^= 1;
        CHECK(cli::sodium_verify(key) == std::optional<bool>(false));
        Ed25519Check shorter = c;
        shorter.signature.pop_back();
        CHECK(cli::sodium_verify(shorter) == std::optional<bool>(false));
    }
}

TEST_CASE("committed signed samples: the good ones verify, every cheat does not") {
    TrustContext trust;
    trust.verify = cli::sodium_verifier();
    auto judge = [&](const std::string& path) {
        auto loaded = load_scorecards({{path, slurp(path)}}, nullptr, false, {}, &trust);
        REQUIRE_MESSAGE(loaded.front().signer, path);
        return loaded.front().signer->status.state;
    };
    CHECK(judge(kSigned + "/sam-taylor-priya-shah-2025-03-04.scorecard.json") == SignatureState::Intact);
    CHECK(judge(kReopened + "/sam-taylor-priya-shah-2025-03-04.scorecard.json") == SignatureState::Intact);
    for (const char* cheat : {"score-changed-resealed", "unknown-field-added", "blank-evidence-added", "reopened-history-cut",
                              "reopened-history-and-signature-cut", "public-key-swapped", "signature-from-another-file"})
        CHECK_MESSAGE(judge(kBad + "/" + cheat + ".scorecard.json") == SignatureState::Changed, cheat);
    CHECK(judge(kBad + "/signature-stripped.scorecard.json") == SignatureState::NotSigned);
}
#endif

TEST_CASE("a signed file: digest unchanged by signing; the last signature covers the content") {
    auto j = parse_json_text(slurp(kReopened + "/sam-taylor-priya-shah-2025-03-04.scorecard.json"), "r.json");
    REQUIRE(j);
    auto sc = scorecard_from_json(*j);
    REQUIRE(sc);
    CHECK(sc->signatures.size() == 2);
    CHECK(sc->reopened.size() == 1);
    CHECK(digest_matches(*sc));
    auto check = last_signature_check(*j, *sc);
    REQUIRE(check);
    CHECK(check->message == signing_message(*j, 1));
    // What the app would sign next is exactly the document minus its last signature.
    Scorecard before = *sc;
    before.signatures.pop_back();
    CHECK(next_signing_message(before) == check->message);
    Scorecard unsigned_copy = *sc;
    unsigned_copy.signatures.clear();
    CHECK(scorecard_digest(unsigned_copy) == *sc->digest);
}

TEST_CASE("signatures member: bad entries are refused with the field") {
    auto j = Json::parse(slurp(kSigned + "/sam-taylor-marcus-chen-2025-03-04.scorecard.json"));
    auto msg = [&](const Json& doc) {
        auto errors = validate_scorecard_json(doc, "m.json");
        return errors.empty() ? std::string() : errors.front().to_string();
    };
    Json short_key = j;
    short_key["signatures"][0]["publicKey"] = "Zm9v";
    CHECK(msg(short_key) == "m.json: signatures[0].publicKey: must be 32 bytes in base64, got \"Zm9v\"");
    Json no_time = j;
    no_time["signatures"][0].erase("signedAt");
    CHECK(msg(no_time) == "m.json: signatures[0].signedAt: missing; expected a string");
    Json not_array = j;
    not_array["signatures"] = "yes";
    CHECK(msg(not_array).rfind("m.json: signatures: ", 0) == 0);
}

TEST_CASE("signer rules: roster, remembered first key, held back and included") {
    const std::string path = kSigned + "/sam-taylor-elena-rossi-2025-03-04.scorecard.json";
    const std::string text = slurp(path);
    auto elena_key = Json::parse(text)["signatures"][0]["publicKey"].get<std::string>();
    TrustContext t;
    t.verify = table(true);
    t.remembers = true;
    auto one = [&](const std::vector<std::string>& included = {}) {
        return load_scorecards({{"e.json", text}}, nullptr, false, included, &t).front();
    };
    CHECK(one().signer->remember);
    CHECK(one().usable());
    t.remembered.people.push_back({"Elena Rossi", elena_key, "2026-11-30"});
    CHECK(one().signer->who == "the key 4742 237c c18f fbf9 first seen for Elena Rossi on this device (2026-11-30)");
    t.remembered.people.front().public_key = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
    auto flagged = one();
    CHECK(flagged.usable());  // a new device is no proof of anything: flagged, still counted
    REQUIRE(flagged.signer->warning);
    CHECK(flagged.signer->warning->find("different key than the one first seen on this device (key 21fe 31df a154 a261") !=
          std::string::npos);
    t.roster.people.push_back({"Elena Rossi", "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=", ""});
    auto held = one();
    CHECK(held.status == FileStatus::HeldBack);
    CHECK(held.held_back->field == "signatures");
    auto included = one({"e.json"});
    CHECK(included.usable());
    CHECK(included.included_on_purpose);
    t.verify = table(false);
    t.roster = {};
    CHECK(one().status == FileStatus::HeldBack);
    t.verify = table(std::nullopt);
    auto waiting = one();
    CHECK(waiting.status == FileStatus::NotCounted);
    CHECK(waiting.signer->status.state == SignatureState::Checking);
}

TEST_CASE("roster file: round trip and refusals") {
    auto r = roster_from_json(Json::parse(slurp(kSigned + "/roster.json")), "roster.json");
    REQUIRE(r);
    CHECK(r->people.size() == 4);
    CHECK(roster_from_json(roster_to_json(*r)).value() == *r);
    Json dup = roster_to_json(*r);
    dup["people"][1]["publicKey"] = dup["people"][0]["publicKey"];
    CHECK(roster_from_json(dup, "x.json").error().to_string() == "x.json: people[1].publicKey: this key is listed twice");
    Json bad = roster_to_json(*r);
    bad["people"][0]["publicKey"] = "nope";
    CHECK(roster_from_json(bad, "x.json").error().to_string() ==
          "x.json: people[0].publicKey: must be a 32-byte Ed25519 public key in base64, got \"nope\"");
    CHECK(!roster_from_json(Json::parse(R"({"format":"scorecard"})")));
}
