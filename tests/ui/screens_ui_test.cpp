// The pages beyond the five tabs (Settings, Path & skills, Insights, Team), how a thumb reaches them, the date
// picker, and the layouts of wider windows, through a fake Platform.
//
// [SECTION] Helpers
// [SECTION] Navigation
// [SECTION] Path & skills
// [SECTION] Insights
// [SECTION] Team
// [SECTION] Settings
// [SECTION] Date picker
// [SECTION] Wide windows and landscape
#include <gtest/gtest.h>

#include "core/device_settings.h"
#include "core/exchange.h"
#include "core/records.h"
#include "core/views.h"
#include "icons.h"
#include "imgui.h"
#include "ui_driver.h"
#include "widgets.h"

// [SECTION] Helpers

static trellis::Date Today(FakePlatform& platform)
{
    return trellis::Date::FromUnixMs(platform.Now, platform.UtcOffsetMinutes());
}

// Every item drawn whole in the last frame is a touch target (44 CSS px or more each way), except
// the ones cut by the edge of their pane as it scrolls.
static void ExpectTouchSized(UiDriver& ui, const char* page)
{
    const float height = ImGui::GetIO().DisplaySize.y;
    for (const AutomationItem& item : AutomationLastFrame())
    {
        const float w = item.Max.x - item.Min.x, h = item.Max.y - item.Min.y;
        if (item.TextOnly || item.Min.y <= 1.0f || item.Max.y >= height - ui.GetApp().Metrics().TabBarPx - 1.0f)
            continue;
        EXPECT_GE(h, 44.0f) << page << ": " << item.Label;
        EXPECT_GE(w, 44.0f) << page << ": " << item.Label;
    }
}

// A one-on-one `days_ago` days before today, held already.
static trellis::Date AddPastMeeting(UiDriver& ui, FakePlatform& platform, int days_ago, bool covered_career)
{
    trellis::OneOnOne meeting;
    meeting.On = trellis::AddDays(Today(platform), -days_ago);
    meeting.CoveredCareer = covered_career;
    EXPECT_TRUE(ui.GetApp().GetSession().AddOneOnOne(meeting, platform.NowMs()));
    return meeting.On;
}

static const trellis::CareerPath& OnlyPath(UiDriver& ui)
{
    return ui.GetApp().GetSession().Data().CareerPaths.at(0);
}

// A report's share file with a goal, a plan activity that needs the manager, and a one-on-one.
static std::string ReportShareFile()
{
    return ShareFileFrom("Inès Ødegård", "Run the accessibility guild", false, [](trellis::Session& s) {
        trellis::PlanActivity course;
        course.Title = "Accessibility course";
        course.SupportNeeded = "Two days off in March";
        EXPECT_TRUE(s.AddActivity(course, 2500));
        trellis::OneOnOne meeting;
        meeting.On = trellis::Date::FromCivil(2025, 12, 1);
        trellis::AgendaItem point;
        point.Text = "Conference budget";
        meeting.Agenda.push_back(point);
        EXPECT_TRUE(s.AddOneOnOne(meeting, 2600));
    });
}

static void ImportReport(UiDriver& ui)
{
    ui.GetApp().OnFileOpened("trellis-share-ines.json", ReportShareFile());
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ASSERT_EQ(ui.GetApp().GetSession().Data().Team.size(), 1u);
}

// [SECTION] Navigation

TEST(UiScreens, EveryPageIsAtMostTwoTapsFromAnyTab)
{
    FakePlatform platform;
    UiDriver ui(platform);
    struct Route { const char* First; const char* Second; Page Reached; };
    const Route routes[] = {
        { "Home", ICON_COG, Page::Settings },
        { "Goals", nullptr, Page::Goals },
        { "Journal", ICON_BOLT "  Patterns in my journal", Page::Insights },
        { "Plan", "My plan", Page::Plan },
        { "Plan", "Path & skills", Page::PathSkills },
        { "1:1", "My 1:1", Page::OneOnOne },
        { "1:1", "Team", Page::Team },
    };
    for (const Route& route : routes)
    {
        ASSERT_TRUE(ui.Tap(route.First)) << route.First;
        if (route.Second != nullptr)
            ASSERT_TRUE(ui.Tap(route.Second)) << route.Second;
        EXPECT_EQ(ui.GetApp().CurrentPage(), route.Reached) << route.First << " then " << (route.Second ? route.Second : "");
        ExpectTouchSized(ui, route.Second ? route.Second : route.First);
    }
}

TEST(UiScreens, SettingsGoesBackHomeAndATabRemembersItsView)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap(ICON_COG));
    ASSERT_EQ(ui.GetApp().CurrentPage(), Page::Settings);
    ASSERT_TRUE(ui.Tap(ICON_LEFT "  Home"));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Home);
    ASSERT_TRUE(ui.Tap(ICON_COG));
    ASSERT_TRUE(ui.Tap("Home"));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Home) << "tapping the tab shown goes back to its first page";

    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Plan"));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::PathSkills) << "the Plan tab comes back to the view left";
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Plan);
}

