// Errors as values: every importer and validator reports problems as Error (a message
// and where it happened: file, line, field path) instead of throwing or aborting.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace scorecard {

struct Error {
    std::string file;     // file name as the user knows it ("" when not from a file)
    int line = 0;         // 1-based line, 0 when unknown or not line-oriented
    std::string field;    // JSON path such as "competencies[2].score", "" when none
    std::string message;  // one sentence, no trailing period needed

    // "FILE:LINE: message", "FILE: field: message", or just the message.
    std::string to_string() const;
};

template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(v_); }
    const T& value() const { return std::get<0>(v_); }
    const Error& error() const { return std::get<1>(v_); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }

private:
    std::variant<T, Error> v_;
};

inline std::string Error::to_string() const {
    std::string out = file;
    if (!file.empty() && line > 0) out += ":" + std::to_string(line);
    if (!field.empty()) out += (out.empty() ? "" : ": ") + field;
    if (!out.empty()) out += ": ";
    return out + message;
}

}  // namespace scorecard
