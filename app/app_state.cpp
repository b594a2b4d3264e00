// The app state's lookups and stored forms (app_state.hpp).
#include "app/app_state.hpp"

#include <chrono>
#include <cstdio>
#include <random>

#include "rubric/library.hpp"
#include "rubric/rubric_json.hpp"

namespace app {

using scorecard::Json;
using scorecard::JsonReader;

namespace {
struct ScreenName {
    Screen screen;
    const char* name;
};
const ScreenName kScreens[] = {{Screen::Start, "start"}, {Screen::Library, "library"}, {Screen::Interview, "interview"},
                               {Screen::Review, "review"}, {Screen::Panel, "panel"}};

// Member names of the stored session.
namespace field {
constexpr const char* kVersion = "version";
constexpr const char* kScreen = "screen";
constexpr const char* kActiveDraft = "activeDraft";
constexpr const char* kLibraryRubric = "libraryRubric";
constexpr const char* kTheme = "theme";
constexpr const char* kInterviewer = "interviewer";
}  // namespace field
}  // namespace

const char* screen_name(Screen s) {
    for (auto& e : kScreens)
        if (e.screen == s) return e.name;
    return kScreens[0].name;
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

const Draft* AppState::find_draft(const std::string& id) const { return const_cast<AppState*>(this)->find_draft(id); }

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

const scorecard::Rubric* AppState::rubric_for(const scorecard::RubricRef& ref) const {
    const scorecard::Rubric* by_id = nullptr;
    for (const auto* r : all_rubrics()) {
        if (r->id != ref.id) continue;
        if (digest_of(*r) == ref.digest) return r;
        if (!by_id) by_id = r;
    }
    return by_id;
}

const std::string& AppState::digest_of(const scorecard::Rubric& r) const {
    auto it = digests_.find(&r);
    if (it == digests_.end()) it = digests_.emplace(&r, scorecard::rubric_digest(r)).first;
    return it->second;
}

void AppState::rubrics_changed() { digests_.clear(); }

double AppState::clock_total(const Draft& d) {
    double total = 0;
    for (const auto& [k, v] : d.seconds) total += v;
    return total;
}

bool AppState::any_unexported() const {
    for (const auto& d : drafts)
        if (!d.exported) return true;
    return false;
}

Json session_to_json(const Session& s) {
    return {{field::kVersion, kSessionVersion},
            {field::kScreen, screen_name(s.screen)},
            {field::kActiveDraft, s.active_draft},
            {field::kLibraryRubric, s.library_rubric},
            {field::kTheme, s.theme},
            {field::kInterviewer, s.interviewer}};
}

Session session_from_json(const Json& j) {
    Session s;
    std::vector<scorecard::Error> ignored;  // a bad member keeps its default
    JsonReader rd("", ignored);
    std::string screen;
    if (rd.string(j, field::kScreen, "", screen)) s.screen = screen_from_name(screen);
    rd.string(j, field::kActiveDraft, "", s.active_draft);
    rd.string(j, field::kLibraryRubric, "", s.library_rubric);
    rd.string(j, field::kTheme, "", s.theme);
    rd.string(j, field::kInterviewer, "", s.interviewer);
    if (s.theme != kThemeLight && s.theme != kThemeDark) s.theme = kThemeSystem;
    return s;
}

std::string new_uuid() {
    // Version 4 UUID; random_device is the browser's crypto.getRandomValues under Emscripten.
    std::random_device rd;
    std::mt19937_64 gen((uint64_t(rd()) << 32) ^ rd() ^
                        uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()));
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

}  // namespace app
