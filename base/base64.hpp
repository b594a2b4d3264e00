// Base64 (RFC 4648, standard alphabet, padded): how keys and signatures travel in JSON
// files and between C++ and the browser. Decoding is strict, so one value has one
// spelling and a signed file cannot be re-spelled without breaking its signature.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace scorecard {

std::string base64_encode(std::string_view bytes);
// nullopt for anything but canonical padded base64 (no white space, no URL alphabet,
// unused bits of the last character zero).
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace scorecard
