#include "app.h"

#include "core/text_visit.h"
#include "icons.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "screens/screen.h"
#include "widgets.h"

// [SECTION] Lifetime
// [SECTION] Navigation and errors
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
    Screens_[static_cast<int>(Tab::Home)] = CreateHomeScreen();
    Screens_[static_cast<int>(Tab::Goals)] = CreateGoalsScreen();
    Screens_[static_cast<int>(Tab::Journal)] = CreateJournalScreen();
    Screens_[static_cast<int>(Tab::Plan)] = CreatePlanScreen();
    Screens_[static_cast<int>(Tab::OneOnOne)] = CreateOneOnOneScreen();
    Insights_ = CreateInsightsScreen();
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
}

void App::NoteWorkspaceText()
{
    trellis::ForEachText(Session_.Data(), [&](std::string_view text) { Glyphs_.AddText(text); });
}

void App::SetTheme(ThemeMode mode)
{
    Theme_ = mode;
    ApplyTheme(mode, Metrics_);
}

// [SECTION] Navigation and errors

void App::GoTo(Tab tab)
{
    if (tab == Tab_)
        return;
    PageScroll_.Stop();
    Tab_ = tab;
    RestoreScroll_ = true;
}

void App::StartNewGoal()
{
    NewGoalRequested_ = true;
    GoTo(Tab::Goals);
}

void App::OpenInsights()
{
    GoTo(Tab::Journal);
    InsightsOpen_ = true;
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
    }
    else
    {
        ShowError("Not saved: " + saved.GetError().Message + " Your changes are kept on screen.");
    }
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
}

// [SECTION] Files in and out

void App::ExportFile(const std::string& name, const std::string& mime, const std::string& bytes, bool share)
{
    Platform_.ExportFile(name, mime, bytes, share);
    ShowNotice("Exported \xe2\x80\x9c" + name + "\xe2\x80\x9d.");
}

void App::ShareWithManager()
{
    const trellis::Workspace& data = Session_.Data();
    const int64_t now = Platform_.NowMs();
    const std::string bytes = trellis::ExportShare(data, now, Platform_.UtcOffsetMinutes());
    ExportFile(trellis::ExchangeFileName(trellis::FileKind::Share, data.Me.Name, now), "application/json", bytes, true);
}

void App::ExportBackup()
{
    const trellis::Workspace& data = Session_.Data();
    const int64_t now = Platform_.NowMs();
    const std::string bytes = trellis::ExportBackup(data, now);
    ExportFile(trellis::ExchangeFileName(trellis::FileKind::Backup, data.Me.Name, now), "application/json", bytes, false);
}

void App::OnFileOpened(const std::string& name, const std::string& bytes)
{
    PendingImport_.reset();
    if (Session_.IsReadOnly() || !Session_.IsOpen())
    {
        ShowError("\xe2\x80\x9c" + name + "\xe2\x80\x9d was not imported: this tab cannot change the workspace.");
        return;
    }
    trellis::Result<trellis::ImportPreview> preview = trellis::PreviewImport(Session_.Data(), bytes);
    if (!preview)
    {
        ShowError("\xe2\x80\x9c" + name + "\xe2\x80\x9d was not imported. " + preview.GetError().Message +
                  " Nothing was changed.");
        return;
    }
    Error_.clear();
    PendingImport_ = std::move(preview.Value());
    // The preview draws the file's names; what it brings is drawn once it is applied.
    trellis::ForEachText(PendingImport_->File.Content, [&](std::string_view text) { Glyphs_.AddText(text); });
    PageScroll_.Stop();
}

void App::ApplyPendingImport()
{
    if (!PendingImport_)
        return;
    const trellis::Status applied = Session_.ApplyImport(*PendingImport_, Platform_.NowMs());
    if (applied)
    {
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
    StorageError_ = Platform_.Storage().FlushError;
}

bool App::HasBanners() const
{
    return !StorageError_.empty() || !Writer_ || UpdateReady_ || !Error_.empty() || !Notice_.empty();
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
    if (!Error_.empty())
        message(colors.Danger, ICON_WARNING " ", Error_);
    if (!Notice_.empty())
    {
        message(colors.MutedText, ICON_CHECK " ", Notice_);
        if (Session_.CanUndoImport() && Notice_.rfind("Imported", 0) == 0)
        {
            if (Widgets::Button("Undo import", -1.0f))
            {
                const trellis::Status undone = Session_.UndoImport(Platform_.NowMs());
                AfterEdit(undone);
                Notice_ = undone ? "The import was undone." : std::string();
            }
        }
        else if (Widgets::Button("Dismiss", -1.0f))
        {
            Notice_.clear();
        }
    }
}

// [SECTION] Frame

void App::DrawTabBar(ImVec2 pos, float width, float height, float bottom_inset)
{
    static const char* const icons[] = { ICON_HOME, ICON_GOALS, ICON_JOURNAL, ICON_PLAN, ICON_ONE_ON_ONE };
    static const char* const labels[] = { "Home", "Goals", "Journal", "Plan", "1:1" };
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
        if (Widgets::TabButton(icons[i], labels[i], static_cast<int>(Tab_) == i, ImVec2(tab_width, height)))
            GoTo(static_cast<Tab>(i));
    }
}

void App::Draw()
{
    Widgets::SetContext(&Metrics_, &Fonts_);
    SyncWithPlatform();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##root", nullptr, root_flags);
    ImGui::PopStyleVar();

    // The safe area: what a notch, rounded corners or the home indicator leave free.
    const Platform::Insets safe = Platform_.SafeArea();
    const ImVec2 origin(viewport->WorkPos.x + safe.Left, viewport->WorkPos.y + safe.Top);
    const float width = ImMax(0.0f, viewport->WorkSize.x - safe.Left - safe.Right);
    const float tab_bar = Metrics_.TabBarPx;
    const float page_height = ImMax(0.0f, viewport->WorkSize.y - safe.Top - safe.Bottom - tab_bar);
    const float pad = Metrics_.PagePaddingPx;

    ImGui::SetCursorScreenPos(origin);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
    // Banners stay above the page, whatever its scroll: a message below the fold is never seen.
    float banner_height = 0.0f;
    if (HasBanners())
    {
        ImGui::BeginChild("##banners", ImVec2(width, 0.0f), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY);
        DrawBanners();
        ImGui::EndChild();
        banner_height = ImMin(ImGui::GetItemRectSize().y, page_height * 0.5f);
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + banner_height));
    }
    const bool sheet = PendingImport_.has_value();
    const int scroll_slot = static_cast<int>(Tab_);
    if (RestoreScroll_ && !sheet)
    {
        ImGui::SetNextWindowScroll(ImVec2(0.0f, SavedScroll_[scroll_slot]));
        RestoreScroll_ = false;
    }
    ImGui::BeginChild(sheet ? "##sheet" : "##page", ImVec2(width, page_height - banner_height), ImGuiChildFlags_AlwaysUseWindowPadding);
    Screen& screen = sheet ? *ImportSheet_
                   : InsightsOpen_ && Tab_ == Tab::Journal ? *Insights_
                   : *Screens_[scroll_slot];
    screen.Draw(*this);
    PageScroll_.Update();
    if (!sheet)
        SavedScroll_[scroll_slot] = ImGui::GetScrollY();
    ImGui::EndChild();
    ImGui::PopStyleVar();

    DrawTabBar(ImVec2(origin.x, origin.y + page_height), width, tab_bar, safe.Bottom);
    ImGui::End();
}
