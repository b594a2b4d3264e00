// `scorecard validate` and `scorecard consolidate`: the panel workflow for scripts,
// over the same load_scorecards/consolidate the app runs. Problems go to stderr,
// one line each (FILE: field: message); stdout carries only the result.
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "cli/ed25519_sodium.hpp"
#include "rubric/library.hpp"
#include "panel/comparison.hpp"
#include "panel/debrief.hpp"
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
        files.emplace_back(input_name(p), std::move(text));
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

// A value-taking option, as "--name VALUE" or "--name=VALUE"; nullopt when `a` is not it.
std::optional<std::string> option_value(const Args& args, size_t& i, const std::string& name, bool& missing) {
    const std::string& a = args[i];
    if (a.rfind(name + "=", 0) == 0) return a.substr(name.size() + 1);
    if (a != name) return std::nullopt;
    if (i + 1 >= args.size()) {
        missing = true;
        return std::string();
    }
    return args[++i];
}

int usage_error(const char* command, const std::string& message) {
    std::fprintf(stderr, "scorecard %s: %s\n", command, message.c_str());
    return 1;
}

// --roster FILE: the team's names and keys; false (and a message) when unusable.
bool read_roster(const std::string& path, Roster& out) {
    std::string text, error;
    if (!read_file(path, text, error)) {
        print_line(stderr, error);
        return false;
    }
    auto j = parse_json_text(text, path);
    auto r = j ? roster_from_json(*j, path) : Result<Roster>(j.error());
    if (!r) {
        print_line(stderr, r.error().to_string());
        return false;
    }
    out = std::move(*r);
    return true;
}

TrustContext cli_trust() {
    TrustContext t;
    t.verify = sodium_verifier();
    return t;
}

// "FILE: signed, unchanged since it was submitted, by Elena Rossi's key in the roster (key ...)"
std::string signature_line(const LoadedScorecard& l) {
    if (!l.signer) return l.file + ": not submitted";
    const Signer& s = *l.signer;
    std::string line = l.file + ": " + signature_state_text(s.status.state);
    if (!s.who.empty()) line += ", by " + s.who;
    if (s.status.earlier) line += "; " + std::to_string(s.status.earlier) + " earlier signature(s) before a reopening, covered by it";
    return line;
}

// One file of `validate`: its problems and warnings on stderr, its signature on stdout.
// Returns the number of problems.
int validate_one(const NamedText& f, const TrustContext& trust) {
    // Each file alone: validate is about the files, consolidate about the set.
    auto loaded = load_scorecards({f}, nullptr, false, {}, &trust);
    const auto& l = loaded.front();
    for (const auto& e : l.problems) print_line(stderr, e.to_string());
    int problems = static_cast<int>(l.problems.size());
    for (const auto& w : l.warnings) {
        // A failed signature or another person's key is a problem of the file, not a note.
        bool bad = l.status == FileStatus::HeldBack && l.held_back && w.field == l.held_back->field;
        print_line(stderr, (bad ? "" : "warning: ") + w.to_string());
        problems += bad;
    }
    if (l.problems.empty()) print_line(stdout, signature_line(l));
    return problems;
}

constexpr const char* kValidateUsage = "Usage: scorecard validate FILE... [--roster ROSTER.json]\n";

}  // namespace

int run_validate(const Args& args) {
    std::vector<std::string> paths;
    TrustContext trust = cli_trust();
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool missing = false;
        if (a == "--help" || a == "-h") {
            std::printf("%s%s", kValidateUsage,
                        "Checks each scorecard file on its own; prints one line per problem (FILE: field: message)\n"
                        "on stderr and exits 2 when any file has a problem, a signature that does not match included.\n"
                        "Prints each valid file's signature on stdout: signed and unchanged (and by whose key, with\n"
                        "--roster), or not signed. Drafts are valid, with a warning: a panel never counts them.\n");
            return 0;
        }
        if (auto v = option_value(args, i, "--roster", missing)) {
            if (missing || v->empty()) return usage_error("validate", "--roster needs a roster file");
            if (!read_roster(*v, trust.roster)) return 2;
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("validate", "unknown option '" + a + "'");
        } else {
            paths.push_back(a);
        }
    }
    if (paths.empty()) {
        std::fputs(kValidateUsage, stderr);
        return 1;
    }
    int problems = 0, bad_files = 0;
    auto files = read_all(paths, bad_files);
    problems += bad_files;
    for (const auto& f : files)
        if (int n = validate_one(f, trust)) {
            problems += n;
            ++bad_files;
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
    std::string summary;                // "short" | "full" ("" = short), Markdown only
    std::vector<std::string> included;  // held-back files (path or scorecard id) the lead counts on purpose
    std::string roster;                 // the team's names and keys
};

