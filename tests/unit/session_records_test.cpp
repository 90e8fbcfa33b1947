// Create, edit and delete for every record kind, the quick edits, and the rules a record must keep.
#include <gtest/gtest.h>

#include "core/records.h"
#include "core/session.h"
#include "test_support.h"

using namespace trellis;

// [SECTION] Fixture
// [SECTION] Profile
// [SECTION] Goals and milestones
// [SECTION] Reflections
// [SECTION] Skills and career paths
// [SECTION] Plan activities
// [SECTION] One-on-ones
// [SECTION] Comments
// [SECTION] Every command

// [SECTION] Fixture

static const int64_t kJan1 = 1767225600000;     // 2026-01-01T00:00:00Z
static const int64_t kHour = 3600000;
static const int64_t kDay = 24 * kHour;

class SessionRecords : public ::testing::Test
{
protected:
    MemoryFileSystem Fs;
    WorkspaceStore   Store{Fs, "/data"};
    Session          S{Store, 1};

    void SetUp() override { ASSERT_TRUE(S.Open()); }

    // What a fresh start would load from disk.
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

    std::string SavedBytes() { return Fs.Files[Store.MainPath()]; }
};

// The one record of a kind, copied out of a workspace that may be a temporary.
template <class R>
static R Only(const Workspace& w)
{
    const auto& records = RecordsOf<R>(w);
    EXPECT_EQ(records.size(), 1u);
    return records.empty() ? R{} : records.front();
}

// [SECTION] Profile

TEST_F(SessionRecords, EditsTheProfileAndSavesIt)
{
    Profile me;
    me.Name = "  Zoë Ångström  ";
    me.Role = "Ingénieure";
    me.ManagerName = "Олег";
    me.Motivations = {Motivation::Learning, Motivation::Mastery, Motivation::Learning};
    me.ReviewCadenceMonths = 3;
    me.NextOneOnOne = Date::FromCivil(2026, 2, 1);
    ASSERT_TRUE(S.EditProfile(me, kJan1));
    EXPECT_TRUE(S.LastSave());
    const Profile saved = Reloaded().Me;
    EXPECT_EQ(saved.Name, "Zoë Ångström");
    EXPECT_EQ(saved.ManagerName, "Олег");
    EXPECT_EQ(saved.Motivations, (std::vector<Motivation>{Motivation::Learning, Motivation::Mastery}));
    EXPECT_EQ(saved.ReviewCadenceMonths, 3);
    EXPECT_EQ(saved.Updated.WallMs, kJan1);
}

TEST_F(SessionRecords, RefusesAReviewCadenceOutsideOneToTwoYears)
{
    Profile me;
    me.ReviewCadenceMonths = 0;
    EXPECT_EQ(S.EditProfile(me, kJan1).GetError().Message, "Career reviews are due every 1 to 24 months.");
    me.ReviewCadenceMonths = 25;
    EXPECT_FALSE(S.EditProfile(me, kJan1));
    EXPECT_EQ(S.Data().Me.ReviewCadenceMonths, 6);
}

TEST_F(SessionRecords, KeepsAOneOnOneCadenceOfUpToEightWeeksOrNone)
{
    Profile me;
    EXPECT_EQ(me.OneOnOneCadenceWeeks, 2);
    me.OneOnOneCadenceWeeks = 9;
    EXPECT_EQ(S.EditProfile(me, kJan1).GetError().Message, "One-on-ones come every 1 to 8 weeks, or at no fixed rhythm.");
    me.OneOnOneCadenceWeeks = -1;
    EXPECT_FALSE(S.EditProfile(me, kJan1));
    me.OneOnOneCadenceWeeks = 0;
    ASSERT_TRUE(S.EditProfile(me, kJan1));
    EXPECT_EQ(Reloaded().Me.OneOnOneCadenceWeeks, 0);
    me.OneOnOneCadenceWeeks = 8;
    ASSERT_TRUE(S.EditProfile(me, kJan1 + kDay));
    EXPECT_EQ(Reloaded().Me.OneOnOneCadenceWeeks, 8);
}

// [SECTION] Goals and milestones

TEST_F(SessionRecords, AddsAGoalFromADraftWithMilestones)
{
    Goal draft;
    draft.Title = "Lead the Q3 launch 🚀";
    draft.Kind = Motivation::Advancement;
    draft.Meta.RecordId = Id{5, 5};                 // ignored: the session makes the meta
    draft.Milestones = {Milestone{{}, "Write the plan", Date::FromCivil(2026, 2, 1), {}}, Milestone{{}, "Ship", {}, {}}};
    Result<Id> added = S.AddGoal(draft, kJan1);
    ASSERT_TRUE(added);
    EXPECT_NE(added.Value(), (Id{5, 5}));
    const Goal& goal = *S.FindGoal(added.Value());
    EXPECT_EQ(goal.Meta.CreatedMs, kJan1);
    EXPECT_FALSE(goal.Milestones[0].MilestoneId.IsNil());
    EXPECT_FALSE(goal.Milestones[1].MilestoneId.IsNil());
    EXPECT_NE(goal.Milestones[0].MilestoneId, goal.Milestones[1].MilestoneId);
    EXPECT_EQ(Only<Goal>(Reloaded()).Milestones, goal.Milestones);
}

