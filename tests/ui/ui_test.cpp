#include <gtest/gtest.h>

#include "imgui.h"
#include "icons.h"
#include "imgui_internal.h"
#include "ui_driver.h"

TEST(Ui, OpensOnHomeWithTheTabBar)
{
    FakePlatform platform;
    UiDriver ui(platform);
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Home);
    for (const char* tab : {"Home", "Goals", "Journal", "Plan", "1:1"})
        EXPECT_NE(ui.Find(tab), nullptr) << tab;
}

TEST(Ui, AddAGoalThroughTheGoalsScreen)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Goals);
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ui.TypeText("Mentor two new hires — Zoë");
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));

    const auto goals = ui.GetApp().GetSession().LiveGoals();
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0]->Title, "Mentor two new hires — Zoë");
    EXPECT_NE(ui.Find("Mentor two new hires — Zoë"), nullptr) << "the goal is drawn in the list";
    EXPECT_GE(platform.PersistCalls, 1) << "the save was handed to the platform to persist";
    EXPECT_TRUE(platform.Disk.Exists("/data/workspace.trellis"));
}

TEST(Ui, EnterSavesTheGoalAndItIsThereAfterARestart)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Goals"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.TypeText("Learn to negotiate");
        ui.PressKey(ImGuiKey_Enter);
        ASSERT_EQ(ui.GetApp().GetSession().LiveGoals().size(), 1u);
    }
    UiDriver restarted(platform);
    ASSERT_TRUE(restarted.Tap("Goals"));
    EXPECT_NE(restarted.Find("Learn to negotiate"), nullptr);
}

TEST(Ui, AnEmptyTitleIsRefusedWithAMessage)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));
    EXPECT_TRUE(ui.GetApp().GetSession().LiveGoals().empty());
    EXPECT_FALSE(platform.Disk.Exists("/data/workspace.trellis"));
    ASSERT_TRUE(ui.Tap("Cancel"));
    EXPECT_NE(ui.Find(ICON_PLUS "  Add a goal"), nullptr);
}

TEST(Ui, HomeShortcutOpensTheNewGoalForm)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Goals);
    EXPECT_NE(ui.Find(ICON_CHECK "  Save goal"), nullptr);
    EXPECT_TRUE(ImGui::GetIO().WantTextInput) << "the title field has the keyboard";
}

TEST(Ui, TouchTargetsAndTextAreLargeEnoughForAPhone)
{
    FakePlatform platform;
    UiDriver ui(platform);
    EXPECT_GE(ImGui::GetFontSize(), 16.0f);
    for (const char* label : {"Home", "Goals", "Journal", "Plan", "1:1", ICON_PLUS "  Add a goal"})
    {
        const AutomationItem* item = ui.Find(label);
        ASSERT_NE(item, nullptr) << label;
        EXPECT_GE(item->Max.y - item->Min.y, 44.0f) << label;
        EXPECT_GE(item->Max.x - item->Min.x, 44.0f) << label;
    }
}

TEST(Ui, ATapLeavesNothingHovered)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Journal"));
    EXPECT_EQ(ImGui::GetHoveredID(), 0u);
    EXPECT_FALSE(ImGui::IsMousePosValid());
}

TEST(Ui, ADamagedWorkspaceIsShownAndNeverOverwritten)
{
    FakePlatform platform;
    platform.Disk.Files["/data/workspace.trellis"] = "{ not a workspace";
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ui.TypeText("Anything");
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));
    EXPECT_EQ(platform.Disk.Files["/data/workspace.trellis"], "{ not a workspace");
}

TEST(Ui, SaysSoWhenTheWorkspaceCameFromABackup)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.TypeText("First");
        ui.PressKey(ImGuiKey_Enter);
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.TypeText("Second");
        ui.PressKey(ImGuiKey_Enter);
    }
    platform.Disk.Files["/data/workspace.trellis"] = "torn by a crash";
    UiDriver ui(platform);
    EXPECT_NE(ui.GetApp().Banner().find("newest backup"), std::string::npos) << ui.GetApp().Banner();
    ASSERT_TRUE(ui.Tap("Goals"));
    EXPECT_NE(ui.Find("First"), nullptr);
    EXPECT_EQ(ui.GetApp().GetSession().LiveGoals().size(), 1u) << "the backup holds the state before the last save";
    EXPECT_TRUE(ui.GetApp().GetSession().IsOpen());
}

static void AddGoals(UiDriver& ui, int count)
{
    for (int i = 0; i < count; i++)
        ASSERT_TRUE(ui.GetApp().GetSession().AddGoal("Goal number " + std::to_string(i), 1000 + i));
}

TEST(Ui, ADragScrollsTheListAndPressesNothing)
{
    FakePlatform platform;
    UiDriver ui(platform);
    AddGoals(ui, 25);
    ASSERT_TRUE(ui.Tap("Goals"));
    const AutomationItem* add = ui.Find(ICON_PLUS "  Add a goal");
    ASSERT_NE(add, nullptr);
    const float add_y = add->Min.y;
    const float newest_y = ui.Find("Goal number 24")->Min.y;

    // The drag starts on the "Add a goal" button: it scrolls, and the form does not open.
    ui.Drag(ImVec2(200, add_y + 20), ImVec2(200, add_y - 380), 12);
    ui.Frames(2);
    EXPECT_EQ(ui.Find(ICON_CHECK "  Save goal"), nullptr) << "a drag never triggers a tap";
    const AutomationItem* newest = ui.Find("Goal number 24");
    const float scrolled = newest ? newest_y - newest->Min.y : 1000.0f;
    EXPECT_GT(scrolled, 350.0f) << "the content followed the finger";
    EXPECT_EQ(ImGui::GetActiveID(), 0u);
}

TEST(Ui, AFlingCarriesOnAfterTheFingerLiftsAndStops)
{
    FakePlatform platform;
    UiDriver ui(platform);
    AddGoals(ui, 60);
    ASSERT_TRUE(ui.Tap("Goals"));
    const float y0 = ui.Find("Goal number 58")->Min.y;
    ui.Drag(ImVec2(200, 600), ImVec2(200, 400), 4);     // fast: 200 px in 4 frames
    const AutomationItem* at_lift = ui.Find("Goal number 58");
    const float lifted_y = at_lift ? at_lift->Min.y : -10000.0f;
    ui.Frames(30);
    const AutomationItem* later = ui.Find("Goal number 58");
    const float later_y = later ? later->Min.y : -10000.0f;
    EXPECT_LT(later_y, lifted_y - 50.0f) << "the list kept moving after the finger lifted";
    ui.Frames(300);
    const std::string before = AutomationItemsJson();
    ui.Frames(5);
    EXPECT_EQ(AutomationItemsJson(), before) << "and came to rest";
    (void)y0;
}

TEST(Ui, AShortWobbleIsStillATap)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Goals"));
    const AutomationItem* add = ui.Find(ICON_PLUS "  Add a goal");
    ASSERT_NE(add, nullptr);
    const ImVec2 centre((add->Min.x + add->Max.x) / 2, (add->Min.y + add->Max.y) / 2);
    ui.Drag(centre, ImVec2(centre.x + 3, centre.y + 4), 3);
    ui.Frames(6);
    EXPECT_NE(ui.Find(ICON_CHECK "  Save goal"), nullptr) << "moving 5 px is a tap, not a scroll";
}
