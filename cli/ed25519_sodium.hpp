// Ed25519 verification for the native tools, through libsodium (Debian's libsodium-dev):
// the CLI's Ed25519Verifier. No cryptography is written here.
#pragma once
#include <optional>

#include "scorecard/signature.hpp"

namespace scorecard::cli {

// True when the signature verifies (strict RFC 8032 checks, as libsodium does them).
// nullopt only when libsodium cannot start, which the caller reports.
std::optional<bool> sodium_verify(const Ed25519Check& c);
// The verifier to hand to the panel loader.
Ed25519Verifier sodium_verifier();

}  // namespace scorecard::cli