TEST_F(SessionRecords, EditsAGoalKeepingItsIdAndCreationTime)
{
    const Id id = S.AddGoal("Mentor a new hire", kJan1).Value();
    Goal changed = *S.FindGoal(id);
    changed.Title = "Mentor two new hires";
    changed.Why = "  Teaching is how I learn.  ";
    changed.Meta.CreatedMs = 42;                    // ignored
    changed.Status = GoalStatus::OnHold;
    ASSERT_TRUE(S.EditGoal(changed, kJan1 + kDay));
    const Goal& goal = *S.FindGoal(id);
    EXPECT_EQ(goal.Title, "Mentor two new hires");
    EXPECT_EQ(goal.Why, "Teaching is how I learn.");
    EXPECT_EQ(goal.Status, GoalStatus::OnHold);
    EXPECT_EQ(goal.Meta.CreatedMs, kJan1);
    EXPECT_EQ(goal.Meta.Updated.WallMs, kJan1 + kDay);
    EXPECT_EQ(Only<Goal>(Reloaded()).Title, "Mentor two new hires");
}

TEST_F(SessionRecords, AnEditThatChangesNothingNeitherStampsNorSaves)
{
    const Id id = S.AddGoal("Same", kJan1).Value();
    const Stamp before = S.FindGoal(id)->Meta.Updated;
    Fs.Files.clear();
    Goal same = *S.FindGoal(id);
    same.Title = "  Same ";                          // trimmed back to what it was
    ASSERT_TRUE(S.EditGoal(same, kJan1 + kDay));
    EXPECT_EQ(S.FindGoal(id)->Meta.Updated, before);
    EXPECT_TRUE(Fs.Files.empty());
    EXPECT_EQ(S.UndoLabel(), "Add goal");
}

TEST_F(SessionRecords, DeletingAGoalLeavesASavedTombstone)
{
    const Id keep = S.AddGoal("Keep", kJan1).Value();
    const Id drop = S.AddGoal("Drop", kJan1).Value();
    ASSERT_TRUE(S.DeleteGoal(drop, kJan1 + kDay));
    ASSERT_EQ(S.LiveGoals().size(), 1u);
    EXPECT_EQ(S.LiveGoals()[0]->Meta.RecordId, keep);
    const Workspace saved = Reloaded();
    ASSERT_EQ(saved.Goals.size(), 2u);
    EXPECT_TRUE(FindRecord<Goal>(saved, drop)->Meta.Deleted);
    EXPECT_EQ(FindRecord<Goal>(saved, drop)->Title, "Drop");
    EXPECT_EQ(S.DeleteGoal(drop, kJan1).GetError().Message, "That goal no longer exists.");
    Goal revived = *S.FindGoal(drop);
    EXPECT_EQ(S.EditGoal(revived, kJan1).GetError().Message, "That goal no longer exists.");
    EXPECT_EQ(S.DeleteGoal(Id{1, 1}, kJan1).GetError().Message, "That goal no longer exists.");
}

TEST_F(SessionRecords, RefusesGoalsThatBreakTheRules)
{
    const Id id = S.AddGoal("Valid", kJan1).Value();
    const std::string saved = SavedBytes();
    Goal bad = *S.FindGoal(id);
    bad.ManualProgress = 101;
    EXPECT_EQ(S.EditGoal(bad, kJan1).GetError().Message, "Progress is a percentage from 0 to 100.");
    bad.ManualProgress = -1;
    EXPECT_FALSE(S.EditGoal(bad, kJan1));
    bad = *S.FindGoal(id);
    bad.Milestones = {Milestone{{}, " \t", {}, {}}};
    EXPECT_EQ(S.EditGoal(bad, kJan1).GetError().Message, "Each milestone needs a title.");
    bad = *S.FindGoal(id);
    bad.Milestones.resize(201, Milestone{{}, "Step", {}, {}});
    EXPECT_EQ(S.EditGoal(bad, kJan1).GetError().Message, "That list is too long: keep it to 200 items or fewer.");
    bad.Milestones.resize(200);
    EXPECT_TRUE(S.EditGoal(bad, kJan1));
    bad = *S.FindGoal(id);
    bad.Why = std::string(20001, 'w');
    EXPECT_EQ(S.EditGoal(bad, kJan1).GetError().Message, "That text is too long: keep it under 20000 characters.");
    EXPECT_EQ(S.FindGoal(id)->Milestones.size(), 200u);
    EXPECT_NE(SavedBytes(), saved);                  // only the valid edit was saved
}

