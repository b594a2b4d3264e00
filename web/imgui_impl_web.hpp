// Dear ImGui platform backend for the browser (input, display size, pixel ratio,
// clipboard, IME position), in the style of ImGui's own backends/imgui_impl_<x>:
// the browser events arrive from web/scorecard_glue.js through the sc_* exports
// in imgui_impl_web.cpp. Rendering is ImGui's own imgui_impl_opengl3 over WebGL2.
#pragma once

struct ImGui_ImplWeb_Display {
    float css_width = 1, css_height = 1;    // canvas size in CSS pixels (ImGui's coordinates)
    float scale_x = 1, scale_y = 1;         // backing-store pixels per CSS pixel
};

bool ImGui_ImplWeb_Init(bool is_mac);
void ImGui_ImplWeb_Shutdown();
// Sets DisplaySize, DisplayFramebufferScale and DeltaTime for the coming frame.
void ImGui_ImplWeb_NewFrame(double now_seconds);
const ImGui_ImplWeb_Display& ImGui_ImplWeb_GetDisplay();
// True once after the pixel ratio changed: the font atlas must be rebuilt at the new scale.
bool ImGui_ImplWeb_ConsumeScaleChange();
// Input arrived since the last frame (the caller keeps drawing a few frames after).
bool ImGui_ImplWeb_ConsumeInput();
