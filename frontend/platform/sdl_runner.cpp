#include "sdl_runner.h"

#include <cfloat>
#include <cstdio>
#include <string>

#include <SDL.h>

static_assert(SDL_MAJOR_VERSION == 2, "SDL 1 headers were found before SDL 2's");

#include "../app.h"
#include "../automation.h"
#include "../widgets.h"
#include "gl_renderer.h"
#include "imgui.h"
#include "imgui_impl_sdl2.h"
#include "imgui_internal.h"

// [SECTION] Init and shutdown
// [SECTION] Input
// [SECTION] Frame

static double MsSince(Uint64 start)
{
    return static_cast<double>(SDL_GetPerformanceCounter() - start) * 1000.0 / static_cast<double>(SDL_GetPerformanceFrequency());
}

// [SECTION] Init and shutdown

bool SdlRunner::Init(const RunnerParams& params, App& app)
{
    if (!OpenWindow(params, app))
        return false;
    StartImGui();
    return true;
}

bool SdlRunner::OpenWindow(const RunnerParams& params, App& app)
{
    Params_ = params;
    App_ = &app;
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");  // ImGui sees touches as touch-screen mouse input
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0)
    {
        std::fprintf(stderr, "trellis: SDL_Init failed: %s\n", SDL_GetError());
        return false;
    }
    if (params.GlEs)
    {
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    }
    else
    {
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    }
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    Window_ = SDL_CreateWindow(params.WindowTitle, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               params.WindowWidth, params.WindowHeight, flags);
    if (Window_ == nullptr)
    {
        std::fprintf(stderr, "trellis: SDL_CreateWindow failed: %s\n", SDL_GetError());
        return false;
    }
    GlContext_ = SDL_GL_CreateContext(Window_);
    if (GlContext_ == nullptr)
    {
        std::fprintf(stderr, "trellis: no OpenGL context: %s\n", SDL_GetError());
        return false;
    }
    SDL_GL_MakeCurrent(Window_, GlContext_);
    SDL_GL_SetSwapInterval(1);
    return true;
}

void SdlRunner::StartImGui()
{
    App& app = *App_;
    IMGUI_CHECKVERSION();
    ImGuiContext* ctx = ImGui::CreateContext();
    AutomationInstall(ctx);
    ConfigureImGuiIo();
    ImGui_ImplSDL2_InitForOpenGL(Window_, GlContext_);
    // Copying in a text field goes to the system clipboard through the Platform (on the web, SDL's
    // clipboard never leaves the page). Pasting arrives as typed text there (web/pre.js), so the
    // read side stays SDL's.
    ImGuiIO& io = ImGui::GetIO();
    io.ClipboardUserData = &app.GetPlatform();
    io.SetClipboardTextFn = [](void* platform, const char* text) { static_cast<Platform*>(platform)->SetClipboardText(Widgets::CopiedText(text)); };
    app.FollowSystemTheme(app.GetPlatform().PrefersDarkTheme());
    Pacer_ = FramePacer(Params_.SettleFrames);
    Pacer_.Wake();                            // the first DrawFrame() bakes the fonts
}

void SdlRunner::Shutdown()
{
    Renderer_.Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(GlContext_);
    SDL_DestroyWindow(Window_);
    SDL_Quit();
}

// [SECTION] Input

