// The web build: the browser half of Platform (with web/platform_library.js) and the main loop.
//
// web/pre.js mounts the IDBFS folder and loads it from IndexedDB before main() runs, so the
// workspace is on disk for App::Open(). Frames are driven by requestAnimationFrame, but one is drawn
// only when something changed: an idle page costs nothing.
#include <cstdint>
#include <string>

#include <emscripten.h>

#include "../app.h"
#include "../automation.h"
#include "../platform.h"
#include "imgui.h"
#include "sdl_runner.h"

// [SECTION] JavaScript imports (web/platform_library.js)
// [SECTION] WebPlatform
// [SECTION] Text input exports (web/pre.js feeds the hidden text field's input to ImGui)
// [SECTION] Automation exports (window.trellis)
// [SECTION] GL functions by name
// [SECTION] Main loop

// [SECTION] JavaScript imports (web/platform_library.js)

extern "C" {
double   trellis_js_now_ms(void);
void     trellis_js_persist_soon(void);
void     trellis_js_first_frame(void);
int      trellis_js_utc_offset_minutes(void);
uint32_t trellis_js_random_u32(void);
void     trellis_js_text_input(int active);
int      trellis_js_prefers_dark(void);
}

// [SECTION] WebPlatform

class WebPlatform final : public Platform
{
public:
    trellis::FileSystem&    Files() override                { return Files_; }
    std::string             DataDir() const override        { return "/data"; }
    void                    PersistSoon() override          { trellis_js_persist_soon(); }
    int64_t                 NowMs() override                { return static_cast<int64_t>(trellis_js_now_ms()); }
    int                     UtcOffsetMinutes() override     { return trellis_js_utc_offset_minutes(); }
    uint64_t                EntropySeed() override
    {
        return (static_cast<uint64_t>(trellis_js_random_u32()) << 32) | trellis_js_random_u32();
    }

    bool                    PrefersDarkTheme() override     { return trellis_js_prefers_dark() != 0; }

private:
    trellis::DiskFileSystem Files_;     // IDBFS is a POSIX folder to the core
};

// Made in main(), after web/pre.js has loaded the IDBFS folder; they live as long as the page.
static SdlRunner*   g_Runner = nullptr;
static App*         g_App = nullptr;

// [SECTION] Text input exports (web/pre.js feeds the hidden text field's input to ImGui)

extern "C" {

EMSCRIPTEN_KEEPALIVE void trellis_input_text(const char* utf8)
{
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    g_Runner->Wake();
}

// 1: Backspace, 2: Enter. Phone keyboards send these as input events, not as key events.
EMSCRIPTEN_KEEPALIVE void trellis_input_key(int which)
{
    const ImGuiKey key = which == 1 ? ImGuiKey_Backspace : ImGuiKey_Enter;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(key, true);
    io.AddKeyEvent(key, false);
    g_Runner->Wake();
}

// The system switched between light and dark (web/pre.js listens to prefers-color-scheme).
EMSCRIPTEN_KEEPALIVE void trellis_theme_changed(int dark)
{
    g_App->FollowSystemTheme(dark != 0);
    g_Runner->Wake();
}

// Whether a touch at (x, y) CSS px lands on a text field: the touch handler then focuses the
// hidden text field at once, inside the gesture, which is what lets a phone raise its keyboard.
EMSCRIPTEN_KEEPALIVE int trellis_input_at(float x, float y)
{
    return AutomationInputableAt(x, y) ? 1 : 0;
}

}

// [SECTION] Automation exports (window.trellis)

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* trellis_automation_items()
{
    static std::string json;
    json = AutomationItemsJson();
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE int trellis_automation_wants_text()
{
    return g_Runner && ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int trellis_automation_dark()
{
    return g_App && g_App->Theme() == ThemeMode::Dark ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE double trellis_automation_frames()
{
    return g_Runner ? static_cast<double>(g_Runner->FramesDrawn()) : 0.0;
}

}

// [SECTION] GL functions by name

// SDL's EGL layer keeps a pointer to eglGetProcAddress, and Emscripten's looks up every GL function
// by name, so the JavaScript of all of WebGL would ship with the page (measured 10 KB brotli).
// Trellis calls GL through the GLES 3 headers and never asks for a function by name; SDL asks only
// for optional EGL extensions, which then count as missing. This definition replaces Emscripten's.
extern "C" void* eglGetProcAddress(const char* name)
{
    return nullptr;
}

// [SECTION] Main loop

static void MainLoopStep()
{
    g_Runner->PollEvents();
    if (!g_Runner->NeedsFrame())
        return;
    g_Runner->DrawFrame();
    if (g_Runner->FramesDrawn() == 1)
        trellis_js_first_frame();
}

int main()
{
    static WebPlatform platform;
    static App app(platform);
    static SdlRunner runner;
    g_Runner = &runner;
    g_App = &app;
    app.Open();
    RunnerParams params;
    params.GlslVersion = "#version 300 es";
    params.GlEs = true;
    params.TextInputChanged = [](bool wants_text) { trellis_js_text_input(wants_text ? 1 : 0); };
    if (!runner.Init(params, app))
        return 1;
    emscripten_set_main_loop(MainLoopStep, 0, false);
    return 0;
}
