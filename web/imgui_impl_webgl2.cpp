// Dear ImGui renderer for WebGL2 (see imgui_impl_webgl2.hpp for why it is not ImGui's
// OpenGL3 renderer). Its data hangs off io.BackendRendererUserData, as ImGui's backends do.
#include "web/imgui_impl_webgl2.hpp"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

#include "imgui.h"

namespace {

struct Renderer {
    GLuint program = 0;
    GLint proj = -1;
    GLint texture_unit = -1;
    GLuint vao = 0, vbo = 0, ebo = 0;
    GLuint font_texture = 0;
};

// Attribute locations are fixed in the shader, so nothing is looked up per frame.
constexpr GLuint kPos = 0, kUv = 1, kColor = 2;

// The atlas is one channel (coverage); ImGui's colour comes with the vertex.
constexpr const char* kVertexShader =
    "#version 300 es\n"
    "precision highp float;\n"
    "layout (location = 0) in vec2 Position;\n"
    "layout (location = 1) in vec2 UV;\n"
    "layout (location = 2) in vec4 Color;\n"
    "uniform mat4 ProjMtx;\n"
    "out vec2 Frag_UV;\n"
    "out vec4 Frag_Color;\n"
    "void main() {\n"
    "    Frag_UV = UV;\n"
    "    Frag_Color = Color;\n"
    "    gl_Position = ProjMtx * vec4(Position.xy, 0, 1);\n"
    "}\n";

constexpr const char* kFragmentShader =
    "#version 300 es\n"
    "precision mediump float;\n"
    "uniform sampler2D Texture;\n"
    "in vec2 Frag_UV;\n"
    "in vec4 Frag_Color;\n"
    "layout (location = 0) out vec4 Out_Color;\n"
    "void main() {\n"
    "    Out_Color = vec4(Frag_Color.rgb, Frag_Color.a * texture(Texture, Frag_UV.st).r);\n"
    "}\n";

Renderer* renderer() {
    return ImGui::GetCurrentContext() ? static_cast<Renderer*>(ImGui::GetIO().BackendRendererUserData) : nullptr;
}

// Compile and link errors are read once, at start-up, and go to the console.
GLuint compile(GLenum kind, const char* source) {
    GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return shader;
    char log[512] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "WebGL2 shader: %s\n", log);
    glDeleteShader(shader);
    return 0;
}

GLuint link_program() {
    GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
    GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    if (!vs || !fs) return 0;
    GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok == GL_TRUE) return program;
    std::fprintf(stderr, "WebGL2 shader program did not link\n");
    glDeleteProgram(program);
    return 0;
}

// The vertex array remembers the buffers and the layout of ImDrawVert.
void create_vertex_array(Renderer& r) {
    glGenVertexArrays(1, &r.vao);
    glGenBuffers(1, &r.vbo);
    glGenBuffers(1, &r.ebo);
    glBindVertexArray(r.vao);
    glBindBuffer(GL_ARRAY_BUFFER, r.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.ebo);
    glEnableVertexAttribArray(kPos);
    glEnableVertexAttribArray(kUv);
    glEnableVertexAttribArray(kColor);
    const auto stride = GLsizei(sizeof(ImDrawVert));
    glVertexAttribPointer(kPos, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
}

// Everything the draw needs, set every frame: nothing else draws into this context, but
// setting it costs nothing and reading it back would cost a wait.
void set_state(const Renderer& r, const ImDrawData& dd) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    const float l = dd.DisplayPos.x, rt = dd.DisplayPos.x + dd.DisplaySize.x;
    const float t = dd.DisplayPos.y, b = dd.DisplayPos.y + dd.DisplaySize.y;
    const float ortho[4][4] = {
        {2.0f / (rt - l), 0.0f, 0.0f, 0.0f},
        {0.0f, 2.0f / (t - b), 0.0f, 0.0f},
        {0.0f, 0.0f, -1.0f, 0.0f},
        {(rt + l) / (l - rt), (t + b) / (b - t), 0.0f, 1.0f},
    };
    glUseProgram(r.program);
    glUniform1i(r.texture_unit, 0);
    glUniformMatrix4fv(r.proj, 1, GL_FALSE, &ortho[0][0]);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(r.vao);
    glBindBuffer(GL_ARRAY_BUFFER, r.vbo);
}

