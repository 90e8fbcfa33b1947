// Home: who I am, what is in progress, and the way into today's work.
#include <algorithm>
#include <string>

#include "../app.h"
#include "../comments_view.h"
#include "../icons.h"
#include "../widgets.h"
#include "core/date.h"
#include "core/records.h"
#include "core/validate.h"
#include "core/views.h"
#include "../theme.h"
#include "imgui.h"
#include "screen.h"

class HomeScreen final : public Screen
{
public:
    const char* Title() const override { return "Home"; }

    void Draw(App& app) override
    {
        const trellis::Workspace& data = app.GetSession().Data();
        if (Widgets::HeadingWithButton("Trellis", ICON_COG "##Settings"))
            app.Open(Page::Settings);
        const std::string greeting = data.Me.Name.empty() ? "Welcome. Grow your career your way." : "Hello, " + data.Me.Name + ".";
        Widgets::MutedTextItem(greeting.c_str());
        ImGui::Spacing();

        DrawNewFromManager(app);
        DrawNextOneOnOne(app);
        DrawComingUp(app);
        DrawGoalsInProgress(app);
        DrawWelcome(app);
        if (!app.GetSession().Data().Reflections.empty() && Widgets::Button(ICON_BOLT "  Patterns in my journal##home", -1.0f))
            app.OpenInsights();
    }

private:
    // On a first run (a profile never edited, nothing written yet), who I am: the name goes into
    // file names, answers to comments and the response's sender. Skippable; Settings has it later.
    void DrawWelcome(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        const bool first_run = data.Me == trellis::Profile{} && data.Goals.empty() && data.Reflections.empty() &&
                               data.Activities.empty() && data.OneOnOnes.empty() && data.Skills.empty() &&
                               data.CareerPaths.empty() && data.Team.empty();
        if (!first_run || WelcomeSkipped_)
            return;
        Widgets::BeginCard();
        ImGui::TextUnformatted("Welcome to Trellis");
        Widgets::MutedTextWrapped("What should Trellis call you? Your manager sees your name on what you share. Everything stays on this device.");
        ImGui::TextUnformatted("Your name");
        bool enter = Widgets::TextField("##welcome-name", "e.g. Sam Lee", &WelcomeName_);
        ImGui::TextUnformatted("Your role");
        enter |= Widgets::TextField("##welcome-role", "e.g. Software engineer", &WelcomeRole_);
        ImGui::TextUnformatted("Your manager's name");
        enter |= Widgets::TextField("##welcome-manager", "e.g. Ana Lima", &WelcomeManager_);
        Widgets::ErrorText(WelcomeError_);
        const float half = Widgets::SharedWidth({ "Skip for now", ICON_CHECK "  Save##welcome" }, ImGui::CalcItemWidth());
        if (Widgets::Button("Skip for now", half))
            WelcomeSkipped_ = true;
        Widgets::NextInRow(half);
        if (Widgets::PrimaryButton(ICON_CHECK "  Save##welcome", half) || enter)
        {
            trellis::Profile me = data.Me;
            me.Name = std::string(trellis::TrimSpace(WelcomeName_));
            me.Role = std::string(trellis::TrimSpace(WelcomeRole_));
            me.ManagerName = std::string(trellis::TrimSpace(WelcomeManager_));
            if (me.Name.empty())
                WelcomeError_ = "Type your name, or skip for now.";
            else
                app.AfterCommand(app.GetSession().EditProfile(me, app.GetPlatform().NowMs()), &WelcomeError_);
        }
        Widgets::EndCard();
    }