TEST(UiScreens, AnItemOpensAtItsTopAndClosingItComesBackToTheSamePlace)
{
    FakePlatform platform;
    UiDriver ui(platform);
    for (int i = 0; i < 20; i++)
        ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Goal number " + std::to_string(i), platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.ScrollTo("Goal number 3"));
    ui.Frames(300);     // the fling comes to rest
    const float list_y = ui.Find("Goal number 3")->Min.y;
    ASSERT_TRUE(ui.Tap("Goal number 3"));
    const AutomationItem* title = ui.Find("goal-title");
    ASSERT_NE(title, nullptr) << "the editor starts at its top";
    EXPECT_LT(title->Min.y, 200.0f);
    ASSERT_TRUE(ui.ScrollTo("Cancel"));
    ASSERT_TRUE(ui.Tap("Cancel"));
    ui.Frames(2);
    const AutomationItem* again = ui.Find("Goal number 3");
    ASSERT_NE(again, nullptr) << "back where the list was";
    EXPECT_NEAR(again->Min.y, list_y, 1.0f);
}

// [SECTION] Path & skills

TEST(UiScreens, BuildACareerPathAndSeeTheGapToTheNextRole)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));
    ASSERT_TRUE(ui.Tap("new-role"));
    ui.TypeText("Engineer");
    ui.PressKey(ImGuiKey_Enter);
    ui.TypeText("Senior engineer");
    ui.PressKey(ImGuiKey_Enter);
    ASSERT_EQ(ui.GetApp().GetSession().Data().CareerPaths.size(), 1u);
    ASSERT_EQ(OnlyPath(ui).Roles.size(), 2u);
    EXPECT_EQ(OnlyPath(ui).Roles[0].Title, "Engineer");

    ASSERT_TRUE(ui.ScrollTo("new-skill"));
    ASSERT_TRUE(ui.Tap("new-skill"));
    ui.TypeText("SQL");
    ui.PressKey(ImGuiKey_Enter);
    ASSERT_EQ(ui.GetApp().GetSession().Data().Skills.size(), 1u);
    EXPECT_EQ(ui.GetApp().GetSession().Data().Skills[0].Current, 1);
    ASSERT_TRUE(ui.ScrollTo("SQL now +"));
    ASSERT_TRUE(ui.Tap("SQL now +"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Skills[0].Current, 2) << "one tap, one level; nothing typed";

    // The next role asks for SQL at level 4 (picked from my skills) and a stretch assignment.
    ASSERT_TRUE(ui.ScrollTo("Senior engineer"));
    ASSERT_TRUE(ui.Tap("Senior engineer"));
    ASSERT_TRUE(ui.ScrollTo("SQL"));
    ASSERT_TRUE(ui.Tap("SQL"));
    ASSERT_TRUE(ui.ScrollTo("SQL level +"));
    ASSERT_TRUE(ui.Tap("SQL level +"));
    ASSERT_TRUE(ui.ScrollTo("new-experience"));
    ASSERT_TRUE(ui.Tap("new-experience"));
    ui.TypeText("Lead a cross-team project");
    ui.PressKey(ImGuiKey_Enter);
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save role"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save role"));

    const trellis::PathRole& next = OnlyPath(ui).Roles[1];
    ASSERT_EQ(next.Skills.size(), 1u);
    EXPECT_EQ(next.Skills[0].SkillName, "SQL");
    EXPECT_EQ(next.Skills[0].Level, 4);
    ASSERT_EQ(next.Experiences.size(), 1u);
    EXPECT_EQ(next.Experiences[0].Type, trellis::ActivityType::StretchAssignment);
    const trellis::RoleGap gap = trellis::GapToNextRole(ui.GetApp().GetSession().Data(), OnlyPath(ui));
    ASSERT_EQ(gap.Skills.size(), 1u);
    EXPECT_EQ(gap.Skills[0].Current, 2);
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::PathSkills);
    EXPECT_NE(ui.Find("Senior engineer"), nullptr) << "back on the path after saving";
}

