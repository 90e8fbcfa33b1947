// The app: the core session, the current screen, and the frame that draws them.
//
// The platform runner calls Open() once before the first frame, then Draw() between
// ImGui::NewFrame() and ImGui::Render() whenever a frame is needed. Everything is in CSS pixels.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/device_settings.h"
#include "core/exchange.h"
#include "core/session.h"
#include "core/store.h"
#include "fonts.h"
#include "platform.h"
#include "theme.h"
#include "touch_scroll.h"
#include "widgets.h"

enum class Tab
{
    Home,
    Goals,
    Journal,
    Plan,
    OneOnOne,
    COUNT
};

// Every page the app shows. Five tabs hold them: a tab shows one page at a time, and remembers which.
//   Home       Home, and Settings behind the gear at its top ("‹ Home" comes back)
//   Goals      Goals
//   Journal    Journal, and the Insights and the week review opened from it
//   Plan       "My plan | Path & skills", a switch at the top
//   1:1        "My 1:1 | Team", a switch at the top (Team: a manager's reports)
// So every page is at most two taps away.
enum class Page
{
    Home,
    Settings,
    Goals,
    Journal,
    Insights,
    WeekReview,
    Plan,
    PathSkills,
    OneOnOne,
    Team,
    COUNT
};

Tab TabOf(Page page);

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
    ThemeMode           Theme() const       { return Theme_; }     // as drawn
    // Safe before ImGui exists: the style follows in the first frame.
    void                SetTheme(ThemeMode mode);
    // The system's light or dark preference: followed while the Settings choice is "System".
    void                FollowSystemTheme(bool dark);
    // The choice in Settings, kept on this device (core/device_settings.h).
    trellis::ThemeChoice ThemeChoice() const { return Device_.Theme; }
    void                SetThemeChoice(trellis::ThemeChoice choice);
    const trellis::DeviceSettings& Device() const { return Device_; }
    // The text size in Settings, in percent (clamped to the range of core/device_settings.h): the
    // metrics follow at once and the fonts are baked again before the next frame.
    int                 TextSizePercent() const { return Device_.TextSizePercent; }
    void                SetTextSizePercent(int percent);
    // `steps` steps up or down core's list of sizes (a pinch), with a toast naming the size reached.
    void                StepTextSize(int steps);
    const std::string&  DeviceError() const { return DeviceError_; }   // why the device settings could not be read

    // [SECTION] Navigation
    Tab                 CurrentTab() const  { return TabOf(Page_); }
    Page                CurrentPage() const { return Page_; }
    // Shows the page this tab showed last; tapping the tab of the page shown goes back to the tab's
    // first page (from Settings to Home, from Insights to the Journal).
    void                GoTo(Tab tab);
    void                Open(Page page);
    // Asks the Goals screen to open its "new goal" form (from Home's shortcut).
    void                StartNewGoal();
    void                OpenInsights()      { Open(Page::Insights); }
    void                CloseInsights()     { Open(Page::Journal); }
    bool                InsightsOpen() const { return Page_ == Page::Insights; }
    // The guided week review, from its first question.
    void                OpenWeekReview()    { WeekReviewRequest_ = true; Open(Page::WeekReview); }
    bool                TakeWeekReviewRequest() { return std::exchange(WeekReviewRequest_, false); }
    bool                TakeNewGoalRequest();
    // Whether the window is wide enough for two panes (a list beside its open item).
    bool                IsWide() const      { return Wide_; }

    // After a command: persist the saved workspace, or show why it could not be saved.
    void                AfterEdit(const trellis::Status& saved);
    // After a command from a screen: when it worked, AfterEdit(LastSave()); when it was refused, its
    // reason at the top of the page, or in *error for an editor that shows its own. True when it worked.
    bool                AfterCommand(const trellis::Status& done, std::string* error = nullptr);
    void                ShowError(std::string message);
    // A passing message at the top ("Imported…", "Saved to Downloads"), with an optional action.
    void                ShowNotice(std::string message);
    const std::string&  Banner() const      { return Error_; }     // the message shown at the top, if any
    const std::string&  Notice() const      { return Notice_; }

    // [SECTION] Toast
    // After each edit, a short line over the tab bar says what it was, with "Undo" (and after an
    // undo, "Redo"), and goes after a few seconds or when dismissed. Times are ImGui's clock.
    const std::string&  ToastText() const       { return Toast_.Text; }
    // When the toast or a notice next goes by itself (the runner draws a frame then, so an idle app
    // lets it go), or 0 when nothing will.
    double              WakeAtTime() const;
    static constexpr double kToastSeconds = 6.0;
    static constexpr double kNoticeSeconds = 12.0;  // a notice with nothing left to do goes after this

    // [SECTION] Files in and out
    // Exports a file through the platform (share sheet or download) and says so.
    void                ExportFile(const std::string& name, const std::string& mime, const std::string& bytes, bool share);
    void                ShareWithManager();         // this person's share file
    void                ExportBackup();             // everything, private records included; remembers when
    // A file the person picked or dropped: checked and previewed; nothing changes until they tap
    // "Import" on the preview, and a bad file only gets a message.
    void                OnFileOpened(const std::string& name, const std::string& bytes);
    // The same for a file on this machine's disk (the desktop's file dialog and drop): read with the
    // import size cap, or refused in words when it cannot be read or is too big.
    void                OpenFileAt(const std::string& path);
    const trellis::ImportPreview* PendingImport() const { return PendingImport_ ? &*PendingImport_ : nullptr; }
    // The comments the last response file brought, for Home's "New from your manager" until read.
    const std::vector<trellis::Id>& NewComments() const { return NewComments_; }
    void                MarkCommentsRead()          { NewComments_.clear(); }
    // Shows the page where a record of this kind is read (a goal: Goals; a skill: Path & skills).
    void                OpenPageOf(trellis::RecordKind kind);
    void                ApplyPendingImport();
    void                CancelPendingImport()       { PendingImport_.reset(); }

    // [SECTION] Platform events
    // Another tab saved the workspace, or this one just became the writer: read it from disk again.
    void                ReloadFromDisk();
    // A new version of the app is installed; the banner offers to restart into it.
    void                OnUpdateReady()             { UpdateReady_ = true; }
    bool                UpdateReady() const         { return UpdateReady_; }
    // Something moves with no input (a fling): the runner draws on until it stops.
    // A second finger landed: what the first began (a drag, a fling) stops where it is.
    void                CancelTouchScroll()         { PageScroll_.Stop(); DetailScroll_.Stop(); BannerScroll_.Stop(); }
    bool                IsAnimating() const         { return PageScroll_.IsFlinging() || DetailScroll_.IsFlinging() || BannerScroll_.IsFlinging() || Widgets::IsFollowingCursor(); }

