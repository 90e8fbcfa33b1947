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
void     trellis_js_unsupported(void);
int      trellis_js_utc_offset_minutes(void);
uint32_t trellis_js_random_u32(void);
void     trellis_js_text_input(int active);
int      trellis_js_prefers_dark(void);
void     trellis_js_export_file(const char* name, const char* mime, const char* bytes, int size, int share);
void     trellis_js_pick_file(void);
void     trellis_js_set_clipboard(const char* text);
int      trellis_js_storage_persisted(void);
double   trellis_js_storage_usage(void);
double   trellis_js_storage_quota(void);
double   trellis_js_last_flush_ms(void);
int      trellis_js_flush_error(char* buffer, int size);
void     trellis_js_request_persist(void);
int      trellis_js_is_writer(void);
void     trellis_js_take_over(void);
void     trellis_js_apply_update(void);
void     trellis_js_safe_area(float* top_right_bottom_left);
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

    void                    ExportFile(const std::string& name, const std::string& mime, const std::string& bytes, bool share) override
    {
        trellis_js_export_file(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()), share ? 1 : 0);
    }
    void                    PickFile() override             { trellis_js_pick_file(); }
    void                    SetClipboardText(const std::string& text) override { trellis_js_set_clipboard(text.c_str()); }
    StorageStatus           Storage() override
    {
        StorageStatus status;
        const int persisted = trellis_js_storage_persisted();
        status.Persisted = persisted == 1 ? StorageStatus::Persistence::Persistent
                         : persisted == 2 ? StorageStatus::Persistence::BestEffort
                         : StorageStatus::Persistence::Unknown;
        status.UsageBytes = static_cast<int64_t>(trellis_js_storage_usage());
        status.QuotaBytes = static_cast<int64_t>(trellis_js_storage_quota());
        status.LastFlushMs = static_cast<int64_t>(trellis_js_last_flush_ms());
        status.FlushError = FlushError();
        return status;
    }
    std::string             FlushError() override
    {
        char error[512];
        return trellis_js_flush_error(error, sizeof(error)) ? std::string(error) : std::string();
    }
    void                    RequestPersistentStorage() override { trellis_js_request_persist(); }
    bool                    IsWriter() override             { return trellis_js_is_writer() != 0; }
    void                    TakeOverWriting() override      { trellis_js_take_over(); }
    void                    ApplyUpdate() override          { trellis_js_apply_update(); }
    Insets                  SafeArea() override
    {
        float trbl[4] = {};
        trellis_js_safe_area(trbl);
        return Insets{trbl[0], trbl[1], trbl[2], trbl[3]};
    }

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
    if (g_App == nullptr)
        return;     // before main(): the runner reads the system theme when it starts
    g_App->FollowSystemTheme(dark != 0);     // before graphics start too: App applies it later
    g_Runner->Wake();
}

// A file the person picked or dropped (web/pre.js read it): previewed, applied on "Import".
EMSCRIPTEN_KEEPALIVE void trellis_file_opened(const char* name, const char* bytes, int size)
{
    g_App->OnFileOpened(name, std::string(bytes, static_cast<size_t>(size)));
    g_Runner->Wake();
}

// Another tab saved, or this tab became the writer: web/pre.js has read IndexedDB back into /data.
EMSCRIPTEN_KEEPALIVE void trellis_reload(void)
{
    g_App->ReloadFromDisk();
    g_Runner->Wake();
}

// The service worker installed a new version of the app.
EMSCRIPTEN_KEEPALIVE void trellis_update_ready(void)
{
    g_App->OnUpdateReady();
    g_Runner->Wake();
}

