// The floor for Trellis's stack: one Dear ImGui window on SDL2 + WebGL2, nothing else. scripts/bench
// measures it beside Trellis (download size, first frame, heap, frames while idle), so each Trellis
// figure can be read against what the libraries alone cost.
//
// Like most ImGui apps it draws every frame, idle or not. It publishes window.hello for the bench:
//   firstFrameMs  performance.now() when the first frame was drawn (null before)
//   frames        frames drawn so far
#include <emscripten.h>
#include <SDL.h>
#include <SDL_opengles2.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

static_assert(SDL_MAJOR_VERSION == 2, "SDL 1 headers were found before SDL 2's");

static SDL_Window* g_Window = nullptr;

static void MainLoopStep()
{
    SDL_Event event;
    while (SDL_PollEvent(&event))
        ImGui_ImplSDL2_ProcessEvent(&event);

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Hello");
    ImGui::Text("Hello, world");
    ImGui::End();
    ImGui::Render();

    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.95f, 0.96f, 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(g_Window);

    EM_ASM({
        if (window.hello.firstFrameMs === null) window.hello.firstFrameMs = performance.now();
        window.hello.frames++;
    });
}

// As in Trellis (frontend/platform/main_web.cpp): no GL function is looked up by name, so the
// JavaScript of all of WebGL stays out of the page.
extern "C" void* eglGetProcAddress(const char* name)
{
    return nullptr;
}

int main()
{
    // (No object literal here: the preprocessor would split EM_ASM's argument at its comma.)
    EM_ASM({
        window.hello = {};
        window.hello.firstFrameMs = null;
        window.hello.frames = 0;
    });
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0)
        return 1;
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    // The same window as Trellis's: a phone-sized canvas at the device pixel ratio.
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    g_Window = SDL_CreateWindow("Hello", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 390, 844, flags);
    if (g_Window == nullptr)
        return 1;
    SDL_GLContext gl_context = SDL_GL_CreateContext(g_Window);
    if (gl_context == nullptr)
        return 1;
    SDL_GL_MakeCurrent(g_Window, gl_context);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(g_Window, gl_context);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(MainLoopStep, 0, false);
    return 0;
}
