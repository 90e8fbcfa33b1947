// The app: the core session, the current screen, and the frame that draws them.
//
// The platform runner calls Open() once before the first frame, then Draw() between
// ImGui::NewFrame() and ImGui::Render() whenever a frame is needed. Everything is in CSS pixels.
#pragma once

#include <memory>
#include <string>

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
    const std::string&  Banner() const      { return Error_; }     // the message shown at the top, if any

private:
    void                DrawErrorBanner();
    void                DrawTabBar(float height);

    Platform&                   Platform_;
    trellis::WorkspaceStore     Store_;
    trellis::Session            Session_;
    UiMetrics                   Metrics_;
    UiFonts                     Fonts_;
    ThemeMode                   Theme_ = ThemeMode::Light;
    Tab                         Tab_ = Tab::Home;
    bool                        NewGoalRequested_ = false;
    bool                        ReadOnly_ = false;      // the workspace could not be loaded
    std::string                 Error_;
    std::unique_ptr<Screen>     Screens_[static_cast<int>(Tab::COUNT)];
    std::unique_ptr<Screen>     Insights_;
    bool                        InsightsOpen_ = false;
    TouchScroller               PageScroll_;
    float                       SavedScroll_[static_cast<int>(Tab::COUNT)] = {};   // each tab keeps its place
    bool                        RestoreScroll_ = false;
};