// Something the app shows changed outside it (storage status, the writer lock, the safe area).
EMSCRIPTEN_KEEPALIVE void trellis_wake(void)
{
    if (g_Runner)
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

// The last frame drawn (MainLoopStep): the main thread's time for all of it (a font bake
// included), and performance.now() when it ended.
static double g_LastFrameMs = 0.0;
static double g_LastFrameEndMs = 0.0;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* trellis_automation_items()
{
    static std::string json;
    json = AutomationItemsJson();
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* trellis_automation_lines()
{
    static std::string json;
    json = AutomationLinesJson();
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* trellis_automation_cut_glyphs()
{
    static std::string json;
    json = AutomationCutGlyphsJson();
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

// 1 when the app has drawn all it had to: frames alone can stand still for a while when the
// browser holds back animation frames (a GPU behind its work), so tests wait for this too.
EMSCRIPTEN_KEEPALIVE int trellis_automation_idle()
{
    return g_Runner && g_Runner->Idle() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE double trellis_automation_frames()
{
    return g_Runner ? static_cast<double>(g_Runner->FramesDrawn()) : 0.0;
}

// The last frame drawn, for the bench. `what`: 0 how long it kept the main thread busy; 1 of that,
// ImGui's frame and the app's drawing (NewFrame to Render); 2 the GL calls that queue it for the
// GPU, which on a machine without one may wait on the software rasteriser; 3 when it ended
// (performance.now(), ms), to time a tap to the frame that shows it.
EMSCRIPTEN_KEEPALIVE double trellis_automation_frame(int what)
{
    if (g_Runner == nullptr)
        return 0.0;
    switch (what)
    {
    case 1: return g_Runner->LastFrame().BuildMs;
    case 2: return g_Runner->LastFrame().SubmitMs;
    case 3: return g_LastFrameEndMs;
    default: return g_LastFrameMs;
    }
}

// The device pixel ratio the fonts were last baked at (0 before the first bake).
EMSCRIPTEN_KEEPALIVE float trellis_automation_font_scale()
{
    return g_App ? g_App->Fonts().PixelScale : 0.0f;
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
    const double start = emscripten_get_now();
    g_Runner->DrawFrame();
    g_LastFrameEndMs = emscripten_get_now();
    g_LastFrameMs = g_LastFrameEndMs - start;
    if (g_Runner->FramesDrawn() == 1)
        trellis_js_first_frame();
}

// Start-up is a chain of short tasks, each queued right after the last (setTimeout 0, not the next
// animation frame): the workspace (main), the WebGL context (web/index.html makes it when first
// asked), SDL's window on it, ImGui, the fonts, the shaders and the font texture, then the frames.
// No single task blocks the page for long, which is what a phone's user feels (and what
// Lighthouse's total blocking time counts), and no frame is waited for.
static RunnerParams g_Params;

static void PrepareGpu(void*)
{
    if (!g_Runner->PrepareGpu())
    {
        trellis_js_unsupported();   // a WebGL 2 that cannot build the shaders: say so
        return;
    }
    EM_ASM(performance.mark('trellis-gpu-ready'));
    emscripten_set_main_loop(MainLoopStep, 0, false);
}

static void BakeFonts(void*)
{
    g_Runner->RebuildFontsIfNeeded();
    EM_ASM(performance.mark('trellis-fonts-ready'));
    emscripten_async_call(PrepareGpu, nullptr, 0);
}

static void StartImGui(void*)
{
    g_Runner->StartImGui();
    EM_ASM(performance.mark('trellis-imgui-ready'));
    emscripten_async_call(BakeFonts, nullptr, 0);
}

static void OpenWindow(void*)
{
    if (!g_Runner->OpenWindow(g_Params, *g_App))
    {
        trellis_js_unsupported();   // no WebGL 2 context after all: say so instead of loading forever
        return;
    }
    EM_ASM(performance.mark('trellis-gl-ready'));
    emscripten_async_call(StartImGui, nullptr, 0);
}

static void MakeContext(void*)
{
    EM_ASM({
        Module['preinitializedWebGLContext'];
        performance.mark('trellis-context-ready');
    });
    emscripten_async_call(OpenWindow, nullptr, 0);
}

int main()
{
    static WebPlatform platform;
    static App app(platform);
    static SdlRunner runner;
    g_Runner = &runner;
    g_App = &app;
    app.Open();
    EM_ASM(performance.mark('trellis-opened'));
    g_Params.GlslVersion = "#version 300 es";
    g_Params.GlEs = true;
    g_Params.TextInputChanged = [](bool wants_text) { trellis_js_text_input(wants_text ? 1 : 0); };
    emscripten_async_call(MakeContext, nullptr, 0);
    return 0;
}