TEST(UiScreens, MoveARoleUpAndDeleteOneWithASecondTap)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::CareerPath path;
    path.Title = "Mine";
    for (const char* title : {"Analyst", "Engineer", "Lead"})
    {
        trellis::PathRole role;
        role.Title = title;
        path.Roles.push_back(role);
    }
    ASSERT_TRUE(ui.GetApp().GetSession().AddCareerPath(path, platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));

    // The third role's up arrow: the arrows are drawn in role order.
    std::vector<ImGuiID> arrows;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label == ICON_ARROW_UP)
            arrows.push_back(item.Id);
    ASSERT_EQ(arrows.size(), 3u);
    ASSERT_TRUE(ui.Tap(arrows[2]));
    EXPECT_EQ(OnlyPath(ui).Roles[1].Title, "Lead");

    ASSERT_TRUE(ui.Tap("Analyst"));
    ASSERT_TRUE(ui.ScrollTo(ICON_TRASH "  Delete role"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Delete role"));
    EXPECT_EQ(OnlyPath(ui).Roles.size(), 3u) << "one tap only asks";
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Tap again to delete"));
    ASSERT_EQ(OnlyPath(ui).Roles.size(), 2u);
    EXPECT_EQ(OnlyPath(ui).Roles[0].Title, "Lead") << "the role after it is the current one now";
}

TEST(UiScreens, EditASkillsLevelsAndDeleteIt)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Skill skill;
    skill.Name = "Coaching";
    skill.Current = 4;
    skill.Target = 5;
    ASSERT_TRUE(ui.GetApp().GetSession().AddSkill(skill, platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));
    ASSERT_TRUE(ui.ScrollTo("Coaching aim +"));
    ASSERT_TRUE(ui.Tap("Coaching aim +"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Skills[0].Target, 5) << "5 is the top level";
    ASSERT_TRUE(ui.Tap("Coaching now -"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Skills[0].Current, 3);

    ASSERT_TRUE(ui.Tap("Coaching"));
    ASSERT_TRUE(ui.Tap("skill-category"));
    ui.TypeText("Leadership");
    ASSERT_TRUE(ui.Tap("skill now +"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save skill"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save skill"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Skills[0].Category, "Leadership");
    EXPECT_EQ(ui.GetApp().GetSession().Data().Skills[0].Current, 4);

    ASSERT_TRUE(ui.ScrollTo("Coaching"));
    ASSERT_TRUE(ui.Tap("Coaching"));
    ASSERT_TRUE(ui.ScrollTo(ICON_TRASH "  Delete skill"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Delete skill"));
    EXPECT_FALSE(ui.GetApp().GetSession().Data().Skills[0].Meta.Deleted);
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Tap again to delete"));
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Skills[0].Meta.Deleted);
}

TEST(UiScreens, ASkillsEditorListsHowItsLevelMoved)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    trellis::Skill skill;
    skill.Name = "Coaching";
    skill.Current = 2;
    const trellis::Id id = session.AddSkill(skill, platform.NowMs()).Value();
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));
    ASSERT_TRUE(ui.ScrollTo("Coaching now +"));
    ASSERT_TRUE(ui.Tap("Coaching now +"));
    const trellis::Skill* saved = trellis::FindRecord<trellis::Skill>(session.Data(), id);
    ASSERT_EQ(saved->History.size(), 1u);
    EXPECT_EQ(saved->History[0].On, Today(platform));

    ASSERT_TRUE(ui.Tap("Coaching"));
    const std::string line = "Level 2 " ICON_ARROW_RIGHT " 3 on " + Widgets::FormatDate(Today(platform));
    EXPECT_NE(ui.Find(line.c_str()), nullptr);
}

// [SECTION] Insights

TEST(UiScreens, InsightsReadHowSkillsMovedSinceTheLastReview)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date review = AddPastMeeting(ui, platform, 30, true);
    trellis::Skill speaking;
    speaking.Name = "Public speaking";
    speaking.Current = 2;
    speaking.Target = 4;
    const trellis::Id id = session.AddSkill(speaking, platform.NowMs()).Value();
    trellis::Skill sql = speaking;
    sql.Name = "SQL";
    sql.Current = 3;
    sql.Target = 3;
    ASSERT_TRUE(session.AddSkill(sql, platform.NowMs()));
    trellis::Skill raised = *trellis::FindRecord<trellis::Skill>(session.Data(), id);
    raised.Current = 3;
    ASSERT_TRUE(session.EditSkill(raised, platform.NowMs(), platform.UtcOffsetMinutes()));

    ui.GetApp().OpenInsights();
    ui.Frames(2);
    const std::string reading = "1 skill moved up since your last review on " + Widgets::FormatDate(review) +
                                ": Public speaking, from level 2 to 3.";
    // Text and chart rows are no tap targets: on screen is enough.
    EXPECT_NE(ui.Find(reading.c_str()), nullptr);
    EXPECT_NE(ui.Find("Public speaking  " ICON_ARROW_UP " 3 \xe2\x80\xba 4"), nullptr) << "a moved skill is marked";
    EXPECT_NE(ui.Find("SQL  " ICON_CHECK " 3"), nullptr) << "one that did not move is not";

    // Lowered back, the skill has not moved since the review.
    raised.Current = 2;
    ASSERT_TRUE(session.EditSkill(raised, platform.NowMs(), platform.UtcOffsetMinutes()));
    ui.Frames(2);
    const std::string still = "No skill changed level since your last review on " + Widgets::FormatDate(review) + ".";
    EXPECT_NE(ui.Find(still.c_str()), nullptr);
    EXPECT_NE(ui.Find("Public speaking  2 \xe2\x80\xba 4"), nullptr);
}

