// Dear ImGui renderer for WebGL2, written for a page where ImGui owns the whole context.
//
// ImGui's own OpenGL3 renderer reads back and restores some twenty GL states every frame so
// that it can live inside an engine; in a browser each read is a synchronous getParameter
// that waits for the GPU process, which made a typed key cost a whole frame of waiting.
// This one sets the state it needs and never reads any, keeps its vertex array and buffers
// between frames, and keeps the font atlas as a one-channel texture (a quarter of the
// memory, and no RGBA copy of a 2048x2048 atlas in the WASM heap).
#pragma once

struct ImDrawData;

// Compiles the shaders and creates the buffers; false when WebGL2 refused (the caller says so).
bool ImGui_ImplWebGL2_Init();
void ImGui_ImplWebGL2_Shutdown();
// Uploads the font atlas (call again after rebuilding the fonts) and frees ImGui's CPU copy.
void ImGui_ImplWebGL2_UploadFonts();
// Draws ImGui's lists into the current framebuffer (viewport and clear are the caller's).
void ImGui_ImplWebGL2_RenderDrawData(const ImDrawData* draw_data);
