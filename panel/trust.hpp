// Who signed a scorecard (docs/trust.md): the team roster (names and public keys, a file
// the lead keeps) and the keys this device has seen first for each name, and the verdict
// a panel draws from them and a file's signature.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/json_document.hpp"
#include "base/result.hpp"
#include "scorecard/signature.hpp"

namespace scorecard {

inline constexpr int kRosterFormatVersion = 1;
inline constexpr const char* kRosterFormat = "scorecard-roster";

namespace roster_field {
inline constexpr const char* kFormat = "format";
inline constexpr const char* kVersion = "version";
inline constexpr const char* kPeople = "people";
inline constexpr const char* kName = "name";
inline constexpr const char* kPublicKey = "publicKey";
inline constexpr const char* kSince = "since";
}  // namespace roster_field

// A name and the public key (base64) that signs for it; `since` is when this device first
// saw the key (remembered keys) and empty in a roster.
struct KnownKey {
    std::string name, public_key, since;
    bool operator==(const KnownKey&) const = default;
};

struct Roster {
    std::vector<KnownKey> people;
    bool operator==(const Roster&) const = default;
    const KnownKey* by_key(const std::string& public_key) const;
    std::vector<const KnownKey*> by_name(const std::string& name) const;  // name_key match
    // Adds or replaces the entry of this name and key; false when it was there already.
    bool add(const KnownKey& k);
};

Json roster_to_json(const Roster& r, bool with_since = false);
Result<Roster> roster_from_json(const Json& j, const std::string& file = "");
bool looks_like_roster(const Json& j);

// What a panel knows about keys: the lead's roster, and the keys this device remembered
// (first key seen per name). Either may be empty; the CLI has only a roster.
struct TrustContext {
    Ed25519Verifier verify;
    Roster roster;
    Roster remembered;
    bool remembers = false;  // this device keeps first keys (the app); the CLI has no memory
};

// The panel's judgement of one file's signature and signer.
struct Signer {
    SignatureStatus status;
    std::string who;                // "Elena Rossi's key in the roster", "key first seen for ... on 2026-12-01", ...
    std::optional<std::string> hold;     // why the file is held back until the lead includes it
    std::optional<std::string> warning;  // a flag that does not hold the file back
    bool remember = false;               // a verified key for a name this device has not seen: remember it
};

Signer judge_signer(const Json& doc, const Scorecard& sc, const TrustContext& trust);

}  // namespace scorecard
