// The signed samples (signed_fixtures.hpp): four good files and a roster, then one file per
// way of cheating that a signature must catch (docs/trust.md), signed with libsodium the
// way the app signs with Web Crypto: over next_signing_message.
#include "signed_fixtures.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <sodium.h>

#include "base/base64.hpp"
#include "base/sha256.hpp"
#include "panel/trust.hpp"
#include "scorecard/scorecard_json.hpp"
#include "scorecard/seal.hpp"
#include "scorecard/signature.hpp"
#include "scorecard/summary.hpp"

using namespace scorecard;
namespace fs = std::filesystem;

namespace {

void must(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "make_fixtures: %s\n", what);
        std::exit(1);
    }
}

void write_text(const std::string& path, const std::string& text) {
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out << text;
    must(bool(out), "cannot write a signed sample");
}

void write_json(const std::string& path, const Json& j) { write_text(path, j.dump(2) + "\n"); }

// A device key from a fixed seed: the SHA-256 of a label.
struct Key {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    std::string public_b64() const { return base64_encode({reinterpret_cast<const char*>(pk), sizeof pk}); }
};

Key key_for(const std::string& label) {
    std::string hex = sha256_hex("Scorecard fixture key: " + label);
    unsigned char seed[crypto_sign_SEEDBYTES];
    for (size_t i = 0; i < sizeof seed; ++i) seed[i] = static_cast<unsigned char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
    Key k;
    must(crypto_sign_seed_keypair(k.pk, k.sk, seed) == 0, "libsodium cannot make a key");
    return k;
}

// Signs as the app does on submit: the sealed scorecard with its earlier signatures.
void sign(Scorecard& sc, const Key& k, const std::string& at) {
    std::string msg = next_signing_message(sc);
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(msg.data()), msg.size(), k.sk);
    sc.signatures.push_back({k.public_b64(), at, base64_encode({reinterpret_cast<const char*>(sig), sizeof sig})});
}

// A file edited by hand, its digest recomputed the way anyone can (the five-line script).
Json resealed(Json j) {
    j.erase(scorecard_field::kDigest);
    Json content = j;
    content.erase(scorecard_field::kSignatures);
    j[scorecard_field::kDigest] = digest_of(content);
    return j;
}

void write_cheats(const std::vector<Scorecard>& s, const Rubric& r, const std::string& bad, const Key& marcus) {
    Json j = scorecard_to_json(s[2]);  // Elena Rossi: 4 and strong yes
    j["competencies"][0]["score"] = 1;
    j["recommendation"] = "strong_no";
    write_json(bad + "/score-changed-resealed.scorecard.json", resealed(j));
    Json stripped = j;
    stripped.erase(scorecard_field::kSignatures);
    write_json(bad + "/signature-stripped.scorecard.json", resealed(stripped));
    auto tampered = scorecard_from_json(resealed(stripped));
    must(tampered.ok(), "the tampered sample does not parse");
    Scorecard by_marcus = *tampered, by_stranger = *tampered;
    sign(by_marcus, marcus, "2025-03-05T09:00:00Z");
    write_json(bad + "/resigned-by-another-interviewer.scorecard.json", scorecard_to_json(by_marcus));
    sign(by_stranger, key_for("someone outside the panel"), "2025-03-05T09:00:00Z");
    write_json(bad + "/resigned-by-stranger.scorecard.json", scorecard_to_json(by_stranger));
    Json extra = scorecard_to_json(s[0]);
    extra["approvedBy"] = "Head of Support";
    write_json(bad + "/unknown-field-added.scorecard.json", extra);
    Json blank = scorecard_to_json(s[0]);
    blank["competencies"][0]["evidence"].push_back({{"behaviour", r.competencies[0].behaviours[2].id}, {"note", " "}});
    write_json(bad + "/blank-evidence-added.scorecard.json", blank);
    Json blanked = scorecard_to_json(s[0]);
    blanked["signatures"][0]["signature"] = "";
    write_json(bad + "/signature-blanked.scorecard.json", blanked);
    Json swapped = scorecard_to_json(s[0]);
    swapped["signatures"][0]["publicKey"] = marcus.public_b64();
    write_json(bad + "/public-key-swapped.scorecard.json", swapped);
    Json borrowed = scorecard_to_json(s[0]);
    borrowed["signatures"] = scorecard_to_json(s[1])["signatures"];
    write_json(bad + "/signature-from-another-file.scorecard.json", resealed(borrowed));
}

// Submitted, reopened with a reason, submitted again: two signatures, the second over the first.
Scorecard reopened_twice_signed(Scorecard sc, const Rubric& r, const Key& k) {
    reopen(sc, "2025-03-04T16:00:00Z", "Corrected the rationale after rereading my notes");
    sc.rationale += " Corrected after rereading my notes.";
    must(seal(sc, r, "2025-03-04T16:05:00Z").empty(), "the reopened sample does not seal");
    sign(sc, k, "2025-03-04T16:05:00Z");
    return sc;
}

}  // namespace

void write_signed(const std::vector<Scorecard>& four, const Rubric& r, const std::string& dir) {
    must(sodium_init() >= 0, "libsodium does not start");
    std::vector<Scorecard> s;
    Roster roster;
    std::vector<Key> keys;
    for (const auto& sc : four) {
        keys.push_back(key_for(sc.interviewer));
        s.push_back(sc);
        sign(s.back(), keys.back(), *sc.submitted_at);
        write_json(dir + "/" + scorecard_file_name(s.back()), scorecard_to_json(s.back()));
        roster.people.push_back({sc.interviewer, keys.back().public_b64(), ""});
    }
    write_json(dir + "/roster.json", roster_to_json(roster));
    Scorecard again = reopened_twice_signed(s[0], r, keys[0]);
    write_json(dir + "/reopened/" + scorecard_file_name(again), scorecard_to_json(again));
    Json cut = scorecard_to_json(again);
    cut.erase(scorecard_field::kReopened);
    const std::string bad = dir + "/bad";
    write_json(bad + "/reopened-history-cut.scorecard.json", resealed(cut));
    Json cut_both = cut;
    cut_both["signatures"].erase(0);
    write_json(bad + "/reopened-history-and-signature-cut.scorecard.json", resealed(cut_both));
    write_cheats(s, r, bad, keys[1]);
}
