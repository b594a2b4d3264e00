// scorecard: the native command-line tool, built from the same core as the app,
// for scripting rubric imports and panel consolidation.
#include <cstdio>
#include <cstring>
#include <string>

#include "base/about.hpp"
#include "base/limits.hpp"
#include "cli/commands.hpp"

namespace scorecard::cli {
extern const char* const kNotices;  // generated from THIRD_PARTY.md (cmake/notices.cmake)
}

namespace {

int run_licenses(const scorecard::cli::Args& args) {
    if (!args.empty()) {
        std::fprintf(stderr, "scorecard licenses: takes no arguments\n");
        return 1;
    }
    std::fputs(scorecard::cli::kNotices, stdout);
    return 0;
}

void print_version() {
    const auto v = scorecard::about::version(), id = scorecard::about::build_id();
    std::printf("scorecard %.*s (build %.*s)\n", int(v.size()), v.data(), int(id.size()), id.data());
}

struct Command {
    const char* name;
    const char* usage;
    const char* help;
    int (*run)(const scorecard::cli::Args&);
};

// The whole command set at a glance.
const Command kCommands[] = {
    {"rubric", "rubric FILE", "import a rubric (career-framework Markdown or rubric JSON), print its JSON",
     scorecard::cli::run_rubric},
    {"validate", "validate FILE...", "check scorecard files; one line per problem, FILE: field: message",
     scorecard::cli::run_validate},
    {"consolidate", "consolidate FILE... [--format json|csv|md|long-csv]",
     "consolidate scorecards into a panel on stdout (consolidate --help)", scorecard::cli::run_consolidate},
    {"licenses", "licenses", "print the licences of Scorecard and of the third-party code in this tool", run_licenses},
};

void print_help(FILE* out) {
    std::fprintf(out,
                 "scorecard %s: structured-interview rubrics, scorecards and panels\n\n"
                 "Usage: scorecard COMMAND [ARGS]\n\nCommands:\n",
                 SCORECARD_VERSION);
    for (const auto& c : kCommands) std::fprintf(out, "  %-52s %s\n", c.usage, c.help);
    std::fprintf(out,
                 "\nFILE may be '-' for standard input. A file is at most %zu KiB; directories and devices are\n"
                 "refused without reading them.\n"
                 "\nOptions:\n  --help      show this help\n  --version   show the version and build id\n"
                 "  --licenses  the same as the licenses command\n\n"
                 "Exit status: 0 success, 1 usage error, 2 invalid input.\n",
                 scorecard::kMaxImportBytes / 1024);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_help(stderr);
        return 1;
    }
    std::string first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
        print_help(stdout);
        return 0;
    }
    if (first == "--version") {
        print_version();
        return 0;
    }
    if (first == "--licenses" || first == "--licences") first = "licenses";
    for (const auto& c : kCommands) {
        if (first == c.name) return c.run(scorecard::cli::Args(argv + 2, argv + argc));
    }
    std::fprintf(stderr, "scorecard: unknown command '%s' (try --help)\n", first.c_str());
    return 1;
}