// [SECTION] Team

TEST(UiScreens, AnEmptyTeamSaysWhatItIsForAndOffersAnImport)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap("Team"));
    ASSERT_TRUE(ui.Tap(ICON_UPLOAD "  Import a file"));
    EXPECT_EQ(platform.PickRequests, 1);
}

TEST(UiScreens, AReportsCardCountsGoalsAndActivitiesInTheSingularAndThePlural)
{
    {
        FakePlatform platform;
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("1:1"));
        ASSERT_TRUE(ui.Tap("Team"));
        ImportReport(ui);
        EXPECT_NE(ui.Find("1 goal  \xc2\xb7  1 activity"), nullptr);
    }
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap("Team"));
    ui.GetApp().OnFileOpened("trellis-share-sam.json", ShareFileFrom("Sam", "Ship the beta", false, [](trellis::Session& s) {
        EXPECT_TRUE(s.AddGoal("Mentor two people", 2500));
    }));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    EXPECT_NE(ui.Find("2 goals  \xc2\xb7  0 activities"), nullptr);
}

TEST(UiScreens, AManagerCommentsOnAReportAndExportsTheResponse)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Profile me = ui.GetApp().GetSession().Data().Me;
    me.Name = "Li Na";
    ASSERT_TRUE(ui.GetApp().GetSession().EditProfile(me, platform.NowMs()));
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap("Team"));
    ImportReport(ui);
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Team);

    ASSERT_TRUE(ui.Tap("Inès Ødegård"));
    // The first "Comment" is under the meeting, the second under the goal.
    std::vector<ImGuiID> comment_buttons;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label == ICON_PLUS "  Comment")
            comment_buttons.push_back(item.Id);
    ASSERT_GE(comment_buttons.size(), 2u);
    ASSERT_TRUE(ui.Tap(comment_buttons[1]));
    ASSERT_TRUE(ui.Tap("Agreed"));
    ASSERT_TRUE(ui.Tap("comment"));
    ui.TypeText("Yes: lead it from January.");
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Add comment"));

    const trellis::TeamReport& report = ui.GetApp().GetSession().Data().Team[0];
    ASSERT_EQ(report.Plan.Comments.size(), 1u);
    EXPECT_EQ(report.Plan.Comments[0].Kind, trellis::CommentKind::Agreement);
    EXPECT_EQ(report.Plan.Comments[0].Author, "Li Na");
    EXPECT_EQ(report.Plan.Comments[0].TargetId, report.Plan.Goals[0].Meta.RecordId);

    ASSERT_TRUE(ui.ScrollTo(ICON_SHARE "  Export response") || ui.Find(ICON_SHARE "  Export response"));
    ASSERT_TRUE(ui.Tap(ICON_SHARE "  Export response"));
    ASSERT_EQ(platform.Exports.size(), 1u);
    EXPECT_TRUE(platform.Exports[0].Share);
    EXPECT_EQ(platform.Exports[0].Mime, "application/json");
    trellis::Result<trellis::ExchangeFile> read = trellis::ReadExchangeFile(platform.Exports[0].Bytes);
    ASSERT_TRUE(read) << read.GetError().Message;
    EXPECT_EQ(read->Kind, trellis::FileKind::Response);
    EXPECT_NE(platform.Exports[0].Bytes.find("lead it from January"), std::string::npos);

    ASSERT_TRUE(ui.ScrollTo(ICON_TRASH "  Delete comment"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Delete comment"));
    EXPECT_FALSE(ui.GetApp().GetSession().Data().Team[0].Plan.Comments[0].Meta.Deleted) << "one tap only asks";
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Tap again to delete"));
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Team[0].Plan.Comments[0].Meta.Deleted);

    ASSERT_TRUE(ui.ScrollTo(ICON_LEFT "  Team") || ui.Find(ICON_LEFT "  Team"));
}

// [SECTION] Settings

TEST(UiScreens, EditMyProfileAndTheCareerReviewCadence)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap(ICON_COG));
    ASSERT_TRUE(ui.Tap("name"));
    ui.TypeText("Zoë Martín");
    ASSERT_TRUE(ui.Tap("role"));
    ui.TypeText("Data engineer");
    ASSERT_TRUE(ui.Tap("manager"));
    ui.TypeText("Li Na");
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save profile"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save profile"));
    const trellis::Profile& me = ui.GetApp().GetSession().Data().Me;
    EXPECT_EQ(me.Name, "Zoë Martín");
    EXPECT_EQ(me.Role, "Data engineer");
    EXPECT_EQ(me.ManagerName, "Li Na");
    EXPECT_EQ(ui.Find(ICON_CHECK "  Save profile"), nullptr) << "nothing left to save";

    ASSERT_TRUE(ui.ScrollTo("review cadence +"));
    ASSERT_TRUE(ui.Tap("review cadence +"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Me.ReviewCadenceMonths, 7);
    ASSERT_TRUE(ui.Tap("review cadence -"));
    ASSERT_TRUE(ui.Tap("review cadence -"));
    EXPECT_EQ(ui.GetApp().GetSession().Data().Me.ReviewCadenceMonths, 5);
}

