// Signed scorecards (docs/trust.md): what each signature covers, written once for the
// app, which asks its device key to sign, and for every verifier (the panel in the app,
// the CLI). The cryptography itself is not here: Ed25519 comes from the host (Web Crypto
// in the browser, libsodium in the CLI) through an Ed25519Verifier.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/json_document.hpp"
#include "scorecard/scorecard.hpp"

namespace scorecard {

inline constexpr std::size_t kEd25519PublicKeyBytes = 32;
inline constexpr std::size_t kEd25519SignatureBytes = 64;

// The bytes the n-th signature (0-based) signs: the canonical JSON of the whole document,
// unknown members included, with `signatures` holding only the n earlier entries (the
// member left out when n is 0). So a later signature also covers the earlier ones and the
// `reopened` history, and whatever a reader does not understand is signed, not ignored.
std::string signing_message(const Json& doc, std::size_t n);
// What the next signature of `sc` signs, as the app will export it once signed: the
// sealed scorecard with its earlier signatures.
std::string next_signing_message(const Scorecard& sc);

// One Ed25519 verification, all raw bytes.
struct Ed25519Check {
    std::string public_key, message, signature;
    bool operator==(const Ed25519Check&) const = default;
};
// True or false, or nullopt while the answer is not known yet (the browser verifies
// asynchronously: the panel shows "checking" until it answers).
using Ed25519Verifier = std::function<std::optional<bool>(const Ed25519Check&)>;

// What a reader can say about a file's signature.
enum class SignatureState {
    NotSigned,  // no signature on the sealed content (drafts, files from before signing)
    Intact,     // the last signature verifies: nothing changed since the submit
    Changed,    // signed, but the content no longer matches: edited after it was submitted
    Checking,   // the verifier has not answered yet
};

struct SignatureStatus {
    SignatureState state = SignatureState::NotSigned;
    std::string public_key;   // base64, of the last signature
    std::string fingerprint;  // key_fingerprint of it
    std::string signed_at;
    std::size_t earlier = 0;  // signatures of submits before a reopening, covered by the last
};

// The check the last signature needs, when the document is a sealed, signed scorecard.
std::optional<Ed25519Check> last_signature_check(const Json& doc, const Scorecard& sc);
// Verifies the last signature of a valid document (`sc` is what it parsed to).
SignatureStatus check_signature(const Json& doc, const Scorecard& sc, const Ed25519Verifier& verify);

// A key's short fingerprint, for people to compare: the first 8 bytes of the SHA-256 of
// the raw public key, as four groups of four hex digits ("3f2a 9c1b 77e0 41d2").
std::string key_fingerprint(std::string_view public_key_raw);
// The same from the base64 a file carries; "" when it is not a key.
std::string key_fingerprint_b64(std::string_view public_key_b64);

// "signed, nothing changed since", "edited after it was submitted (signature does not match)", ...
std::string signature_state_text(SignatureState s);

}  // namespace scorecard