TEST_F(SessionRecords, TicksAMilestoneOnThePersonsLocalDay)
{
    Goal draft;
    draft.Title = "Learn SQL";
    draft.Milestones = {Milestone{{}, "Finish the course", {}, {}}, Milestone{{}, "Write a report", {}, {}}};
    const Id id = S.AddGoal(draft, kJan1).Value();
    const Id first = S.FindGoal(id)->Milestones[0].MilestoneId;
    // 02:00 UTC on New Year's Day is still New Year's Eve in New York.
    ASSERT_TRUE(S.SetMilestoneDone(id, first, true, kJan1 + 2 * kHour, -300));
    EXPECT_EQ(S.FindGoal(id)->Milestones[0].DoneOn->ToString(), "2025-12-31");
    EXPECT_EQ(S.UndoLabel(), "Tick milestone");
    // Ticking again keeps the first day.
    ASSERT_TRUE(S.SetMilestoneDone(id, first, true, kJan1 + 5 * kDay, 0));
    EXPECT_EQ(S.FindGoal(id)->Milestones[0].DoneOn->ToString(), "2025-12-31");
    EXPECT_EQ(Only<Goal>(Reloaded()).Milestones[0].DoneOn->ToString(), "2025-12-31");
    ASSERT_TRUE(S.SetMilestoneDone(id, first, false, kJan1 + 6 * kDay, 0));
    EXPECT_FALSE(S.FindGoal(id)->Milestones[0].DoneOn);
    EXPECT_EQ(S.SetMilestoneDone(id, Id{9, 9}, true, kJan1, 0).GetError().Message, "That milestone no longer exists.");
    EXPECT_EQ(S.SetMilestoneDone(Id{9, 9}, first, true, kJan1, 0).GetError().Message, "That goal no longer exists.");
}

TEST_F(SessionRecords, KeepsTextInEveryScriptThroughASave)
{
    const std::string titles[] = {"Améliorer mon français", "学习中文 📚", "تعلم العربية", "ללמוד עברית", "Ελληνικά", "👩🏽‍💻 code"};
    for (const std::string& title : titles)
        ASSERT_TRUE(S.AddGoal(title, kJan1));
    const Workspace saved = Reloaded();
    ASSERT_EQ(saved.Goals.size(), std::size(titles));
    for (size_t i = 0; i < std::size(titles); i++)
        EXPECT_EQ(saved.Goals[i].Title, titles[i]);
}

// [SECTION] Reflections

TEST_F(SessionRecords, AddsAPrivateReflectionAndTidiesItsLists)
{
    Reflection draft;
    draft.On = Date::FromCivil(2026, 1, 5);
    draft.Text = "A good week.";
    draft.Loved = {" Pairing ", "", "Demo day 🎉"};
    draft.Disliked = {"   "};
    draft.Tags = {"team", " team", "rtl"};
    draft.Energy = 5;
    const Id id = S.AddReflection(draft, kJan1).Value();
    const Reflection saved = ReloadedRecord<Reflection>(id);
    EXPECT_EQ(saved.Visible, Visibility::Private);
    EXPECT_EQ(saved.On.ToString(), "2026-01-05");
    EXPECT_EQ(saved.Loved, (std::vector<std::string>{"Pairing", "Demo day 🎉"}));
    EXPECT_TRUE(saved.Disliked.empty());
    EXPECT_EQ(saved.Tags, (std::vector<std::string>{"team", "rtl"}));
    EXPECT_EQ(saved.Energy, 5);
}

TEST_F(SessionRecords, AReflectionNeedsWordsAndAnEnergyFromOneToFive)
{
    Reflection draft;
    draft.Tags = {"just a tag"};
    EXPECT_EQ(S.AddReflection(draft, kJan1).GetError().Message,
              "A reflection needs a few words: what happened, what you loved or what drained you.");
    draft.Disliked = {"Long meetings"};
    draft.Energy = 0;
    EXPECT_EQ(S.AddReflection(draft, kJan1).GetError().Message, "Energy is rated from 1 to 5.");
    draft.Energy = 6;
    EXPECT_FALSE(S.AddReflection(draft, kJan1));
    draft.Energy = 1;
    EXPECT_TRUE(S.AddReflection(draft, kJan1));
    EXPECT_EQ(S.Data().Reflections.size(), 1u);
}

TEST_F(SessionRecords, AcceptsAReflectionUpToTheTextLimit)
{
    Reflection draft;
    draft.On = Date::FromCivil(2026, 1, 5);
    draft.Text = std::string(20000 - 3, 'x') + "日";     // 20000 bytes exactly
    EXPECT_TRUE(S.AddReflection(draft, kJan1));
    draft.Text += "!";
    EXPECT_FALSE(S.AddReflection(draft, kJan1));
    EXPECT_EQ(Only<Reflection>(Reloaded()).Text.size(), 20000u);
}

