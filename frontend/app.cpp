#include "app.h"

#include <cstdio>

#include "automation.h"
#include "core/records.h"
#include "core/text_visit.h"
#include "icons.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "screens/screen.h"
#include "widgets.h"

// [SECTION] Lifetime
// [SECTION] Drafts
// [SECTION] Theme and device settings
// [SECTION] Navigation and errors
// [SECTION] Files in and out
// [SECTION] Platform events
// [SECTION] Frame

// [SECTION] Lifetime

void ConfigureImGuiIo()
{
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;                       // layout is code, not a settings file
    io.ConfigInputTextCursorBlink = false;          // a blinking caret would redraw forever
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

App::App(Platform& platform)
    : Platform_(platform)
    , Store_(platform.Files(), platform.DataDir())
    , Session_(Store_, platform.EntropySeed())
{
    Screens_[static_cast<int>(Page::Home)] = CreateHomeScreen();
    Screens_[static_cast<int>(Page::Settings)] = CreateSettingsScreen();
    Screens_[static_cast<int>(Page::Goals)] = CreateGoalsScreen();
    Screens_[static_cast<int>(Page::Journal)] = CreateJournalScreen();
    Screens_[static_cast<int>(Page::Insights)] = CreateInsightsScreen();
    Screens_[static_cast<int>(Page::WeekReview)] = CreateWeekReviewScreen();
    Screens_[static_cast<int>(Page::Plan)] = CreatePlanScreen();
    Screens_[static_cast<int>(Page::PathSkills)] = CreatePathScreen();
    Screens_[static_cast<int>(Page::OneOnOne)] = CreateOneOnOneScreen();
    Screens_[static_cast<int>(Page::Team)] = CreateTeamScreen();
    ImportSheet_ = CreateImportSheet();
}

App::~App() = default;

void App::Open()
{
    trellis::Status opened = Session_.Open();
    if (!opened)
    {
        // Keep the damaged file as it is: a save now would replace it with an empty workspace.
        ReadOnly_ = true;
        ShowError(opened.GetError().Message);
    }
    else if (!Session_.OpenNotice().empty())
    {
        ShowError(Session_.OpenNotice());
    }
    NoteWorkspaceText();
    trellis::Result<trellis::DeviceSettings> device = trellis::LoadDeviceSettings(Platform_.Files(), Platform_.DataDir());
    Device_ = device ? device.Value() : trellis::DeviceSettings{};
    DeviceError_ = device ? std::string() : device.GetError().Message;
    ApplyTextSize();
    if (!ReadOnly_)
        RestoreDraft();
}

// [SECTION] Drafts

static Page PageOfDraft(const trellis::Draft& draft)
{
    switch (draft.Kind)
    {
    case trellis::DraftKind::Goal:          return Page::Goals;
    case trellis::DraftKind::PlanActivity:  return Page::Plan;
    case trellis::DraftKind::Skill:
    case trellis::DraftKind::CareerPath:    return Page::PathSkills;
    case trellis::DraftKind::WeekReview:    return Page::WeekReview;
    case trellis::DraftKind::Note:
        switch (draft.Place)
        {
        case trellis::NotePlace::MeetingNotes:  return Page::OneOnOne;
        case trellis::NotePlace::Comment:       return Page::Team;
        case trellis::NotePlace::NewGoal:       return Page::Goals;
        }
        break;
    case trellis::DraftKind::Reflection:    break;
    }
    return Page::Journal;
}

// Which editor a draft is of: its kind and record (or place), and whether that record is new.
static std::string DraftIdentity(const std::optional<trellis::Draft>& draft)
{
    if (!draft)
        return std::string();
    std::string of = std::to_string(static_cast<int>(draft->Kind)) + (draft->IsNew ? "+" : "=");
    switch (draft->Kind)
    {
    case trellis::DraftKind::Goal:          return of + draft->AsGoal.Meta.RecordId.ToHex();
    case trellis::DraftKind::PlanActivity:  return of + draft->AsActivity.Meta.RecordId.ToHex();
    case trellis::DraftKind::Skill:         return of + draft->AsSkill.Meta.RecordId.ToHex();
    case trellis::DraftKind::CareerPath:    return of + draft->AsPath.Meta.RecordId.ToHex() + "/" + std::to_string(draft->RoleIndex);
    case trellis::DraftKind::Note:          return of + std::to_string(static_cast<int>(draft->Place)) + "/" + draft->About;
    case trellis::DraftKind::WeekReview:
    case trellis::DraftKind::Reflection:    break;
    }
    return of + draft->AsReflection.Meta.RecordId.ToHex();
}

static std::string DraftKey(trellis::Draft draft)
{
    draft.SavedMs = 0;
    return trellis::EncodeDraft(draft);
}

void App::RestoreDraft()
{
    trellis::FileSystem& fs = Platform_.Files();
    trellis::Result<std::optional<trellis::Draft>> loaded = trellis::LoadDraft(fs, Platform_.DataDir());
    if (loaded && loaded.Value())
    {
        const trellis::Draft& draft = *loaded.Value();
        const Page page = PageOfDraft(draft);
        if (Screens_[static_cast<int>(page)]->RestoreDraft(*this, draft))
        {
            Page_ = page;
            TabPage_[static_cast<int>(TabOf(page))] = page;
            DraftKept_ = DraftKey(draft);
            // The restored draft is kept as it is until saved or thrown away: its editor opened
            // on it, so the editor's first state must not count as "nothing typed".
            DraftIdentity_ = DraftIdentity(Screens_[static_cast<int>(page)]->CurrentDraft());
            DraftBaseline_.clear();
            RestoredDraftMs_ = std::max<int64_t>(1, draft.SavedMs);
            Glyphs_.AddText(DraftKept_);
            return;
        }
    }
    // Damaged, or for a record gone since: it was only a copy of a screen, and goes.
    if (!loaded || loaded.Value())
        (void)trellis::RemoveDraft(fs, Platform_.DataDir());   // if that fails, the next open tries again
}

void App::KeepDraft()
{
    if (ReadOnly_ || !Writer_)
        return;
    std::optional<trellis::Draft> draft;
    for (const std::unique_ptr<Screen>& screen : Screens_)
        if (screen && (draft = screen->CurrentDraft()))
            break;
    std::string key = draft ? DraftKey(*draft) : std::string();
    // An editor as it opened holds nothing typed yet: no draft until it changes. It is known by
    // the record it edits, so that opening another one starts again.
    const std::string identity = DraftIdentity(draft);
    if (identity != DraftIdentity_)
    {
        DraftIdentity_ = identity;
        DraftBaseline_ = key;
    }
    // A note is offered by its screen only while it differs from what is saved: no baseline.
    if (draft && draft->Kind != trellis::DraftKind::Note && key == DraftBaseline_)
        key.clear();
    if (key == DraftKept_)
        return;
    trellis::FileSystem& fs = Platform_.Files();
    trellis::Status kept = trellis::Status::Ok();
    if (!key.empty())
    {
        draft->SavedMs = Platform_.NowMs();
        kept = trellis::SaveDraft(fs, Platform_.DataDir(), *draft);
    }
    else
    {
        kept = trellis::RemoveDraft(fs, Platform_.DataDir());
        RestoredDraftMs_ = 0;           // saved or closed: the banner about it goes too
    }
    if (kept)
    {
        DraftKept_ = std::move(key);
        Platform_.PersistSoon();
    }
}

void App::NoteWorkspaceText()
{
    trellis::ForEachText(Session_.Data(), [&](std::string_view text) { Glyphs_.AddText(text); });
}

// [SECTION] Theme and device settings

void App::SetTheme(ThemeMode mode)
{
    Theme_ = mode;
    // Before graphics start (the web reads the workspace, or hears of a system theme change, first)
    // there is no ImGui style to change: the first Draw() applies it.
    ThemeApplied_ = ImGui::GetCurrentContext() != nullptr;
    if (ThemeApplied_)
        ApplyTheme(mode, Metrics_);
}

void App::FollowSystemTheme(bool dark)
{
    SystemDark_ = dark;
    ApplyThemeChoice();
}

void App::SetThemeChoice(trellis::ThemeChoice choice)
{
    Device_.Theme = choice;
    ApplyThemeChoice();
    SaveDevice();
}

void App::ApplyThemeChoice()
{
    switch (Device_.Theme)
    {
    case trellis::ThemeChoice::System: SetTheme(SystemDark_ ? ThemeMode::Dark : ThemeMode::Light); break;
    case trellis::ThemeChoice::Light:  SetTheme(ThemeMode::Light); break;
    case trellis::ThemeChoice::Dark:   SetTheme(ThemeMode::Dark); break;
    }
}

void App::SetTextSizePercent(int percent)
{
    percent = ImClamp(percent, trellis::kMinTextSizePercent, trellis::kMaxTextSizePercent);
    if (percent == Device_.TextSizePercent)
        return;
    Device_.TextSizePercent = percent;
    ApplyTextSize();
    SaveDevice();
}

void App::StepTextSize(int steps)
{
    if (steps == 0)
        return;
    const int before = Device_.TextSizePercent;
    SetTextSizePercent(trellis::StepTextSize(before, steps));
    // At an end of the scale the step changes nothing, and the toast says why.
    const char* end = Device_.TextSizePercent != before ? "" : steps > 0 ? ", the largest" : ", the smallest";
    ShowToast("Text size " + std::to_string(Device_.TextSizePercent) + " %" + end, ToastAction::None);
}

void App::ApplyTextSize()
{
    Metrics_ = ScaledMetrics(UiMetrics{}, static_cast<float>(Device_.TextSizePercent) / 100.0f);
    SetTheme(Theme_);   // the style's paddings follow the metrics
}

// The settings file sits next to the workspace, so the platform persists it the same way.
void App::SaveDevice()
{
    const trellis::Status saved = trellis::SaveDeviceSettings(Platform_.Files(), Platform_.DataDir(), Device_);
    if (!saved)
    {
        ShowError("This device's settings were not saved: " + saved.GetError().Message);
        return;
    }
    DeviceError_.clear();
    Platform_.PersistSoon();
}

// [SECTION] Navigation and errors

Tab TabOf(Page page)
{
    switch (page)
    {
    case Page::Home: case Page::Settings:       return Tab::Home;
    case Page::Goals:                           return Tab::Goals;
    case Page::Journal: case Page::Insights:
    case Page::WeekReview:                      return Tab::Journal;
    case Page::Plan: case Page::PathSkills:     return Tab::Plan;
    case Page::OneOnOne: case Page::Team:       return Tab::OneOnOne;
    case Page::COUNT:                           break;
    }
    return Tab::Home;
}

void App::GoTo(Tab tab)
{
    if (tab != CurrentTab())
        Open(TabPage_[static_cast<int>(tab)]);
    else if (Page_ == Page::Settings)
        Open(Page::Home);
    else if (Page_ == Page::Insights || Page_ == Page::WeekReview)
        Open(Page::Journal);
}

void App::Open(Page page)
{
    if (page == Page_)
        return;
    PageScroll_.Stop();
    DetailScroll_.Stop();
    Page_ = page;
    TabPage_[static_cast<int>(TabOf(page))] = page;
    RestoreScroll_ = true;
}

void App::OpenPageOf(trellis::RecordKind kind)
{
    switch (kind)
    {
    case trellis::RecordKind::Goal:         Open(Page::Goals); break;
    case trellis::RecordKind::Reflection:   Open(Page::Journal); break;
    case trellis::RecordKind::Skill:
    case trellis::RecordKind::CareerPath:   Open(Page::PathSkills); break;
    case trellis::RecordKind::PlanActivity: Open(Page::Plan); break;
    default:                                Open(Page::OneOnOne); break;
    }
}

void App::StartNewGoal()
{
    NewGoalRequested_ = true;
    GoTo(Tab::Goals);
}

bool App::TakeNewGoalRequest()
{
    const bool requested = NewGoalRequested_;
    NewGoalRequested_ = false;
    return requested;
}

void App::AfterEdit(const trellis::Status& saved)
{
    if (saved)
    {
        Platform_.PersistSoon();
        if (!ReadOnly_)
            Error_.clear();
        // A new edit (not an undo, a redo or an import): say what it was, and offer to take it back.
        if (Session_.EditCount() != EditsSeen_ && Session_.CanUndo())
            ShowToast(Session_.UndoLabel(), ToastAction::Undo);
        EditsSeen_ = Session_.EditCount();
    }
    else
    {
        ShowError("Not saved: " + saved.GetError().Message + " Your changes are kept on screen.");
    }
}

bool App::AfterCommand(const trellis::Status& done, std::string* error)
{
    if (!done)
    {
        if (error != nullptr)
            *error = done.GetError().Message;
        else
            ShowError(done.GetError().Message);
        return false;
    }
    if (error != nullptr)
        error->clear();
    AfterEdit(Session_.LastSave());
    return true;
}

void App::ShowError(std::string message)
{
    Glyphs_.AddText(message);       // a file's or a person's name may be in it
    Error_ = std::move(message);
}

void App::ShowNotice(std::string message)
{
    Glyphs_.AddText(message);
    Notice_ = std::move(message);
    NoticeUntil_ = -1.0;        // timed from the frame that first shows it
}

bool App::NoticeIsUndoableImport() const
{
    return Session_.CanUndoImport() && Notice_.rfind("Imported", 0) == 0;
}

double App::WakeAtTime() const
{
    // The next moment something goes by itself: the toast, a notice.
    double wake = Toast_.Text.empty() ? 0.0 : Toast_.Until;
    if (!Notice_.empty() && NoticeUntil_ > 0.0)
        wake = wake == 0.0 ? NoticeUntil_ : std::min(wake, NoticeUntil_);
    return wake;
}

// [SECTION] Files in and out

void App::ExportFile(const std::string& name, const std::string& mime, const std::string& bytes, bool share)
{
    Platform_.ExportFile(name, mime, bytes, share);
    ShowNotice("Exported \xe2\x80\x9c" + name + "\xe2\x80\x9d.");
}

// A share or backup file of the workspace as it is now, named after its kind, this person and the
// day; returns when it was made. A share file is offered to the share sheet, a backup (private
// records and all) only downloaded.
int64_t App::ExportExchangeFile(trellis::FileKind kind)
{
    const trellis::Workspace& data = Session_.Data();
    const int64_t now = Platform_.NowMs();
    const bool share = kind == trellis::FileKind::Share;
    const std::string bytes = share ? trellis::ExportShare(data, now, Platform_.UtcOffsetMinutes()) : trellis::ExportBackup(data, now);
    ExportFile(trellis::ExchangeFileName(kind, data.Me.Name, now), "application/json", bytes, share);
    return now;
}

void App::ShareWithManager()
{
    (void)ExportExchangeFile(trellis::FileKind::Share);
}

void App::ExportBackup()
{
    Device_.LastBackupMs = ExportExchangeFile(trellis::FileKind::Backup);    // Settings says when, and reminds when it gets old
    SaveDevice();
}

static std::string NotImported(const std::string& name, const trellis::Error& why)
{
    return "\xe2\x80\x9c" + name + "\xe2\x80\x9d was not imported. " + why.Message + " Nothing was changed.";
}

void App::OnFileOpened(const std::string& name, const std::string& bytes)
{
    PendingImport_.reset();
    if (Session_.IsReadOnly() || !Session_.IsOpen())
    {
        ShowError("\xe2\x80\x9c" + name + "\xe2\x80\x9d was not imported: this tab cannot change the workspace.");
        return;
    }
    trellis::ExchangeLimits limits;
    limits.NowMs = Platform_.NowMs();
    trellis::Result<trellis::ImportPreview> preview = trellis::PreviewImport(Session_.Data(), bytes, limits);
    if (!preview)
    {
        ShowError(NotImported(name, preview.GetError()));
        return;
    }
    Error_.clear();
    Notice_.clear();        // an earlier import's "Undo" no longer applies once this one is shown
    PendingImport_ = std::move(preview.Value());
    // The preview draws the file's names; what it brings is drawn once it is applied.
    trellis::ForEachText(PendingImport_->File.Content, [&](std::string_view text) { Glyphs_.AddText(text); });
    PageScroll_.Stop();
}

void App::OpenFileAt(const std::string& path)
{
    const size_t slash = path.find_last_of("/\\");
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    trellis::Result<std::string> bytes = trellis::ReadImportFile(path);
    if (!bytes)
    {
        PendingImport_.reset();
        ShowError(NotImported(name, bytes.GetError()));
        return;
    }
    OnFileOpened(name, bytes.Value());
}

void App::ApplyPendingImport()
{
    if (!PendingImport_)
        return;
    if (PendingImport_->IsNoOp())
    {
        // Said so, and nothing done: no save, no Undo import.
        ShowNotice("Nothing imported: everything in this file is here already. " + trellis::Summary(PendingImport_->File));
        PendingImport_.reset();
        return;
    }
    // A response's comments that are new here: Home lists them until they are read.
    std::vector<trellis::Id> arrived;
    if (PendingImport_->File.Kind == trellis::FileKind::Response)
        for (const trellis::Comment& c : PendingImport_->File.Content.Comments)
            if (!c.Meta.Deleted && !trellis::FindRecord<trellis::Comment>(Session_.Data(), c.Meta.RecordId))
                arrived.push_back(c.Meta.RecordId);
    const trellis::Status applied = Session_.ApplyImport(*PendingImport_, Platform_.NowMs());
    if (applied)
    {
        if (!arrived.empty())
            NewComments_ = std::move(arrived);
        Platform_.PersistSoon();
        ShowNotice("Imported: " + trellis::Summary(PendingImport_->File));
    }
    else
    {
        ShowError("Not imported: " + applied.GetError().Message + " Nothing was changed.");
    }
    PendingImport_.reset();
}

// [SECTION] Platform events

void App::ReloadFromDisk()
{
    PendingImport_.reset();
    const trellis::Status opened = Session_.Open();
    if (!opened)
        ShowError(opened.GetError().Message);
    NoteWorkspaceText();
    // The other tab may have exported a backup or chosen a theme too.
    if (trellis::Result<trellis::DeviceSettings> device = trellis::LoadDeviceSettings(Platform_.Files(), Platform_.DataDir()))
    {
        Device_ = device.Value();
        ApplyThemeChoice();
        ApplyTextSize();
    }
}

void App::SyncWithPlatform()
{
    static const char* const read_only_reason =
        "Trellis is open in another tab, so this tab cannot change anything. Tap \xe2\x80\x9cUse Trellis here\xe2\x80\x9d to edit here.";
    const bool writer = Platform_.IsWriter();
    if (writer != Writer_)
    {
        Writer_ = writer;
        Session_.SetReadOnly(writer ? std::string() : std::string(read_only_reason));
        if (!writer)
            PendingImport_.reset();
    }
    StorageError_ = Platform_.FlushError();
}

bool App::HasBanners() const
{
    return !StorageError_.empty() || !Writer_ || UpdateReady_ || !Error_.empty() || !Notice_.empty() || RestoredDraftMs_ != 0;
}

// One banner for each thing the person must know now, most urgent first, each with what to do.
void App::DrawBanners()
{
    const ThemeColors& colors = GetThemeColors();
    const auto message = [&](unsigned int color, const char* icon, const std::string& text) {
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(icon);
        ImGui::SameLine(0.0f, 0.0f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    };
    if (!StorageError_.empty())
    {
        Widgets::BeginCard();
        message(colors.Danger, ICON_WARNING " ", "This browser refused to store your changes (" + StorageError_ +
                "). They are safe while this page stays open; export a backup now to keep them.");
        if (Widgets::PrimaryButton(ICON_DOWNLOAD " Export a backup"))
            ExportBackup();
        Widgets::EndCard();
    }
    if (!Writer_)
    {
        Widgets::BeginCard();
        message(colors.MutedText, ICON_INFO " ", "Trellis is open in another tab. This tab follows its changes but cannot make any.");
        if (Widgets::Button("Use Trellis here", -1.0f))
            Platform_.TakeOverWriting();
        Widgets::EndCard();
    }
    if (UpdateReady_)
    {
        Widgets::BeginCard();
        message(colors.MutedText, ICON_INFO " ", "A new version of Trellis is ready. It starts the next time you open the app.");
        if (Widgets::Button("Restart now", -1.0f))
            Platform_.ApplyUpdate();
        Widgets::EndCard();
    }
    if (RestoredDraftMs_ != 0)
    {
        // "at 14:05": the draft's own time, in this device's time zone.
        const int64_t minutes = RestoredDraftMs_ / 60000 + Platform_.UtcOffsetMinutes();
        const int of_day = static_cast<int>(((minutes % 1440) + 1440) % 1440);
        char at[8];
        std::snprintf(at, sizeof(at), "%02d:%02d", of_day / 60, of_day % 60);
        Widgets::BeginCard();
        message(colors.MutedText, ICON_INFO " ", std::string("Restored what you were writing at ") + at + ". It is not saved yet.");
        const float half = Widgets::SharedWidth({ "Keep writing", "Throw it away" });
        if (Widgets::Button("Keep writing", half))
            RestoredDraftMs_ = 0;
        Widgets::NextInRow(half);
        if (Widgets::Button("Throw it away", half))
        {
            for (const std::unique_ptr<Screen>& screen : Screens_)
                if (screen && screen->CurrentDraft())
                    screen->DropDraft();
            RestoredDraftMs_ = 0;
        }
        Widgets::EndCard();
    }
    if (!Error_.empty())
        message(colors.Danger, ICON_WARNING " ", Error_);
    // A notice says what just happened and goes after a while; one that can still be undone (an
    // import) stays until dismissed. Its buttons share one row.
    if (!Notice_.empty() && NoticeUntil_ < 0.0)
        NoticeUntil_ = NoticeIsUndoableImport() ? 0.0 : ImGui::GetTime() + kNoticeSeconds;
    if (!Notice_.empty() && NoticeUntil_ > 0.0 && ImGui::GetTime() >= NoticeUntil_)
        Notice_.clear();
    if (!Notice_.empty())
        message(colors.MutedText, ICON_CHECK " ", Notice_);
}

// The notice's buttons, under the banners whatever their scroll: never scrolled out of reach.
void App::DrawNoticeButtons()
{
    if (!Notice_.empty())
    {
        if (NoticeIsUndoableImport())
        {
            // Side by side; where "Dismiss" and "Undo import" do not fit, a cross beside "Undo import".
            const float half = Widgets::SharedWidth({ "Dismiss##notice", "Undo import" });
            const float cross = Metrics_.TouchTargetPx;
            const float undo_width = half > 0.0f ? half : Widgets::RowWidth() - cross - ImGui::GetStyle().ItemSpacing.x;
            if (half > 0.0f ? Widgets::Button("Dismiss##notice", half) : Widgets::Button(ICON_TIMES "##Dismiss notice", cross))
                Notice_.clear();
            ImGui::SameLine();
            if (Widgets::Button("Undo import", undo_width))
            {
                const trellis::Status undone = Session_.UndoImport(Platform_.NowMs());
                AfterEdit(undone);
                if (undone)
                    NewComments_.clear();
                Notice_ = undone ? "The import was undone." : std::string();
                NoticeUntil_ = -1.0;
            }
        }
        else if (Widgets::Button("Dismiss", -1.0f))
        {
            Notice_.clear();
        }
    }
}

// [SECTION] Toast

void App::ShowToast(std::string text, ToastAction action)
{
    Glyphs_.AddText(text);
    Toast_.Text = std::move(text);
    Toast_.Action = action;
    Toast_.Until = (ImGui::GetCurrentContext() ? ImGui::GetTime() : 0.0) + kToastSeconds;
}

float App::ToastHeight() const
{
    return Toast_.Text.empty() ? 0.0f : Metrics_.TouchTargetPx + Metrics_.ItemSpacingPx;
}

// One line over the tab bar: what was done, on the left, cut with an ellipsis when it is long;
// "Undo" (or "Redo") and a dismiss button on the right. It takes room from the page rather than
// covering it, so nothing under it is hidden.
void App::DrawToast(ImVec2 pos, float width)
{
    const ThemeColors& colors = GetThemeColors();
    const float height = ToastHeight();
    const float button = Metrics_.TouchTargetPx;
    const float gap = Metrics_.ItemSpacingPx * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), colors.Card);
    draw->AddLine(pos, ImVec2(pos.x + width, pos.y), ImGui::GetColorU32(ImGuiCol_Border));
    const bool undo = Toast_.Action == ToastAction::Undo;
    const char* action = Toast_.Action == ToastAction::None ? nullptr : undo ? ICON_UNDO "  Undo##toast" : ICON_REDO "  Redo##toast";
    const float action_width = action ? ImGui::CalcTextSize(action, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f : 0.0f;
    const float pad = Metrics_.PagePaddingPx;
    const float y = pos.y + gap;
    const float close_x = pos.x + width - pad - button;
    const float action_x = close_x - gap - action_width;
    const float text_right = (action ? action_x : close_x) - gap;
    const std::string text = ICON_CHECK "  " + Toast_.Text;
    const float text_y = y + (button - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::PushStyleColor(ImGuiCol_Text, colors.MutedText);
    ImGui::RenderTextEllipsis(draw, ImVec2(pos.x + pad, text_y), ImVec2(text_right, text_y + ImGui::GetTextLineHeight()),
                              text_right, text_right, text.c_str(), nullptr, nullptr);
    ImGui::PopStyleColor();
    // The text is an item of its own, so that tests and screen readers read what happened.
    ImGuiContext& g = *GImGui;      // for the automation hook
    ImGui::PushID("##toast");
    const ImRect text_box(ImVec2(pos.x + pad, y), ImVec2(ImMax(pos.x + pad + 1.0f, text_right), y + button));
    const ImGuiID text_id = ImGui::GetID("##text");
    if (ImGui::ItemAdd(text_box, text_id))
        IMGUI_TEST_ENGINE_ITEM_INFO(text_id, text.c_str(), kAutomationTextItem);
    bool take_back = false;
    if (action)
    {
        ImGui::SetCursorScreenPos(ImVec2(action_x, y));
        take_back = ImGui::Button(action, ImVec2(action_width, button));
    }
    ImGui::SetCursorScreenPos(ImVec2(close_x, y));
    const bool dismiss = ImGui::Button(ICON_TIMES "##Dismiss", ImVec2(button, button));
    ImGui::PopID();
    if (dismiss || ImGui::GetTime() >= Toast_.Until)
        Toast_ = Toast{};
    if (!take_back)
        return;
    const int64_t now = Platform_.NowMs();
    const std::string label = undo ? Session_.UndoLabel() : Session_.RedoLabel();
    const trellis::Status done = undo ? Session_.Undo(now) : Session_.Redo(now);
    AfterEdit(done);
    if (done)
        ShowToast((undo ? "Undone: " : "Redone: ") + label, undo ? ToastAction::Redo : ToastAction::Undo);
    else
        Toast_ = Toast{};
}

// [SECTION] Frame

bool App::NavButton(Tab tab, ImVec2 size)
{
    static const char* const icons[] = { ICON_HOME, ICON_GOALS, ICON_JOURNAL, ICON_PLAN, ICON_ONE_ON_ONE };
    static const char* const labels[] = { "Home", "Goals", "Journal", "Plan", "1:1" };
    const int i = static_cast<int>(tab);
    return Widgets::TabButton(icons[i], labels[i], tab == CurrentTab(), size);
}

void App::DrawTabBar(ImVec2 pos, float width, float height, float bottom_inset)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // The bar's colour runs to the screen's edges and under the home indicator; its buttons stay
    // inside the safe area.
    const float left = viewport->WorkPos.x;
    const float right = viewport->WorkPos.x + viewport->WorkSize.x;
    draw->AddRectFilled(ImVec2(left, pos.y), ImVec2(right, pos.y + height + bottom_inset), GetThemeColors().Card);
    draw->AddLine(ImVec2(left, pos.y), ImVec2(right, pos.y), ImGui::GetColorU32(ImGuiCol_Border));
    ImGui::SetCursorScreenPos(pos);
    const float tab_width = width / static_cast<float>(Tab::COUNT);
    for (int i = 0; i < static_cast<int>(Tab::COUNT); i++)
    {
        if (i > 0)
            ImGui::SameLine(0.0f, 0.0f);
        if (NavButton(static_cast<Tab>(i), ImVec2(tab_width, height)))
            GoTo(static_cast<Tab>(i));
    }
}

// The tabs down the left side, for a wide window or a phone on its side (where height is short).
void App::DrawRail(ImVec2 pos, float height)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float right = pos.x + Metrics_.RailWidthPx;
    draw->AddRectFilled(ImVec2(viewport->WorkPos.x, viewport->WorkPos.y), ImVec2(right, viewport->WorkPos.y + viewport->WorkSize.y), GetThemeColors().Card);
    draw->AddLine(ImVec2(right, viewport->WorkPos.y), ImVec2(right, viewport->WorkPos.y + viewport->WorkSize.y), ImGui::GetColorU32(ImGuiCol_Border));
    const float item = ImMin(Metrics_.TabBarPx, height / static_cast<float>(Tab::COUNT));
    for (int i = 0; i < static_cast<int>(Tab::COUNT); i++)
    {
        ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + Metrics_.ItemSpacingPx * 0.5f + item * static_cast<float>(i)));
        if (NavButton(static_cast<Tab>(i), ImVec2(Metrics_.RailWidthPx, item)))
            GoTo(static_cast<Tab>(i));
    }
}

