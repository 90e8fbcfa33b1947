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

    // [SECTION] Files the person moves
    // Offers `bytes` as a file called `name` (a share, response or backup file, an agenda, a
    // calendar). With `share`, the system share sheet when it can share files (a phone), else a
    // download; without, always a download (the desktop: a file in the downloads folder). Call it in
    // the frame of the tap: browsers share only shortly after a user gesture.
    virtual void                    ExportFile(const std::string& name, const std::string& mime, const std::string& bytes, bool share) = 0;
    // Opens the system's file picker for Trellis files. What the person picks, or drops on the
    // window, reaches App::OnFileOpened() in a later frame; nothing does if they cancel.
    virtual void                    PickFile() = 0;
    // Puts text on the system clipboard (ImGui's copy, "Copy" buttons).
    virtual void                    SetClipboardText(const std::string& text) = 0;

    // [SECTION] Storage and the app itself
    struct StorageStatus
    {
        enum class Persistence { Unknown, Persistent, BestEffort };
        Persistence     Persisted = Persistence::Unknown;   // may the browser evict the data?
        int64_t         UsageBytes = -1;                    // -1: not known
        int64_t         QuotaBytes = -1;
        int64_t         LastFlushMs = 0;                    // last time the data reached durable storage; 0: never (this run)
        std::string     FlushError;                         // why the last flush failed; empty when it did not
    };
    // Asks for everything (on the web, a call into JavaScript that fills the struct): for Settings.
    virtual StorageStatus           Storage() = 0;
    // StorageStatus::FlushError alone, cheap enough for every frame (the banner watches it).
    virtual std::string             FlushError() = 0;
    // Asks the browser to keep the data (navigator.storage.persist()); the answer shows in Storage().
    virtual void                    RequestPersistentStorage() = 0;
    // False while another tab of the same app holds the workspace: this one must not save.
    virtual bool                    IsWriter() = 0;
    // Makes this instance the writer; the other tab goes read-only and says so.
    virtual void                    TakeOverWriting() = 0;
    // A new version of the app is installed and waits: start it now (the page reloads).
    virtual void                    ApplyUpdate() = 0;

    // Parts of the window the system covers (a phone's notch, rounded corners, home indicator), in
    // CSS px; the app keeps its content and touch targets out of them.
    struct Insets { float Top = 0.0f, Right = 0.0f, Bottom = 0.0f, Left = 0.0f; };
    virtual Insets                  SafeArea() = 0;
};