TEST_F(SessionRecords, EditsAndDeletesAReflection)
{
    Reflection draft;
    draft.On = Date::FromCivil(2026, 1, 5);
    draft.Text = "First draft";
    const Id id = S.AddReflection(draft, kJan1).Value();
    Reflection changed = *FindRecord<Reflection>(S.Data(), id);
    changed.Text = "Second draft — 第二稿";
    changed.Visible = Visibility::Shared;
    ASSERT_TRUE(S.EditReflection(changed, kJan1 + kDay));
    EXPECT_EQ(Only<Reflection>(Reloaded()).Text, "Second draft — 第二稿");
    EXPECT_EQ(Only<Reflection>(Reloaded()).Visible, Visibility::Shared);
    ASSERT_TRUE(S.DeleteReflection(id, kJan1 + 2 * kDay));
    EXPECT_TRUE(Only<Reflection>(Reloaded()).Meta.Deleted);
    EXPECT_EQ(S.EditReflection(changed, kJan1).GetError().Message, "That reflection no longer exists.");
}

// [SECTION] Skills and career paths

TEST_F(SessionRecords, AddsEditsAndDeletesASkill)
{
    Skill draft;
    draft.Name = "System design";
    draft.Category = "Technical";
    draft.Current = 2;
    draft.Target = 4;
    const Id id = S.AddSkill(draft, kJan1).Value();
    Skill changed = *FindRecord<Skill>(S.Data(), id);
    changed.Current = 3;
    changed.Evidence = "Designed the billing service.";
    ASSERT_TRUE(S.EditSkill(changed, kJan1 + kDay, 0));
    EXPECT_EQ(Only<Skill>(Reloaded()).Current, 3);
    EXPECT_EQ(Only<Skill>(Reloaded()).Evidence, "Designed the billing service.");
    ASSERT_TRUE(S.DeleteSkill(id, kJan1 + kDay));
    EXPECT_TRUE(LiveRecords<Skill>(S.Data()).empty());
}

// A new skill at `level`, as the Path screen adds one.
static Id AddSkillAt(Session& s, const char* name, int level)
{
    Skill draft;
    draft.Name = name;
    draft.Current = level;
    return s.AddSkill(draft, kJan1).Value();
}

// Steps a skill's current level to `level` as the Path screen's stepper does.
static Status StepSkill(Session& s, const Id& id, int level, int64_t now_ms, int utc_offset_minutes = 0)
{
    Skill changed = *FindRecord<Skill>(s.Data(), id);
    changed.Current = level;
    return s.EditSkill(changed, now_ms, utc_offset_minutes);
}

TEST_F(SessionRecords, WritesALevelChangeToTheSkillsHistoryOnTheLocalDay)
{
    Skill draft;
    draft.Name = "Coaching";
    draft.Current = 2;
    draft.History = {SkillLevelChange{Date::FromCivil(2020, 1, 1), 1, 2}};   // a form cannot write history
    const Id id = S.AddSkill(draft, kJan1).Value();
    EXPECT_TRUE(Only<Skill>(S.Data()).History.empty());

    // 23:00 UTC on 1 January is already 2 January in Paris (+60).
    ASSERT_TRUE(StepSkill(S, id, 3, kJan1 + 23 * kHour, 60));
    // A change of evidence alone is no move.
    Skill changed = *FindRecord<Skill>(S.Data(), id);
    changed.Evidence = "Coached two new hires.";
    changed.History.clear();
    ASSERT_TRUE(S.EditSkill(changed, kJan1 + 3 * kDay, 0));
    ASSERT_TRUE(StepSkill(S, id, 2, kJan1 + 40 * kDay));

    const Skill saved = Only<Skill>(Reloaded());
    EXPECT_EQ(saved.Evidence, "Coached two new hires.");
    EXPECT_EQ(saved.History, (std::vector<SkillLevelChange>{
                                 SkillLevelChange{Date::FromCivil(2026, 1, 2), 2, 3},
                                 SkillLevelChange{Date::FromCivil(2026, 2, 10), 3, 2}}));
}

TEST_F(SessionRecords, StepsOnOneDayMakeOneChangeAndSteppingBackMakesNone)
{
    const Id id = AddSkillAt(S, "SQL", 1);
    ASSERT_TRUE(StepSkill(S, id, 2, kJan1 + kHour));
    ASSERT_TRUE(StepSkill(S, id, 3, kJan1 + 2 * kHour));
    EXPECT_EQ(Only<Skill>(S.Data()).History, (std::vector<SkillLevelChange>{SkillLevelChange{Date::FromCivil(2026, 1, 1), 1, 3}}));
    ASSERT_TRUE(StepSkill(S, id, 2, kJan1 + 3 * kHour));
    ASSERT_TRUE(StepSkill(S, id, 1, kJan1 + 4 * kHour));
    EXPECT_TRUE(Only<Skill>(S.Data()).History.empty());
    // A clock set back a day joins the latest change rather than break the order.
    ASSERT_TRUE(StepSkill(S, id, 2, kJan1 + 5 * kDay));
    ASSERT_TRUE(StepSkill(S, id, 4, kJan1 + 4 * kDay));
    EXPECT_EQ(Only<Skill>(S.Data()).History, (std::vector<SkillLevelChange>{SkillLevelChange{Date::FromCivil(2026, 1, 6), 1, 4}}));
}

