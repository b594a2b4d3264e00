// File routing and the rubric import rule (file_routing.hpp).
#include "app/file_routing.hpp"

#include <algorithm>

#include "base/json_document.hpp"
#include "rubric/library.hpp"
#include "scorecard/scorecard_json.hpp"

namespace app {

FileKind route_dropped_file(const FileIn& f, Screen current) {
    auto j = scorecard::parse_json_text(f.bytes, f.name);
    if (j && scorecard::looks_like_scorecard(*j)) return FileKind::Scorecard;
    bool json_name = f.name.size() > 5 && f.name.compare(f.name.size() - 5, 5, ".json") == 0;
    return current == Screen::Panel && json_name ? FileKind::Scorecard : FileKind::Rubric;
}

std::string imported_rubric_id(const AppState& state, const scorecard::Rubric& incoming) {
    std::string id = incoming.id;
    if (scorecard::find_builtin_rubric(id)) id += "-imported";
    bool used = std::any_of(state.drafts.begin(), state.drafts.end(), [&](const Draft& d) {
        const scorecard::Rubric* r = state.rubric_for(d);
        return r && r->id == id && !scorecard::is_builtin(*r);
    });
    if (!used) return id;
    std::string base = id;
    for (int n = 2; state.find_rubric(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

}  // namespace app
