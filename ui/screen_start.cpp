// The start screen: set up a new interview (rubric, candidate, interviewer, date,
// and optionally the competencies this interviewer covers) and the list of drafts
// on this device (resume, export, delete with confirmation).
#include <algorithm>
#include <set>

#include "app.hpp"
#include "imgui.h"
#include "rubric/library.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
// The set-up form is screen-local until "Start interview" makes it a draft.
struct SetupForm {
    std::string rubric_id = scorecard::kDefaultRubricId;
    std::string candidate, interviewer, date;
    bool split = false;             // this interviewer covers only some competencies
    std::set<std::string> covered;
    std::string error;
};
SetupForm g_form;
std::string g_confirm_delete;

void draw_setup(App& app) {
    SetupForm& f = g_form;
    if (f.date.empty()) f.date = today_local();
    const scorecard::Rubric* rubric = app.state.find_rubric(f.rubric_id);
    if (!rubric) {
        f.rubric_id = scorecard::kDefaultRubricId;
        rubric = &scorecard::default_rubric();
    }
    heading(app, "New interview");
    ImGui::Spacing();
    float label_w = 150;
    float field_w = std::min(520.0f, ImGui::GetContentRegionAvail().x - label_w);
    auto label = [&](const char* text) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text);
        ImGui::SameLine(label_w);
    };
    label("Rubric");
    ImGui::SetNextItemWidth(field_w);
    if (begin_combo("##rubric", rubric->title.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (const auto* r : app.state.all_rubrics()) {
            bool sel = r->id == f.rubric_id;
            std::string item = r->title + (r->source == "built-in" ? "" : "  (imported)");
            if (ImGui::Selectable((item + "##" + r->id).c_str(), sel)) {
                f.rubric_id = r->id;
                f.covered.clear();
            }
            if (sel) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    label("Candidate");
    if (auto v = line_field("##candidate", f.candidate, "Full name", field_w)) f.candidate = *v;
    label("Interviewer");
    if (auto v = line_field("##interviewer", f.interviewer, "Your name", field_w)) f.interviewer = *v;
    label("Date");
    if (auto v = line_field("##date", f.date, "YYYY-MM-DD", 160)) f.date = *v;
    label("Competencies");
    ImGui::Checkbox("I cover only some competencies (panel split)", &f.split);
    if (f.split) {
        for (const auto& c : rubric->competencies) {
            ImGui::SetCursorPosX(label_w);
            bool on = f.covered.count(c.id) > 0;
            if (ImGui::Checkbox((c.title + "##cover-" + c.id).c_str(), &on)) {
                if (on) f.covered.insert(c.id);
                else f.covered.erase(c.id);
            }
        }
    }
    ImGui::Spacing();
    ImGui::SetCursorPosX(label_w);
    text_muted(std::to_string(rubric->competencies.size()) + " competencies, " +
               std::to_string(rubric->total_minutes()) + " minutes of questions. Only required: " +
               (f.split && !f.covered.empty() ? std::to_string(f.covered.size()) + " you cover." : "all of them."));
    ImGui::SetCursorPosX(label_w);
    if (primary_button("Start interview")) {
        auto trim = [](std::string s) {
            s.erase(0, s.find_first_not_of(" \t"));
            s.erase(s.find_last_not_of(" \t") + 1);
            return s;
        };
        f.candidate = trim(f.candidate);
        f.interviewer = trim(f.interviewer);
        bool date_ok = scorecard::is_valid_date(f.date);
        if (f.candidate.empty()) f.error = "Enter the candidate's name.";
        else if (f.interviewer.empty()) f.error = "Enter your name as the interviewer.";
        else if (!date_ok) f.error = "Enter a real date as YYYY-MM-DD.";
        else if (f.split && f.covered.empty()) f.error = "Pick the competencies you cover, or untick the panel split.";
        else {
            std::vector<std::string> covered;
            if (f.split)
                for (const auto& c : rubric->competencies)
                    if (f.covered.count(c.id)) covered.push_back(c.id);
            app.start_draft(new_draft(*rubric, f.candidate, f.interviewer, f.date, covered));
            f = SetupForm{};
            f.rubric_id = rubric->id;
        }
    }
    if (!f.error.empty()) {
        ImGui::SameLine();
        text_wrapped(f.error, &palette().error);
    }
}

void draw_drafts(App& app) {
    heading(app, "Interviews on this device");
    text_muted("Stored in this browser only. Nothing leaves the device unless you export it.");
    ImGui::Spacing();
    if (app.state.drafts.empty()) {
        text_muted("No interviews yet.");
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("drafts", 6, flags)) {
        ImGui::TableSetupColumn("Candidate", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("Interviewer", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Rubric", ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 96);
        ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 250);
        ImGui::TableHeadersRow();
        std::string resume, exp, del;
        for (const auto& d : app.state.drafts) {
            ImGui::PushID(d.card.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            text_wrapped(d.card.candidate);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.card.interviewer.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.card.rubric.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.card.date.c_str());
            ImGui::TableNextColumn();
            if (d.card.sealed()) badge("Submitted", palette().ok);
            else badge("Draft", palette().warn);
            if (!d.exported) {
                ImGui::SameLine();
                ImGui::TextColored(palette().muted, "not exported");
            }
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(d.card.sealed() ? "Open" : "Resume")) resume = d.card.id;
            ImGui::SameLine();
            if (ImGui::SmallButton("Export")) exp = d.card.id;
            ImGui::SameLine();
            if (ImGui::SmallButton("Delete")) del = d.card.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
        if (!resume.empty()) {
            app.state.session.active_draft = resume;
            Draft* d = app.state.find_draft(resume);
            app.go(d && d->card.sealed() ? Screen::Review : Screen::Interview);
        }
        if (!exp.empty()) app.export_draft(exp);
        if (!del.empty()) {
            g_confirm_delete = del;
            ImGui::OpenPopup("Delete interview?");
        }
    }
    if (ImGui::BeginPopupModal("Delete interview?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        Draft* d = app.state.find_draft(g_confirm_delete);
        if (!d) {
            ImGui::CloseCurrentPopup();
        } else {
            ImGui::Text("Delete the interview with %s by %s on %s?", d->card.candidate.c_str(),
                        d->card.interviewer.c_str(), d->card.date.c_str());
            if (!d->exported) ImGui::TextColored(palette().error, "It has not been exported: its notes will be gone.");
            ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Button, palette().error);
            ImGui::PushStyleColor(ImGuiCol_Text, palette().accent_text);
            if (ImGui::Button("Delete")) {
                app.delete_draft(g_confirm_delete);
                ImGui::CloseCurrentPopup();
            }
            ImGui::PopStyleColor(2);
            ImGui::SameLine();
            if (ImGui::Button("Keep it") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}
}  // namespace

void preselect_rubric(const std::string& rubric_id) {
    g_form.rubric_id = rubric_id;
    g_form.covered.clear();
}

void draw_start_screen(App& app) {
    ImGui::BeginChild("##start", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    float width = std::min(1100.0f, ImGui::GetContentRegionAvail().x);
    float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    ImGui::PushItemWidth(width);
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.title);
    ImGui::TextUnformatted("Scorecard");
    ImGui::PopFont();
    text_muted("Structured interviews: ask the rubric's questions, write down evidence, rate each competency against "
               "its anchors, and hand the panel a sealed scorecard.");
    ImGui::Spacing();
    ImGui::Spacing();
    begin_card("##setup-card", 20, width);
    draw_setup(app);
    end_card();
    ImGui::Spacing();
    ImGui::Spacing();
    draw_drafts(app);
    ImGui::EndGroup();
    ImGui::PopItemWidth();
    if (indent > 0) ImGui::Unindent(indent);
    ImGui::EndChild();
}

}  // namespace ui
