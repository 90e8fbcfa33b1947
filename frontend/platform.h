// What the frontend needs from the machine it runs on: the one door to the browser or the desktop.
//
// One implementation per platform (platform/platform_web.cpp, platform/platform_desktop.cpp) and a
// fake for tests (tests/ui). Screens never include SDL or emscripten headers; they ask this.
#pragma once

#include <cstdint>
#include <string>

#include "core/file_system.h"

class Platform
{
public:
    virtual ~Platform() = default;

    // Where the workspace folder lives (the IDBFS mount on the web) and the files in it.
    virtual trellis::FileSystem&    Files() = 0;
    virtual std::string             DataDir() const = 0;
    // The workspace was saved: make it durable soon (on the web, flush IDBFS to IndexedDB).
    virtual void                    PersistSoon() = 0;

    // Wall clock, milliseconds since 1970-01-01 UTC.
    virtual int64_t                 NowMs() = 0;
    // Minutes to add to UTC for local time (e.g. 60 in Paris in winter).
    virtual int                     UtcOffsetMinutes() = 0;
    // A fresh random seed for ids.
    virtual uint64_t                EntropySeed() = 0;

    // Whether the system asks for a dark theme (prefers-color-scheme on the web).
    virtual bool                    PrefersDarkTheme() = 0;
};
