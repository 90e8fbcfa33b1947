// The SDL2 + OpenGL loop shared by the web and desktop builds: window, GL context, ImGui backends,
// input, crisp fonts at the device pixel ratio, and idling (no frame drawn while nothing changes).
// main_web.cpp and main_desktop.cpp own the loop itself; this does one step at a time.
#pragma once

#include <cstdint>

#include "frame_pacer.h"
#include "gl_renderer.h"
#include "../pinch.h"

class App;
struct SDL_Window;
union SDL_Event;

struct RunnerParams
{
    const char* WindowTitle = "Trellis";    // desktop window title
    int         WindowWidth = 390;          // initial window size in CSS px (desktop: a phone's)
    int         WindowHeight = 844;
    const char* GlslVersion = "#version 130"; // "#version 300 es" for WebGL2
    bool        GlEs = false;               // request an OpenGL ES 3.0 context (WebGL2)
    // Called after a frame in which ImGui started or stopped wanting text; the web build raises or
    // hides the phone keyboard with it. nullptr: SDL's own text input is enough (the desktop).
    void        (*TextInputChanged)(bool wants_text) = nullptr;
    int         SettleFrames = 3;           // frames drawn after the last event; more follow while
                                            // each frame still differs from the one before
};

// Where the main thread's time went in the last frame drawn, in milliseconds.
struct FrameTiming
{
    double BuildMs = 0.0;       // ImGui's frame and the app's drawing: NewFrame() to Render()
    double SubmitMs = 0.0;      // the GL calls that hand the frame to the GPU, and the swap
};

class SdlRunner
{
public:
    // OpenWindow() then StartImGui(); false when there is no window or GL context.
    bool        Init(const RunnerParams& params, App& app);
    bool        OpenWindow(const RunnerParams& params, App& app);  // SDL, the window, the GL context
    void        StartImGui();                                       // ImGui, its SDL backend, the theme
    void        Shutdown();

    // Reads pending events; returns false when the window was closed.
    bool        PollEvents();
    // True when something changed since the last frame drawn.
    bool        NeedsFrame() const  { return Pacer_.NeedsFrame(); }
    // True when nothing is left to draw: no frame owed and no input waiting for the next one.
    bool        Idle() const;
    // Input arrived outside SDL (the web's text field): draw until it settles.
    void        Wake()              { Pacer_.Wake(); }
    void        DrawFrame();
    // A new device pixel ratio, or letters to draw that the atlas lacks: bake the fonts again.
    // DrawFrame() does it first; the web build calls it alone once, so start-up is shorter tasks.
    bool        RebuildFontsIfNeeded();
    // The shaders and the font texture on the GPU. DrawFrame() does it first when not done yet; the
    // web build calls it alone once, after the fonts are baked, as a start-up task of its own.
    // False when the shaders do not build (the reason is on stderr).
    bool        PrepareGpu();

    uint64_t            FramesDrawn() const { return FramesDrawn_; }
    const FrameTiming&  LastFrame() const   { return LastFrame_; }

private:
    // Finger events: a pinch steps the text size, and while one holds, the fingers' pointer input
    // (SDL's mouse events made from touches) goes nowhere. True when `event` is used up.
    bool        TakePinch(const SDL_Event& event);

    RunnerParams    Params_;
    App*            App_ = nullptr;
    SDL_Window*     Window_ = nullptr;
    void*           GlContext_ = nullptr;
    FramePacer      Pacer_;
    PinchGesture    Pinch_;                 // which frames to draw: none while nothing changes
    bool            WantedText_ = false;    // io.WantTextInput after the last frame
    bool            GpuReady_ = false;      // PrepareGpu() done: a font rebuild uploads the texture again
    uint64_t        FramesDrawn_ = 0;
    FrameTiming     LastFrame_;
    double          LastFrameTime_ = 0.0;   // ImGui::GetTime() of the last frame drawn
    uint64_t        LastFrameCounter_ = 0;  // SDL's performance counter then
    GlRenderer      Renderer_;
};
