// A goal edited on my phone and on my laptop: the laptop's later edit wins the merge, and the
// phone's goal editor shows what the phone's own version said, ready to be put back.
#include <gtest/gtest.h>

#include <string>

#include "core/exchange.h"
#include "core/file_system.h"
#include "core/session.h"
#include "core/store.h"
#include "icons.h"
#include "ui_driver.h"

TEST(UiVersions, AGoalEditedOnTwoDevicesShowsTheVersionThatLostAndRestoresIt)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& phone = ui.GetApp().GetSession();
    trellis::Goal goal;
    goal.Title = "Run the guild";
    trellis::Result<trellis::Id> added = phone.AddGoal(goal, platform.Now - 3 * 3600000);
    ASSERT_TRUE(added);
    const trellis::Id id = added.Value();

    // The laptop starts from the phone's backup; both then edit the goal, the laptop later.
    trellis::MemoryFileSystem fs;
    trellis::WorkspaceStore store(fs, "/laptop");
    trellis::Session laptop(store, 99);
    ASSERT_TRUE(laptop.Open());
    {
        trellis::Result<trellis::ImportPreview> preview = trellis::PreviewImport(laptop.Data(), trellis::ExportBackup(phone.Data(), platform.Now - 2 * 3600000));
        ASSERT_TRUE(preview);
        ASSERT_TRUE(laptop.ApplyImport(preview.Value(), platform.Now - 2 * 3600000));
    }
    trellis::Goal on_phone = *phone.FindGoal(id);
    on_phone.Title = "Run the accessibility guild";
    ASSERT_TRUE(phone.EditGoal(on_phone, platform.Now - 90 * 60000));
    trellis::Goal on_laptop = *laptop.FindGoal(id);
    on_laptop.Title = "Start a guild";
    ASSERT_TRUE(laptop.EditGoal(on_laptop, platform.Now - 60 * 60000));

    ui.GetApp().OnFileOpened("trellis-backup.json", trellis::ExportBackup(laptop.Data(), platform.Now - 30 * 60000));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    EXPECT_EQ(phone.FindGoal(id)->Title, "Start a guild") << "the later edit won";

    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Start a guild"));
    ASSERT_TRUE(ui.ScrollToRead(ICON_UNDO "  Earlier versions (1)"));
    EXPECT_EQ(ui.Find("Title: Run the accessibility guild"), nullptr) << "closed until asked for";
    ASSERT_TRUE(ui.ScrollTo("Show earlier versions"));
    ASSERT_TRUE(ui.Tap("Show earlier versions"));
    ASSERT_TRUE(ui.ScrollToRead("Title: Run the accessibility guild"));
    bool saved_here = false;
    for (const AutomationItem& item : AutomationLastFrame())
        saved_here = saved_here || (item.Label.starts_with("Saved ") && item.Label.find(" at ") != std::string::npos);
    EXPECT_TRUE(saved_here) << "when the version that lost was saved";

    ASSERT_TRUE(ui.ScrollTo(ICON_UNDO "  Restore this version"));
    ASSERT_TRUE(ui.Tap(ICON_UNDO "  Restore this version"));
    EXPECT_EQ(phone.FindGoal(id)->Title, "Start a guild") << "a first tap only asks";
    ASSERT_TRUE(ui.ScrollTo(ICON_UNDO "  Tap again to restore it"));
    ASSERT_TRUE(ui.Tap(ICON_UNDO "  Tap again to restore it"));
    EXPECT_EQ(phone.FindGoal(id)->Title, "Run the accessibility guild");
    EXPECT_EQ(ui.GetApp().ToastText(), "Restore goal");
    EXPECT_EQ(ui.Find("Title: Run the accessibility guild"), nullptr) << "the editor reopened the goal as it is now";
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes") || (ui.ScrollTo(ICON_CHECK "  Save changes") && ui.Tap(ICON_CHECK "  Save changes")));
    EXPECT_EQ(phone.FindGoal(id)->Title, "Run the accessibility guild") << "the editor's draft is the restored version, not the old one";
}
