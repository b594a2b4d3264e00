// The inputs at the 2 MiB import limit that once took quadratic time (written by
// tests/cli/limit_inputs.py), timed natively and as WebAssembly from one source:
// what the CLI does with each, and what the app does (App::on_files over a platform
// that stores in memory). scripts/bench_limits.sh runs both; nothing asserts.
// Usage: bench_limits DIR
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <utility>

#include "app/app.hpp"
#include "panel/load.hpp"
#include "panel/panel.hpp"
#include "panel/panel_export.hpp"
#include "panel/panel_json.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"

using namespace scorecard;

namespace {

std::string dir;

std::string read(const std::string& name) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

volatile std::size_t g_sink = 0;

// Best of three rounds, as wall time and as this process's CPU time: the machine is
// shared, and CPU time is what the code itself costs when others wait.
void run(const std::string& name, const std::function<void()>& body) {
    double best = 1e30, best_cpu = 1e30;
    for (int round = 0; round < 3; ++round) {
        auto t0 = std::chrono::steady_clock::now();
        std::clock_t c0 = std::clock();
        body();
        best_cpu = std::min(best_cpu, 1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC);
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("%-58s %10.1f ms %10.1f ms cpu\n", name.c_str(), best, best_cpu);
}

// What `scorecard rubric FILE` does: import, then the JSON it prints.
void cli_rubric(const std::string& file) {
    std::string text = read(file);
    run("cli: rubric " + file, [&] {
        auto r = import_rubric_file(text, file);
        g_sink = g_sink + (r ? rubric_json_text(*r).size() : r.error().message.size());
    });
}

// A platform that keeps everything in memory, as a browser would in localStorage.
class MemoryPlatform final : public app::Platform {
public:
    std::map<std::string, std::string> storage;
    std::optional<std::string> load(const std::string& k) override {
        auto it = storage.find(k);
        return it == storage.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    app::StoreResult store(const std::string& k, const std::string& v) override {
        storage[k] = v;
        return app::StoreResult::Stored;
    }
    void remove(const std::string& k) override { storage.erase(k); }
    std::vector<std::string> keys() override { return {}; }
    void request_persistence() override {}
    void open_files(const std::string&, const std::string&, bool) override {}
    void save_file(const std::string&, const std::string&, const std::string& t) override { g_sink = g_sink + t.size(); }
    void copy_to_clipboard(const std::string&) override {}
    void set_unsaved_work(bool) override {}
    bool prefers_dark() override { return false; }
    bool is_mac() override { return false; }
};

// What the app does with dropped files: route, import (or load into the panel), store.
void app_drop(const std::string& label, const std::vector<std::string>& files, const std::string& purpose) {
    std::vector<app::FileIn> in;
    for (const auto& f : files) in.push_back({f, read(f)});
    run("app: " + label, [&] {
        MemoryPlatform p;
        app::App a(p);
        a.load();
        a.on_files(purpose, in);
        g_sink = g_sink + a.state().imported_rubrics.size() + a.panel().usable().size();
    });
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_limits DIR (written by tests/cli/limit_inputs.py)\n");
        return 1;
    }
    dir = argv[1];
    for (const char* f : {"bullets.md", "headings.md", "same-slug.md", "rubric-many.json"}) cli_rubric(f);
    for (const char* f : {"covered.json", "evidence.json"}) {
        std::string text = read(f);
        run(std::string("cli: validate ") + f, [&] { g_sink = g_sink + load_scorecards({{f, text}}).front().problems.size(); });
    }
    std::vector<NamedText> two = {{"card-a.json", read("card-a.json")}, {"card-b.json", read("card-b.json")}};
    // One format per run, as `scorecard consolidate A B --format F` does.
    const std::pair<const char*, std::function<std::size_t(const Panel&)>> formats[] = {
        {"json", [](const Panel& p) { return panel_to_json(p).dump(2).size(); }},
        {"csv", [](const Panel& p) { return panel_csv(p).size(); }},
        {"long-csv", [](const Panel& p) { return panel_long_csv({p}).size(); }},
        {"md", [](const Panel& p) { return panel_markdown(p).size(); }},
        {"md --summary full", [](const Panel& p) { return panel_markdown(p, SummaryDetail::Full).size(); }},
    };
    for (const auto& [format, write] : formats)
        run(std::string("cli: consolidate 2 x 60,000 competencies --format ") + format, [&] {
            std::vector<Scorecard> cards;
            for (auto& l : load_scorecards(two))
                if (l.usable()) cards.push_back(*l.scorecard);
            auto p = consolidate(cards, nullptr);
            g_sink = g_sink + write(*p);
        });
    for (const char* f : {"bullets.md", "headings.md", "same-slug.md", "rubric-many.json"})
        app_drop(std::string("import ") + f, {f}, "rubric");
    app_drop("panel of card-a.json and card-b.json", {"card-a.json", "card-b.json"}, "panel");
    std::printf("(sink %zu)\n", std::size_t(g_sink));
    return 0;
}
