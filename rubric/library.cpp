// The built-in library: the Support framework documents and interview guides are
// compiled in (cmake/embed_files.cmake) and imported once, on first use, through
// the same Markdown importer users run on their own files.
#include "library.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "canonical_json.hpp"
#include "markdown_import.hpp"

namespace scorecard {

extern const std::pair<std::string_view, std::string_view> kBuiltinLibraryFiles[];
extern const int kBuiltinLibraryFiles_count;

Result<Rubric> apply_interview_guide(const Rubric& rubric, const std::string& guide_json, const std::string& file) {
    using nlohmann::json;
    auto parsed = parse_json_text(guide_json, file);
    if (!parsed) return parsed.error();
    const json& g = *parsed;
    auto fail = [&](std::string field, std::string message) -> Result<Rubric> {
        return Error{file, 0, std::move(field), std::move(message)};
    };
    if (!g.is_object()) return fail("", "an interview guide must be a JSON object");
    if (!g.contains("format") || g["format"] != "interview-guide") return fail("format", "must be \"interview-guide\"");
    if (!g.contains("version") || g["version"] != kInterviewGuideVersion)
        return fail("version", "unsupported interview guide version (this build reads version 1)");
    if (!g.contains("rubric") || !g["rubric"].is_string()) return fail("rubric", "must be the rubric id as a string");
    if (g["rubric"].get<std::string>() != rubric.id)
        return fail("rubric", "guide is for '" + g["rubric"].get<std::string>() + "', not '" + rubric.id + "'");
    if (!g.contains("competencies") || !g["competencies"].is_array())
        return fail("competencies", "must be an array");

    Rubric out = rubric;
    std::set<std::string> seen;
    const json& comps = g["competencies"];
    for (size_t i = 0; i < comps.size(); ++i) {
        const json& cj = comps[i];
        std::string at = "competencies[" + std::to_string(i) + "]";
        if (!cj.is_object()) return fail(at, "must be an object");
        if (!cj.contains("id") || !cj["id"].is_string()) return fail(at + ".id", "must be a competency id");
        std::string id = cj["id"].get<std::string>();
        auto it = std::find_if(out.competencies.begin(), out.competencies.end(),
                               [&](const Competency& c) { return c.id == id; });
        if (it == out.competencies.end()) return fail(at + ".id", "rubric has no competency '" + id + "'");
        if (!seen.insert(id).second) return fail(at + ".id", "competency '" + id + "' appears twice");
        if (cj.contains("summary")) {
            if (!cj["summary"].is_string()) return fail(at + ".summary", "must be a string");
            it->summary = cj["summary"].get<std::string>();
        }
        if (cj.contains("minutes")) {
            if (!cj["minutes"].is_number_integer() || cj["minutes"].get<long long>() < 0 ||
                cj["minutes"].get<long long>() > 600)
                return fail(at + ".minutes", "must be a whole number of minutes, 0 to 600");
            it->minutes = cj["minutes"].get<int>();
        }
        if (cj.contains("weight")) {
            if (!cj["weight"].is_number() || !(cj["weight"].get<double>() > 0))
                return fail(at + ".weight", "must be a positive number");
            it->weight = cj["weight"].get<double>();
        }
        if (cj.contains("questions")) {
            const json& qs = cj["questions"];
            if (!qs.is_array()) return fail(at + ".questions", "must be an array");
            it->questions.clear();
            for (size_t q = 0; q < qs.size(); ++q) {
                std::string qat = at + ".questions[" + std::to_string(q) + "]";
                if (!qs[q].is_object() || !qs[q].contains("text") || !qs[q]["text"].is_string())
                    return fail(qat + ".text", "must be the question as a string");
                Question question{qs[q]["text"].get<std::string>(), {}};
                if (qs[q].contains("probes")) {
                    const json& ps = qs[q]["probes"];
                    if (!ps.is_array()) return fail(qat + ".probes", "must be an array of strings");
                    for (size_t p = 0; p < ps.size(); ++p) {
                        if (!ps[p].is_string())
                            return fail(qat + ".probes[" + std::to_string(p) + "]", "must be a string");
                        question.probes.push_back(ps[p].get<std::string>());
                    }
                }
                it->questions.push_back(std::move(question));
            }
        }
    }
    if (auto e = check_rubric(out)) {
        Error err = *e;
        err.file = file;
        return err;
    }
    return out;
}

namespace {

struct Library {
    std::vector<Rubric> rubrics;
    std::vector<Error> errors;
};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

Library load() {
    Library lib;
    std::map<std::string, std::pair<std::string, std::string>> guides;  // rubric id -> (file, json)
    std::vector<std::pair<std::string, Rubric>> imported;                // file name, rubric
    for (int i = 0; i < kBuiltinLibraryFiles_count; ++i) {
        std::string name(kBuiltinLibraryFiles[i].first);
        std::string text(kBuiltinLibraryFiles[i].second);
        if (ends_with(name, ".json")) {
            auto j = parse_json_text(text, name);
            if (!j) {
                lib.errors.push_back(j.error());
            } else if (!j->is_object() || !j->contains("rubric") || !(*j)["rubric"].is_string()) {
                lib.errors.push_back(Error{name, 0, "rubric", "must be the rubric id as a string"});
            } else {
                guides[(*j)["rubric"].get<std::string>()] = {name, text};
            }
        } else if (ends_with(name, ".md")) {
            auto r = import_markdown_rubric(text, name);
            if (r) imported.emplace_back(name, std::move(*r));
            else lib.errors.push_back(r.error());
        }
    }
    // The default first, then level order; file names break ties (L4 Lead before L4 Support Manager).
    std::stable_sort(imported.begin(), imported.end(), [](const auto& a, const auto& b) {
        bool da = a.second.id == kDefaultRubricId, db = b.second.id == kDefaultRubricId;
        if (da != db) return da;
        if (a.second.level != b.second.level) return a.second.level < b.second.level;
        return a.first < b.first;
    });
    std::set<std::string> used;
    for (auto& [name, rubric] : imported) {
        rubric.track = "Support";
        rubric.source = "built-in";
        auto g = guides.find(rubric.id);
        if (g == guides.end()) {
            lib.errors.push_back(Error{name, 0, "", "no interview guide for rubric '" + rubric.id + "'"});
        } else {
            used.insert(rubric.id);
            auto guided = apply_interview_guide(rubric, g->second.second, g->second.first);
            if (guided) rubric = std::move(*guided);
            else lib.errors.push_back(guided.error());
        }
        lib.rubrics.push_back(std::move(rubric));
    }
    for (const auto& [id, guide] : guides)
        if (!used.count(id)) lib.errors.push_back(Error{guide.first, 0, "rubric", "no built-in rubric '" + id + "'"});
    return lib;
}

const Library& library() {
    static const Library lib = load();
    return lib;
}

}  // namespace

const std::vector<Rubric>& builtin_rubrics() { return library().rubrics; }

const std::vector<Error>& builtin_library_errors() { return library().errors; }

const Rubric* find_builtin_rubric(const std::string& id) {
    for (const auto& r : builtin_rubrics())
        if (r.id == id) return &r;
    return nullptr;
}

const Rubric& default_rubric() {
    if (const Rubric* r = find_builtin_rubric(kDefaultRubricId)) return *r;
    // Only a broken build gets here (builtin_library_errors says why); never crash on it.
    static const Rubric empty = [] {
        Rubric r;
        r.id = kDefaultRubricId;
        r.title = "L5: Senior Support Manager";
        apply_default_scales(r);
        return r;
    }();
    return builtin_rubrics().empty() ? empty : builtin_rubrics().front();
}

}  // namespace scorecard
