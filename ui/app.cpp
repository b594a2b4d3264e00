// App: state ownership, the edit path (undo + autosave), fonts, themes, the top
// bar and notices, global shortcuts, and routing of opened or dropped files.
#include "app.hpp"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"
#include "rubric/canonical_json.hpp"
#include "rubric/library.hpp"
#include "rubric/markdown_import.hpp"
#include "rubric/rubric_json.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
void (*g_platform_set_clipboard)(void*, const char*) = nullptr;
// Text copied or cut out of a note must not carry the soft line breaks note_field shows.
void set_clipboard_without_soft_breaks(void* user, const char* text) {
    if (g_platform_set_clipboard) g_platform_set_clipboard(user, remove_soft_breaks(text).c_str());
}
}  // namespace

App::App(Platform& p, AppParams prm) : platform(p), params(prm) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.SetClipboardTextFn != set_clipboard_without_soft_breaks) {
        g_platform_set_clipboard = io.SetClipboardTextFn;
        io.SetClipboardTextFn = set_clipboard_without_soft_breaks;
    }
}

// ---- storage -------------------------------------------------------------------

void App::load() {
    if (auto s = platform.load("state")) {
        auto j = nlohmann::json::parse(*s, nullptr, false);
        state.session = session_from_json(j);
    }
    for (const auto& key : platform.keys()) {
        if (key.rfind("draft:", 0) == 0) {
            auto text = platform.load(key);
            if (!text) continue;
            auto j = nlohmann::json::parse(*text, nullptr, false);
            auto d = draft_from_json(j, key);
            if (d) state.drafts.push_back(std::move(*d));
            else notify(Notice::Error, "A stored draft could not be read and was left as it is: " + d.error().to_string(), 0);
        } else if (key.rfind("rubric:", 0) == 0) {
            auto text = platform.load(key);
            if (!text) continue;
            auto r = scorecard::parse_rubric_json(*text, key);
            if (r) state.imported_rubrics.push_back(std::move(*r));
        }
    }
    state.rubrics_changed();
    std::sort(state.drafts.begin(), state.drafts.end(),
              [](const Draft& a, const Draft& b) { return a.updated_at > b.updated_at; });
    if ((state.session.screen == Screen::Interview || state.session.screen == Screen::Review) && !active_draft())
        state.session.screen = Screen::Start;
    system_dark_ = platform.prefers_dark();
    bool unsaved = false;
    for (const auto& d : state.drafts) unsaved |= !d.exported;
    platform.set_unsaved_work(unsaved);
}

bool App::store_draft(const Draft& d) {
    if (platform.store("draft:" + d.card.id, draft_to_json(d).dump())) return true;
    std::string text = "The browser's storage is full: the interview with " + d.card.candidate +
                       " is not saved on this device. Export it now.";
    notify(Notice::Error, text, 0);
    return false;
}

void App::save_session() { platform.store("state", session_to_json(state.session).dump()); }

void App::flush() {
    std::vector<std::string> failed;
    for (const auto& id : dirty_drafts_)
        if (auto* d = state.find_draft(id); d && !store_draft(*d)) failed.push_back(id);
    // What could not be stored stays pending and is tried again a little later.
    dirty_drafts_ = std::move(failed);
    dirty_since_ = dirty_drafts_.empty() ? -1 : now + 5.0;
    save_session();
}

// ---- the edit path -------------------------------------------------------------

Draft* App::active_draft() { return state.find_draft(state.session.active_draft); }

const scorecard::Rubric* App::active_rubric() {
    auto* d = active_draft();
    return d ? state.rubric_for(*d) : nullptr;
}

bool App::edit(const std::string& draft_id, Edit e) {
    Draft* d = state.find_draft(draft_id);
    if (!d) return false;
    const scorecard::Rubric* rubric = state.rubric_for(*d);
    if (!rubric) {
        notify(Notice::Error, "The rubric this scorecard was scored against is not in the library.");
        return false;
    }
    Draft before = *d;
    std::string field = edit_field(e);
    if (auto refused = apply_edit(*d, *rubric, e)) {
        notify(Notice::Error, *refused);
        return false;
    }
    // Typing in one field is one undo step until a pause or another field.
    bool coalesce = !field.empty() && !undo_.empty() && undo_.back().draft_id == draft_id &&
                    undo_.back().field == field && now - undo_.back().at < 2.0;
    if (coalesce) undo_.back().at = now;
    else {
        undo_.push_back({draft_id, field, std::move(before), now});
        if (undo_.size() > params.undo_depth) undo_.pop_front();
    }
    redo_.clear();
    d->updated_at = now_iso_utc();
    mark_dirty(draft_id);
    // Private notes never leave the device, so they are no change to export.
    if (!std::holds_alternative<SetPrivateNotes>(e)) {
        d->exported = false;
        platform.set_unsaved_work(true);
    }
    // Sealing and reopening are recorded acts, not edits: they are not undone, and
    // nothing before them can be undone across them.
    if (std::holds_alternative<Submit>(e) || std::holds_alternative<Reopen>(e)) {
        undo_.erase(std::remove_if(undo_.begin(), undo_.end(), [&](const UndoStep& s) { return s.draft_id == draft_id; }),
                    undo_.end());
        redo_.clear();
    }
    return true;
}