TEST_F(SessionRecords, KeepsOnlyTheNewestLevelChanges)
{
    const Id id = AddSkillAt(S, "Negotiation", 1);
    const int steps = static_cast<int>(kMaxSkillHistory) + 6;
    for (int day = 1; day <= steps; day++)
        ASSERT_TRUE(StepSkill(S, id, day % 2 == 1 ? 2 : 1, kJan1 + day * kDay));
    const Skill saved = Only<Skill>(Reloaded());
    ASSERT_EQ(saved.History.size(), kMaxSkillHistory);
    EXPECT_EQ(saved.History.front().On, AddDays(Date::FromCivil(2026, 1, 1), steps - static_cast<int>(kMaxSkillHistory) + 1));
    EXPECT_EQ(saved.History.back().On, AddDays(Date::FromCivil(2026, 1, 1), steps));
    EXPECT_EQ(saved.History.back().To, saved.Current);
}

TEST_F(SessionRecords, UndoingALevelChangeTakesItsHistoryBack)
{
    const Id id = AddSkillAt(S, "Writing", 2);
    ASSERT_TRUE(StepSkill(S, id, 3, kJan1 + kDay));
    ASSERT_TRUE(S.Undo(kJan1 + kDay + 1));
    const Skill saved = Only<Skill>(Reloaded());
    EXPECT_EQ(saved.Current, 2);
    EXPECT_TRUE(saved.History.empty());
}

TEST_F(SessionRecords, RefusesSkillsWithoutANameOrOutsideTheScale)
{
    Skill draft;
    EXPECT_EQ(S.AddSkill(draft, kJan1).GetError().Message, "A skill needs a name.");
    draft.Name = "Negotiation";
    draft.Current = 0;
    EXPECT_EQ(S.AddSkill(draft, kJan1).GetError().Message, "Skill levels go from 1 to 5.");
    draft.Current = 5;
    draft.Target = 6;
    EXPECT_FALSE(S.AddSkill(draft, kJan1));
    EXPECT_TRUE(S.Data().Skills.empty());
}

TEST_F(SessionRecords, AddsACareerPathAndGivesItsRolesIds)
{
    CareerPath draft;
    draft.Title = "Engineering";
    draft.Roles = {PathRole{{}, "Engineer", {}, {}},
                   PathRole{{}, "Senior engineer", {SkillRequirement{"System design", 3}}, {ExperienceRequirement{"Lead a project", ActivityType::LeadProject}}}};
    const Id id = S.AddCareerPath(draft, kJan1).Value();
    CareerPath changed = *FindRecord<CareerPath>(S.Data(), id);
    const Id senior = changed.Roles[1].RoleId;
    EXPECT_FALSE(senior.IsNil());
    changed.Roles.push_back(PathRole{{}, "Staff engineer", {SkillRequirement{"System design", 5}}, {}});
    ASSERT_TRUE(S.EditCareerPath(changed, kJan1 + kDay));
    const CareerPath saved = Only<CareerPath>(Reloaded());
    ASSERT_EQ(saved.Roles.size(), 3u);
    EXPECT_EQ(saved.Roles[1].RoleId, senior);
    EXPECT_FALSE(saved.Roles[2].RoleId.IsNil());
    EXPECT_EQ(saved.Roles[1].Experiences[0].Type, ActivityType::LeadProject);
    ASSERT_TRUE(S.DeleteCareerPath(id, kJan1 + kDay));
    EXPECT_TRUE(Only<CareerPath>(Reloaded()).Meta.Deleted);
}

TEST_F(SessionRecords, RefusesCareerPathsWithIncompleteRoles)
{
    CareerPath draft;
    draft.Title = "Management";
    draft.Roles = {PathRole{{}, "", {}, {}}};
    EXPECT_EQ(S.AddCareerPath(draft, kJan1).GetError().Message, "Each role on the path needs a title.");
    draft.Roles = {PathRole{{}, "Manager", {SkillRequirement{"", 3}}, {}}};
    EXPECT_EQ(S.AddCareerPath(draft, kJan1).GetError().Message, "Each skill a role asks for needs a name.");
    draft.Roles = {PathRole{{}, "Manager", {SkillRequirement{"Coaching", 6}}, {}}};
    EXPECT_EQ(S.AddCareerPath(draft, kJan1).GetError().Message, "Skill levels go from 1 to 5.");
    draft.Roles = {PathRole{{}, "Manager", {}, {ExperienceRequirement{" ", ActivityType::Mentoring}}}};
    EXPECT_EQ(S.AddCareerPath(draft, kJan1).GetError().Message, "Each experience a role asks for needs a title.");
    draft.Title = "";
    EXPECT_EQ(S.AddCareerPath(draft, kJan1).GetError().Message, "A career path needs a name.");
    EXPECT_TRUE(S.Data().CareerPaths.empty());
}

// [SECTION] Plan activities

