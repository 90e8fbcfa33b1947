#include "gl_renderer.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>

#if defined(__EMSCRIPTEN__)
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES 1       // libGL exports the OpenGL 3 functions; no loader needed
#include <SDL_opengl.h>
#endif

#include "imgui.h"

// [SECTION] Shaders
// [SECTION] Init and shutdown
// [SECTION] Fonts
// [SECTION] Drawing

// [SECTION] Shaders

// Attribute slots, bound before linking so that nothing is looked up afterwards.
enum : GLuint { kPosition = 0, kUv = 1, kColor = 2 };

static const char* const kVertexShader = R"(
uniform mat4 Projection;
in vec2 Position;
in vec2 UV;
in vec4 Color;
out vec2 FragUV;
out vec4 FragColor;
void main()
{
    FragUV = UV;
    FragColor = Color;
    gl_Position = Projection * vec4(Position, 0.0, 1.0);
}
)";

// The atlas holds coverage only (the fonts have no colour glyphs): one channel, a quarter of the
// upload of an RGBA atlas, which at a phone's pixel ratio is megabytes.
static const char* const kFragmentShader = R"(
#ifdef GL_ES
precision mediump float;
#endif
uniform sampler2D Texture;
in vec2 FragUV;
in vec4 FragColor;
out vec4 OutColor;
void main()
{
    OutColor = vec4(FragColor.rgb, FragColor.a * texture(Texture, FragUV).r);
}
)";

static GLuint CompileShader(GLenum type, const char* glsl_version, const char* source)
{
    const std::string version = std::string(glsl_version) + "\n";
    const GLchar* sources[2] = { version.c_str(), source };
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 2, sources, nullptr);
    glCompileShader(shader);
    return shader;
}

// Only called when linking failed: asking for a status waits for the compiler, so a good build
// asks once, for the program's.
static void PrintShaderLog(const char* what, GLuint shader)
{
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE)
        return;
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof(log), nullptr, log);
    std::fprintf(stderr, "trellis: the %s shader does not compile: %s\n", what, log);
}

// [SECTION] Init and shutdown

bool GlRenderer::Init(const char* glsl_version)
{
    const GLuint vertex = CompileShader(GL_VERTEX_SHADER, glsl_version, kVertexShader);
    const GLuint fragment = CompileShader(GL_FRAGMENT_SHADER, glsl_version, kFragmentShader);
    Program_ = glCreateProgram();
    glAttachShader(Program_, vertex);
    glAttachShader(Program_, fragment);
    glBindAttribLocation(Program_, kPosition, "Position");
    glBindAttribLocation(Program_, kUv, "UV");
    glBindAttribLocation(Program_, kColor, "Color");
    glLinkProgram(Program_);
    GLint linked = GL_FALSE;
    glGetProgramiv(Program_, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE)
    {
        PrintShaderLog("vertex", vertex);
        PrintShaderLog("fragment", fragment);
        char log[1024] = {};
        glGetProgramInfoLog(Program_, sizeof(log), nullptr, log);
        std::fprintf(stderr, "trellis: the shaders do not link: %s\n", log);
    }
    glDetachShader(Program_, vertex);
    glDetachShader(Program_, fragment);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    if (linked != GL_TRUE)
    {
        Shutdown();
        return false;
    }
    ProjectionAt_ = glGetUniformLocation(Program_, "Projection");
    TextureAt_ = glGetUniformLocation(Program_, "Texture");

    // One vertex array for ever: the vertex layout and both buffers are bound to it once.
    glGenVertexArrays(1, &VertexArray_);
    glGenBuffers(1, &VertexBuffer_);
    glGenBuffers(1, &IndexBuffer_);
    glBindVertexArray(VertexArray_);
    glBindBuffer(GL_ARRAY_BUFFER, VertexBuffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, IndexBuffer_);
    glEnableVertexAttribArray(kPosition);
    glEnableVertexAttribArray(kUv);
    glEnableVertexAttribArray(kColor);
    const GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    glBindVertexArray(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "trellis_gl";
    return true;
}

void GlRenderer::Shutdown()
{
    if (FontTexture_ != 0)
        glDeleteTextures(1, &FontTexture_);
    if (VertexArray_ != 0)
        glDeleteVertexArrays(1, &VertexArray_);
    if (VertexBuffer_ != 0)
        glDeleteBuffers(1, &VertexBuffer_);
    if (IndexBuffer_ != 0)
        glDeleteBuffers(1, &IndexBuffer_);
    if (Program_ != 0)
        glDeleteProgram(Program_);
    *this = GlRenderer();
    if (ImGui::GetCurrentContext() != nullptr)
        ImGui::GetIO().Fonts->SetTexID(nullptr);
}

// [SECTION] Fonts

void GlRenderer::UploadFonts()
{
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (FontTexture_ != 0)
        glDeleteTextures(1, &FontTexture_);
    glGenTextures(1, &FontTexture_);
    glBindTexture(GL_TEXTURE_2D, FontTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);     // rows of one byte a pixel need not be 4-aligned
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(FontTexture_)));
}

