// Shared helpers for the rubric tests: reading fixture files the same way natively
// and under Node (NODERAWFS).
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace rubric_test {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Everything a test reads lives in the repository: fixtures in tests/data, the seven
// Support level documents in the built-in library.
inline std::string data(const std::string& name) { return std::string(SCORECARD_TEST_DATA) + "/" + name; }
inline std::string framework(const std::string& name) { return data("frameworks/" + name); }
inline std::string support_level(const std::string& file) {
    return std::string(SCORECARD_LIBRARY_DIR) + "/octopus-support/" + file;
}

}  // namespace rubric_test