void App::mark_dirty(const std::string& draft_id) {
    if (std::find(dirty_drafts_.begin(), dirty_drafts_.end(), draft_id) == dirty_drafts_.end())
        dirty_drafts_.push_back(draft_id);
    if (dirty_since_ < 0) dirty_since_ = now;
}

void App::move_to(const std::string& draft_id, int competency_index) {
    Draft* d = state.find_draft(draft_id);
    const scorecard::Rubric* r = d ? state.rubric_for(*d) : nullptr;
    if (!d || !r || r->competencies.empty()) return;
    int index = std::clamp(competency_index, 0, int(r->competencies.size()) - 1);
    if (index == d->current) return;
    d->current = index;
    mark_dirty(draft_id);
}


// Undo and redo work on the open interview only, and restore its content (the scorecard
// and private notes), never the clock, the position or the export state.
static void restore_content(Draft& d, const Draft& from) {
    d.card = from.card;
    d.private_notes = from.private_notes;
}

bool App::undo() {
    Draft* d = active_draft();
    if (!d || undo_.empty() || undo_.back().draft_id != d->card.id) return false;
    UndoStep step = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({step.draft_id, step.field, *d, now});
    restore_content(*d, step.before);
    d->updated_at = now_iso_utc();
    d->exported = false;
    platform.set_unsaved_work(true);
    mark_dirty(d->card.id);
    notify(Notice::Info, std::string("Undone: ") + (step.field.empty() ? "last change" : "typing"), 1.5);
    return true;
}

bool App::redo() {
    Draft* d = active_draft();
    if (!d || redo_.empty() || redo_.back().draft_id != d->card.id) return false;
    UndoStep step = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({step.draft_id, "", *d, now});
    restore_content(*d, step.before);
    d->updated_at = now_iso_utc();
    d->exported = false;
    platform.set_unsaved_work(true);
    mark_dirty(d->card.id);
    return true;
}

void App::go(Screen s) {
    state.session.screen = s;
    save_session();
}

void App::notify(Notice::Kind kind, std::string text, double seconds) {
    // The same message again (a second export, a retried save) refreshes the one shown.
    double until = seconds > 0 ? now + seconds : 0;
    for (auto& n : notices)
        if (n.kind == kind && n.text == text) {
            n.until = until;
            return;
        }
    notices.push_back({kind, std::move(text), until});
}

std::string App::start_draft(Draft d) {
    std::string id = d.card.id;
    state.drafts.insert(state.drafts.begin(), std::move(d));
    store_draft(state.drafts.front());
    state.session.active_draft = id;
    go(Screen::Interview);
    platform.set_unsaved_work(true);
    return id;
}

void App::delete_draft(const std::string& id) {
    platform.remove("draft:" + id);
    state.drafts.erase(std::remove_if(state.drafts.begin(), state.drafts.end(),
                                      [&](const Draft& d) { return d.card.id == id; }),
                       state.drafts.end());
    undo_.erase(std::remove_if(undo_.begin(), undo_.end(), [&](const UndoStep& s) { return s.draft_id == id; }), undo_.end());
    redo_.clear();
    if (state.session.active_draft == id) state.session.active_draft.clear();
    bool unsaved = false;
    for (const auto& d : state.drafts) unsaved |= !d.exported;
    platform.set_unsaved_work(unsaved);
    save_session();
}

void App::export_draft(const std::string& id) {
    Draft* d = state.find_draft(id);
    if (!d) return;
    platform.save_file(scorecard::scorecard_file_name(d->card), "application/json",
                       scorecard::scorecard_to_json(d->card).dump(2) + "\n");
    d->exported = true;
    store_draft(*d);
    bool unsaved = false;
    for (const auto& x : state.drafts) unsaved |= !x.exported;
    platform.set_unsaved_work(unsaved);
    notify(Notice::Success, "Exported " + scorecard::scorecard_file_name(d->card));
}

