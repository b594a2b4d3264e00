// `scorecard rubric`: imports a rubric file (Markdown or rubric JSON) or picks a
// built-in one and prints its rubric JSON, so scripts see exactly what the app uses.
#include <cstdio>
#include <string>

#include "base/limits.hpp"
#include "cli/commands.hpp"
#include "rubric/library.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"

namespace scorecard::cli {

namespace {

std::string usage() {
    return "Usage: scorecard rubric FILE          import Markdown or rubric JSON, print rubric JSON\n"
           "       scorecard rubric --builtin     list the built-in rubric ids\n"
           "       scorecard rubric --builtin ID  print a built-in rubric's JSON\n"
           "FILE may be '-' for standard input. Files over " + std::to_string(kMaxImportBytes / 1024) +
           " KiB, directories and devices are refused.\n";
}

void print_json(const Rubric& r) {
    std::string out = rubric_json_text(r);
    std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

int run_rubric(const Args& args) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::fputs(usage().c_str(), stdout);
        return 0;
    }
    if (!args.empty() && args[0] == "--builtin") {
        if (args.size() > 2) {
            std::fputs(usage().c_str(), stderr);
            return 1;
        }
        if (args.size() == 1) {
            for (const auto& r : builtin_rubrics()) std::printf("%s\t%s\n", r.id.c_str(), r.title.c_str());
            return 0;
        }
        if (const Rubric* r = find_builtin_rubric(args[1])) {
            print_json(*r);
            return 0;
        }
        std::fprintf(stderr, "scorecard rubric: no built-in rubric '%s'; these exist:\n", args[1].c_str());
        for (const auto& r : builtin_rubrics()) std::fprintf(stderr, "  %s\n", r.id.c_str());
        return 1;
    }
    if (args.size() != 1 || args[0].empty() || (args[0].size() > 1 && args[0][0] == '-')) {
        std::fputs(usage().c_str(), stderr);
        return 1;
    }
    std::string text, error;
    if (!read_file(args[0], text, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    auto rubric = import_rubric_file(text, input_name(args[0]));
    if (!rubric) {
        std::fprintf(stderr, "%s\n", rubric.error().to_string().c_str());
        return 2;
    }
    print_json(*rubric);
    return 0;
}

}  // namespace scorecard::cli