TEST_F(SessionRecords, AddsEditsAndDeletesAPlanActivity)
{
    PlanActivity draft;
    draft.Title = "AWS certification";
    draft.Type = ActivityType::Credential;
    draft.FundedBy = Funding::TuitionReimbursement;
    draft.Start = Date::FromCivil(2026, 1, 10);
    draft.Due = Date::FromCivil(2026, 6, 30);
    draft.SupportNeeded = "Approval for the exam fee.";
    const Id id = S.AddActivity(draft, kJan1).Value();
    PlanActivity changed = *FindRecord<PlanActivity>(S.Data(), id);
    changed.Status = ActivityStatus::Done;
    changed.CompletedOn = Date::FromCivil(2026, 6, 1);
    changed.Outcome = "Passed with 870/1000.";
    changed.Usefulness = 4;
    ASSERT_TRUE(S.EditActivity(changed, kJan1 + kDay));
    const PlanActivity saved = Only<PlanActivity>(Reloaded());
    EXPECT_EQ(saved.FundedBy, Funding::TuitionReimbursement);
    EXPECT_EQ(saved.CompletedOn->ToString(), "2026-06-01");
    EXPECT_EQ(saved.Usefulness, 4);
    ASSERT_TRUE(S.DeleteActivity(id, kJan1 + kDay));
    EXPECT_EQ(S.DeleteActivity(id, kJan1).GetError().Message, "That plan activity no longer exists.");
}

TEST_F(SessionRecords, RefusesActivitiesThatContradictThemselves)
{
    PlanActivity draft;
    EXPECT_EQ(S.AddActivity(draft, kJan1).GetError().Message, "A plan activity needs a title.");
    draft.Title = "Rotation in support";
    draft.Start = Date::FromCivil(2026, 3, 1);
    draft.Due = Date::FromCivil(2026, 2, 28);
    EXPECT_EQ(S.AddActivity(draft, kJan1).GetError().Message, "An activity cannot be due before it starts.");
    draft.Due = Date::FromCivil(2026, 3, 1);
    draft.Status = ActivityStatus::Done;
    EXPECT_EQ(S.AddActivity(draft, kJan1).GetError().Message, "A finished activity needs the date it was finished.");
    draft.Status = ActivityStatus::Planned;
    draft.Usefulness = 6;
    EXPECT_EQ(S.AddActivity(draft, kJan1).GetError().Message, "Usefulness is rated from 1 to 5, or 0 when not rated yet.");
    draft.Usefulness = 0;
    draft.CompletedOn = Date::FromCivil(2026, 3, 1);     // not done: the date is dropped
    const Id id = S.AddActivity(draft, kJan1).Value();
    EXPECT_FALSE(FindRecord<PlanActivity>(S.Data(), id)->CompletedOn);
}

TEST_F(SessionRecords, FinishingAnActivityRecordsTheLocalDay)
{
    PlanActivity draft;
    draft.Title = "Teach a lunch-and-learn";
    draft.Type = ActivityType::TeachOthers;
    const Id id = S.AddActivity(draft, kJan1).Value();
    // 23:30 UTC on 31 December is already New Year's Day in Tokyo.
    ASSERT_TRUE(S.SetActivityStatus(id, ActivityStatus::Done, kJan1 - 30 * 60000, 540));
    EXPECT_EQ(FindRecord<PlanActivity>(S.Data(), id)->CompletedOn->ToString(), "2026-01-01");
    ASSERT_TRUE(S.SetActivityStatus(id, ActivityStatus::InProgress, kJan1 + kDay, 540));
    EXPECT_FALSE(FindRecord<PlanActivity>(S.Data(), id)->CompletedOn);
    EXPECT_EQ(Only<PlanActivity>(Reloaded()).Status, ActivityStatus::InProgress);
}

// [SECTION] One-on-ones

