// `scorecard validate` and `scorecard consolidate`: the panel workflow for scripts,
// over the same load_scorecards/consolidate the app runs. Problems go to stderr,
// one line each (FILE: field: message); stdout carries only the result.
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "rubric/library.hpp"
#include "panel/comparison.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "panel/statistics.hpp"
#include "rubric/rubric_json.hpp"

namespace scorecard::cli {

namespace {

void print_line(FILE* out, const std::string& s) { std::fprintf(out, "%s\n", s.c_str()); }

// Reads every path; unreadable ones become problems instead of aborting the run.
std::vector<std::pair<std::string, std::string>> read_all(const std::vector<std::string>& paths, int& unreadable) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& p : paths) {
        std::string text, error;
        if (!read_file(p, text, error)) {
            print_line(stderr, error);
            ++unreadable;
            continue;
        }
        files.emplace_back(p, std::move(text));
    }
    return files;
}

// The built-in rubric the scorecards were scored on, when it is exactly that version:
// it gives competency titles and order. Otherwise the scorecards' own ids are used.
const Rubric* builtin_for(const RubricRef& ref) {
    for (const auto& r : builtin_rubrics())
        if (r.id == ref.id && rubric_digest(r) == ref.digest) return &r;
    return nullptr;
}

}  // namespace

int run_validate(const Args& args) {
    std::vector<std::string> paths;
    for (const auto& a : args) {
        if (a == "--help" || a == "-h") {
            std::printf("Usage: scorecard validate FILE...\n"
                        "Checks each scorecard file on its own; prints one line per problem (FILE: field: message)\n"
                        "on stderr and exits 2 when any file has a problem. Drafts are valid, with a warning.\n");
            return 0;
        }
        if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "scorecard validate: unknown option '%s'\n", a.c_str());
            return 1;
        }
        paths.push_back(a);
    }
    if (paths.empty()) {
        std::fprintf(stderr, "Usage: scorecard validate FILE...\n");
        return 1;
    }
    int problems = 0, bad_files = 0;
    auto files = read_all(paths, bad_files);
    problems += bad_files;
    for (const auto& f : files) {
        // Each file alone: validate is about the files, consolidate about the set.
        auto loaded = load_scorecards({f});
        const auto& l = loaded.front();
        for (const auto& e : l.problems) print_line(stderr, e.to_string());
        for (const auto& w : l.warnings) print_line(stderr, "warning: " + w.to_string());
        if (!l.problems.empty()) {
            problems += static_cast<int>(l.problems.size());
            ++bad_files;
        }
    }
    if (problems > 0) {
        std::fprintf(stderr, "%d of %zu files invalid\n", bad_files, paths.size());
        return 2;
    }
    std::printf("%zu file%s valid\n", paths.size(), paths.size() == 1 ? "" : "s");
    return 0;
}

namespace {

struct ConsolidateOptions {
    std::vector<std::string> paths;
    std::string format = "json";
};

constexpr const char* kConsolidateUsage = "Usage: scorecard consolidate FILE... [--format json|csv|md]\n";

// Reads the arguments; returns an exit code when the run ends here (help or a usage error).
std::optional<int> parse_consolidate(const Args& args, ConsolidateOptions& o) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::printf("%s"
                        "Consolidates one candidate's scorecards into a panel on stdout (JSON by default).\n"
                        "Bad files are reported on stderr and left out; exits 2 when no panel can be made\n"
                        "(no valid file, mixed rubrics or mixed candidates).\n",
                        kConsolidateUsage);
            return 0;
        }
        if (a == "--format" || a.rfind("--format=", 0) == 0) {
            if (a == "--format" && i + 1 >= args.size()) {
                std::fprintf(stderr, "scorecard consolidate: --format needs json, csv or md\n");
                return 1;
            }
            o.format = a == "--format" ? args[++i] : a.substr(9);
            if (o.format != "json" && o.format != "csv" && o.format != "md") {
                std::fprintf(stderr, "scorecard consolidate: unknown format '%s' (json, csv or md)\n", o.format.c_str());
                return 1;
            }
            continue;
        }
        if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "scorecard consolidate: unknown option '%s'\n", a.c_str());
            return 1;
        }
        o.paths.push_back(a);
    }
    if (o.paths.empty()) {
        std::fputs(kConsolidateUsage, stderr);
        return 1;
    }
    return std::nullopt;
}

}  // namespace

int run_consolidate(const Args& args) {
    ConsolidateOptions o;
    if (auto done = parse_consolidate(args, o)) return *done;
    int unreadable = 0;
    auto files = read_all(o.paths, unreadable);
    auto loaded = load_scorecards(files);
    std::vector<Scorecard> good;
    bool conflicts = false;
    for (const auto& l : loaded) {
        for (const auto& e : l.problems) print_line(stderr, e.to_string());
        for (const auto& w : l.warnings) print_line(stderr, "warning: " + w.to_string());
        conflicts = conflicts || l.conflicts;
        if (l.scorecard) good.push_back(*l.scorecard);
    }
    // Mixed rubrics or candidates: which side is the panel is a human's call, not ours.
    if (conflicts) {
        std::fprintf(stderr, "no panel: the files mix rubrics or candidates\n");
        return 2;
    }
    if (good.empty()) {
        std::fprintf(stderr, "no panel: no valid scorecard among %zu file%s\n", o.paths.size(), o.paths.size() == 1 ? "" : "s");
        return 2;
    }
    auto panel = consolidate(good, builtin_for(good.front().rubric));
    if (!panel) {
        print_line(stderr, "no panel: " + panel.error().to_string());
        return 2;
    }
    if (o.format == "csv") std::fputs(panel_csv(*panel).c_str(), stdout);
    else if (o.format == "md") std::fputs(panel_markdown(*panel).c_str(), stdout);
    else print_line(stdout, panel_to_json(*panel).dump(2));
    return 0;
}

}  // namespace scorecard::cli
