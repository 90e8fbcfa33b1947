// Links between goals, skills, plan activities and reflections, as a person makes them: from
// either side, seen from both, undone, kept through a share file, and never to a deleted record.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/exchange.h"
#include "core/records.h"
#include "core/session.h"
#include "core/views.h"
#include "test_support.h"

using namespace trellis;

namespace {

const int64_t kNow = 1767225600000;     // 2026-01-01T00:00:00Z

class Links : public ::testing::Test
{
protected:
    MemoryFileSystem    Fs;
    WorkspaceStore      Store{Fs, "/data"};
    Session             App{Store, 7};
    Id                  Goal_, Skill_, Activity_, Reflection_, Path_;
    int64_t             Now = kNow;

    void SetUp() override
    {
        ASSERT_TRUE(App.Open());
        Goal_ = App.AddGoal("Lead the accessibility guild", Now++).Value();
        Skill s;
        s.Name = "Facilitation";
        Skill_ = App.AddSkill(s, Now++).Value();
        PlanActivity a;
        a.Title = "Run a workshop";
        a.Type = ActivityType::TeachOthers;
        Activity_ = App.AddActivity(a, Now++).Value();
        Reflection r;
        r.On = Date::FromCivil(2026, 1, 1);
        r.Text = "The guild meeting went well.\nPeople came back.";
        Reflection_ = App.AddReflection(r, Now++).Value();
        CareerPath p;
        p.Title = "Staff engineer";
        Path_ = App.AddCareerPath(p, Now++).Value();
    }