private:
    int64_t             ExportExchangeFile(trellis::FileKind kind);
    void                SyncWithPlatform();
    void                NoteWorkspaceText();
    bool                HasBanners() const;
    bool                NoticeIsUndoableImport() const;
    enum class ToastAction { None, Undo, Redo };
    void                ShowToast(std::string text, ToastAction action);
    float               ToastHeight() const;
    void                DrawToast(ImVec2 pos, float width);
    void                ApplyThemeChoice();
    void                ApplyTextSize();
    void                DrawNoticeButtons();
    void                SaveDevice();
    // Drafts (core/drafts.h): the open editor's unsaved work, kept on the device each frame it
    // changes, and put back in its editor when the app opens.
    void                KeepDraft();
    void                RestoreDraft();
    void                DrawBanners();
    void                DrawViewSwitch();
    void                DrawPage(ImVec2 pos, ImVec2 size);
    void                DrawTabBar(ImVec2 pos, float width, float height, float bottom_inset);
    void                DrawRail(ImVec2 pos, float height);
    bool                NavButton(Tab tab, ImVec2 size);

    Platform&                   Platform_;
    trellis::WorkspaceStore     Store_;
    trellis::Session            Session_;
    UiMetrics                   Metrics_;
    UiFonts                     Fonts_;
    GlyphSet                    Glyphs_;
    ThemeMode                   Theme_ = ThemeMode::Light;
    bool                        ThemeApplied_ = false;  // Theme_ is ImGui's style (see SetTheme)
    bool                        SystemDark_ = false;    // the system's preference, as last told
    trellis::DeviceSettings     Device_;
    std::string                 DeviceError_;
    Page                        Page_ = Page::Home;
    Page                        TabPage_[static_cast<int>(Tab::COUNT)] = { Page::Home, Page::Goals, Page::Journal, Page::Plan, Page::OneOnOne };
    bool                        NewGoalRequested_ = false;
    bool                        WeekReviewRequest_ = false;
    bool                        ReadOnly_ = false;      // the workspace could not be loaded
    std::string                 Error_;
    std::string                 Notice_;
    double                      NoticeUntil_ = 0.0;     // ImGui::GetTime() when the notice goes; 0: when dismissed; -1: not shown yet
    struct Toast
    {
        std::string     Text;               // "" when none is shown
        ToastAction     Action = ToastAction::None;
        double          Until = 0.0;        // ImGui::GetTime() when it goes
    };
    Toast                       Toast_;
    uint64_t                    EditsSeen_ = 0;         // Session::EditCount() when the last toast was shown
    std::optional<trellis::ImportPreview> PendingImport_;
    std::vector<trellis::Id>    NewComments_;
    std::unique_ptr<Screen>     ImportSheet_;
    bool                        UpdateReady_ = false;
    std::string                 DraftIdentity_;         // the kind and record of the open editor's draft
    std::string                 DraftBaseline_;         // DraftKey() of that editor as it opened
    std::string                 DraftKept_;             // EncodeDraft() of the draft on the device, its time left out; "" for none
    int64_t                     RestoredDraftMs_ = 0;   // when the draft put back was written; 0 once dismissed
    bool                        Writer_ = true;         // Platform::IsWriter() as of this frame
    std::string                 StorageError_;          // the platform's last flush failure
    std::unique_ptr<Screen>     Screens_[static_cast<int>(Page::COUNT)];
    bool                        Wide_ = false;
    TouchScroller               PageScroll_;
    TouchScroller               BannerScroll_;     // banners taller than their share of the screen scroll on their own
    TouchScroller               DetailScroll_;          // the second pane's, in a wide window
    // Each page keeps its place; on a phone an item opened from a list starts at its top, and
    // closing it comes back to the same place in the list.
    struct PageScroll
    {
        float   Y = 0.0f;
        float   ListY = 0.0f;
        bool    DetailOpen = false;
    };
    PageScroll                  Scroll_[static_cast<int>(Page::COUNT)];
    bool                        RestoreScroll_ = false;
    float                       PendingScrollY_ = -1.0f;   // asked again in the next frame (see DrawPage)
};