TEST_F(SessionRecords, AddsAOneOnOneWithAgendaAndActions)
{
    OneOnOne draft;
    draft.On = Date::FromCivil(2026, 1, 20);
    draft.Agenda = {AgendaItem{{}, AgendaItemKind::Question, "How are promotions decided?", {}, Visibility::Shared}};
    draft.Actions = {ActionItem{{}, "Send the rubric", ActionOwner::Manager, Date::FromCivil(2026, 1, 27), {}},
                     ActionItem{{}, "Book the course", ActionOwner::Me, {}, {}}};
    draft.Notes = "Good talk.";
    draft.CoveredCareer = true;
    const Id id = S.AddOneOnOne(draft, kJan1).Value();
    const OneOnOne saved = Only<OneOnOne>(Reloaded());
    EXPECT_EQ(saved.Meta.RecordId, id);
    EXPECT_FALSE(saved.Agenda[0].ItemId.IsNil());
    EXPECT_FALSE(saved.Actions[0].ItemId.IsNil());
    EXPECT_NE(saved.Actions[0].ItemId, saved.Actions[1].ItemId);
    EXPECT_EQ(saved.Actions[0].Owner, ActionOwner::Manager);
    EXPECT_TRUE(saved.CoveredCareer);

    const Id book = saved.Actions[1].ItemId;
    ASSERT_TRUE(S.SetActionItemDone(id, book, true, kJan1 + 22 * kHour, 120));    // Helsinki: already 2 January
    EXPECT_EQ(FindRecord<OneOnOne>(S.Data(), id)->Actions[1].DoneOn->ToString(), "2026-01-02");
    ASSERT_TRUE(S.SetActionItemDone(id, book, false, kJan1 + kDay, 0));
    EXPECT_FALSE(FindRecord<OneOnOne>(S.Data(), id)->Actions[1].DoneOn);
    EXPECT_EQ(S.SetActionItemDone(id, Id{3, 3}, true, kJan1, 0).GetError().Message, "That action item no longer exists.");

    // A question ticked as asked at the meeting, saved, and undone like any edit.
    const Id question = saved.Agenda[0].ItemId;
    ASSERT_TRUE(S.SetAgendaItemCovered(id, question, true, kJan1 + kDay + 1));
    EXPECT_TRUE(Only<OneOnOne>(Reloaded()).Agenda[0].Covered);
    EXPECT_EQ(S.UndoLabel(), "Mark as talked about");
    ASSERT_TRUE(S.Undo(kJan1 + kDay + 2));
    EXPECT_FALSE(FindRecord<OneOnOne>(S.Data(), id)->Agenda[0].Covered);
    EXPECT_EQ(S.SetAgendaItemCovered(id, Id{3, 3}, true, kJan1).GetError().Message, "That agenda item no longer exists.");
    // Private notes are kept like the shared ones.
    OneOnOne noted = *FindRecord<OneOnOne>(S.Data(), id);
    noted.PrivateNotes = "Ask about Lisbon.";
    ASSERT_TRUE(S.EditOneOnOne(noted, kJan1 + kDay + 3));
    EXPECT_EQ(Only<OneOnOne>(Reloaded()).PrivateNotes, "Ask about Lisbon.");

    OneOnOne changed = *FindRecord<OneOnOne>(S.Data(), id);
    changed.Actions.push_back(ActionItem{{}, "", ActionOwner::Me, {}, {}});
    EXPECT_EQ(S.EditOneOnOne(changed, kJan1).GetError().Message, "Each action item needs some text.");
    changed.Actions.pop_back();
    changed.Agenda.push_back(AgendaItem{{}, AgendaItemKind::TalkingPoint, "", {}, Visibility::Shared});
    EXPECT_EQ(S.EditOneOnOne(changed, kJan1).GetError().Message, "Each agenda item needs some text.");
    changed.Agenda.back().Text = "Team offsite";
    ASSERT_TRUE(S.EditOneOnOne(changed, kJan1 + kDay));
    EXPECT_EQ(Only<OneOnOne>(Reloaded()).Agenda.size(), 2u);
    ASSERT_TRUE(S.DeleteOneOnOne(id, kJan1 + kDay));
    EXPECT_TRUE(Only<OneOnOne>(Reloaded()).Meta.Deleted);
}

// [SECTION] Comments

TEST_F(SessionRecords, CommentsOnAnyLiveRecord)
{
    const Id goal = S.AddGoal("Speak at a conference", kJan1).Value();
    Skill skill;
    skill.Name = "Public speaking";
    const Id skill_id = S.AddSkill(skill, kJan1).Value();
    const Id on_goal = S.AddComment(goal, " 李娜 ", "Let's find you a slot — 加油!", kJan1 + kHour).Value();
    ASSERT_TRUE(S.AddComment(skill_id, "Me", "Rehearse twice.", kJan1 + kHour));
    ASSERT_TRUE(S.AddComment(on_goal, "Inès", "شكرا", kJan1 + 2 * kHour));   // a reply
    const Comment saved = ReloadedRecord<Comment>(on_goal);
    EXPECT_EQ(saved.TargetId, goal);
    EXPECT_EQ(saved.Author, "李娜");
    EXPECT_EQ(saved.Meta.CreatedMs, kJan1 + kHour);

    ASSERT_TRUE(S.EditComment(on_goal, "Let's find you a slot in March.", kJan1 + kDay));
    EXPECT_EQ(ReloadedRecord<Comment>(on_goal).Text, "Let's find you a slot in March.");
    EXPECT_EQ(S.EditComment(on_goal, "  ", kJan1).GetError().Message, "A comment needs some text.");
    ASSERT_TRUE(S.DeleteComment(on_goal, kJan1 + kDay));
    EXPECT_EQ(S.EditComment(on_goal, "Again", kJan1).GetError().Message, "That comment no longer exists.");
}

TEST_F(SessionRecords, RefusesCommentsOnNothing)
{
    const Id goal = S.AddGoal("Gone soon", kJan1).Value();
    ASSERT_TRUE(S.DeleteGoal(goal, kJan1));
    EXPECT_EQ(S.AddComment(goal, "Me", "Hello", kJan1).GetError().Message, "There is nothing with that id to comment on.");
    EXPECT_FALSE(S.AddComment(Id{7, 7}, "Me", "Hello", kJan1));
    const Id live = S.AddGoal("Here", kJan1).Value();
    EXPECT_EQ(S.AddComment(live, "", "Hello", kJan1).GetError().Message, "A comment needs the name of its author.");
    EXPECT_EQ(S.AddComment(live, "Me", "", kJan1).GetError().Message, "A comment needs some text.");
    EXPECT_TRUE(S.Data().Comments.empty());
}

