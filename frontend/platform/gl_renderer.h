// Draws Dear ImGui's draw data with OpenGL 3 (the desktop) or OpenGL ES 3 (WebGL 2 in a browser).
//
// Trellis owns its GL context alone, so unlike Dear ImGui's own OpenGL backend this renderer never
// reads GL state back to restore it afterwards. In a browser every such read (glGetIntegerv,
// glIsEnabled) waits for the GPU process to finish all the work queued before it: measured in
// Chromium with a software rasteriser, 13 reads a frame kept the main thread blocked 85 ms of
// every scrolling frame, while ImGui and the app took 0.2 ms. Here a frame only queues commands.
#pragma once

#include <cstddef>

struct ImDrawData;
struct ImVec4;

class GlRenderer
{
public:
    // Compiles the shaders and makes the buffers; `glsl_version` is the shaders' first line,
    // "#version 130" (OpenGL 3.0) or "#version 300 es" (WebGL 2). False, with the reason on
    // stderr, when the shaders do not build.
    bool    Init(const char* glsl_version);
    void    Shutdown();

    // Uploads ImGui's font atlas (an alpha-only texture) and hands its id to ImGui; again after
    // each bake, replacing the last one.
    void    UploadFonts();

    // Clears the current framebuffer to `clear` (opaque) and draws the frame, scissored per draw
    // command.
    void    Render(const ImDrawData* data, const ImVec4& clear);

private:
    unsigned int    Program_ = 0;
    unsigned int    VertexArray_ = 0;
    unsigned int    VertexBuffer_ = 0;
    unsigned int    IndexBuffer_ = 0;
    unsigned int    FontTexture_ = 0;
    int             ProjectionAt_ = -1;     // uniform locations, read once at Init()
    int             TextureAt_ = -1;
};