void App::copy_draft_as_text(const std::string& id) {
    Draft* d = state.find_draft(id);
    const scorecard::Rubric* r = d ? state.rubric_for(*d) : nullptr;
    if (!d || !r) return;
    platform.copy_to_clipboard(scorecard::scorecard_markdown(d->card, *r));
    notify(Notice::Success, "Copied a Markdown summary to the clipboard");
}

bool App::import_rubric(const FileIn& f) {
    auto r = scorecard::import_rubric_file(f.bytes, f.name);
    if (!r) {
        last_import_error = r.error().to_string();
        notify(Notice::Error, "Could not import " + f.name + ": " + r.error().to_string(), 0);
        return false;
    }
    scorecard::Rubric rubric = std::move(*r);
    rubric.source = f.name;
    // A rubric with the id of a built-in one is a different rubric: keep both, distinctly.
    for (const auto& b : scorecard::builtin_rubrics())
        if (b.id == rubric.id) rubric.id += "-imported";
    // A new version of an imported rubric replaces the old one, unless interviews were
    // scored against the old one: then both stay, the new one under a numbered id.
    auto used = [&](const std::string& id) {
        return std::any_of(state.drafts.begin(), state.drafts.end(), [&](const Draft& d) {
            const scorecard::Rubric* r = state.rubric_for(d);
            return r && r->id == id && r->source != "built-in";
        });
    };
    if (used(rubric.id)) {
        std::string base = rubric.id;
        for (int n = 2; state.find_rubric(rubric.id); ++n) rubric.id = base + "-" + std::to_string(n);
    }
    state.imported_rubrics.erase(std::remove_if(state.imported_rubrics.begin(), state.imported_rubrics.end(),
                                                [&](const auto& x) { return x.id == rubric.id; }),
                                 state.imported_rubrics.end());
    platform.store("rubric:" + rubric.id, scorecard::rubric_to_json(rubric).dump());
    state.session.library_rubric = rubric.id;
    state.imported_rubrics.push_back(std::move(rubric));
    state.rubrics_changed();
    last_import_error.clear();
    notify(Notice::Success, "Imported " + f.name + " into the rubric library");
    go(Screen::Library);
    return true;
}

void App::remove_rubric(const std::string& id) {
    int users = 0;
    for (const auto& d : state.drafts) {
        const scorecard::Rubric* r = state.rubric_for(d);
        users += r && r->id == id;
    }
    if (users > 0) {
        notify(Notice::Error, "This rubric is kept: " + std::to_string(users) +
                                  " interview(s) on this device were scored against it. Delete those first.");
        return;
    }
    platform.remove("rubric:" + id);
    state.imported_rubrics.erase(std::remove_if(state.imported_rubrics.begin(), state.imported_rubrics.end(),
                                                [&](const auto& x) { return x.id == id; }),
                                 state.imported_rubrics.end());
    state.rubrics_changed();
    state.session.library_rubric.clear();
    save_session();
}

void App::on_files(const std::string& purpose, std::vector<FileIn> files) {
    if (purpose == "rubric") {
        for (const auto& f : files) import_rubric(f);
        return;
    }
    if (purpose == "panel") {
        on_panel_files(*this, files);
        go(Screen::Panel);
        return;
    }
    // Dropped files: scorecards go to the panel, anything else is a rubric.
    std::vector<FileIn> cards;
    for (auto& f : files) {
        auto j = nlohmann::json::parse(f.bytes, nullptr, false);
        bool is_card = j.is_object() && j.contains("format") && j["format"] == "scorecard";
        bool looks_json = f.name.size() > 5 && f.name.substr(f.name.size() - 5) == ".json";
        if (is_card || (state.session.screen == Screen::Panel && looks_json)) cards.push_back(std::move(f));
        else import_rubric(f);
    }
    if (!cards.empty()) {
        on_panel_files(*this, cards);
        go(Screen::Panel);
    }
}

// ---- looks -----------------------------------------------------------------------

bool App::build_fonts(float ratio) {
    if (ratio == fonts_ratio_ && fonts.body) return true;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x1E00, 0x1EFF,
                                     0x1F00, 0x1FFF, 0x2000, 0x206F, 0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2199, 0x2212, 0x2212,
                                     0x2713, 0x2713, 0x2715, 0x2715, 0x25B2, 0x25BC, 0x25CB, 0x25CB, 0x25CF, 0x25CF, 0};
    ImFontConfig cfg;
    // Rasterized at the device's pixel ratio, so light oversampling suffices; at 2x and
    // above none is needed, which halves the atlas (2048x4096 is ~32 MB of GPU memory).
    cfg.OversampleH = ratio >= 2.0f ? 1 : 2;
    cfg.OversampleV = 1;
    auto add = [&](const char* path, float size) {
        return io.Fonts->AddFontFromFileTTF(path, size * ratio, &cfg, ranges);
    };
    fonts.body = add(params.font_regular, params.font_size);
    fonts.bold = add(params.font_semibold, params.font_size);
    fonts.heading = add(params.font_semibold, params.heading_size);
    fonts.title = add(params.font_semibold, params.title_size);
    if (!fonts.body || !fonts.bold || !fonts.heading || !fonts.title) {
        io.Fonts->Clear();
        io.Fonts->AddFontDefault();
        fonts = {};
        return false;
    }
    io.Fonts->Build();
    // Glyphs are rasterized at device pixels and drawn at CSS pixels: crisp at any ratio.
    io.FontGlobalScale = 1.0f / ratio;
    fonts_ratio_ = ratio;
    return true;
}

