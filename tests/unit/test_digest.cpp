// SHA-256 against the known answers of FIPS 180-2 (appendix B), and the built-in L5
// rubric's digest pinned to its literal value: a change to canonical JSON, to hashing or
// to the rubric itself shows up here first (every scorecard file names this digest).
#include <doctest/doctest.h>

#include <string>

#include "base/json_document.hpp"
#include "base/dates.hpp"
#include "base/limits.hpp"
#include "base/text.hpp"
#include "base/vocabulary.hpp"
#include "base/sha256.hpp"
#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"

using namespace scorecard;

TEST_CASE("SHA-256 known answers (FIPS 180-2)") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 448 bits: the padding needs a second block.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 at the block boundaries") {
    // 55 bytes is the longest message whose padding fits one block, 56 the shortest that needs two,
    // 64 a whole block. Values from Python's hashlib.
    CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("canonical JSON: sorted keys, no whitespace, UTF-8 as is") {
    auto j = nlohmann::json::parse(R"({"b": [1, 2.5, "Zoë"], "a": {"y": null, "x": true}})");
    CHECK(canonical_json(j) == "{\"a\":{\"x\":true,\"y\":null},\"b\":[1,2.5,\"Zo\xC3\xAB\"]}");
    CHECK(digest_of(j) == "sha256:" + sha256_hex(canonical_json(j)));
}

TEST_CASE("the built-in L5 rubric's digest is pinned") {
    const Rubric& l5 = default_rubric();
    REQUIRE(l5.id == "l5-senior-support-manager");
    CHECK(rubric_digest(l5) == "sha256:8fb97d41a8e0e6ee17c0814fd97b483de6ff9604bd9deef9f7802850beb0d989");
}