constexpr const char* kConsolidateUsage =
    "Usage: scorecard consolidate FILE... [--format json|csv|md|long-csv] [--summary short|full] [--include FILE|ID]...\n"
    "                             [--roster ROSTER.json]\n";

constexpr const char* kConsolidateHelp =
    "Consolidates one candidate's scorecards into a panel on stdout (JSON by default):\n"
    "  --format json      the panel file, with every file not counted and why (\"excluded\")\n"
    "  --format csv       the matrix: a row per competency, with the candidate, a column per interviewer\n"
    "  --format md        the Markdown summary; --summary full adds who said what and every rating's evidence\n"
    "  --format long-csv  one row per candidate, interviewer and competency, for every candidate on the rubric\n"
    "  --include FILE|ID  count a held-back scorecard on purpose (date rule: same application; or a signature\n"
    "                     that does not match or belongs to someone else)\n"
    "  --roster FILE      the team's names and public keys: says whose key signed each file, holds back a file\n"
    "                     signed with a key that is not its interviewer's, or unsigned from someone listed\n"
    "Only submitted scorecards count: drafts are listed on stderr as not counted. Interviews of one candidate\n"
    "more than 30 days from the others are held back. Bad files are reported on stderr and left out; exits 2\n"
    "when no panel can be made (no submitted scorecard, mixed rubrics, or mixed candidates except long-csv).\n";

// Reads the arguments; returns an exit code when the run ends here (help or a usage error).
std::optional<int> parse_consolidate(const Args& args, ConsolidateOptions& o) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool missing = false;
        if (a == "--help" || a == "-h") {
            std::printf("%s%s", kConsolidateUsage, kConsolidateHelp);
            return 0;
        }
        if (auto v = option_value(args, i, "--format", missing)) {
            if (missing) return usage_error("consolidate", "--format needs json, csv, md or long-csv");
            o.format = *v;
            if (o.format != "json" && o.format != "csv" && o.format != "md" && o.format != "long-csv")
                return usage_error("consolidate", "unknown format '" + o.format + "' (json, csv, md or long-csv)");
        } else if (auto v = option_value(args, i, "--summary", missing)) {
            if (missing || (*v != "short" && *v != "full")) return usage_error("consolidate", "--summary needs short or full");
            o.summary = *v;
        } else if (auto v = option_value(args, i, "--roster", missing)) {
            if (missing || v->empty()) return usage_error("consolidate", "--roster needs a roster file");
            o.roster = *v;
        } else if (auto v = option_value(args, i, "--include", missing)) {
            if (missing || v->empty()) return usage_error("consolidate", "--include needs a file or a scorecard id");
            o.included.push_back(*v);
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("consolidate", "unknown option '" + a + "'");
        } else {
            o.paths.push_back(a);
        }
    }
    if (!o.summary.empty() && o.format != "md") return usage_error("consolidate", "--summary applies to --format md");
    if (o.paths.empty()) {
        std::fputs(kConsolidateUsage, stderr);
        return 1;
    }
    return std::nullopt;
}

// Reads every path; an unreadable one is a refused file, listed like the others.
std::vector<NamedText> read_paths(const std::vector<std::string>& paths, std::vector<LoadedScorecard>& unreadable) {
    std::vector<NamedText> files;
    for (const auto& p : paths) {
        std::string text, error;
        if (read_file(p, text, error)) {
            files.emplace_back(p, std::move(text));
            continue;
        }
        LoadedScorecard l;
        l.file = p;
        l.problems.push_back({p, 0, "", error.rfind(p + ": ", 0) == 0 ? error.substr(p.size() + 2) : error});
        unreadable.push_back(std::move(l));
    }
    return files;
}