TEST(UiScreens, SetHowOftenIMeetMyManagerAndHomeSuggestsTheNextOneOnOne)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date last = AddPastMeeting(ui, platform, 5, false);

    ASSERT_TRUE(ui.Tap(ICON_COG));
    ASSERT_TRUE(ui.ScrollTo("one-on-one cadence +"));
    ExpectTouchSized(ui, "Settings");
    ASSERT_TRUE(ui.Tap("one-on-one cadence +"));
    EXPECT_EQ(session.Data().Me.OneOnOneCadenceWeeks, 3);
    for (int i = 0; i < 4; i++)
        ASSERT_TRUE(ui.Tap("one-on-one cadence -"));
    EXPECT_EQ(session.Data().Me.OneOnOneCadenceWeeks, 0) << "no fixed rhythm is the bottom of the range";
    ui.Frame();
    EXPECT_NE(ui.Find("one-on-one cadence +"), nullptr);

    // No rhythm: Home suggests nothing.
    ASSERT_TRUE(ui.Tap("Home"));
    const std::string suggestion = "Not planned yet. Suggested: " + Widgets::FormatDate(trellis::AddDays(last, 7)) +
                                   ", by your rhythm since the last one.";
    EXPECT_EQ(ui.Find(suggestion.c_str()), nullptr);

    // Every week: the last one plus a week, and the 1:1 tab plans it on that day.
    ASSERT_TRUE(ui.Tap(ICON_COG));
    ASSERT_TRUE(ui.ScrollTo("one-on-one cadence +"));
    ASSERT_TRUE(ui.Tap("one-on-one cadence +"));
    EXPECT_EQ(session.Data().Me.OneOnOneCadenceWeeks, 1);
    ASSERT_TRUE(ui.Tap("Home"));
    ASSERT_NE(ui.Find(suggestion.c_str()), nullptr);
    ASSERT_TRUE(ui.Tap(ICON_ONE_ON_ONE "  Plan it in 1:1"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Plan a one-on-one"));
    ASSERT_EQ(session.Data().OneOnOnes.size(), 2u);
    EXPECT_EQ(session.Data().OneOnOnes[1].On, trellis::AddDays(last, 7));
}

TEST(UiScreens, AThemeChosenInSettingsWinsOverTheSystemAndIsRemembered)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap(ICON_COG));
        ASSERT_TRUE(ui.ScrollTo("Dark"));
        ASSERT_TRUE(ui.Tap("Dark"));
        EXPECT_EQ(ui.GetApp().Theme(), ThemeMode::Dark);
        ui.GetApp().FollowSystemTheme(false);
        EXPECT_EQ(ui.GetApp().Theme(), ThemeMode::Dark) << "the choice wins over the system";
    }
    UiDriver restarted(platform);
    EXPECT_EQ(restarted.GetApp().Theme(), ThemeMode::Dark) << "kept on this device";
    ASSERT_TRUE(restarted.Tap(ICON_COG));
    ASSERT_TRUE(restarted.ScrollTo("System"));
    ASSERT_TRUE(restarted.Tap("System"));
    EXPECT_EQ(restarted.GetApp().Theme(), ThemeMode::Light) << "the system is light";
    restarted.GetApp().FollowSystemTheme(true);
    EXPECT_EQ(restarted.GetApp().Theme(), ThemeMode::Dark);
}

// On the web another tab's save (ReloadFromDisk) or a system theme change may come before graphics
// start, when there is no ImGui context yet: the theme is kept, and drawn from the first frame.
TEST(UiScreens, AThemeChangedBeforeGraphicsStartIsKeptForTheFirstFrame)
{
    FakePlatform platform;
    UiDriver ui(platform, 390.0f, 844.0f, [&](App& app) {
        ASSERT_EQ(ImGui::GetCurrentContext(), nullptr);
        trellis::DeviceSettings other_tab;
        other_tab.Theme = trellis::ThemeChoice::Dark;
        ASSERT_TRUE(trellis::SaveDeviceSettings(platform.Disk, "/data", other_tab));
        app.ReloadFromDisk();
        app.FollowSystemTheme(false);
        EXPECT_EQ(app.Theme(), ThemeMode::Dark);
    });
    EXPECT_EQ(ui.GetApp().Theme(), ThemeMode::Dark);
    EXPECT_EQ(GetThemeColors().Card, IM_COL32(0x1D, 0x24, 0x20, 0xFF)) << "the dark theme's cards";
}

