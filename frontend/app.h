// The app: the core session, the current screen, and the frame that draws them.
//
// The platform runner calls Open() once before the first frame, then Draw() between
// ImGui::NewFrame() and ImGui::Render() whenever a frame is needed. Everything is in CSS pixels.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/exchange.h"
#include "core/session.h"
#include "core/store.h"
#include "fonts.h"
#include "platform.h"
#include "theme.h"
#include "touch_scroll.h"

enum class Tab
{
    Home,
    Goals,
    Journal,
    Plan,
    OneOnOne,
    COUNT
};

class Screen;

// ImGui settings every platform shares (call after ImGui::CreateContext()).
void ConfigureImGuiIo();

class App
{
public:
    explicit App(Platform& platform);
    ~App();

    // Loads the workspace. A damaged workspace is reported on screen, never overwritten.
    void                Open();
    // One frame of UI.
    void                Draw();

    trellis::Session&   GetSession()        { return Session_; }
    Platform&           GetPlatform()       { return Platform_; }
    const UiMetrics&    Metrics() const     { return Metrics_; }
    UiFonts&            Fonts()             { return Fonts_; }
    // The letters there is to draw: the workspace's text and the messages shown (the fonts are
    // baked with these; see fonts.h).
    GlyphSet&           Glyphs()            { return Glyphs_; }
    ThemeMode           Theme() const       { return Theme_; }
    void                SetTheme(ThemeMode mode);
    // The system's light or dark preference (the app follows it; a Settings choice will override).
    void                FollowSystemTheme(bool dark) { SetTheme(dark ? ThemeMode::Dark : ThemeMode::Light); }

    Tab                 CurrentTab() const  { return Tab_; }
    void                GoTo(Tab tab);
    // Asks the Goals screen to open its "new goal" form (from Home's shortcut).
    void                StartNewGoal();
    // Insights open over the Journal tab (from Journal or Home) until closed.
    void                OpenInsights();
    void                CloseInsights()     { InsightsOpen_ = false; }
    bool                InsightsOpen() const { return InsightsOpen_; }
    bool                TakeNewGoalRequest();

    // After a command: persist the saved workspace, or show why it could not be saved.
    void                AfterEdit(const trellis::Status& saved);
    void                ShowError(std::string message);
    // A passing message at the top ("Imported…", "Saved to Downloads"), with an optional action.
    void                ShowNotice(std::string message);
    const std::string&  Banner() const      { return Error_; }     // the message shown at the top, if any
    const std::string&  Notice() const      { return Notice_; }

    // [SECTION] Files in and out
    // Exports a file through the platform (share sheet or download) and says so.
    void                ExportFile(const std::string& name, const std::string& mime, const std::string& bytes, bool share);
    void                ShareWithManager();         // this person's share file
    void                ExportBackup();             // everything, private records included
    // A file the person picked or dropped: checked and previewed; nothing changes until they tap
    // "Import" on the preview, and a bad file only gets a message.
    void                OnFileOpened(const std::string& name, const std::string& bytes);
    const trellis::ImportPreview* PendingImport() const { return PendingImport_ ? &*PendingImport_ : nullptr; }
    void                ApplyPendingImport();
    void                CancelPendingImport()       { PendingImport_.reset(); }

    // [SECTION] Platform events
    // Another tab saved the workspace, or this one just became the writer: read it from disk again.
    void                ReloadFromDisk();
    // A new version of the app is installed; the banner offers to restart into it.
    void                OnUpdateReady()             { UpdateReady_ = true; }
    bool                UpdateReady() const         { return UpdateReady_; }

private:
    void                SyncWithPlatform();
    void                NoteWorkspaceText();
    bool                HasBanners() const;
    void                DrawBanners();
    void                DrawTabBar(ImVec2 pos, float width, float height, float bottom_inset);

    Platform&                   Platform_;
    trellis::WorkspaceStore     Store_;
    trellis::Session            Session_;
    UiMetrics                   Metrics_;
    UiFonts                     Fonts_;
    GlyphSet                    Glyphs_;
    ThemeMode                   Theme_ = ThemeMode::Light;
    Tab                         Tab_ = Tab::Home;
    bool                        NewGoalRequested_ = false;
    bool                        ReadOnly_ = false;      // the workspace could not be loaded
    std::string                 Error_;
    std::string                 Notice_;
    std::optional<trellis::ImportPreview> PendingImport_;
    std::unique_ptr<Screen>     ImportSheet_;
    bool                        UpdateReady_ = false;
    bool                        Writer_ = true;         // Platform::IsWriter() as of this frame
    std::string                 StorageError_;          // the platform's last flush failure
    std::unique_ptr<Screen>     Screens_[static_cast<int>(Tab::COUNT)];
    std::unique_ptr<Screen>     Insights_;
    bool                        InsightsOpen_ = false;
    TouchScroller               PageScroll_;
    float                       SavedScroll_[static_cast<int>(Tab::COUNT)] = {};   // each tab keeps its place
    bool                        RestoreScroll_ = false;
};
