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
