// The strip above the interview column, always in view: which competency, the time left
// for it and for the interview (a calm overrun cue when over), the clock's Start, Pause
// and Reset, and the shortcut sheet. Also the screen's keys, listed in that sheet.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "base/limits.hpp"
#include "base/utf8.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/interview_parts.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

constexpr const char* kSheet = "Keyboard shortcuts";

// Spaces that do not break a line: each part of the strip wraps as a whole.
std::string keep_together(std::string text) {
    std::string out;
    for (char ch : text) out += ch == ' ' ? std::string("\xC2\xA0") : std::string(1, ch);
    return out;
}

// "3:20 left of 12 min", or "2:05 over the 12 min" past the budget.
std::string time_left(double spent, int budget_minutes, bool& over) {
    double left = budget_minutes * 60.0 - spent;
    over = left < 0;
    if (over) return keep_together(format_minutes_seconds(-left) + " over the " + std::to_string(budget_minutes) + " min");
    return keep_together(format_minutes_seconds(left) + " left of " + std::to_string(budget_minutes) + " min");
}

// The strip's parts, each kept on one line: where it stands, time left for the competency
// and for the interview, and whether the clock runs. `warn` is set past either budget.
std::vector<std::string> clock_parts(const app::Draft& d, const scorecard::Rubric& r, int current, bool& warn) {
    const auto& c = r.competencies[size_t(current)];
    double spent = d.seconds.count(c.id) ? d.seconds.at(c.id) : 0;
    double total = app::AppState::clock_total(d);
    std::vector<std::string> parts{keep_together("Competency " + std::to_string(current + 1) + " of " + std::to_string(r.competencies.size()))};
    bool over = false, interview_over = false;
    if (c.minutes > 0) parts.push_back(time_left(spent, c.minutes, over));
    if (r.total_minutes() > 0) parts.push_back(keep_together("interview ") + time_left(total, r.total_minutes(), interview_over));
    if (!d.clock_running) parts.push_back(keep_together(total > 0 ? "clock paused" : "clock not started"));
    warn = over || interview_over;
    return parts;
}

std::string join_parts(const std::vector<std::string>& parts) {
    std::string text;
    for (const auto& part : parts) text += (text.empty() ? "" : "  ·  ") + part;
    return text;
}

float widest(const std::vector<std::string>& parts) {
    float w = 0;
    for (const auto& part : parts) w = std::max(w, ImGui::CalcTextSize(part.c_str()).x);
    return w;
}

void draw_clock_buttons(const Ctx& ctx, const app::Draft& d) {
    bool sealed = d.card.sealed();
    if (d.clock_running) {
        if (secondary_button("Pause clock")) ctx.post(app::PauseClock{d.card.id});
    } else if (secondary_button(app::AppState::clock_total(d) > 0 ? "Resume clock" : "Start clock", ImVec2(0, 0), !sealed)) {
        ctx.post(app::StartClock{d.card.id});
    }
    ImGui::SameLine();
    if (secondary_button("Reset", ImVec2(0, 0), app::AppState::clock_total(d) > 0)) ctx.post(app::ResetClock{d.card.id});
    ImGui::SameLine();
    if (secondary_button("Keys ?")) ctx.local.open_shortcuts = true;
}

}  // namespace

void draw_clock_strip(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    const ImGuiStyle& style = ImGui::GetStyle();
    constexpr float kPadX = 28, kPadY = 8;
    bool warn = false;
    std::vector<std::string> parts = clock_parts(d, r, current, warn);
    std::string text = join_parts(parts);
    float buttons = ImGui::CalcTextSize("Resume clockResetKeys ?").x + style.FramePadding.x * 6 + style.ItemSpacing.x * 3;
    float inner = ImGui::GetContentRegionAvail().x - kPadX * 2;
    // Beside the buttons when the longest part fits there; else the buttons go below the
    // text (a narrow window, or 200% zoom): a time is never cut or covered.
    bool beside = inner - buttons - 16 >= widest(parts);
    float text_w = beside ? inner - buttons - 16 : inner;
    float text_h = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_w).y;
    float frame = ImGui::GetFrameHeight();
    float h = (beside ? std::max(frame, text_h) : text_h + style.ItemSpacing.y + frame) + kPadY * 2;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPadX, kPadY));
    ImGui::BeginChild("##clock-strip", ImVec2(0, h), ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    if (beside) ImGui::SetCursorPosY((h - std::max(frame, text_h)) * 0.5f + (frame > text_h ? style.FramePadding.y : 0));
    text_wrapped(text, warn ? &palette().warn : &palette().muted);
    ImGui::PopTextWrapPos();
    if (beside) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons);
        ImGui::SetCursorPosY((h - frame) * 0.5f);
    }
    draw_clock_buttons(ctx, d);
    ImGui::EndChild();
    ImGui::Separator();
}

