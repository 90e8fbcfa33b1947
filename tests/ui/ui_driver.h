// Drives the real frontend headless: an ImGui context with no window and no GL, a fake Platform
// with an in-memory disk, and taps and typing fed through ImGui's input queue as a phone would
// (touch-screen mouse source). Items are found through the automation hook, as the browser tests do.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app.h"
#include "automation.h"
#include "core/file_system.h"
#include "core/session.h"
#include "platform.h"

// The no-break space Widgets::FormatDate() joins a date's parts with, for labels written out.
#define NBSP "\u00a0"

class FakePlatform final : public Platform
{
public:
    trellis::FileSystem&    Files() override                { return Disk; }
    std::string             DataDir() const override        { return "/data"; }
    void                    PersistSoon() override          { PersistCalls++; }
    int64_t                 NowMs() override                { return Now += 1000; }
    int                     UtcOffsetMinutes() override     { return 60; }
    uint64_t                EntropySeed() override          { return ++Seed; }
    bool                    PrefersDarkTheme() override     { return Dark; }
    void                    ExportFile(const std::string& name, const std::string& mime, const std::string& bytes, bool share) override
    {
        Exports.push_back({name, mime, bytes, share});
    }
    void                    PickFile() override             { PickRequests++; }
    void                    SetClipboardText(const std::string& text) override { Clipboard = text; }
    StorageStatus           Storage() override              { StorageCalls++; return StorageNow; }
    std::string             FlushError() override           { return StorageNow.FlushError; }
    void                    RequestPersistentStorage() override { PersistRequests++; }
    bool                    IsWriter() override             { return Writer; }
    void                    TakeOverWriting() override      { Writer = true; }
    void                    ApplyUpdate() override          { UpdatesApplied++; }
    Insets                  SafeArea() override             { return Safe; }

    struct ExportedFile { std::string Name, Mime, Bytes; bool Share = false; };

    trellis::MemoryFileSystem   Disk;
    std::vector<ExportedFile>   Exports;
    int                         PickRequests = 0;
    std::string                 Clipboard;
    StorageStatus               StorageNow;
    int                         StorageCalls = 0;       // the full status is for Settings, not every frame
    int                         PersistRequests = 0;
    bool                        Writer = true;
    int                         UpdatesApplied = 0;
    Insets                      Safe;
    int64_t                     Now = 1763900000000;    // 2025-11-23
    uint64_t                    Seed = 0;
    int                         PersistCalls = 0;
    bool                        Dark = false;
};

class UiDriver
{
public:
    // A phone-sized screen (390 x 844 CSS px) unless told otherwise. As on the web, the App is made
    // and opened before ImGui exists; `before_graphics` runs then.
    explicit UiDriver(Platform& platform, float width = 390.0f, float height = 844.0f,
                      const std::function<void(App&)>& before_graphics = {});
    ~UiDriver();

    void                    Frame();
    void                    Frames(int count);

    const AutomationItem*   Find(const char* label) const { return AutomationFind(label); }
    // Taps the centre of the item labelled `label` (a touch: down, up, then the finger is gone).
    // Returns false, and taps nothing, when no such item was drawn in the last frame.
    bool                    Tap(const char* label);
    bool                    Tap(ImGuiID id);        // the item with this id in the last frame
    bool                    TapAt(ImVec2 point);
    // A finger that goes down at `from`, moves to `to` in `steps` frames (one frame each), and lifts.
    void                    Drag(ImVec2 from, ImVec2 to, int steps);
    // Scrolls down with slow drags, as a person would, until the item is fully on screen above the
    // tab bar; false if it never shows.
    bool                    ScrollTo(const char* label);
    // The same for text that is read, not tapped (a card's title or reading): on screen above the
    // tab bar, whatever its height.
    bool                    ScrollToRead(const char* label);
    void                    TypeText(const char* utf8);
    void                    PressKey(ImGuiKey key);

    App&                    GetApp() { return *App_; }
    int                     FontRebuilds = 0;       // how often Frame() baked the fonts

private:
    bool                    ScrollUntil(const char* label, float min_height);
    ImGuiContext*           Context_ = nullptr;
    std::unique_ptr<App>    App_;
};

// The share file of another person's workspace (the manager's side imports it into the Team): their
// profile name, one goal, a private goal when asked, and whatever `more` adds.
std::string ShareFileFrom(const char* name, const char* goal, bool private_goal = false,
                          const std::function<void(trellis::Session&)>& more = {});