void draw_list(const ImDrawList& list, const ImDrawData& dd, int fb_height) {
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list.VtxBuffer.Size) * GLsizeiptr(sizeof(ImDrawVert)), list.VtxBuffer.Data,
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list.IdxBuffer.Size) * GLsizeiptr(sizeof(ImDrawIdx)), list.IdxBuffer.Data,
                 GL_STREAM_DRAW);
    const ImVec2 off = dd.DisplayPos, scale = dd.FramebufferScale;
    const GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback) {
            // Scorecard adds no callbacks; ImGui's own reset marker needs nothing here.
            if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
            continue;
        }
        const ImVec2 lo((cmd.ClipRect.x - off.x) * scale.x, (cmd.ClipRect.y - off.y) * scale.y);
        const ImVec2 hi((cmd.ClipRect.z - off.x) * scale.x, (cmd.ClipRect.w - off.y) * scale.y);
        if (hi.x <= lo.x || hi.y <= lo.y) continue;
        glScissor(int(lo.x), int(float(fb_height) - hi.y), int(hi.x - lo.x), int(hi.y - lo.y));
        glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(cmd.GetTexID())));
        glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), index_type,
                       reinterpret_cast<void*>(intptr_t(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
}

}  // namespace

bool ImGui_ImplWebGL2_Init() {
    ImGuiIO& io = ImGui::GetIO();
    IM_ASSERT(io.BackendRendererUserData == nullptr && "renderer already initialised");
    GLuint program = link_program();
    if (!program) return false;
    auto* r = IM_NEW(Renderer)();
    r->program = program;
    r->proj = glGetUniformLocation(program, "ProjMtx");
    r->texture_unit = glGetUniformLocation(program, "Texture");
    create_vertex_array(*r);
    io.BackendRendererUserData = r;
    io.BackendRendererName = "imgui_impl_webgl2";
    // No ImGuiBackendFlags_RendererHasVtxOffset: WebGL2 has no base-vertex draw, so ImGui
    // splits lists at 64k vertices for 16-bit indices instead.
    return true;
}

void ImGui_ImplWebGL2_Shutdown() {
    Renderer* r = renderer();
    if (!r) return;
    ImGuiIO& io = ImGui::GetIO();
    if (r->font_texture) glDeleteTextures(1, &r->font_texture);
    glDeleteBuffers(1, &r->vbo);
    glDeleteBuffers(1, &r->ebo);
    glDeleteVertexArrays(1, &r->vao);
    glDeleteProgram(r->program);
    io.Fonts->SetTexID(nullptr);
    io.BackendRendererUserData = nullptr;
    io.BackendRendererName = nullptr;
    IM_DELETE(r);
}

void ImGui_ImplWebGL2_UploadFonts() {
    Renderer* r = renderer();
    IM_ASSERT(r && "ImGui_ImplWebGL2_Init first");
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (!r->font_texture) glGenTextures(1, &r->font_texture);
    glBindTexture(GL_TEXTURE_2D, r->font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    // Rows of one byte are not 4-aligned unless the width is.
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(intptr_t(r->font_texture)));
    // The GPU has it now; the fonts are rebuilt from their files when they change.
    io.Fonts->ClearTexData();
}

void ImGui_ImplWebGL2_RenderDrawData(const ImDrawData* dd) {
    Renderer* r = renderer();
    if (!r || !dd) return;
    const int fb_width = int(dd->DisplaySize.x * dd->FramebufferScale.x);
    const int fb_height = int(dd->DisplaySize.y * dd->FramebufferScale.y);
    if (fb_width <= 0 || fb_height <= 0) return;
    set_state(*r, *dd);
    for (int n = 0; n < dd->CmdListsCount; ++n) draw_list(*dd->CmdLists[n], *dd, fb_height);
    // The canvas is composited after this: leave the scissor off for the next frame's clear.
    glDisable(GL_SCISSOR_TEST);
}