namespace {

// Typing that began outside any field: what was typed goes to the end of the current note
// (the shown question's, else the competency's) and that note takes the focus.
void append_to_note(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c, const std::string& text) {
    const auto* cs = d.card.find(c.id);
    if (!cs || text.empty()) return;
    if (c.questions.empty()) {
        ctx.post(app::EditDraft{d.card.id, app::SetCompetencyNotes{c.id, cs->notes + text}});
    } else {
        int q = shown_question(d, c);
        const auto* note = cs->question(q);
        ctx.post(app::EditDraft{d.card.id, app::SetQuestionNote{c.id, q, (note ? note->note : "") + text}});
    }
    ctx.local.focus_note = true;
}

// Printable characters typed while no field is active. A digit 1-4, Space and "?" are
// shortcuts only on purpose: not within a burst of typing (kTypingBurst seconds after the
// last character). Anything else, and those within a burst, is text for the current note:
// nothing typed is lost, and "Led 3 teams" never rates.
// (Whether a burst is on is judged at the start of the frame: Ui::frame, ScreenState::burst.)
void handle_typed(const Ctx& ctx, const app::Draft& d, const scorecard::Competency& c) {
    const ImGuiIO& io = ImGui::GetIO();
    std::string text;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        char32_t ch = io.InputQueueCharacters[i];
        if (ch < 0x20 || ch == 0x7F) continue;
        bool burst = ctx.local.burst || !text.empty();
        bool digit = ch >= U'0' + scorecard::kMinScore && ch <= U'0' + scorecard::kMaxScore;
        if (!burst && digit) {
            ctx.post(app::RateByKey{d.card.id, c.id, int(ch - U'0')});
            continue;
        }
        if (!burst && (ch == U' ' || ch == U'?')) continue;  // scrolled or opened the sheet (below)
        scorecard::append_utf8(text, ch);
    }
    // Shortcut keys alone start no burst of typing.
    if (text.empty()) ctx.local.typed_text = false;
    if (!d.card.sealed()) append_to_note(ctx, d, c, text);
}

bool in_burst(const Ctx& ctx) { return ctx.local.burst; }

}  // namespace

void handle_interview_keys(const Ctx& ctx, const app::Draft& d, const scorecard::Rubric& r, int current) {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    int n = int(r.competencies.size());
    // Next and previous competency work while typing too: finish a note and move on.
    bool shortcut = io.KeyCtrl || io.KeySuper;
    if (shortcut && ImGui::IsKeyPressed(ImGuiKey_Enter, false)) {
        int to = current + (io.KeyShift ? -1 : 1);
        if (to >= 0 && to < n) ctx.post(app::MoveTo{d.card.id, to});
    }
    if (ImGui::GetActiveID() != 0 && ImGui::GetInputTextState(ImGui::GetActiveID())) return;  // a field takes the keys
    if (shortcut || io.KeyAlt) return;
    const auto& c = r.competencies[size_t(current)];
    handle_typed(ctx, d, c);
    int q = shown_question(d, c);
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow) && q > 0) ctx.post(app::ShowQuestion{d.card.id, c.id, q - 1});
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow) && q + 1 < int(c.questions.size()))
        ctx.post(app::ShowQuestion{d.card.id, c.id, q + 1});
    // Scrolling: the window's own business, no state of the app.
    bool space = ImGui::IsKeyPressed(ImGuiKey_Space) && !in_burst(ctx);
    float page = ImGui::GetWindowHeight() * 0.85f, line = ImGui::GetTextLineHeightWithSpacing() * 3;
    float y = ImGui::GetScrollY();
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown) || (space && !io.KeyShift)) y += page;
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp) || (space && io.KeyShift)) y -= page;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) y += line;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) y -= line;
    if (ImGui::IsKeyPressed(ImGuiKey_Home)) y = 0;
    if (ImGui::IsKeyPressed(ImGuiKey_End)) y = ImGui::GetScrollMaxY();
    if (y != ImGui::GetScrollY()) ImGui::SetScrollY(std::clamp(y, 0.0f, ImGui::GetScrollMaxY()));
    if (ImGui::IsKeyPressed(ImGuiKey_Slash, false) && io.KeyShift && !in_burst(ctx)) ctx.local.open_shortcuts = true;
}

void draw_shortcut_sheet(const Ctx& ctx) {
    if (ctx.local.open_shortcuts) {
        ImGui::OpenPopup(kSheet);
        ctx.local.open_shortcuts = false;
    }
    float width = std::min(680.0f, ImGui::GetMainViewport()->WorkSize.x - 40);
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    if (!ImGui::BeginPopupModal(kSheet, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const char* mod = ctx.is_mac() ? "Cmd" : "Ctrl";
    const std::string m = mod;
    const std::pair<std::string, std::string> keys[] = {
        {"1  2  3  4", "Rate the competency (when you are not typing)"},
        {"← →", "Previous / next question"},
        {m + "+Enter, " + m + "+Shift+Enter", "Next / previous competency (also while typing)"},
        {"↑ ↓  Page Up  Page Down  Space  Shift+Space  Home  End", "Scroll"},
        {"Tab, Shift+Tab", "Move between fields and buttons"},
        {"Escape", "Leave a field (what you typed stays) or close this sheet"},
        {m + "+Z, " + m + "+Shift+Z", "Undo / redo a burst of typing, in a field or across fields"},
        {m + "+S", "Export the scorecard"},
        {"?", "This sheet"},
    };
    // Columns sized here: an auto-resizing window cannot tell a table how wide to be.
    float inner = width - ImGui::GetStyle().WindowPadding.x * 2;
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(inner, 0))) {
        ImGui::TableSetupColumn("Keys", ImGuiTableColumnFlags_WidthFixed, inner * 0.42f);
        ImGui::TableSetupColumn("What they do", ImGuiTableColumnFlags_WidthStretch);
        for (const auto& [key, what] : keys) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bold(ctx, key);
            ImGui::TableNextColumn();
            text_wrapped(what);
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace ui
