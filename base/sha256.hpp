// SHA-256 of bytes, as 64 lower-case hex digits: the hash behind every digest.
#pragma once
#include <string_view>
#include <string>

namespace scorecard {

std::string sha256_hex(std::string_view bytes);

}  // namespace scorecard
