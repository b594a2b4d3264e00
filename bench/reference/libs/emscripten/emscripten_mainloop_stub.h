// The benchmark's reference (scripts/bench.sh) is Dear ImGui's own GLFW + OpenGL3
// example, compiled unchanged from the fetched sources. Its main.cpp includes this
// helper from examples/libs/, which the source tarball leaves out: the same three
// lines, turning the example's loop body into Emscripten's main loop.
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