// One line per problem on stderr, and what became of each file that is not counted.
void report(const std::vector<LoadedScorecard>& loaded) {
    for (const auto& l : loaded) {
        for (const auto& e : l.problems) print_line(stderr, e.to_string());
        for (const auto& w : l.warnings) {
            if (l.status == FileStatus::HeldBack)
                print_line(stderr, "held back: " + w.to_string() + " (to count it: --include " + l.file + ")");
            else print_line(stderr, "not counted: " + w.to_string());
        }
        if (l.usable() && l.included_on_purpose && l.held_back)
            print_line(stderr, "included on purpose: " + l.held_back->to_string());
    }
}

// Each --include that matched no held-back file: a typo must not pass unnoticed.
void report_unused_includes(const ConsolidateOptions& o, const std::vector<LoadedScorecard>& loaded) {
    for (const auto& inc : o.included) {
        bool used = false;
        for (const auto& l : loaded)
            used = used || (l.held_back && (l.file == inc || (l.scorecard && l.scorecard->id == inc)));
        if (!used) print_line(stderr, "warning: --include " + inc + ": no held-back scorecard has this file name or id");
    }
}

std::string counts_text(const std::vector<LoadedScorecard>& loaded) {
    int drafts = 0, held = 0;
    for (const auto& l : loaded) {
        drafts += l.status == FileStatus::NotCounted;
        held += l.status == FileStatus::HeldBack;
    }
    std::string s;
    if (drafts) s += std::to_string(drafts) + (drafts == 1 ? " draft" : " drafts") + " not counted";
    if (held) s += (s.empty() ? "" : ", ") + std::to_string(held) + " held back";
    return s.empty() ? "" : " (" + s + ")";
}

// Every candidate's panel, for the long CSV.
int write_long_csv(const std::vector<Scorecard>& counted, const std::vector<LoadedScorecard>& loaded) {
    std::vector<Panel> panels;
    for (const auto& g : group_by_candidate(counted)) {
        std::vector<Scorecard> theirs;
        for (const Scorecard* sc : g.scorecards) theirs.push_back(*sc);
        auto panel = consolidate(theirs, builtin_for(theirs.front().rubric));
        if (!panel) {
            print_line(stderr, "no panel: " + panel.error().to_string());
            return 2;
        }
        attach_files(*panel, loaded, true);
        panels.push_back(std::move(*panel));
    }
    std::fputs(panel_long_csv(panels).c_str(), stdout);
    return 0;
}

}  // namespace

int run_consolidate(const Args& args) {
    ConsolidateOptions o;
    if (auto done = parse_consolidate(args, o)) return *done;
    std::vector<LoadedScorecard> unreadable;
    auto files = read_paths(o.paths, unreadable);
    bool many = o.format == "long-csv";  // every candidate on the rubric
    TrustContext trust = cli_trust();
    if (!o.roster.empty() && !read_roster(o.roster, trust.roster)) return 2;
    auto loaded = load_scorecards(files, nullptr, many, o.included, &trust);
    loaded.insert(loaded.end(), unreadable.begin(), unreadable.end());
    report(loaded);
    report_unused_includes(o, loaded);
    std::vector<Scorecard> counted;
    bool conflicts = false;
    for (const auto& l : loaded) {
        conflicts = conflicts || l.conflicts;
        if (l.usable()) counted.push_back(*l.scorecard);
    }
    // Mixed rubrics or candidates: which side is the panel is a human's call, not ours.
    if (conflicts) {
        std::fprintf(stderr, "no panel: the files mix %s\n", many ? "rubrics" : "rubrics or candidates");
        return 2;
    }
    if (counted.empty()) {
        std::fprintf(stderr, "no panel: no submitted scorecard among %zu file%s%s\n", o.paths.size(),
                     o.paths.size() == 1 ? "" : "s", counts_text(loaded).c_str());
        return 2;
    }
    if (many) return write_long_csv(counted, loaded);
    const Rubric* rubric = builtin_for(counted.front().rubric);
    auto panel = consolidate(counted, rubric);
    if (!panel) {
        print_line(stderr, "no panel: " + panel.error().to_string());
        return 2;
    }
    attach_files(*panel, loaded, false);
    if (o.format == "csv") std::fputs(panel_csv(*panel).c_str(), stdout);
    else if (o.format == "md")
        std::fputs(panel_markdown(*panel, o.summary == "full" ? SummaryDetail::Full : SummaryDetail::Short, rubric).c_str(), stdout);
    else print_line(stdout, panel_to_json(*panel).dump(2));
    return 0;
}

}  // namespace scorecard::cli
