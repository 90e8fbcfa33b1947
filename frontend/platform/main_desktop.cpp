// The desktop build, for development: the same frontend in an SDL2 + OpenGL 3 window, with the
// workspace in $XDG_DATA_HOME/trellis (or ~/.local/share/trellis). It sleeps in SDL_WaitEvent
// while nothing changes.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

#include <SDL.h>

#include "../app.h"
#include "../platform.h"
#include "sdl_runner.h"

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
    void                    PersistSoon() override      {}  // files are durable once renamed
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

private:
    trellis::DiskFileSystem Files_;
};

int main(int, char**)
{
    DesktopPlatform platform;
    App app(platform);
    app.Open();
    SdlRunner runner;
    RunnerParams params;
    if (!runner.Init(params, app))
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
