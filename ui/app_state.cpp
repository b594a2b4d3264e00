// Serialization of the app state (app_state.hpp) and the small clock and id helpers.
#include "app_state.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"

namespace ui {

namespace {
struct ScreenName { Screen screen; const char* name; };
const ScreenName kScreens[] = {{Screen::Start, "start"}, {Screen::Library, "library"},
                               {Screen::Interview, "interview"}, {Screen::Review, "review"},
                               {Screen::Panel, "panel"}};

std::string str(const nlohmann::json& j, const char* key, const std::string& fallback = "") {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}
}  // namespace

const char* screen_name(Screen s) {
    for (auto& e : kScreens)
        if (e.screen == s) return e.name;
    return "start";
}
Screen screen_from_name(const std::string& s) {
    for (auto& e : kScreens)
        if (s == e.name) return e.screen;
    return Screen::Start;
}

Draft* AppState::find_draft(const std::string& id) {
    for (auto& d : drafts)
        if (d.card.id == id) return &d;
    return nullptr;
}

const scorecard::Rubric* AppState::find_rubric(const std::string& id) const {
    for (const auto* r : all_rubrics())
        if (r->id == id) return r;
    return nullptr;
}

std::vector<const scorecard::Rubric*> AppState::all_rubrics() const {
    std::vector<const scorecard::Rubric*> out;
    for (const auto& r : scorecard::builtin_rubrics()) out.push_back(&r);
    for (const auto& r : imported_rubrics) out.push_back(&r);
    return out;
}

const scorecard::Rubric* AppState::rubric_for(const Draft& d) const {
    for (const auto* r : all_rubrics())
        if (r->id == d.card.rubric.id && digest_of(*r) == d.card.rubric.digest) return r;
    return nullptr;
}

const std::string& AppState::digest_of(const scorecard::Rubric& r) const {
    auto it = digests_.find(&r);
    if (it == digests_.end()) it = digests_.emplace(&r, scorecard::rubric_digest(r)).first;
    return it->second;
}

void AppState::rubrics_changed() { digests_.clear(); }

nlohmann::json session_to_json(const Session& s) {
    return {{"version", AppState::kVersion},
            {"screen", screen_name(s.screen)},
            {"activeDraft", s.active_draft},
            {"libraryRubric", s.library_rubric},
            {"theme", s.theme}};
}

Session session_from_json(const nlohmann::json& j) {
    Session s;
    if (!j.is_object()) return s;
    s.screen = screen_from_name(str(j, "screen"));
    s.active_draft = str(j, "activeDraft");
    s.library_rubric = str(j, "libraryRubric");
    s.theme = str(j, "theme", "system");
    if (s.theme != "light" && s.theme != "dark") s.theme = "system";
    return s;
}

nlohmann::json draft_to_json(const Draft& d) {
    nlohmann::json seconds = nlohmann::json::object();
    for (const auto& [k, v] : d.seconds) seconds[k] = v;
    return {{"version", AppState::kVersion},
            {"scorecard", scorecard::scorecard_to_json(d.card)},
            {"privateNotes", d.private_notes},
            {"current", d.current},
            {"seconds", seconds},
            {"startedAt", d.started_at},
            {"updatedAt", d.updated_at},
            {"exported", d.exported}};
}

scorecard::Result<Draft> draft_from_json(const nlohmann::json& j, const std::string& key) {
    if (!j.is_object()) return scorecard::Error{key, 0, "", "stored draft is not a JSON object"};
    auto v = j.find("version");
    if (v == j.end() || !v->is_number_integer() || v->get<int>() != AppState::kVersion)
        return scorecard::Error{key, 0, "version", "stored draft has an unknown version"};
    auto sc = j.find("scorecard");
    if (sc == j.end()) return scorecard::Error{key, 0, "scorecard", "stored draft has no scorecard"};
    auto card = scorecard::scorecard_from_json(*sc, key);
    if (!card) return card.error();
    Draft d;
    d.card = std::move(*card);
    d.private_notes = str(j, "privateNotes");
    if (auto c = j.find("current"); c != j.end() && c->is_number_integer()) d.current = c->get<int>();
    if (auto s = j.find("seconds"); s != j.end() && s->is_object())
        for (auto it = s->begin(); it != s->end(); ++it)
            if (it->is_number()) d.seconds[it.key()] = it->get<double>();
    d.started_at = str(j, "startedAt");
    d.updated_at = str(j, "updatedAt");
    if (auto e = j.find("exported"); e != j.end() && e->is_boolean()) d.exported = e->get<bool>();
    return d;
}

std::string now_iso_utc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string today_local() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string new_uuid() {
    // Version 4 UUID; random_device is the browser's crypto.getRandomValues under Emscripten.
    std::random_device rd;
    std::mt19937_64 gen((uint64_t(rd()) << 32) ^ rd() ^ uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()));
    unsigned char b[16];
    for (int i = 0; i < 16; i += 8) {
        uint64_t r = gen();
        for (int k = 0; k < 8; ++k) b[i + k] = static_cast<unsigned char>(r >> (8 * k));
    }
    b[6] = (b[6] & 0x0F) | 0x40;
    b[8] = (b[8] & 0x3F) | 0x80;
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

}  // namespace ui
