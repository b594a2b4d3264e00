// What a signature covers and how a reader judges it (signature.hpp).
#include "scorecard/signature.hpp"

#include "base/base64.hpp"
#include "base/sha256.hpp"
#include "scorecard/scorecard_json.hpp"

namespace scorecard {

namespace f = scorecard_field;

std::string signing_message(const Json& doc, std::size_t n) {
    Json copy = doc;
    Json earlier = Json::array();
    if (const Json* sigs = JsonReader::member(doc, f::kSignatures); sigs && sigs->is_array())
        for (std::size_t i = 0; i < n && i < sigs->size(); ++i) earlier.push_back((*sigs)[i]);
    if (earlier.empty()) copy.erase(f::kSignatures);
    else copy[f::kSignatures] = earlier;
    return canonical_json(copy);
}

std::string next_signing_message(const Scorecard& sc) {
    return signing_message(scorecard_to_json(sc), sc.signatures.size());
}

std::optional<Ed25519Check> last_signature_check(const Json& doc, const Scorecard& sc) {
    if (!sc.sealed() || sc.signatures.empty()) return std::nullopt;
    const Signature& last = sc.signatures.back();
    auto key = base64_decode(last.public_key), sig = base64_decode(last.signature);
    if (!key || !sig) return std::nullopt;  // validation refuses such a file before this
    return Ed25519Check{*key, signing_message(doc, sc.signatures.size() - 1), *sig};
}

SignatureStatus check_signature(const Json& doc, const Scorecard& sc, const Ed25519Verifier& verify) {
    SignatureStatus s;
    auto check = last_signature_check(doc, sc);
    if (!check) {
        s.earlier = sc.signatures.size();
        return s;
    }
    const Signature& last = sc.signatures.back();
    s.public_key = last.public_key;
    s.fingerprint = key_fingerprint(check->public_key);
    s.signed_at = last.signed_at;
    s.earlier = sc.signatures.size() - 1;
    auto ok = verify ? verify(*check) : std::nullopt;
    s.state = !ok ? SignatureState::Checking : *ok ? SignatureState::Intact : SignatureState::Changed;
    return s;
}

std::string key_fingerprint(std::string_view public_key_raw) {
    std::string hex = sha256_hex(public_key_raw).substr(0, 16), out;
    for (std::size_t i = 0; i < hex.size(); i += 4) out += (i ? " " : "") + hex.substr(i, 4);
    return out;
}

std::string key_fingerprint_b64(std::string_view public_key_b64) {
    auto raw = base64_decode(public_key_b64);
    return raw && raw->size() == kEd25519PublicKeyBytes ? key_fingerprint(*raw) : std::string();
}

std::string signature_state_text(SignatureState s) {
    switch (s) {
        case SignatureState::Intact: return "signed, unchanged since it was submitted";
        case SignatureState::Changed: return "edited after it was submitted (signature does not match)";
        case SignatureState::Checking: return "checking the signature";
        case SignatureState::NotSigned: break;
    }
    return "not signed";
}

}  // namespace scorecard