// Plan and 1:1 each hold two pages; a switch at the top of the page goes between them.
void App::DrawViewSwitch()
{
    static const char* const plan_labels[] = { "My plan", "Path & skills" };
    static const char* const meeting_labels[] = { "My 1:1", "Team" };
    const Tab tab = CurrentTab();
    if (tab != Tab::Plan && tab != Tab::OneOnOne)
        return;
    const Page first = tab == Tab::Plan ? Page::Plan : Page::OneOnOne;
    const Page second = tab == Tab::Plan ? Page::PathSkills : Page::Team;
    int view = Page_ == second ? 1 : 0;
    if (Widgets::Choice("view", tab == Tab::Plan ? plan_labels : meeting_labels, 2, &view))
        Open(view == 1 ? second : first);
}

// A scrolling pane at `pos`: its content is one column, centred once the pane is wider than a column.
static void BeginPane(const char* id, ImVec2 pos, ImVec2 size, const UiMetrics& metrics)
{
    const float pad = metrics.PagePaddingPx;
    const float side = ImMax(pad, (size.x - metrics.MaxColumnPx) * 0.5f);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, pad));
    ImGui::BeginChild(id, size, ImGuiChildFlags_AlwaysUseWindowPadding);
}

static void EndPane()
{
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

void App::DrawPage(ImVec2 pos, ImVec2 size)
{
    // Banners stay above the page, whatever its scroll: a message below the fold is never seen. They
    // take at most a third of the screen (a long message at a large text size scrolls in its room).
    if (HasBanners())
    {
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Metrics_.PagePaddingPx, Metrics_.PagePaddingPx));
        ImGui::SetNextWindowSizeConstraints(ImVec2(size.x, 0.0f), ImVec2(size.x, ImMax(Metrics_.TouchTargetPx * 2.0f, size.y / 3.0f)));
        ImGui::BeginChild("##banners", ImVec2(size.x, 0.0f), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY);
        DrawBanners();
        BannerScroll_.Update();
        ImGui::EndChild();
        float banner_height = ImGui::GetItemRectSize().y;
        if (!Notice_.empty())
        {
            ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + banner_height));
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Metrics_.PagePaddingPx, Metrics_.PagePaddingPx * 0.5f));
            ImGui::BeginChild("##notice", ImVec2(size.x, 0.0f), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY);
            DrawNoticeButtons();
            ImGui::EndChild();
            ImGui::PopStyleVar();
            banner_height += ImGui::GetItemRectSize().y;
        }
        ImGui::PopStyleVar();
        pos.y += banner_height;
        size.y -= banner_height;
    }
    const bool sheet = PendingImport_.has_value();
    const int slot = static_cast<int>(Page_);
    Screen& screen = sheet ? *ImportSheet_ : *Screens_[slot];
    const bool split = !sheet && Wide_ && screen.HasDetail();
    const float list_width = split ? ImMin(Metrics_.ListPanePx, size.x * 0.45f) : size.x;
    PageScroll& scroll = Scroll_[slot];

    if (RestoreScroll_ && !sheet)
    {
        ImGui::SetNextWindowScroll(ImVec2(0.0f, scroll.Y));
        PendingScrollY_ = scroll.Y;
        RestoreScroll_ = false;
    }
    BeginPane(sheet ? "##sheet" : "##page", pos, ImVec2(list_width, size.y), Metrics_);
    // ImGui clamps a scroll to the content of the frame before, which was another page or the
    // editor: asked for again while this page is drawn, it lands where it should in the next frame.
    if (PendingScrollY_ >= 0.0f && !sheet)
        ImGui::SetScrollY(PendingScrollY_);
    PendingScrollY_ = -1.0f;
    if (!sheet && (split || !screen.DetailOpen()))
        DrawViewSwitch();
    if (split)
        screen.DrawList(*this);
    else
        screen.Draw(*this);
    PageScroll_.Update();
    if (!sheet)
    {
        const bool detail = !split && screen.DetailOpen();
        if (detail != scroll.DetailOpen)
        {
            // On a phone an item opens at its top, and closing it comes back to the same place.
            if (detail)
                scroll.ListY = ImGui::GetScrollY();
            ImGui::SetScrollY(detail ? 0.0f : scroll.ListY);
            if (!detail)
                PendingScrollY_ = scroll.ListY;
            scroll.DetailOpen = detail;
        }
        else
        {
            scroll.Y = ImGui::GetScrollY();
        }
    }
    EndPane();
    if (!split)
        return;

    const float x = pos.x + list_width;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, pos.y), ImVec2(x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_Border));
    BeginPane("##detail", ImVec2(x + 1.0f, pos.y), ImVec2(size.x - list_width - 1.0f, size.y), Metrics_);
    screen.DrawDetail(*this);
    DetailScroll_.Update();
    EndPane();
}

