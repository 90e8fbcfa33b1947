#include <gtest/gtest.h>

#include "core/session.h"
#include "test_support.h"

using namespace trellis;

TEST(Session, AddedGoalIsSavedAndFoundAfterReopening)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Id id;
    {
        Session session(store, 1);
        ASSERT_TRUE(session.Open());
        Result<Id> added = session.AddGoal("  Become a great mentor  ", 1000);
        ASSERT_TRUE(added);
        id = added.Value();
        EXPECT_TRUE(session.LastSave());
        const Goal* goal = session.FindGoal(id);
        ASSERT_NE(goal, nullptr);
        EXPECT_EQ(goal->Title, "Become a great mentor");
        EXPECT_EQ(goal->Status, GoalStatus::Active);
        EXPECT_EQ(goal->Visible, Visibility::Shared);
        EXPECT_EQ(goal->Meta.CreatedMs, 1000);
        EXPECT_EQ(goal->Meta.Updated.Device, session.Data().DeviceId);
    }
    Session reopened(store, 2);
    ASSERT_TRUE(reopened.Open());
    ASSERT_EQ(reopened.LiveGoals().size(), 1u);
    EXPECT_EQ(reopened.LiveGoals()[0]->Meta.RecordId, id);
    EXPECT_EQ(reopened.LiveGoals()[0]->Title, "Become a great mentor");
}

TEST(Session, DeviceIdAndClockSurviveRestarts)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Session first(store, 1);
    ASSERT_TRUE(first.Open());
    ASSERT_TRUE(first.AddGoal("One", 5000));
    const uint64_t device = first.Data().DeviceId;
    EXPECT_NE(device, 0u);

    Session second(store, 99);
    ASSERT_TRUE(second.Open());
    EXPECT_EQ(second.Data().DeviceId, device);
    ASSERT_TRUE(second.AddGoal("Two", 10));     // the wall clock went backwards
    const auto goals = second.LiveGoals();
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0]->Title, "Two");          // still the latest edit
    EXPECT_GT(goals[0]->Meta.Updated, goals[1]->Meta.Updated);
}

TEST(Session, RejectsEmptyAndOverlongTitles)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Session session(store, 1);
    ASSERT_TRUE(session.Open());
    EXPECT_EQ(session.AddGoal("", 1).GetError().Message, "A goal needs a title.");
    EXPECT_FALSE(session.AddGoal(" \t\n\xC2\xA0\xE3\x80\x80", 1));
    EXPECT_FALSE(session.AddGoal(std::string(301, 'x'), 1));
    EXPECT_TRUE(session.AddGoal(std::string(300, 'x'), 1));
    EXPECT_EQ(session.LiveGoals().size(), 1u);
}

TEST(Session, AFailedSaveKeepsTheGoalAndALaterSaveStoresIt)
{
    test::FaultyFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Session session(store, 1);
    ASSERT_TRUE(session.Open());
    fs.Steps = 0;
    fs.FailAtStep = 0;
    ASSERT_TRUE(session.AddGoal("Kept in memory", 1));
    EXPECT_FALSE(session.LastSave());
    EXPECT_EQ(session.LiveGoals().size(), 1u);

    ASSERT_TRUE(session.AddGoal("Second", 2));
    EXPECT_TRUE(session.LastSave());
    Session reopened(store, 2);
    ASSERT_TRUE(reopened.Open());
    EXPECT_EQ(reopened.LiveGoals().size(), 2u);
}

TEST(Session, RefusesToWriteOverAWorkspaceThatFailedToLoad)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    fs.Files[store.MainPath()] = "garbage";
    Session session(store, 1);
    EXPECT_FALSE(session.Open());
    EXPECT_FALSE(session.IsOpen());
    EXPECT_FALSE(session.AddGoal("Would overwrite", 1));
    EXPECT_EQ(fs.Files[store.MainPath()], "garbage");
}

TEST(Session, SaysWhenItOpenedABackup)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    {
        Session first(store, 1);
        ASSERT_TRUE(first.Open());
        EXPECT_EQ(first.OpenNotice(), "");
        ASSERT_TRUE(first.AddGoal("Saved twice", 1000));
        ASSERT_TRUE(first.AddGoal("Saved again", 2000));
    }
    fs.Files[store.MainPath()] = "torn";
    Session second(store, 2);
    ASSERT_TRUE(second.Open());
    EXPECT_NE(second.OpenNotice().find("backup"), std::string::npos) << second.OpenNotice();
    EXPECT_EQ(second.LiveGoals().size(), 1u);
}

// A workspace whose clock reached the last stamp there is (only a file from elsewhere can put it
// there) refuses edits in words, and keeps its bytes, instead of stamping them at or before that.
TEST(Session, AtTheLastStampEditsAreRefusedNotStampedInThePast)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    {
        Session first(store, 1);
        ASSERT_TRUE(first.Open());
        ASSERT_TRUE(first.AddGoal("Before", 5000));
    }
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_TRUE(loaded);
    Workspace w = loaded->Data;
    w.Clock = Stamp{kMaxWallMs, kMaxCounter - 1, 3};
    ASSERT_TRUE(store.Save(w, 6000));

    // One stamp is left: the next edit takes it, then the clock is saturated.
    Session session(store, 2);
    ASSERT_TRUE(session.Open());
    ASSERT_TRUE(session.AddGoal("The last", 7000));
    const Goal* last = session.LiveGoals().front();
    EXPECT_EQ(last->Meta.Updated.WallMs, kMaxWallMs);
    EXPECT_EQ(last->Meta.Updated.Counter, kMaxCounter);
    const std::string saved = fs.Files[store.MainPath()];
    Result<Id> refused = session.AddGoal("One too many", 8000);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.GetError().Message.find("last moment"), std::string::npos);
    EXPECT_EQ(session.LiveGoals().size(), 2u);
    EXPECT_EQ(fs.Files[store.MainPath()], saved);
}