TEST(UiScreens, ABackupIsExportedRememberedAndRestoredFromAFile)
{
    FakePlatform platform;
    UiDriver ui(platform);
    EXPECT_TRUE(trellis::BackupIsStale(ui.GetApp().Device(), platform.Now));
    ASSERT_TRUE(ui.Tap(ICON_COG));
    ASSERT_TRUE(ui.ScrollTo(ICON_DOWNLOAD "  Export a backup"));
    ASSERT_TRUE(ui.Tap(ICON_DOWNLOAD "  Export a backup"));
    ASSERT_EQ(platform.Exports.size(), 1u);
    EXPECT_FALSE(platform.Exports[0].Share);
    EXPECT_EQ(platform.Exports[0].Name.rfind("trellis-backup-", 0), 0u) << platform.Exports[0].Name;
    const int64_t when = ui.GetApp().Device().LastBackupMs;
    EXPECT_GT(when, 0);
    EXPECT_FALSE(trellis::BackupIsStale(ui.GetApp().Device(), platform.Now));
    trellis::Result<trellis::DeviceSettings> saved = trellis::LoadDeviceSettings(platform.Disk, "/data");
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->LastBackupMs, when) << "kept on this device, for the next start";
    EXPECT_EQ(Widgets::FormatAgo(when, when + 3 * 86400000LL + 5000), "3 days ago");

    ASSERT_TRUE(ui.Tap(ICON_UPLOAD "  Restore from a file"));
    EXPECT_EQ(platform.PickRequests, 1);
}

TEST(UiScreens, StorageStatusOffersToKeepTheDataUntilItIsKept)
{
    FakePlatform platform;
    platform.StorageNow.Persisted = Platform::StorageStatus::Persistence::BestEffort;
    platform.StorageNow.UsageBytes = 1234567;
    platform.StorageNow.QuotaBytes = 120000000000;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap(ICON_COG));
    ASSERT_TRUE(ui.ScrollTo(ICON_LOCK "  Ask to keep data"));
    ASSERT_TRUE(ui.Tap(ICON_LOCK "  Ask to keep data"));
    EXPECT_EQ(platform.PersistRequests, 1);
    platform.StorageNow.Persisted = Platform::StorageStatus::Persistence::Persistent;
    ui.Frames(2);
    EXPECT_EQ(ui.Find(ICON_LOCK "  Ask to keep data"), nullptr);
    EXPECT_EQ(Widgets::FormatBytes(1234567), "1.2 MB");
    EXPECT_EQ(Widgets::FormatBytes(120000000000), "120 GB");
    EXPECT_EQ(Widgets::FormatBytes(512), "512 bytes");
}

// [SECTION] Date picker

TEST(UiScreens, AGoalsTargetDateIsPickedOnACalendar)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Speak at a conference", platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Speak at a conference"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CALENDAR "  Set a target date"));
    ASSERT_TRUE(ui.Tap(ICON_CALENDAR "  Set a target date"));
    const trellis::Date suggested = trellis::AddMonths(Today(platform), 6);
    int y, m, d;
    suggested.ToCivil(&y, &m, &d);
    // The calendar opens on the suggested month; go one month on and pick the 15th.
    ASSERT_TRUE(ui.ScrollTo("Next month"));
    ASSERT_TRUE(ui.Tap("Next month"));
    const trellis::Date wanted = trellis::Date::FromCivil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 15);
    ASSERT_TRUE(ui.ScrollTo(wanted.ToString().c_str()));
    const AutomationItem* day = ui.Find(wanted.ToString().c_str());
    ASSERT_NE(day, nullptr);
    EXPECT_GE(day->Max.x - day->Min.x, 44.0f) << "a day is a touch target";
    EXPECT_GE(day->Max.y - day->Min.y, 44.0f);
    ASSERT_TRUE(ui.Tap(wanted.ToString().c_str()));
    EXPECT_EQ(ui.Find(wanted.ToString().c_str()), nullptr) << "picking a day closes the calendar";
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save changes"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes"));
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals()[0]->Target, wanted);

    // Opened again, "No date" clears it.
    ASSERT_TRUE(ui.Tap("Speak at a conference"));
    const std::string shown = std::string(ICON_CALENDAR "  ") + Widgets::FormatDate(wanted);
    ASSERT_TRUE(ui.ScrollTo(shown.c_str()));
    ASSERT_TRUE(ui.Tap(shown.c_str()));
    ASSERT_TRUE(ui.ScrollTo(ICON_TIMES "  No date"));
    ASSERT_TRUE(ui.Tap(ICON_TIMES "  No date"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save changes"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes"));
    EXPECT_FALSE(ui.GetApp().GetSession().LiveGoals()[0]->Target.has_value());
}