void App::set_system_dark(bool dark) { system_dark_ = dark; theme_applied_ = false; }

void App::set_theme(const std::string& theme) {
    state.session.theme = theme;
    theme_applied_ = false;
    save_session();
}

void App::apply_theme() {
    bool dark = state.session.theme == "dark" || (state.session.theme == "system" && system_dark_);
    if (theme_applied_ && dark == theme_applied_dark_) return;
    theme_applied_ = true;
    theme_applied_dark_ = dark;
    apply_style(dark);
}

// ---- the frame ---------------------------------------------------------------------

void App::update_clock(double dt) {
    // The interview clock counts time on the current competency while the interview screen is open.
    Draft* d = active_draft();
    const scorecard::Rubric* r = active_rubric();
    if (!d || !r || state.session.screen != Screen::Interview || d->card.sealed()) return;
    if (d->current < 0 || d->current >= int(r->competencies.size())) return;
    if (dt > 5) dt = 0;  // the tab slept: do not count it
    d->seconds[r->competencies[size_t(d->current)].id] += dt;
    // Store the clock every few seconds, so a crash loses at most that much of it.
    clock_unsaved_ += dt;
    if (clock_unsaved_ >= 5.0) {
        clock_unsaved_ = 0;
        mark_dirty(d->card.id);
    }
}

void App::handle_shortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    // Escape leaves a text field keeping what was typed. ImGui's own Escape reverts the
    // field to its content at activation, which would throw away live interview notes.
    if (io.WantTextInput && ImGui::GetActiveID() != 0 && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        ImGui::ClearActiveID();
        ImGui::SetKeyOwner(ImGuiKey_Escape, ImGuiKeyOwner_Any);
    }
    if (ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_S, 0, ImGuiInputFlags_RouteGlobal)) {
        if (Draft* d = active_draft()) export_draft(d->card.id);
    }
    bool on_interview = state.session.screen == Screen::Interview || state.session.screen == Screen::Review;
    if (!io.WantTextInput && on_interview) {
        if (ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_Z, 0, ImGuiInputFlags_RouteGlobal)) undo();
        if (ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z, 0, ImGuiInputFlags_RouteGlobal) ||
            ImGui::Shortcut(ImGuiMod_Shortcut | ImGuiKey_Y, 0, ImGuiInputFlags_RouteGlobal))
            redo();
    }
}

void App::frame(double t, bool had_input) {
    double dt = last_frame_ > 0 ? t - last_frame_ : 0;
    last_frame_ = t;
    now = t;
    if (had_input) settle_ = params.settle_frames;
    else if (settle_ > 0) --settle_;
    update_clock(dt);
    apply_theme();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Scorecard", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    handle_shortcuts();
    draw_top_bar(*this);
    switch (state.session.screen) {
        case Screen::Start: draw_start_screen(*this); break;
        case Screen::Library: draw_library_screen(*this); break;
        case Screen::Interview: draw_interview_screen(*this); break;
        case Screen::Review: draw_review_screen(*this); break;
        case Screen::Panel: draw_panel_screen(*this); break;
    }
    ImGui::End();
    draw_notices(*this);

    if (dirty_since_ >= 0 && now - dirty_since_ >= params.autosave_delay) flush();
}

double App::seconds_until_next_frame() const {
    if (settle_ > 0) return 0;
    double wait = -1;
    auto sooner = [&](double s) { if (s >= 0 && (wait < 0 || s < wait)) wait = s; };
    if (dirty_since_ >= 0) sooner(std::max(0.0, dirty_since_ + params.autosave_delay - now));
    for (const auto& n : notices)
        if (n.until > 0) sooner(std::max(0.0, n.until - now));
    if (state.session.screen == Screen::Interview) sooner(1.0);  // the interview clock
    if (ImGui::GetIO().WantTextInput) sooner(0.53);              // the text cursor blinks
    return wait;
}

}  // namespace ui
