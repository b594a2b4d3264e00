// libsodium behind the Ed25519Verifier (ed25519_sodium.hpp).
#include "cli/ed25519_sodium.hpp"

#include <sodium.h>

namespace scorecard::cli {

std::optional<bool> sodium_verify(const Ed25519Check& c) {
    if (sodium_init() < 0) return std::nullopt;
    if (c.public_key.size() != crypto_sign_PUBLICKEYBYTES || c.signature.size() != crypto_sign_BYTES) return false;
    auto bytes = [](const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); };
    return crypto_sign_verify_detached(bytes(c.signature), bytes(c.message), c.message.size(), bytes(c.public_key)) == 0;
}

Ed25519Verifier sodium_verifier() { return [](const Ed25519Check& c) { return sodium_verify(c); }; }

}  // namespace scorecard::cli