bool SdlRunner::PollEvents()
{
    bool running = true;
    SDL_Event event;
    while (SDL_PollEvent(&event))
    {
        if (TakePinch(event))
        {
            Pacer_.Wake();
            continue;
        }
        // SDL sends no motion for a touch that lands where the last one did, but ImGui's pointer
        // left at that lift (below): put it back under the finger before the press.
        if (event.type == SDL_MOUSEBUTTONDOWN && event.button.which == SDL_TOUCH_MOUSEID)
        {
            ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
            ImGui::GetIO().AddMousePosEvent(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        Pacer_.Wake();
        if (event.type == SDL_QUIT)
            running = false;
        // A file dropped on the window is imported like a picked one (the web build's drop is in
        // web/pre.js: SDL does not see it there).
        if (event.type == SDL_DROPFILE && event.drop.file != nullptr)
        {
            const std::string path = event.drop.file;
            SDL_free(event.drop.file);
            App_->OpenFileAt(path);
        }
        // A finger that lifts leaves no pointer behind: move ImGui's mouse away, or the last
        // button tapped would stay hovered. ImGui's input queue applies this after the release.
        if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID)
            ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    }
    // Something the app shows ends on its own (a toast): one more frame when its time comes.
    const double wake = App_->WakeAtTime();
    if (wake > 0.0 && !Pacer_.NeedsFrame() && FramesDrawn_ > 0 && LastFrameTime_ + MsSince(LastFrameCounter_) / 1000.0 >= wake)
        Pacer_.Wake();
    return running;
}

bool SdlRunner::TakePinch(const SDL_Event& event)
{
    ImGuiIO& io = ImGui::GetIO();
    if (event.type == SDL_FINGERDOWN || event.type == SDL_FINGERMOTION || event.type == SDL_FINGERUP)
    {
        int window_w = 0, window_h = 0;
        SDL_GetWindowSize(Window_, &window_w, &window_h);
        const ImVec2 pos(event.tfinger.x * static_cast<float>(window_w), event.tfinger.y * static_cast<float>(window_h));
        const int64_t finger = static_cast<int64_t>(event.tfinger.fingerId);
        if (event.type == SDL_FINGERDOWN)
            Pinch_.FingerDown(finger, pos);
        else if (event.type == SDL_FINGERMOTION)
            Pinch_.FingerMove(finger, pos);
        else
            Pinch_.FingerUp(finger);
        if (Pinch_.TakeStarted())
        {
            // The first finger's press lifts away from what it pressed: no tap, no drag, no fling.
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
            App_->CancelTouchScroll();
        }
        if (const int steps = Pinch_.TakeSteps())
            App_->StepTextSize(steps);
        return true;
    }
    const bool touch_mouse = (event.type == SDL_MOUSEMOTION && event.motion.which == SDL_TOUCH_MOUSEID) ||
                             ((event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) && event.button.which == SDL_TOUCH_MOUSEID);
    return touch_mouse && Pinch_.Holding();
}

bool SdlRunner::Idle() const
{
    return !NeedsFrame() && !SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT);
}

// [SECTION] Frame

bool SdlRunner::RebuildFontsIfNeeded()
{
    NoteQueuedText(App_->Glyphs());
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(Window_, &window_w, &window_h);
    SDL_GL_GetDrawableSize(Window_, &drawable_w, &drawable_h);
    float scale = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
    if (scale <= 0.0f)
        scale = 1.0f;
    if (!FontsNeedRebuild(App_->Fonts(), App_->Metrics(), scale, App_->Glyphs()))
        return false;
    App_->Fonts() = LoadFonts(App_->Metrics(), scale, App_->Glyphs());
    if (GpuReady_)
        Renderer_.UploadFonts();
    return true;
}

bool SdlRunner::PrepareGpu()
{
    if (!GpuReady_)
    {
        GpuReady_ = Renderer_.Init(Params_.GlslVersion);
        if (GpuReady_)
            Renderer_.UploadFonts();
    }
    return GpuReady_;
}


void SdlRunner::DrawFrame()
{
    RebuildFontsIfNeeded();
    if (!PrepareGpu())
        return;
    ImGuiIO& io = ImGui::GetIO();
    const Uint64 build_start = SDL_GetPerformanceCounter();
    ImGui_ImplSDL2_NewFrame();
    if (io.DeltaTime <= 0.0f)
        io.DeltaTime = 1.0f / 1000.0f;  // a browser may freeze its clock; ImGui asserts on zero
    ImGui::NewFrame();
    LastFrameTime_ = ImGui::GetTime();
    LastFrameCounter_ = SDL_GetPerformanceCounter();
    App_->Draw();
    ImGui::Render();
    AutomationEndFrame();
    LastFrame_.BuildMs = MsSince(build_start);

    const Uint64 submit_start = SDL_GetPerformanceCounter();
    Renderer_.Render(ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    SDL_GL_SwapWindow(Window_);
    LastFrame_.SubmitMs = MsSince(submit_start);
    FramesDrawn_++;
    // ImGui spreads a burst of input over several frames (press, release, ...): drawing goes on
    // until its queue is empty, and while a fling still moves the page (frame_pacer.h).
    Pacer_.FrameDrawn(ImGui::GetDrawData(), ImGui::GetCurrentContext()->InputEventsQueue.Size > 0, App_->IsAnimating());
    if (io.WantTextInput != WantedText_)
    {
        WantedText_ = io.WantTextInput;
        if (Params_.TextInputChanged)
            Params_.TextInputChanged(WantedText_);
    }
}
