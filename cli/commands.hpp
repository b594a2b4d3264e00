// The CLI's subcommands, one function each, registered in cli/main.cpp.
// Each returns the process exit code: 0 success, 1 usage error, 2 bad input.
#pragma once
#include <string>
#include <vector>

namespace scorecard::cli {

using Args = std::vector<std::string>;  // the arguments after the subcommand name

int run_rubric(const Args& args);       // cli/rubric_command.cpp
int run_validate(const Args& args);     // cli/panel_commands.cpp
int run_consolidate(const Args& args);  // cli/panel_commands.cpp

// "-" names standard input; messages call it "stdin".
inline constexpr const char* kStdinArgument = "-";
inline constexpr const char* kStdinName = "stdin";
inline std::string input_name(const std::string& path) { return path == kStdinArgument ? kStdinName : path; }

// Reads a whole file of at most kMaxImportBytes (cli/read_input.cpp); false and a
// "FILE: message" on failure. Directories and devices are refused without reading,
// and a larger file or stream without reading it whole.
bool read_file(const std::string& path, std::string& out, std::string& error);

}  // namespace scorecard::cli
