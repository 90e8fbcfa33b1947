#include <gtest/gtest.h>

#include "core/history.h"
#include "core/records.h"
#include "core/session.h"

using namespace trellis;

static const int64_t kJan1 = 1767225600000;     // 2026-01-01T00:00:00Z
static const int64_t kMinute = 60000;

class Undo : public ::testing::Test
{
protected:
    MemoryFileSystem Fs;
    WorkspaceStore   Store{Fs, "/data"};
    Session          S{Store, 1};

    void SetUp() override { ASSERT_TRUE(S.Open()); }

    Workspace Reloaded()
    {
        Session other(Store, 2);
        EXPECT_TRUE(other.Open());
        return other.Data();
    }

    // A record as a fresh start would load it.
    template <class R>
    R ReloadedRecord(const Id& id)
    {
        const Workspace saved = Reloaded();
        const R* record = FindRecord<R>(saved, id);
        EXPECT_NE(record, nullptr);
        return record ? *record : R{};
    }

    void Retitle(const Id& id, const std::string& title, int64_t now_ms)
    {
        Goal changed = *S.FindGoal(id);
        changed.Title = title;
        ASSERT_TRUE(S.EditGoal(changed, now_ms));
    }
};

TEST_F(Undo, UndoingAnEditRestoresTheTextWithANewerStampAndSaves)
{
    const Id id = S.AddGoal("Before", kJan1).Value();
    Retitle(id, "After", kJan1 + kMinute);
    const Stamp edited = S.FindGoal(id)->Meta.Updated;
    EXPECT_EQ(S.UndoLabel(), "Edit goal");
    ASSERT_TRUE(S.Undo(kJan1 + 2 * kMinute));
    EXPECT_EQ(S.FindGoal(id)->Title, "Before");
    EXPECT_GT(S.FindGoal(id)->Meta.Updated, edited);    // the undo is the latest edit, for merges
    EXPECT_EQ(S.FindGoal(id)->Meta.CreatedMs, kJan1);
    EXPECT_TRUE(S.LastSave());
    EXPECT_EQ(ReloadedRecord<Goal>(id).Title, "Before");

    EXPECT_EQ(S.RedoLabel(), "Edit goal");
    ASSERT_TRUE(S.Redo(kJan1 + 3 * kMinute));
    EXPECT_EQ(S.FindGoal(id)->Title, "After");
    EXPECT_EQ(ReloadedRecord<Goal>(id).Title, "After");
}

TEST_F(Undo, UndoingACreationLeavesATombstoneAndRedoRevivesIt)
{
    Reflection draft;
    draft.Text = "Undo me";
    const Id id = S.AddReflection(draft, kJan1).Value();
    ASSERT_TRUE(S.Undo(kJan1 + kMinute));
    ASSERT_EQ(S.Data().Reflections.size(), 1u);
    EXPECT_TRUE(S.Data().Reflections[0].Meta.Deleted);
    EXPECT_TRUE(ReloadedRecord<Reflection>(id).Meta.Deleted);
    ASSERT_TRUE(S.Redo(kJan1 + 2 * kMinute));
    EXPECT_FALSE(S.Data().Reflections[0].Meta.Deleted);
    EXPECT_EQ(S.Data().Reflections[0].Text, "Undo me");
}

TEST_F(Undo, UndoingADeletionBringsTheRecordBack)
{
    Skill skill;
    skill.Name = "Facilitation";
    const Id id = S.AddSkill(skill, kJan1).Value();
    ASSERT_TRUE(S.DeleteSkill(id, kJan1 + kMinute));
    EXPECT_EQ(S.UndoLabel(), "Delete skill");
    ASSERT_TRUE(S.Undo(kJan1 + 2 * kMinute));
    EXPECT_FALSE(FindRecord<Skill>(S.Data(), id)->Meta.Deleted);
    EXPECT_EQ(LiveRecords<Skill>(Reloaded()).size(), 1u);
}