    std::vector<std::string> Titles(const std::vector<LinkedRecord>& links)
    {
        std::vector<std::string> titles;
        for (const LinkedRecord& link : links)
            titles.push_back(link.Title);
        return titles;
    }
};

TEST_F(Links, AreMadeFromEitherSideAndShownOnBoth)
{
    // From the goal: its skill; from the activity: its goal; from the reflection: its goal.
    ASSERT_TRUE(App.SetLinked(Goal_, Skill_, true, Now++));
    ASSERT_TRUE(App.SetLinked(Activity_, Goal_, true, Now++));
    ASSERT_TRUE(App.SetLinked(Reflection_, Goal_, true, Now++));
    ASSERT_TRUE(App.SetLinked(Skill_, Activity_, true, Now++));

    EXPECT_EQ(Titles(LinksOf(App.Data(), Goal_)),
              (std::vector<std::string>{"Facilitation", "Run a workshop", "The guild meeting went well."}));
    EXPECT_EQ(Titles(LinksOf(App.Data(), Skill_)), (std::vector<std::string>{"Lead the accessibility guild", "Run a workshop"}));
    EXPECT_EQ(Titles(LinksOf(App.Data(), Activity_)), (std::vector<std::string>{"Lead the accessibility guild", "Facilitation"}));
    EXPECT_EQ(Titles(LinksOf(App.Data(), Reflection_)), (std::vector<std::string>{"Lead the accessibility guild"}));
    EXPECT_EQ(LinksOf(App.Data(), Reflection_).front().Kind, RecordKind::Goal);
    EXPECT_EQ(LinkSummary(App.Data(), Goal_), "1 skill, 1 activity, 1 reflection");

    // Each link is kept once, on the side that keeps it.
    EXPECT_EQ(App.FindGoal(Goal_)->SkillIds, std::vector<Id>{Skill_});
    EXPECT_TRUE(App.FindGoal(Goal_)->ActivityIds.empty());
    EXPECT_EQ(FindRecord<PlanActivity>(App.Data(), Activity_)->GoalIds, std::vector<Id>{Goal_});
    EXPECT_EQ(FindRecord<Reflection>(App.Data(), Reflection_)->GoalIds, std::vector<Id>{Goal_});

    EXPECT_TRUE(LinkCandidates(App.Data(), Goal_).empty()) << "everything it can link to is linked";
    ASSERT_TRUE(App.SetLinked(Goal_, Activity_, false, Now++));
    EXPECT_EQ(Titles(LinkCandidates(App.Data(), Goal_)), std::vector<std::string>{"Run a workshop"});
    EXPECT_EQ(LinkSummary(App.Data(), Activity_), "1 skill");
}

TEST_F(Links, AreEachOneUndoStep)
{
    ASSERT_TRUE(App.SetLinked(Skill_, Goal_, true, Now++));
    EXPECT_EQ(App.UndoLabel(), "Link goal");
    ASSERT_TRUE(App.Undo(Now++));
    EXPECT_TRUE(LinksOf(App.Data(), Goal_).empty());
    ASSERT_TRUE(App.Redo(Now++));
    EXPECT_EQ(LinksOf(App.Data(), Skill_).size(), 1u);

    ASSERT_TRUE(App.SetLinked(Goal_, Skill_, false, Now++));
    EXPECT_EQ(App.UndoLabel(), "Unlink goal");
    const uint64_t edits = App.EditCount();
    ASSERT_TRUE(App.SetLinked(Goal_, Skill_, false, Now++)) << "already unlinked: nothing to do";
    EXPECT_EQ(App.EditCount(), edits);
}

TEST_F(Links, RefuseKindsThatDoNotLinkAndRecordsNoLongerThere)
{
    const Status path = App.SetLinked(Goal_, Path_, true, Now++);
    ASSERT_FALSE(path);
    EXPECT_EQ(path.GetError().Message, "A goal cannot be linked to a career path.");
    EXPECT_FALSE(App.SetLinked(Reflection_, Skill_, true, Now++));
    EXPECT_FALSE(App.SetLinked(Goal_, Goal_, true, Now++));
    EXPECT_FALSE(App.SetLinked(Goal_, Id{1234, 5678}, true, Now++));

    ASSERT_TRUE(App.SetLinked(Goal_, Activity_, true, Now++));
    ASSERT_TRUE(App.DeleteActivity(Activity_, Now++));
    EXPECT_TRUE(LinksOf(App.Data(), Goal_).empty()) << "a deleted activity is not shown";
    EXPECT_FALSE(App.SetLinked(Goal_, Activity_, true, Now++));
    EXPECT_TRUE(LinksOf(App.Data(), Activity_).empty());
    EXPECT_TRUE(LinkCandidates(App.Data(), Path_).empty()) << "a career path links to nothing";
}

// Files from before links were kept by the activity put them in the goal's own list: they show,
// and unlinking takes them out of both sides.
TEST_F(Links, ReadAGoalsOwnListOfActivities)
{
    Goal goal = *App.FindGoal(Goal_);
    goal.ActivityIds = {Activity_};
    ASSERT_TRUE(App.EditGoal(goal, Now++));
    ASSERT_TRUE(App.SetLinked(Activity_, Goal_, true, Now++));      // now on both sides
    EXPECT_EQ(Titles(LinksOf(App.Data(), Activity_)), std::vector<std::string>{"Lead the accessibility guild"});
    EXPECT_EQ(LinksOf(App.Data(), Goal_).size(), 1u) << "one link, however many sides keep it";

    ASSERT_TRUE(App.SetLinked(Goal_, Activity_, false, Now++));
    EXPECT_TRUE(LinksOf(App.Data(), Goal_).empty());
    EXPECT_TRUE(App.FindGoal(Goal_)->ActivityIds.empty());
    EXPECT_TRUE(FindRecord<PlanActivity>(App.Data(), Activity_)->GoalIds.empty());
}

TEST_F(Links, ReflectionsAreNamedByTheirFirstLineNewestFirst)
{
    Reflection long_one;
    long_one.On = Date::FromCivil(2026, 1, 3);
    long_one.Text = "Ça a été une très longue journée, pleine de réunions qui n'avaient pas vraiment besoin d'avoir lieu";
    ASSERT_TRUE(App.AddReflection(long_one, Now++));
    Reflection listed;
    listed.On = Date::FromCivil(2026, 1, 2);
    listed.Loved = {"Pairing with Sam"};
    ASSERT_TRUE(App.AddReflection(listed, Now++));

    const std::vector<LinkedRecord> candidates = LinkCandidates(App.Data(), Goal_);
    std::vector<std::string> reflections;
    for (const LinkedRecord& c : candidates)
        if (c.Kind == RecordKind::Reflection)
            reflections.push_back(c.Title);
    ASSERT_EQ(reflections.size(), 3u);
    EXPECT_TRUE(reflections[0].ends_with("\xe2\x80\xa6")) << reflections[0];
    EXPECT_LE(reflections[0].size(), 64u);
    EXPECT_TRUE(reflections[0].starts_with("Ça a été une très longue journée"));
    EXPECT_EQ(reflections[1], "Pairing with Sam");
    EXPECT_EQ(reflections[2], "The guild meeting went well.");
    EXPECT_EQ(candidates.front().Kind, RecordKind::Skill) << "skills, then activities, then reflections";
}

// A link to a private reflection stays home: the share file drops it, the shared ones travel.
TEST_F(Links, TravelInAShareFileOnlyBetweenSharedRecords)
{
    ASSERT_TRUE(App.SetLinked(Goal_, Skill_, true, Now++));
    ASSERT_TRUE(App.SetLinked(Goal_, Activity_, true, Now++));
    ASSERT_TRUE(App.SetLinked(Goal_, Reflection_, true, Now++));     // reflections are private by default
    Result<ExchangeFile> share = ReadExchangeFile(ExportShare(App.Data(), Now++, 0));
    ASSERT_TRUE(share) << share.GetError().Message;
    const Workspace& sent = share.Value().Content;
    EXPECT_EQ(Titles(LinksOf(sent, Goal_)), (std::vector<std::string>{"Facilitation", "Run a workshop"}));
    EXPECT_TRUE(sent.Reflections.empty());
}

} // namespace

