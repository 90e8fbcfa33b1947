// The desktop build, for development: the same frontend in an SDL2 + OpenGL 3 window, with the
// workspace in $XDG_DATA_HOME/trellis (or ~/.local/share/trellis). It sleeps in SDL_WaitEvent
// while nothing changes.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <sys/stat.h>

#include <SDL.h>

#include "../app.h"
#include "../platform.h"
#include "sdl_runner.h"

static std::string DownloadsDir()
{
    const char* xdg = std::getenv("XDG_DOWNLOAD_DIR");
    const char* home = std::getenv("HOME");
    const std::string dir = xdg ? std::string(xdg) : home ? std::string(home) + "/Downloads" : std::string(".");
    struct stat info;
    return stat(dir.c_str(), &info) == 0 && S_ISDIR(info.st_mode) ? dir : std::string(".");
}

class DesktopPlatform final : public Platform
{
public:
    trellis::FileSystem&    Files() override            { return Files_; }
    std::string             DataDir() const override
    {
        if (const char* dir = std::getenv("TRELLIS_DATA_DIR"))
            return dir;
        if (const char* xdg = std::getenv("XDG_DATA_HOME"))
            return std::string(xdg) + "/trellis";
        const char* home = std::getenv("HOME");
        return std::string(home ? home : ".") + "/.local/share/trellis";
    }
    void                    PersistSoon() override      { LastSaveMs_ = NowMs(); }  // files are durable once renamed
    int64_t                 NowMs() override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    int                     UtcOffsetMinutes() override
    {
        const std::time_t now = std::time(nullptr);
        std::tm local = *std::localtime(&now);
        return static_cast<int>(local.tm_gmtoff / 60);
    }
    uint64_t                EntropySeed() override
    {
        std::random_device device;
        return (static_cast<uint64_t>(device()) << 32) | device();
    }

    bool                    PrefersDarkTheme() override
    {
        const char* theme = std::getenv("TRELLIS_THEME");
        return theme != nullptr && std::string(theme) == "dark";
    }

    // Exported files go to the downloads folder ($XDG_DOWNLOAD_DIR, else ~/Downloads, else the
    // current folder); the desktop has no share sheet.
    void                    ExportFile(const std::string& name, const std::string&, const std::string& bytes, bool) override
    {
        const std::string dir = DownloadsDir();
        const trellis::Status written = trellis::WriteFileAtomically(Files_, dir + "/" + name, bytes);
        std::fprintf(stderr, "trellis: exported %s/%s (%zu bytes)%s%s\n", dir.c_str(), name.c_str(), bytes.size(),
                     written ? "" : " FAILED: ", written ? "" : written.GetError().Message.c_str());
    }
    // zenity's file dialog when it is installed; a file dropped on the window works everywhere.
    void                    PickFile() override
    {
        FILE* pipe = popen("zenity --file-selection --title='Import a Trellis file' --file-filter='*.json' 2>/dev/null", "r");
        if (pipe == nullptr)
            return;
        char line[4096] = {};
        const bool picked = std::fgets(line, sizeof(line), pipe) != nullptr;
        pclose(pipe);
        std::string path = picked ? line : "";
        while (!path.empty() && (path.back() == '\n' || path.back() == '\r'))
            path.pop_back();
        if (!path.empty() && Owner != nullptr)
            Owner->OpenFileAt(path);
    }
    void                    SetClipboardText(const std::string& text) override { SDL_SetClipboardText(text.c_str()); }
    StorageStatus           Storage() override
    {
        StorageStatus status;
        status.Persisted = StorageStatus::Persistence::Persistent;     // a folder of the user's
        status.LastFlushMs = LastSaveMs_;
        return status;
    }
    std::string             FlushError() override       { return {}; }     // a save fails at once, in its own words
    void                    RequestPersistentStorage() override {}
    bool                    IsWriter() override         { return true; }
    void                    TakeOverWriting() override  {}
    void                    ApplyUpdate() override      {}
    Insets                  SafeArea() override         { return {}; }

    App*                    Owner = nullptr;            // where picked files go

private:
    trellis::DiskFileSystem Files_;
    int64_t                 LastSaveMs_ = 0;
};

int main(int, char**)
{
    DesktopPlatform platform;
    App app(platform);
    platform.Owner = &app;
    app.Open();
    SdlRunner runner;
    RunnerParams params;
    if (!runner.Init(params, app))
        return 1;
    runner.RebuildFontsIfNeeded();      // the fonts first: the GPU gets the baked atlas
    if (!runner.PrepareGpu())
        return 1;
    while (runner.PollEvents())
    {
        if (runner.NeedsFrame())
            runner.DrawFrame();
        else
            SDL_WaitEventTimeout(nullptr, 500);
    }
    runner.Shutdown();
    return 0;
}