TEST_F(SessionRecords, AManagerTakesBackACommentOnAReport)
{
    MemoryFileSystem their_fs;
    WorkspaceStore their_store(their_fs, "/data");
    Session report(their_store, 9);
    ASSERT_TRUE(report.Open());
    const Id goal = report.AddGoal("Run the guild", kJan1).Value();
    Result<ImportPreview> preview = PreviewImport(S.Data(), ExportShare(report.Data(), kJan1, 0));
    ASSERT_TRUE(preview);
    ASSERT_TRUE(S.ApplyImport(preview.Value(), kJan1 + kHour));
    const uint64_t device = report.Data().DeviceId;
    const Id comment = S.AddTeamComment(device, goal, CommentKind::Note, "Great goal", kJan1 + kHour).Value();

    ASSERT_TRUE(S.DeleteTeamComment(device, comment, kJan1 + 2 * kHour));
    const Comment* gone = FindRecord<Comment>(Reloaded().Team.at(0).Plan, comment);
    ASSERT_NE(gone, nullptr) << "a tombstone, so the next response file takes it back";
    EXPECT_TRUE(gone->Meta.Deleted);
    EXPECT_EQ(S.DeleteTeamComment(device, comment, kJan1).GetError().Message, "That comment no longer exists.");
    EXPECT_FALSE(S.DeleteTeamComment(device + 1, comment, kJan1));

    // The report imports the response: the comment is gone there too.
    Result<std::string> response = ExportResponse(S.Data(), device, kJan1 + 3 * kHour);
    ASSERT_TRUE(response);
    Result<ImportPreview> back = PreviewImport(report.Data(), response.Value());
    ASSERT_TRUE(back);
    ASSERT_TRUE(report.ApplyImport(back.Value(), kJan1 + 4 * kHour));
    for (const Comment& c : report.Data().Comments)
        EXPECT_TRUE(c.Meta.Deleted);
}

// [SECTION] Every command

TEST_F(SessionRecords, StampsOnlyGrowEvenWhenTheWallClockGoesBack)
{
    const Id id = S.AddGoal("Clock", kJan1).Value();
    Stamp last = S.FindGoal(id)->Meta.Updated;
    for (int i = 1; i <= 5; i++)
    {
        Goal changed = *S.FindGoal(id);
        changed.ManualProgress = i * 10;
        ASSERT_TRUE(S.EditGoal(changed, kJan1 - i * kDay));
        EXPECT_GT(S.FindGoal(id)->Meta.Updated, last);
        last = S.FindGoal(id)->Meta.Updated;
    }
    EXPECT_EQ(Reloaded().Clock, last);
}

TEST(SessionClosed, RefusesEveryCommandUntilTheWorkspaceLoads)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    fs.Files[store.MainPath()] = "{ damaged";
    Session session(store, 1);
    ASSERT_FALSE(session.Open());
    const std::string refused = "The workspace could not be loaded, so nothing can be changed until it is restored.";
    Reflection reflection;
    reflection.Text = "Hello";
    EXPECT_EQ(session.AddReflection(reflection, 1).GetError().Message, refused);
    EXPECT_EQ(session.EditProfile(Profile{}, 1).GetError().Message, refused);
    EXPECT_EQ(session.DeleteSkill(Id{1, 1}, 1).GetError().Message, refused);
    EXPECT_EQ(session.AddComment(Id{1, 1}, "Me", "Hi", 1).GetError().Message, refused);
    EXPECT_EQ(session.SetActivityStatus(Id{1, 1}, ActivityStatus::Done, 1, 0).GetError().Message, refused);
    EXPECT_EQ(session.Undo(1).GetError().Message, refused);
    EXPECT_EQ(fs.Files[store.MainPath()], "{ damaged");
}

TEST(SessionSaves, AFailedSaveKeepsEveryKindOfEditInMemory)
{
    test::FaultyFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Session session(store, 1);
    ASSERT_TRUE(session.Open());
    fs.Steps = 0;
    fs.FailAtStep = 0;
    Skill skill;
    skill.Name = "Negotiation";
    ASSERT_TRUE(session.AddSkill(skill, kJan1));
    EXPECT_FALSE(session.LastSave());
    EXPECT_EQ(session.LastSave().GetError().Message, "The device is full.");
    EXPECT_EQ(session.Data().Skills.size(), 1u);
    Reflection reflection;
    reflection.Text = "Saved at last";
    ASSERT_TRUE(session.AddReflection(reflection, kJan1));
    EXPECT_TRUE(session.LastSave());
    Session reopened(store, 2);
    ASSERT_TRUE(reopened.Open());
    EXPECT_EQ(reopened.Data().Skills.size(), 1u);
    EXPECT_EQ(reopened.Data().Reflections.size(), 1u);
}