// Issue 17: opening the calendar changes nothing, a year is one tap, Cancel keeps the date, and
// the calendar opened near the bottom of the page is brought on screen whole.
TEST(UiScreens, TheCalendarOpensOnTheDateCommitsOnlyAPickAndJumpsAYear)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Speak at a conference", platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Speak at a conference"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CALENDAR "  Set a target date"));
    ASSERT_TRUE(ui.Tap(ICON_CALENDAR "  Set a target date"));
    const trellis::Date suggested = trellis::AddMonths(Today(platform), 6);
    ASSERT_NE(ui.Find(suggested.ToString().c_str()), nullptr) << "it opens on the suggested month";
    ASSERT_NE(ui.Find(ICON_CALENDAR "  Set a target date"), nullptr) << "and sets nothing by opening";
    const float bottom = ImGui::GetIO().DisplaySize.y - ui.GetApp().Metrics().TabBarPx;
    for (const char* label : {"Previous month", "Next month", "Cancel"})
    {
        const AutomationItem* item = ui.Find(label);
        ASSERT_NE(item, nullptr) << label;
        EXPECT_GE(item->Min.y, 0.0f) << label << " is on screen";
        EXPECT_LE(item->Max.y, bottom + 1.0f) << label << " is on screen, above the tab bar";
    }
    int y, m, d;
    suggested.ToCivil(&y, &m, &d);
    const std::string year_on = std::to_string(y + 1) + "  " ICON_RIGHT;
    ASSERT_TRUE(ui.Tap(year_on.c_str()));
    const trellis::Date a_year_on = trellis::Date::FromCivil(y + 1, m, 1);
    ASSERT_TRUE(ui.ScrollTo(a_year_on.ToString().c_str())) << "one tap, twelve months on";
    ASSERT_TRUE(ui.Tap(a_year_on.ToString().c_str()));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save changes"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes"));
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals()[0]->Target, a_year_on);

    // Opened again on that date; Cancel keeps it.
    ASSERT_TRUE(ui.Tap("Speak at a conference"));
    const std::string shown = std::string(ICON_CALENDAR "  ") + Widgets::FormatDate(a_year_on);
    ASSERT_TRUE(ui.ScrollTo(shown.c_str()));
    ASSERT_TRUE(ui.Tap(shown.c_str()));
    EXPECT_NE(ui.Find(a_year_on.ToString().c_str()), nullptr) << "it opens on the date set";
    ASSERT_TRUE(ui.Tap("Today"));
    EXPECT_NE(ui.Find(Today(platform).ToString().c_str()), nullptr) << "Today shows this month";
    ASSERT_TRUE(ui.ScrollTo("Cancel"));
    ASSERT_TRUE(ui.Tap("Cancel"));
    EXPECT_EQ(ui.Find(Today(platform).ToString().c_str()), nullptr) << "closed";
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save changes"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes"));
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals()[0]->Target, a_year_on) << "looking changed nothing";
}

TEST(UiScreens, APlanActivityIsDueOnADayPickedOnTheCalendar)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add an activity"));
    ASSERT_TRUE(ui.Tap("activity-title"));
    ui.TypeText("Negotiation course");
    ASSERT_TRUE(ui.ScrollTo(ICON_CALENDAR "  Set"));
    ASSERT_TRUE(ui.Tap(ICON_CALENDAR "  Set"));       // Due: the start is today already
    const trellis::Date due = trellis::AddDays(Today(platform), 10);
    for (int i = 0; i < 2 && ui.Find(due.ToString().c_str()) == nullptr; i++)
        ASSERT_TRUE(ui.Tap("Next month") || ui.ScrollTo("Next month"));
    ASSERT_TRUE(ui.ScrollTo(due.ToString().c_str()));
    ASSERT_TRUE(ui.Tap(due.ToString().c_str()));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save activity"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save activity"));
    ASSERT_EQ(ui.GetApp().GetSession().Data().Activities.size(), 1u);
    EXPECT_EQ(ui.GetApp().GetSession().Data().Activities[0].Due, due);
    EXPECT_EQ(ui.GetApp().GetSession().Data().Activities[0].Start, Today(platform));
}

TEST(UiScreens, TheNextMeetingMovesToALaterDayButNotIntoThePast)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Plan a one-on-one"));
    const trellis::Date planned = trellis::AddDays(Today(platform), 7);
    const std::string shown = std::string(ICON_CALENDAR "  ") + Widgets::FormatDate(planned);
    ASSERT_TRUE(ui.Tap(shown.c_str()));
    const trellis::Date yesterday = trellis::AddDays(Today(platform), -1);
    if (ui.Find(yesterday.ToString().c_str()) == nullptr)
        ASSERT_TRUE(ui.Tap("Previous month"));
    ASSERT_TRUE(ui.Tap(yesterday.ToString().c_str()));
    EXPECT_EQ(ui.GetApp().GetSession().Data().OneOnOnes[0].On, planned) << "a day gone by cannot be picked";

    const trellis::Date later = trellis::AddDays(planned, 2);
    for (int i = 0; i < 2 && ui.Find(later.ToString().c_str()) == nullptr; i++)
        ASSERT_TRUE(ui.Tap("Next month"));
    ASSERT_TRUE(ui.Tap(later.ToString().c_str()));
    EXPECT_EQ(ui.GetApp().GetSession().Data().OneOnOnes[0].On, later);
}

