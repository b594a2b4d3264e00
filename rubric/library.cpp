// The built-in library: the Support framework documents and interview guides are
// compiled in (cmake/embed_files.cmake) and imported once, on first use, through
// the same Markdown importer users run on their own files.
#include "rubric/library.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "base/json_document.hpp"
#include "base/text.hpp"
#include "rubric/interview_guide.hpp"
#include "rubric/markdown_import.hpp"

namespace scorecard {

extern const std::pair<std::string_view, std::string_view> kBuiltinLibraryFiles[];
extern const int kBuiltinLibraryFiles_count;

namespace {

struct Library {
    std::vector<Rubric> rubrics;
    std::vector<Error> errors;
};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

using Guides = std::map<std::string, std::pair<std::string, std::string>>;  // rubric id -> (file, json)
using Imported = std::vector<std::pair<std::string, Rubric>>;                 // file name, rubric

// Sorts the embedded files into framework documents (imported) and guides (kept as text).
void read_files(Library& lib, Guides& guides, Imported& imported) {
    for (int i = 0; i < kBuiltinLibraryFiles_count; ++i) {
        std::string name(kBuiltinLibraryFiles[i].first);
        std::string text(kBuiltinLibraryFiles[i].second);
        if (ends_with(name, ".json")) {
            auto j = parse_json_text(text, name);
            const Json* id = j ? JsonReader::member(*j, kGuideRubricField) : nullptr;
            if (!j) lib.errors.push_back(j.error());
            else if (!id || !id->is_string()) lib.errors.push_back(Error{name, 0, kGuideRubricField, "must be the rubric id as a string"});
            else guides[id->get<std::string>()] = {name, text};
        } else if (ends_with(name, ".md")) {
            auto r = import_markdown_rubric(text, name);
            if (r) imported.emplace_back(name, std::move(*r));
            else lib.errors.push_back(r.error());
        }
    }
}

Library load() {
    Library lib;
    Guides guides;
    Imported imported;
    read_files(lib, guides, imported);
    // The default first, then level order; file names break ties (L4 Lead before L4 Support Manager).
    std::stable_sort(imported.begin(), imported.end(), [](const auto& a, const auto& b) {
        bool da = a.second.id == kDefaultRubricId, db = b.second.id == kDefaultRubricId;
        if (da != db) return da;
        if (a.second.level != b.second.level) return a.second.level < b.second.level;
        return a.first < b.first;
    });
    std::set<std::string> used;
    for (auto& [name, rubric] : imported) {
        rubric.track = kBuiltinTrack;
        rubric.source = kBuiltinSource;
        auto g = guides.find(rubric.id);
        if (g == guides.end()) {
            lib.errors.push_back(Error{name, 0, "", "no interview guide for rubric " + quote_input(rubric.id)});
        } else {
            used.insert(rubric.id);
            auto guided = apply_interview_guide(rubric, g->second.second, g->second.first);
            if (guided) rubric = std::move(*guided);
            else lib.errors.push_back(guided.error());
        }
        lib.rubrics.push_back(std::move(rubric));
    }
    for (const auto& [id, guide] : guides)
        if (!used.count(id)) lib.errors.push_back(Error{guide.first, 0, kGuideRubricField, "no built-in rubric " + quote_input(id)});
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