TEST_F(Undo, UndoesEditsOfEveryKindInReverseOrder)
{
    Profile me;
    me.Name = "Amal";
    ASSERT_TRUE(S.EditProfile(me, kJan1));
    const Id goal = S.AddGoal("Goal", kJan1).Value();
    PlanActivity activity;
    activity.Title = "Course";
    const Id activity_id = S.AddActivity(activity, kJan1).Value();
    ASSERT_TRUE(S.SetActivityStatus(activity_id, ActivityStatus::Done, kJan1 + kMinute, 0));
    OneOnOne meeting;
    meeting.On = Date::FromCivil(2026, 1, 9);
    const Id meeting_id = S.AddOneOnOne(meeting, kJan1).Value();
    ASSERT_TRUE(S.AddComment(goal, "Amal", "Note to self", kJan1));

    const char* labels[] = {"Add comment", "Add one-on-one", "Change plan activity status", "Add plan activity", "Add goal", "Edit profile"};
    for (const char* label : labels)
    {
        EXPECT_EQ(S.UndoLabel(), label);
        ASSERT_TRUE(S.Undo(kJan1 + 10 * kMinute));
    }
    EXPECT_FALSE(S.CanUndo());
    EXPECT_EQ(S.Undo(kJan1).GetError().Message, "There is nothing to undo.");
    EXPECT_EQ(S.Data().Me.Name, "");
    EXPECT_TRUE(LiveRecords<Goal>(S.Data()).empty());
    EXPECT_TRUE(LiveRecords<PlanActivity>(S.Data()).empty());
    EXPECT_TRUE(FindRecord<OneOnOne>(S.Data(), meeting_id)->Meta.Deleted);
    EXPECT_TRUE(LiveRecords<Comment>(S.Data()).empty());

    for (size_t i = 0; i < std::size(labels); i++)
        ASSERT_TRUE(S.Redo(kJan1 + 20 * kMinute));
    EXPECT_FALSE(S.CanRedo());
    EXPECT_EQ(S.Redo(kJan1).GetError().Message, "There is nothing to redo.");
    EXPECT_EQ(S.Data().Me.Name, "Amal");
    EXPECT_EQ(FindRecord<PlanActivity>(S.Data(), activity_id)->Status, ActivityStatus::Done);
    EXPECT_EQ(LiveRecords<Comment>(Reloaded()).size(), 1u);
}

TEST_F(Undo, ANewEditForgetsWhatCouldBeRedone)
{
    const Id id = S.AddGoal("One", kJan1).Value();
    Retitle(id, "Two", kJan1);
    ASSERT_TRUE(S.Undo(kJan1));
    EXPECT_TRUE(S.CanRedo());
    Retitle(id, "Three", kJan1);
    EXPECT_FALSE(S.CanRedo());
    EXPECT_EQ(S.RedoLabel(), "");
    ASSERT_TRUE(S.Undo(kJan1));
    EXPECT_EQ(S.FindGoal(id)->Title, "One");
}

TEST_F(Undo, RefusedAndEmptyEditsAreNotUndoSteps)
{
    const Id id = S.AddGoal("Only step", kJan1).Value();
    Goal same = *S.FindGoal(id);
    ASSERT_TRUE(S.EditGoal(same, kJan1));
    same.Title = "";
    ASSERT_FALSE(S.EditGoal(same, kJan1));
    ASSERT_TRUE(S.Undo(kJan1));
    EXPECT_FALSE(S.CanUndo());
}

TEST_F(Undo, KeepsOnlyTheLastHundredSteps)
{
    const Id id = S.AddGoal("v0", kJan1).Value();
    for (int i = 1; i <= 110; i++)
        Retitle(id, "v" + std::to_string(i), kJan1 + i);
    int undone = 0;
    while (S.Undo(kJan1 + 1000))
        undone++;
    EXPECT_EQ(undone, 100);
    EXPECT_EQ(S.FindGoal(id)->Title, "v10");
}

TEST(EditHistory, DropsTheOldestStepBeyondItsLimit)
{
    EditHistory history(HistoryLimits{2});
    for (const char* label : {"a", "b", "c"})
        history.Push(HistoryStep{label, Profile{}, Profile{}});
    EXPECT_EQ(history.Undo()->Label, "c");
    EXPECT_EQ(history.Undo()->Label, "b");
    EXPECT_EQ(history.Undo(), nullptr);
    EXPECT_EQ(history.Redo()->Label, "b");
    EXPECT_EQ(history.NextRedo()->Label, "c");
    history.Push(HistoryStep{"d", Profile{}, Profile{}});
    EXPECT_EQ(history.NextRedo(), nullptr);
    EXPECT_EQ(history.NextUndo()->Label, "d");
}

TEST_F(Undo, CountsEditsButNotUndoAndRedo)
{
    EXPECT_EQ(S.EditCount(), 0u);
    const Id id = S.AddGoal("v0", kJan1).Value();
    Retitle(id, "v1", kJan1 + 1);
    EXPECT_EQ(S.EditCount(), 2u);
    ASSERT_TRUE(S.Undo(kJan1 + 2));
    ASSERT_TRUE(S.Redo(kJan1 + 3));
    EXPECT_EQ(S.EditCount(), 2u) << "undo and redo are not new edits";
    Goal blank = *S.FindGoal(id);
    blank.Title = "";
    EXPECT_FALSE(S.EditGoal(blank, kJan1 + 4)) << "a refused edit";
    EXPECT_EQ(S.EditCount(), 2u);
    Retitle(id, "v2", kJan1 + 5);
    EXPECT_EQ(S.EditCount(), 3u);
}