TEST_F(Links, ARecordNotSavedYetIsOfferedOnlyWhatItKeepsItself)
{
    // Every pair that can link is kept by exactly one of its sides.
    const RecordKind kinds[] = {RecordKind::Goal, RecordKind::Skill, RecordKind::PlanActivity, RecordKind::Reflection, RecordKind::CareerPath};
    for (RecordKind a : kinds)
        for (RecordKind b : kinds)
            EXPECT_EQ(CanLink(a, b), KeepsLink(a, b) != KeepsLink(b, a)) << int(a) << " and " << int(b);

    EXPECT_EQ(Titles(LinkableRecords(App.Data(), RecordKind::Reflection)), (std::vector<std::string>{"Lead the accessibility guild"}));
    EXPECT_EQ(Titles(LinkableRecords(App.Data(), RecordKind::PlanActivity)), (std::vector<std::string>{"Lead the accessibility guild", "Facilitation"}));
    EXPECT_EQ(Titles(LinkableRecords(App.Data(), RecordKind::Goal)), (std::vector<std::string>{"Facilitation"}));
    EXPECT_TRUE(LinkableRecords(App.Data(), RecordKind::Skill).empty());
    // A draft's links and what it could still be linked to split the same list.
    const std::vector<Id> chosen = {Goal_};
    EXPECT_EQ(Titles(LinkableRecords(App.Data(), RecordKind::PlanActivity, chosen, true)), (std::vector<std::string>{"Lead the accessibility guild"}));
    EXPECT_EQ(Titles(LinkableRecords(App.Data(), RecordKind::PlanActivity, chosen, false)), (std::vector<std::string>{"Facilitation"}));
    EXPECT_TRUE(LinkableRecords(App.Data(), RecordKind::Goal, chosen, true).empty()) << "a goal keeps no goals";
    ASSERT_TRUE(App.DeleteGoal(Goal_, Now++));
    EXPECT_TRUE(LinkableRecords(App.Data(), RecordKind::Reflection).empty()) << "a deleted goal is not offered";

    // Saved with its links, a new entry is linked from both sides at once.
    ASSERT_TRUE(App.Undo(Now++));
    Reflection r;
    r.On = Date::FromCivil(2026, 1, 2);
    r.Text = "Chaired the guild";
    r.GoalIds = {Goal_};
    const Id added = App.AddReflection(r, Now++).Value();
    bool from_goal = false;
    for (const LinkedRecord& link : LinksOf(App.Data(), Goal_))
        from_goal = from_goal || link.RecordId == added;
    EXPECT_TRUE(from_goal);
}