    // The comments the last response brought, each with what it is about; a tap opens the page
    // where that record is, and the list stays until marked as read.
    static void DrawNewFromManager(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        std::vector<const trellis::Comment*> fresh;
        for (const trellis::Id& id : app.NewComments())
            if (const trellis::Comment* c = trellis::FindRecord<trellis::Comment>(data, id); c && !c->Meta.Deleted)
                fresh.push_back(c);
        if (fresh.empty())
            return;
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_COMMENT "  New from your manager");
        std::optional<trellis::RecordKind> go;
        for (const trellis::Comment* c : fresh)
        {
            ImGui::PushID(c);
            Widgets::Divider();
            Widgets::MutedTextItem(CommentKindLine(*c, false).c_str());
            ImGui::TextWrapped("%s", c->Text.c_str());
            const std::string about = CommentSubject(data, *c);
            if (Widgets::Button((about + "##open").c_str(), -1.0f))
                go = trellis::FindLiveKind(data, c->TargetId);
            ImGui::PopID();
        }
        if (Widgets::Button(ICON_CHECK "  Mark as read", -1.0f))
            app.MarkCommentsRead();
        Widgets::EndCard();
        if (go)
            app.OpenPageOf(*go);
    }

    // The planned one-on-one, else the profile's date, else the day the cadence suggests.
    static void DrawNextOneOnOne(App& app)
    {
        const trellis::LocalNow now{app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()};
        const trellis::UpcomingMeeting next = trellis::UpcomingOneOnOne(app.GetSession().Data(), now);
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_CALENDAR "  Next one-on-one");
        if (!next.On)
            Widgets::MutedTextWrapped("Not scheduled yet. Meet your manager about your career at least twice a year.");
        else if (!next.Suggested)
            ImGui::TextUnformatted(Widgets::FormatDate(*next.On).c_str());
        else
        {
            const std::string suggested = "Not planned yet. Suggested: " + Widgets::FormatDate(*next.On) +
                                          ", by your rhythm since the last one.";
            Widgets::MutedTextItem(suggested.c_str());
            if (Widgets::Button(ICON_ONE_ON_ONE "  Plan it in 1:1##home", -1.0f))
                app.Open(Page::OneOnOne);
        }
        Widgets::EndCard();
    }

    // What is overdue or due within the week (target dates, milestones, plan activities, my action
    // items), and when the next career conversation is due; a tap opens the page it is on.
    static void DrawComingUp(App& app)
    {
        const trellis::Workspace& data = app.GetSession().Data();
        const trellis::LocalNow now{app.GetPlatform().NowMs(), app.GetPlatform().UtcOffsetMinutes()};
        const std::vector<trellis::DueItem> due = trellis::DueThisWeek(data, now);
        const trellis::ReviewStatus review = trellis::CareerReviewStatus(data, now);
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_PLAN "  Coming up");
        std::optional<Page> go;
        for (const trellis::DueItem& item : due)
        {
            ImGui::PushID(item.ItemId.IsNil() ? &item.RecordId : &item.ItemId);
            std::string when;
            if (item.DaysLeft < 0)
                when = "overdue since " + Widgets::FormatDate(item.Due);
            else if (item.DaysLeft == 0)
                when = "due today";
            else if (item.DaysLeft == 1)
                when = "due tomorrow";
            else
                when = "due " + Widgets::FormatDate(item.Due);
            const std::string label = item.Title + "\n" + trellis::DisplayName(item.Kind) + ", " + when + "##due";
            if (item.Overdue())
                ImGui::PushStyleColor(ImGuiCol_Text, GetThemeColors().Danger);
            if (Widgets::TapText(label.c_str(), std::max(ImGui::GetTextLineHeightWithSpacing() * 2.0f, app.Metrics().TouchTargetPx)))
                go = item.Kind == trellis::ItemKind::PlanActivity ? Page::Plan
                   : item.Kind == trellis::ItemKind::ActionItem   ? Page::OneOnOne
                                                                  : Page::Goals;
            if (item.Overdue())
                ImGui::PopStyleColor();
            ImGui::PopID();
        }
        if (due.empty())
            Widgets::MutedTextItem("Nothing due this week.");
        Widgets::Divider();
        std::string career;
        if (!review.LastCareerTalk)
            career = "No career conversation recorded yet. Tick it on a one-on-one when you have one.";
        else if (review.Overdue)
            career = "Career conversation overdue since " + Widgets::FormatDate(review.Due) + ".";
        else
            career = "Next career conversation by " + Widgets::FormatDate(review.Due) + ".";
        Widgets::MutedTextItem(career.c_str());
        Widgets::EndCard();
        if (go)
            app.Open(*go);
    }

    static void DrawGoalsInProgress(App& app)
    {
        std::vector<const trellis::Goal*> goals = app.GetSession().LiveGoals();
        Widgets::BeginCard();
        ImGui::TextUnformatted(ICON_GOALS "  Goals in progress");
        int shown = 0;
        for (const trellis::Goal* goal : goals)
        {
            if (goal->Status != trellis::GoalStatus::Active || shown == 3)
                continue;
            ImGui::PushID(goal);
            ImGui::TextWrapped("%s", goal->Title.c_str());
            Widgets::ProgressBar(trellis::GoalProgress(*goal) / 100.0f);
            ImGui::PopID();
            shown++;
        }
        if (shown == 0)
            Widgets::MutedTextWrapped("No goals yet. Mastery, learning, new experiences, a promotion: what do you want to grow toward?");
        if (Widgets::PrimaryButton(ICON_PLUS "  Add a goal##home"))
            app.StartNewGoal();
        Widgets::EndCard();
    }

    std::string WelcomeName_, WelcomeRole_, WelcomeManager_, WelcomeError_;
    bool        WelcomeSkipped_ = false;      // for this run; it asks again only while nothing is written
};

std::unique_ptr<Screen> CreateHomeScreen()
{
    return std::make_unique<HomeScreen>();
}