// [SECTION] Drawing

void GlRenderer::Render(const ImDrawData* data, const ImVec4& clear)
{
    const ImVec2 scale = data->FramebufferScale;
    const int fb_width = static_cast<int>(data->DisplaySize.x * scale.x);
    const int fb_height = static_cast<int>(data->DisplaySize.y * scale.y);
    if (fb_width <= 0 || fb_height <= 0 || Program_ == 0)
        return;

    // The same state every frame, set without asking what it was: nothing else draws here.
    glViewport(0, 0, fb_width, fb_height);
    glDisable(GL_SCISSOR_TEST);     // the last frame's draws left it on, and it clips a clear too
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(Program_);
    glUniform1i(TextureAt_, 0);
    glActiveTexture(GL_TEXTURE0);

    // Screen coordinates (DisplayPos at the top left) to clip space.
    const float left = data->DisplayPos.x;
    const float right = data->DisplayPos.x + data->DisplaySize.x;
    const float top = data->DisplayPos.y;
    const float bottom = data->DisplayPos.y + data->DisplaySize.y;
    const float projection[4][4] = {
        { 2.0f / (right - left), 0.0f, 0.0f, 0.0f },
        { 0.0f, 2.0f / (top - bottom), 0.0f, 0.0f },
        { 0.0f, 0.0f, -1.0f, 0.0f },
        { (right + left) / (left - right), (top + bottom) / (bottom - top), 0.0f, 1.0f },
    };
    glUniformMatrix4fv(ProjectionAt_, 1, GL_FALSE, &projection[0][0]);
    glBindVertexArray(VertexArray_);

    const GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (const ImDrawList* list : data->CmdLists)
    {
        // A new store each time (orphaning): the GPU may still be reading the last one.
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.size_in_bytes()), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.size_in_bytes()), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer)
        {
            if (cmd.UserCallback != nullptr)
            {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState)    // the state is this frame's already
                    cmd.UserCallback(list, &cmd);
                continue;
            }
            const float min_x = (cmd.ClipRect.x - left) * scale.x;
            const float min_y = (cmd.ClipRect.y - top) * scale.y;
            const float max_x = std::min((cmd.ClipRect.z - left) * scale.x, static_cast<float>(fb_width));
            const float max_y = std::min((cmd.ClipRect.w - top) * scale.y, static_cast<float>(fb_height));
            if (max_x <= min_x || max_y <= min_y)
                continue;
            // GL counts the scissor's rows from the bottom.
            glScissor(static_cast<GLint>(min_x), static_cast<GLint>(static_cast<float>(fb_height) - max_y),
                      static_cast<GLsizei>(max_x - min_x), static_cast<GLsizei>(max_y - min_y));
            glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
            // Without a base vertex (WebGL 2 has none) ImGui keeps every list under 64k vertices
            // and each command's VtxOffset at 0: io.BackendFlags does not claim RendererHasVtxOffset.
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), index_type,
                           reinterpret_cast<void*>(static_cast<intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glBindVertexArray(0);
}
