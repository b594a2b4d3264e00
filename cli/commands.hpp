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

// Reads a whole file; false and a message on failure.
bool read_file(const std::string& path, std::string& out, std::string& error);

}  // namespace scorecard::cli
