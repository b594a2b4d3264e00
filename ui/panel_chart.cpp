// The panel's range chart: each competency's range (lowest to highest score) as a bar
// and its mean as a dot, on the rating scale; disagreements in the warning colour.
#include <algorithm>

#include "base/limits.hpp"
#include "base/text.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/panel_sections.hpp"
#include "ui/widgets.hpp"

namespace ui {

namespace {

struct ChartGeometry {
    ImVec2 origin;
    float width, line, row, label_w, x0, x1, legend_h, axis_h;
    float x(double v) const {
        return x0 + float((v - scorecard::kMinScore) / double(scorecard::kMaxScore - scorecard::kMinScore)) * (x1 - x0);
    }
};

void draw_legend(ImDrawList* dl, const ChartGeometry& g) {
    const Palette& p = palette();
    ImU32 muted = ImGui::GetColorU32(p.muted);
    float lx = g.x0, ly = g.origin.y + g.line * 0.5f;
    auto entry = [&](const char* text, ImU32 colour, bool dot) {
        if (dot) dl->AddCircleFilled(ImVec2(lx + 6, ly), 6, colour);
        else dl->AddRectFilled(ImVec2(lx, ly - 4), ImVec2(lx + 28, ly + 4), colour, 4);
        float mark = dot ? 18 : 34;
        dl->AddText(ImVec2(lx + mark, g.origin.y), muted, text);
        lx += mark + ImGui::CalcTextSize(text).x + 24;
    };
    entry("lowest to highest score", ImGui::GetColorU32(p.accent), false);
    entry("mean", ImGui::GetColorU32(p.text), true);
    entry("disagreement", ImGui::GetColorU32(p.warn), false);
}

void draw_axis(ImDrawList* dl, const ChartGeometry& g, float top, float bottom) {
    const Palette& p = palette();
    for (int v = scorecard::kMinScore; v <= scorecard::kMaxScore; ++v) {
        dl->AddLine(ImVec2(g.x(v), top), ImVec2(g.x(v), bottom), ImGui::GetColorU32(p.border));
        std::string s = std::to_string(v);
        dl->AddText(ImVec2(g.x(v) - ImGui::CalcTextSize(s.c_str()).x * 0.5f, bottom + 4), ImGui::GetColorU32(p.muted),
                    s.c_str());
    }
}

// The title wrapped to two lines within the label column, an ellipsis beyond.
void draw_row_title(ImDrawList* dl, const ChartGeometry& g, const std::string& title, float y) {
    const char* s = title.c_str();
    const char* end = s + title.size();
    ImFont* font = ImGui::GetFont();
    // The font may be rasterized at the device pixel ratio and scaled down: wrap at the drawn size.
    const char* cut = font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, s, end, g.label_w);
    if (cut == s) cut = end;
    float ty = cut >= end ? y - g.line * 0.5f : y - g.line;
    float left = g.origin.x;
    dl->AddText(ImVec2(left, ty), ImGui::GetColorU32(palette().text), s, cut);
    if (cut >= end) return;
    while (cut < end && *cut == ' ') ++cut;
    ImGui::RenderTextEllipsis(dl, ImVec2(left, ty + g.line), ImVec2(left + g.label_w, ty + 2 * g.line), left + g.label_w,
                              left + g.label_w, cut, end, nullptr);
}

void draw_row(ImDrawList* dl, const ChartGeometry& g, const scorecard::CompetencyStats& c, size_t i, float top) {
    const Palette& p = palette();
    float y = top + g.row * float(i) + g.row * 0.5f;
    if (i % 2)
        dl->AddRectFilled(ImVec2(g.origin.x, top + g.row * float(i)), ImVec2(g.origin.x + g.width, top + g.row * float(i + 1)),
                          ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
    draw_row_title(dl, g, c.title, y);
    if (c.n == 0) {
        dl->AddText(ImVec2(g.x0, y - g.line * 0.5f), ImGui::GetColorU32(p.muted), "nobody assessed");
        return;
    }
    ImU32 col = ImGui::GetColorU32(c.disagreement ? p.warn : p.accent);
    dl->AddRectFilled(ImVec2(g.x(*c.min) - 5, y - 5), ImVec2(g.x(*c.max) + 5, y + 5), col, 5.0f);
    dl->AddCircleFilled(ImVec2(g.x(*c.mean), y), 6.5f, ImGui::GetColorU32(p.text));
    std::string m = "mean " + scorecard::format_number(*c.mean);
    dl->AddText(ImVec2(g.x1 + 12, y - g.line * 0.5f), ImGui::GetColorU32(p.muted), m.c_str());
}

}  // namespace

void draw_panel_chart(const scorecard::Panel& panel, float width) {
    ChartGeometry g{};
    g.origin = ImGui::GetCursorScreenPos();
    g.width = width;
    g.line = ImGui::GetTextLineHeight();
    g.row = g.line * 2 + 10;  // titles get two lines before an ellipsis
    g.label_w = std::min(340.0f, width * 0.4f);
    g.legend_h = g.line + 10;
    g.axis_h = g.line + 8;
    g.x0 = g.origin.x + g.label_w + 24;
    g.x1 = g.origin.x + width - (ImGui::CalcTextSize("mean 0.00").x + 12) - 12;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_legend(dl, g);
    float top = g.origin.y + g.legend_h, bottom = top + g.row * float(panel.competencies.size());
    draw_axis(dl, g, top, bottom);
    for (size_t i = 0; i < panel.competencies.size(); ++i) draw_row(dl, g, panel.competencies[i], i, top);
    ImGui::Dummy(ImVec2(width, g.legend_h + g.row * float(panel.competencies.size()) + g.axis_h));
}

}  // namespace ui
