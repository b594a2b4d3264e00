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

inline std::string shared(const std::string& name) { return std::string(SCORECARD_SHARED_RUBRICS) + "/" + name; }
inline std::string data(const std::string& name) { return std::string(SCORECARD_TEST_DATA) + "/" + name; }

}  // namespace rubric_test