void App::Draw()
{
    Widgets::SetContext(&Metrics_, &Fonts_);
    if (!ThemeApplied_)
        SetTheme(Theme_);
    SyncWithPlatform();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    // No background: the frame is cleared to the window colour already, and a software rasteriser
    // (or a phone's battery) pays for every full-screen fill.
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBackground |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##root", nullptr, root_flags);
    ImGui::PopStyleVar();

    // The safe area: what a notch, rounded corners or the home indicator leave free.
    const Platform::Insets safe = Platform_.SafeArea();
    const ImVec2 origin(viewport->WorkPos.x + safe.Left, viewport->WorkPos.y + safe.Top);
    const float width = ImMax(0.0f, viewport->WorkSize.x - safe.Left - safe.Right);
    const float height = ImMax(0.0f, viewport->WorkSize.y - safe.Top - safe.Bottom);
    // A side rail in a wide window, and on a phone on its side, where the height is what is short.
    Wide_ = width >= Metrics_.WideLayoutPx;
    const float toast = ToastHeight();
    if (Wide_ || width > height * 1.3f)
    {
        const float page_x = origin.x + Metrics_.RailWidthPx;
        const float page_width = ImMax(0.0f, width - Metrics_.RailWidthPx);
        DrawPage(ImVec2(page_x, origin.y), ImVec2(page_width, ImMax(0.0f, height - toast)));
        if (toast > 0.0f)
            DrawToast(ImVec2(page_x, origin.y + height - toast), page_width);
        DrawRail(origin, height);
    }
    else
    {
        const float tab_bar = Metrics_.TabBarPx;
        DrawPage(origin, ImVec2(width, ImMax(0.0f, height - tab_bar - toast)));
        if (toast > 0.0f)
            DrawToast(ImVec2(origin.x, origin.y + height - tab_bar - toast), width);
        DrawTabBar(ImVec2(origin.x, origin.y + height - tab_bar), width, tab_bar, safe.Bottom);
    }
    ImGui::End();
    KeepDraft();
}
