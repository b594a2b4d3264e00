// The roster file and the signer verdict (trust.hpp).
#include "panel/trust.hpp"

#include "base/base64.hpp"
#include "base/text.hpp"

namespace scorecard {

namespace f = roster_field;
using Need = JsonReader::Need;

const KnownKey* Roster::by_key(const std::string& public_key) const {
    for (const auto& k : people)
        if (k.public_key == public_key) return &k;
    return nullptr;
}

std::vector<const KnownKey*> Roster::by_name(const std::string& name) const {
    std::vector<const KnownKey*> out;
    for (const auto& k : people)
        if (name_key(k.name) == name_key(name)) out.push_back(&k);
    return out;
}

bool Roster::add(const KnownKey& k) {
    for (auto& p : people)
        if (p.public_key == k.public_key) {
            if (p.name == k.name) return false;
            p = k;  // a key has one owner: the newer naming wins
            return true;
        }
    people.push_back(k);
    return true;
}

Json roster_to_json(const Roster& r, bool with_since) {
    Json people = Json::array();
    for (const auto& k : r.people) {
        Json p = {{f::kName, k.name}, {f::kPublicKey, k.public_key}};
        if (with_since && !k.since.empty()) p[f::kSince] = k.since;
        people.push_back(p);
    }
    return {{f::kFormat, kRosterFormat}, {f::kVersion, kRosterFormatVersion}, {f::kPeople, people}};
}

bool looks_like_roster(const Json& j) {
    const Json* format = JsonReader::member(j, f::kFormat);
    return format && *format == kRosterFormat;
}

Result<Roster> roster_from_json(const Json& j, const std::string& file) {
    std::vector<Error> errors;
    JsonReader rd(file, errors);
    Roster r;
    if (!looks_like_roster(j)) return Error{file, 0, f::kFormat, "expected \"scorecard-roster\": this is not a team roster"};
    int version = 0;
    if (rd.integer(j, f::kVersion, "", version, kRosterFormatVersion, kRosterFormatVersion, Need::required))
        rd.objects(j, f::kPeople, "", Need::required, [&](const Json& p, const std::string& path) {
            KnownKey k;
            rd.string(p, f::kName, path, k.name, Need::non_empty);
            if (rd.string(p, f::kPublicKey, path, k.public_key, Need::required) && key_fingerprint_b64(k.public_key).empty())
                rd.fail(member_path(path, f::kPublicKey),
                        "must be a 32-byte Ed25519 public key in base64, got " + quote_input(k.public_key));
            rd.string(p, f::kSince, path, k.since);
            if (rd.ok() && r.by_key(k.public_key))
                rd.fail(member_path(path, f::kPublicKey), "this key is listed twice");
            r.people.push_back(std::move(k));
        });
    if (!errors.empty()) return errors.front();
    return r;
}

namespace {

std::string fp(const std::string& public_key) { return "key " + key_fingerprint_b64(public_key); }

// With a roster: the key must be the interviewer's there; a name the roster lists must sign.
void judge_by_roster(const Scorecard& sc, const Roster& roster, Signer& s) {
    auto listed = roster.by_name(sc.interviewer);
    if (s.status.state == SignatureState::NotSigned) {
        if (!listed.empty())
            s.hold = "not signed, but the roster has a key for " + quote_input(sc.interviewer) + ": held back until the lead includes it";
        return;
    }
    const KnownKey* owner = roster.by_key(s.status.public_key);
    if (owner && name_key(owner->name) == name_key(sc.interviewer)) {
        s.who = owner->name + "'s key in the roster (" + fp(s.status.public_key) + ")";
    } else if (owner) {
        s.who = owner->name + "'s key in the roster (" + fp(s.status.public_key) + ")";
        s.hold = "signed with " + quote_input(owner->name) + "'s key, but the interviewer is " + quote_input(sc.interviewer) +
                 ": held back until the lead includes it";
    } else if (!listed.empty()) {
        s.who = "a " + fp(s.status.public_key) + " the roster does not know";
        s.hold = "signed with a key that is not " + quote_input(sc.interviewer) + "'s in the roster (" + fp(s.status.public_key) +
                 "; the roster has " + fp(listed.front()->public_key) + "): held back until the lead includes it";
    } else {
        s.who = "a " + fp(s.status.public_key) + " the roster does not know";
        s.warning = quote_input(sc.interviewer) + " is not in the roster: the signature shows the file is unchanged, not who wrote it";
    }
}

// Without a roster: the first key this device saw for the name is the one expected.
void judge_by_memory(const Scorecard& sc, const Roster& remembered, Signer& s) {
    if (s.status.state == SignatureState::NotSigned) return;
    auto seen = remembered.by_name(sc.interviewer);
    const KnownKey* same = nullptr;
    for (const KnownKey* k : seen)
        if (k->public_key == s.status.public_key) same = k;
    if (same) {
        s.who = "the " + fp(s.status.public_key) + " first seen for " + same->name + " on this device" +
                (same->since.empty() ? "" : " (" + same->since + ")");
    } else if (!seen.empty()) {
        s.who = "a new " + fp(s.status.public_key);
        s.warning = quote_input(sc.interviewer) + " signed with a different key than the one first seen on this device (" +
                    fp(seen.front()->public_key) + (seen.front()->since.empty() ? "" : ", " + seen.front()->since) +
                    "): a new device, or someone else? Check with them, or load a roster";
    } else {
        s.who = fp(s.status.public_key) + ", first seen for this name now";
        s.remember = s.status.state == SignatureState::Intact;
    }
}

}  // namespace

Signer judge_signer(const Json& doc, const Scorecard& sc, const TrustContext& trust) {
    Signer s;
    s.status = check_signature(doc, sc, trust.verify);
    if (s.status.state == SignatureState::Changed) {
        s.who = fp(s.status.public_key);
        s.hold = signature_state_text(s.status.state) + ": held back until the lead includes it";
        return s;
    }
    if (s.status.state == SignatureState::Checking) return s;
    if (!trust.roster.people.empty()) judge_by_roster(sc, trust.roster, s);
    else if (trust.remembers) judge_by_memory(sc, trust.remembered, s);
    else if (s.status.state == SignatureState::Intact) s.who = fp(s.status.public_key);
    return s;
}

}  // namespace scorecard