// [SECTION] Wide windows and landscape

TEST(UiScreens, ADesktopWindowShowsTheListBesideTheOpenGoal)
{
    FakePlatform platform;
    UiDriver ui(platform, 1280.0f, 800.0f);
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Lead the design review", platform.NowMs()));
    ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Learn Rust", platform.NowMs()));
    EXPECT_TRUE(ui.GetApp().IsWide());
    const AutomationItem* goals_tab = ui.Find("Goals");
    ASSERT_NE(goals_tab, nullptr);
    EXPECT_LE(goals_tab->Max.x, ui.GetApp().Metrics().RailWidthPx + 0.5f) << "the tabs are a rail on the left";
    EXPECT_LT(goals_tab->Max.y, 400.0f);

    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Learn Rust"));
    const AutomationItem* title = ui.Find("goal-title");
    const AutomationItem* other = ui.Find("Lead the design review");
    ASSERT_NE(title, nullptr) << "the editor is open";
    ASSERT_NE(other, nullptr) << "and the list is still there";
    EXPECT_GT(title->Min.x, other->Max.x) << "side by side: list left, editor right";
    ASSERT_TRUE(ui.Tap("Lead the design review"));
    EXPECT_NE(ui.Find("Learn Rust"), nullptr);
    ExpectTouchSized(ui, "wide goals");

    // Pages without a list are one centred column, no wider than a column reads well.
    ASSERT_TRUE(ui.Tap("Home"));
    const AutomationItem* add = ui.Find(ICON_PLUS "  Add a goal");
    ASSERT_NE(add, nullptr);
    EXPECT_LE(add->Max.x - add->Min.x, ui.GetApp().Metrics().MaxColumnPx);
    const float page_centre = (ui.GetApp().Metrics().RailWidthPx + 1280.0f) * 0.5f;
    EXPECT_NEAR((add->Min.x + add->Max.x) * 0.5f, page_centre, 2.0f);
}

TEST(UiScreens, APhoneOnItsSideKeepsTheTabsAndScrolls)
{
    FakePlatform platform;
    UiDriver ui(platform, 844.0f, 390.0f);
    for (int i = 0; i < 8; i++)
        ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Goal " + std::to_string(i), platform.NowMs()));
    EXPECT_FALSE(ui.GetApp().IsWide());
    for (const char* tab : {"Home", "Goals", "Journal", "Plan", "1:1"})
    {
        const AutomationItem* item = ui.Find(tab);
        ASSERT_NE(item, nullptr) << tab;
        EXPECT_LE(item->Max.y, 390.0f) << tab << " fits on screen";
        EXPECT_GE(item->Max.y - item->Min.y, 44.0f) << tab;
    }
    ASSERT_TRUE(ui.Tap("Goals"));
    const AutomationItem* first = ui.Find("Goal 7");
    ASSERT_NE(first, nullptr);
    const float y = first->Min.y;
    ui.Drag(ImVec2(400, 330), ImVec2(400, 80), 20);
    ui.Frames(30);
    const AutomationItem* moved = ui.Find("Goal 7");
    EXPECT_TRUE(moved == nullptr || moved->Min.y < y - 100.0f) << "the page scrolls under a finger";
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap("Path & skills"));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::PathSkills);
}

// Issue 17: a goal's kind is chosen as it is created; "Not yet" is not cut; energy says what its
// ends mean.
TEST(UiScreens, ANewGoalsKindIsChosenInTheFormAndLabelsAreWhole)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ui.TypeText("Learn Rust");
    ASSERT_TRUE(ui.Tap("Learning"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));
    ASSERT_EQ(ui.GetApp().GetSession().LiveGoals().size(), 1u);
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals()[0]->Kind, trellis::Motivation::Learning);

    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add an activity"));
    ASSERT_TRUE(ui.ScrollTo("Not yet"));
    const AutomationItem* not_yet = ui.Find("Not yet");
    ASSERT_NE(not_yet, nullptr);
    EXPECT_GE(not_yet->Max.x - not_yet->Min.x, ImGui::CalcTextSize("Not yet").x + ImGui::GetStyle().FramePadding.x * 2.0f - 0.5f)
        << "the chip is as wide as its word";
    const AutomationItem* five = ui.Find("5");
    ASSERT_NE(five, nullptr);
    EXPECT_LE(five->Max.x, ImGui::GetIO().DisplaySize.x) << "and the row still fits the screen";

    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
    ASSERT_TRUE(ui.ScrollToRead("Full of energy"));
    const AutomationItem* low = ui.Find("Drained");
    const AutomationItem* high = ui.Find("Full of energy");
    ASSERT_NE(low, nullptr);
    ASSERT_NE(high, nullptr);
    EXPECT_LT(low->Max.x, high->Min.x) << "low at the left end, high at the right";
    EXPECT_NEAR(low->Min.y, high->Min.y, 1.0f) << "on one line";
}
