#include "app.h"

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
    Error_ = std::move(message);
}

void App::DrawErrorBanner()
{
    if (Error_.empty())
        return;
    ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().Danger);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(ICON_WARNING " ");
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::TextUnformatted(Error_.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// [SECTION] Frame

void App::DrawTabBar(float height)
{
    static const char* const icons[] = { ICON_HOME, ICON_GOALS, ICON_JOURNAL, ICON_PLAN, ICON_ONE_ON_ONE };
    static const char* const labels[] = { "Home", "Goals", "Journal", "Plan", "1:1" };
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = viewport->WorkSize.x / static_cast<float>(Tab::COUNT);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 bar_min = ImGui::GetCursorScreenPos();
    draw->AddRectFilled(bar_min, ImVec2(bar_min.x + viewport->WorkSize.x, bar_min.y + height), GetThemeColors().Card);
    draw->AddLine(bar_min, ImVec2(bar_min.x + viewport->WorkSize.x, bar_min.y), ImGui::GetColorU32(ImGuiCol_Border));
    for (int i = 0; i < static_cast<int>(Tab::COUNT); i++)
    {
        if (i > 0)
            ImGui::SameLine(0.0f, 0.0f);
        if (Widgets::TabButton(icons[i], labels[i], static_cast<int>(Tab_) == i, ImVec2(width, height)))
            GoTo(static_cast<Tab>(i));
    }
}

void App::Draw()
{
    Widgets::SetContext(&Metrics_, &Fonts_);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("##root", nullptr, root_flags);
    ImGui::PopStyleVar();

    const float tab_bar = Metrics_.TabBarPx;
    const float pad = Metrics_.PagePaddingPx;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
    if (RestoreScroll_)
    {
        ImGui::SetNextWindowScroll(ImVec2(0.0f, SavedScroll_[static_cast<int>(Tab_)]));
        RestoreScroll_ = false;
    }
    ImGui::BeginChild("##page", ImVec2(viewport->WorkSize.x, viewport->WorkSize.y - tab_bar), ImGuiChildFlags_AlwaysUseWindowPadding);
    DrawErrorBanner();
    Screen& screen = InsightsOpen_ && Tab_ == Tab::Journal ? *Insights_ : *Screens_[static_cast<int>(Tab_)];
    screen.Draw(*this);
    PageScroll_.Update();
    SavedScroll_[static_cast<int>(Tab_)] = ImGui::GetScrollY();
    ImGui::EndChild();
    ImGui::PopStyleVar();

    ImGui::SetCursorScreenPos(ImVec2(viewport->WorkPos.x, viewport->WorkPos.y + viewport->WorkSize.y - tab_bar));
    DrawTabBar(tab_bar);
    ImGui::End();
}
