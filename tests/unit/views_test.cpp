#include <gtest/gtest.h>

#include "core/views.h"

using namespace trellis;

// [SECTION] Builders
// [SECTION] Goal progress
// [SECTION] Career-path gap
// [SECTION] Due this week
// [SECTION] Career review status
// [SECTION] Next one-on-one
// [SECTION] Wins

// [SECTION] Builders
// They return the record just added; a later addition to the same collection may move it.

static const int64_t kHour = 3600000;

// Noon UTC on a civil day: the same local day from UTC-12 to UTC+11.
static LocalNow NoonOn(int year, int month, int day, int utc_offset_minutes = 0)
{
    return LocalNow{int64_t(Date::FromCivil(year, month, day).DaysSinceEpoch) * 24 * kHour + 12 * kHour, utc_offset_minutes};
}

static uint64_t g_next_id = 1;

static RecordMeta Meta()
{
    RecordMeta meta;
    meta.RecordId = Id{0, g_next_id++};
    return meta;
}

static Goal& AddGoal(Workspace& w, const std::string& title, GoalStatus status = GoalStatus::Active)
{
    Goal goal;
    goal.Meta = Meta();
    goal.Title = title;
    goal.Status = status;
    w.Goals.push_back(goal);
    return w.Goals.back();
}

static Milestone MakeMilestone(const std::string& title, std::optional<Date> due, std::optional<Date> done = std::nullopt)
{
    return Milestone{Id{1, g_next_id++}, title, due, done};
}

static PlanActivity& AddActivity(Workspace& w, const std::string& title, ActivityType type, ActivityStatus status)
{
    PlanActivity activity;
    activity.Meta = Meta();
    activity.Title = title;
    activity.Type = type;
    activity.Status = status;
    w.Activities.push_back(activity);
    return w.Activities.back();
}

static Skill& AddSkill(Workspace& w, const std::string& name, int current)
{
    Skill skill;
    skill.Meta = Meta();
    skill.Name = name;
    skill.Current = current;
    w.Skills.push_back(skill);
    return w.Skills.back();
}

static OneOnOne& AddMeeting(Workspace& w, Date on, bool covered_career)
{
    OneOnOne meeting;
    meeting.Meta = Meta();
    meeting.On = on;
    meeting.CoveredCareer = covered_career;
    w.OneOnOnes.push_back(meeting);
    return w.OneOnOnes.back();
}

// [SECTION] Goal progress

TEST(GoalProgress, UsesTheManualPercentWithoutMilestones)
{
    Goal goal;
    goal.ManualProgress = 40;
    EXPECT_EQ(GoalProgress(goal), 40);
    goal.ManualProgress = 150;                      // a damaged file cannot overflow the bar
    EXPECT_EQ(GoalProgress(goal), 100);
    goal.ManualProgress = -5;
    EXPECT_EQ(GoalProgress(goal), 0);
}

TEST(GoalProgress, CountsTickedMilestonesWhenThereAreSome)
{
    Goal goal;
    goal.ManualProgress = 80;                       // ignored once there are milestones
    goal.Milestones = {MakeMilestone("a", {}), MakeMilestone("b", {})};
    EXPECT_EQ(GoalProgress(goal), 0);
    goal.Milestones.push_back(MakeMilestone("c", {}, Date::FromCivil(2026, 1, 1)));
    EXPECT_EQ(GoalProgress(goal), 33);
    goal.Milestones[0].DoneOn = Date::FromCivil(2026, 1, 2);
    EXPECT_EQ(GoalProgress(goal), 66);
    goal.Milestones[1].DoneOn = Date::FromCivil(2026, 1, 3);
    EXPECT_EQ(GoalProgress(goal), 100);
}

// [SECTION] Career-path gap

static CareerPath EngineeringPath()
{
    CareerPath path;
    path.Meta = Meta();
    path.Title = "Engineering";
    path.Roles.push_back(PathRole{Id{2, 1}, "Engineer", {}, {}});
    path.Roles.push_back(PathRole{Id{2, 2}, "Senior engineer",
                                  {SkillRequirement{"System Design", 3}, SkillRequirement{"ACCESSIBILITY", 3},
                                   SkillRequirement{"Kubernetes", 2}, SkillRequirement{"Présentation orale", 2}},
                                  {ExperienceRequirement{"Lead a cross-team project", ActivityType::LeadProject},
                                   ExperienceRequirement{"Mentor a new hire", ActivityType::Mentoring}}});
    return path;
}

TEST(CareerGap, ListsSkillsBelowTheLevelAndExperiencesNotYetHad)
{
    Workspace w;
    AddSkill(w, "system design", 2);
    AddSkill(w, "Accessibility", 4);
    AddSkill(w, "Kubernetes", 5).Meta.Deleted = true;       // deleted: as if never had
    AddSkill(w, "  presentation ORALE ", 1);                // accents, case and spaces do not matter
    AddActivity(w, "Led the migration", ActivityType::LeadProject, ActivityStatus::Done).CompletedOn = Date::FromCivil(2025, 11, 1);
    AddActivity(w, "Mentoring Sam", ActivityType::Mentoring, ActivityStatus::InProgress);
    PlanActivity& deleted = AddActivity(w, "Mentored Kim", ActivityType::Mentoring, ActivityStatus::Done);
    deleted.CompletedOn = Date::FromCivil(2025, 10, 1);
    deleted.Meta.Deleted = true;
    const CareerPath path = EngineeringPath();

    const RoleGap gap = GapToNextRole(w, path);
    ASSERT_NE(gap.To, nullptr);
    EXPECT_EQ(gap.To->Title, "Senior engineer");
    EXPECT_EQ(gap.From->Title, "Engineer");
    ASSERT_EQ(gap.Skills.size(), 3u);
    EXPECT_EQ(gap.Skills[0].SkillName, "System Design");
    EXPECT_EQ(gap.Skills[0].Current, 2);
    EXPECT_EQ(gap.Skills[0].Required, 3);
    EXPECT_EQ(gap.Skills[0].Have, &w.Skills[0]);
    EXPECT_EQ(gap.Skills[1].SkillName, "Kubernetes");
    EXPECT_EQ(gap.Skills[1].Current, 0);
    EXPECT_EQ(gap.Skills[1].Have, nullptr);
    EXPECT_EQ(gap.Skills[2].SkillName, "Présentation orale");
    EXPECT_EQ(gap.Skills[2].Current, 1);
    ASSERT_EQ(gap.Experiences.size(), 1u);
    EXPECT_EQ(gap.Experiences[0].Title, "Mentor a new hire");
    EXPECT_FALSE(gap.Ready());
}

TEST(CareerGap, ClosesAsSkillsGrowAndActivitiesFinish)
{
    Workspace w;
    AddSkill(w, "System design", 1);
    AddSkill(w, "System design", 3);                        // two records: the higher level counts
    AddSkill(w, "Accessibility", 3);
    AddSkill(w, "Kubernetes", 2);
    AddSkill(w, "Présentation orale", 5);
    AddActivity(w, "Led the migration", ActivityType::LeadProject, ActivityStatus::Done);
    AddActivity(w, "Mentored Kim", ActivityType::Mentoring, ActivityStatus::Done);
    const RoleGap gap = GapToNextRole(w, EngineeringPath());
    EXPECT_TRUE(gap.Skills.empty());
    EXPECT_TRUE(gap.Experiences.empty());
    EXPECT_TRUE(gap.Ready());
}

TEST(CareerGap, HasNoTargetBeyondThePath)
{
    Workspace w;
    CareerPath path;
    path.Roles.push_back(PathRole{Id{2, 9}, "Only role", {SkillRequirement{"Empathy", 4}}, {}});
    EXPECT_EQ(GapToNextRole(w, path).To, nullptr);
    EXPECT_FALSE(GapToNextRole(w, path).Ready());
    EXPECT_EQ(GapToNextRole(w, CareerPath{}).To, nullptr);
    const RoleGap current = GapToRole(w, path, 0);
    EXPECT_EQ(current.From, nullptr);
    ASSERT_EQ(current.Skills.size(), 1u);
    EXPECT_EQ(current.Skills[0].Current, 0);
}

// [SECTION] Due this week

TEST(DueThisWeek, ListsOverdueAndComingItemsAcrossTheNewYear)
{
    Workspace w;
    Goal& launch = AddGoal(w, "Launch");
    launch.Target = Date::FromCivil(2025, 12, 31);
    launch.Milestones = {MakeMilestone("Beta", Date::FromCivil(2026, 1, 2)),
                         MakeMilestone("Next week", Date::FromCivil(2026, 1, 5)),
                         MakeMilestone("Late", Date::FromCivil(2025, 12, 1)),
                         MakeMilestone("Done", Date::FromCivil(2025, 12, 30), Date::FromCivil(2025, 12, 28)),
                         MakeMilestone("Someday", std::nullopt)};
    AddGoal(w, "Finished", GoalStatus::Done).Target = Date::FromCivil(2025, 12, 30);
    AddGoal(w, "Dropped", GoalStatus::Dropped).Milestones = {MakeMilestone("Dropped step", Date::FromCivil(2025, 12, 30))};
    Goal& deleted = AddGoal(w, "Deleted");
    deleted.Target = Date::FromCivil(2025, 12, 30);
    deleted.Meta.Deleted = true;
    AddActivity(w, "Course", ActivityType::Course, ActivityStatus::InProgress).Due = Date::FromCivil(2026, 1, 4);
    AddActivity(w, "Finished course", ActivityType::Course, ActivityStatus::Done).Due = Date::FromCivil(2025, 12, 30);
    OneOnOne& meeting = AddMeeting(w, Date::FromCivil(2025, 12, 15), false);
    meeting.Actions = {ActionItem{Id{3, 1}, "Send notes", ActionOwner::Me, Date::FromCivil(2025, 12, 30), {}},
                       ActionItem{Id{3, 2}, "Manager's task", ActionOwner::Manager, Date::FromCivil(2025, 12, 30), {}},
                       ActionItem{Id{3, 3}, "Done task", ActionOwner::Me, Date::FromCivil(2025, 12, 30), Date::FromCivil(2025, 12, 29)}};

    const Goal& launched = w.Goals[0];
    const std::vector<DueItem> due = DueThisWeek(w, NoonOn(2025, 12, 29));     // Monday; the window ends Sunday 4 January
    ASSERT_EQ(due.size(), 5u);
    EXPECT_EQ(due[0].Title, "Late");
    EXPECT_EQ(due[0].DaysLeft, -28);
    EXPECT_TRUE(due[0].Overdue());
    EXPECT_EQ(due[0].Kind, ItemKind::Milestone);
    EXPECT_EQ(due[0].RecordId, launched.Meta.RecordId);
    EXPECT_EQ(due[0].ItemId, launched.Milestones[2].MilestoneId);
    EXPECT_EQ(due[1].Title, "Send notes");
    EXPECT_EQ(due[1].Kind, ItemKind::ActionItem);
    EXPECT_EQ(due[1].RecordId, meeting.Meta.RecordId);
    EXPECT_EQ(due[1].DaysLeft, 1);
    EXPECT_EQ(due[2].Title, "Launch");
    EXPECT_EQ(due[2].Kind, ItemKind::Goal);
    EXPECT_TRUE(due[2].ItemId.IsNil());
    EXPECT_EQ(due[3].Title, "Beta");
    EXPECT_EQ(due[3].Due.ToString(), "2026-01-02");
    EXPECT_EQ(due[3].DaysLeft, 4);
    EXPECT_EQ(due[4].Title, "Course");
    EXPECT_EQ(due[4].DaysLeft, 6);
    EXPECT_FALSE(due[4].Overdue());
}

TEST(DueThisWeek, TodayDependsOnTheTimeZone)
{
    Workspace w;
    AddGoal(w, "New Year's Eve deadline").Target = Date::FromCivil(2025, 12, 31);
    const int64_t new_year_3am_utc = 1767225600000 + 3 * kHour;
    const std::vector<DueItem> in_london = DueThisWeek(w, LocalNow{new_year_3am_utc, 0});
    ASSERT_EQ(in_london.size(), 1u);
    EXPECT_EQ(in_london[0].DaysLeft, -1);
    EXPECT_TRUE(in_london[0].Overdue());
    const std::vector<DueItem> in_new_york = DueThisWeek(w, LocalNow{new_year_3am_utc, -300});
    ASSERT_EQ(in_new_york.size(), 1u);
    EXPECT_EQ(in_new_york[0].DaysLeft, 0);
    EXPECT_FALSE(in_new_york[0].Overdue());
}

TEST(DueThisWeek, HonoursTheWindowAndEmptyWorkspaces)
{
    EXPECT_TRUE(DueThisWeek(Workspace{}, NoonOn(2026, 2, 27)).empty());
    Workspace w;
    AddGoal(w, "Leap day").Target = Date::FromCivil(2028, 2, 29);
    EXPECT_TRUE(DueThisWeek(w, NoonOn(2028, 2, 22)).empty());                  // 22 + 6 = 28 February
    EXPECT_EQ(DueThisWeek(w, NoonOn(2028, 2, 23)).size(), 1u);
    EXPECT_EQ(DueThisWeek(w, NoonOn(2028, 2, 20), DueWindow{10}).size(), 1u);
    EXPECT_TRUE(DueThisWeek(w, NoonOn(2028, 2, 20), DueWindow{1}).empty());
}

TEST(DueThisWeek, CopesWithThousandsOfGoals)
{
    Workspace w;
    const Date today = Date::FromCivil(2026, 6, 15);
    for (int i = 0; i < 3000; i++)
        AddGoal(w, "Goal " + std::to_string(i)).Milestones = {MakeMilestone("Step", AddDays(today, i % 30 - 10))};
    // Offsets -10..19 repeat every 30 goals; -10..6 (17 of them) are due or overdue this week.
    const std::vector<DueItem> due = DueThisWeek(w, NoonOn(2026, 6, 15));
    EXPECT_EQ(due.size(), 3000u / 30 * 17);
    EXPECT_EQ(due.front().DaysLeft, -10);
    EXPECT_EQ(due.back().DaysLeft, 6);
    EXPECT_TRUE(std::is_sorted(due.begin(), due.end(), [](const DueItem& a, const DueItem& b) { return a.Due < b.Due; }));
}

// [SECTION] Career review status

TEST(CareerReview, IsDueTodayWhenThereWasNoCareerTalkYet)
{
    Workspace w;
    AddMeeting(w, Date::FromCivil(2026, 1, 10), false);
    const ReviewStatus status = CareerReviewStatus(w, NoonOn(2026, 2, 1));
    EXPECT_FALSE(status.LastCareerTalk);
    EXPECT_EQ(status.Due.ToString(), "2026-02-01");
    EXPECT_EQ(status.DaysLeft, 0);
    EXPECT_FALSE(status.Overdue);
}

TEST(CareerReview, IsDueOneCadenceAfterTheLastCareerTalk)
{
    Workspace w;
    AddMeeting(w, Date::FromCivil(2025, 3, 3), true);
    AddMeeting(w, Date::FromCivil(2025, 8, 31), true);
    AddMeeting(w, Date::FromCivil(2025, 11, 1), false);
    AddMeeting(w, Date::FromCivil(2026, 1, 10), true).Meta.Deleted = true;
    AddMeeting(w, Date::FromCivil(2026, 6, 1), true);                          // planned, not held yet

    const ReviewStatus before = CareerReviewStatus(w, NoonOn(2026, 2, 28));
    EXPECT_EQ(before.LastCareerTalk->ToString(), "2025-08-31");
    EXPECT_EQ(before.Due.ToString(), "2026-02-28");                             // 31 August + 6 months
    EXPECT_EQ(before.DaysLeft, 0);
    EXPECT_FALSE(before.Overdue);

    const ReviewStatus after = CareerReviewStatus(w, NoonOn(2026, 3, 1));
    EXPECT_EQ(after.DaysLeft, -1);
    EXPECT_TRUE(after.Overdue);

    w.Me.ReviewCadenceMonths = 3;
    EXPECT_EQ(CareerReviewStatus(w, NoonOn(2026, 3, 1)).Due.ToString(), "2025-11-30");
}

TEST(CareerReview, OverdueDependsOnTheTimeZone)
{
    Workspace w;
    AddMeeting(w, Date::FromCivil(2025, 8, 31), true);
    const int64_t feb_28_2330_utc = int64_t(Date::FromCivil(2026, 2, 28).DaysSinceEpoch) * 24 * kHour + 23 * kHour + 1800000;
    EXPECT_FALSE(CareerReviewStatus(w, LocalNow{feb_28_2330_utc, 0}).Overdue);
    EXPECT_TRUE(CareerReviewStatus(w, LocalNow{feb_28_2330_utc, 60}).Overdue);  // already 1 March in Paris
}

// [SECTION] Next one-on-one

TEST(NextOneOnOne, IsTheSoonestPlannedMeetingBeforeTheProfilesDate)
{
    Workspace w;
    w.Me.NextOneOnOne = Date::FromCivil(2026, 3, 5);
    AddMeeting(w, Date::FromCivil(2026, 3, 20), false);
    AddMeeting(w, Date::FromCivil(2026, 3, 10), false);
    AddMeeting(w, Date::FromCivil(2026, 3, 9), false).Meta.Deleted = true;
    AddMeeting(w, Date::FromCivil(2026, 2, 20), false);
    const UpcomingMeeting next = UpcomingOneOnOne(w, NoonOn(2026, 3, 1));
    ASSERT_TRUE(next.On);
    EXPECT_EQ(next.On->ToString(), "2026-03-10");
    ASSERT_NE(next.Meeting, nullptr);
    EXPECT_EQ(next.Meeting->On, *next.On);
    EXPECT_FALSE(next.Suggested);
    EXPECT_EQ(next.LastHeld->ToString(), "2026-02-20");
    // With one planned already, another goes a week from today.
    EXPECT_EQ(DayForNewOneOnOne(w, NoonOn(2026, 3, 1)).ToString(), "2026-03-08");
}

TEST(NextOneOnOne, FallsBackOnTheProfilesDateWhileItHasNotPassed)
{
    Workspace w;
    w.Me.NextOneOnOne = Date::FromCivil(2026, 3, 5);
    AddMeeting(w, Date::FromCivil(2026, 2, 20), false);
    UpcomingMeeting next = UpcomingOneOnOne(w, NoonOn(2026, 3, 5));
    EXPECT_EQ(next.On->ToString(), "2026-03-05");
    EXPECT_EQ(next.Meeting, nullptr);
    EXPECT_FALSE(next.Suggested);
    EXPECT_EQ(DayForNewOneOnOne(w, NoonOn(2026, 3, 5)).ToString(), "2026-03-05");

    // Once it has passed, the cadence suggests one: 20 February + 2 weeks has passed too, so today.
    next = UpcomingOneOnOne(w, NoonOn(2026, 3, 6));
    EXPECT_EQ(next.On->ToString(), "2026-03-06");
    EXPECT_TRUE(next.Suggested);
}

TEST(NextOneOnOne, SuggestsTheLastOnePlusTheCadence)
{
    Workspace w;
    w.Me.OneOnOneCadenceWeeks = 3;
    AddMeeting(w, Date::FromCivil(2026, 2, 20), false);
    AddMeeting(w, Date::FromCivil(2026, 1, 20), true);
    const UpcomingMeeting next = UpcomingOneOnOne(w, NoonOn(2026, 3, 1));
    EXPECT_EQ(next.On->ToString(), "2026-03-13");
    EXPECT_TRUE(next.Suggested);
    EXPECT_EQ(DayForNewOneOnOne(w, NoonOn(2026, 3, 1)).ToString(), "2026-03-13");

    // Before a first one-on-one there is no rhythm to follow yet: a new one goes a week from today.
    Workspace first;
    first.Me.OneOnOneCadenceWeeks = 4;
    EXPECT_FALSE(UpcomingOneOnOne(first, NoonOn(2026, 3, 1)).On);
    EXPECT_EQ(DayForNewOneOnOne(first, NoonOn(2026, 3, 1)).ToString(), "2026-03-08");
}

TEST(NextOneOnOne, SuggestsNothingWithoutAFixedCadence)
{
    Workspace w;
    w.Me.OneOnOneCadenceWeeks = 0;
    AddMeeting(w, Date::FromCivil(2026, 2, 20), false);
    const UpcomingMeeting next = UpcomingOneOnOne(w, NoonOn(2026, 3, 1));
    EXPECT_FALSE(next.On);
    EXPECT_FALSE(next.Suggested);
    EXPECT_EQ(DayForNewOneOnOne(w, NoonOn(2026, 3, 1)).ToString(), "2026-03-08");
}

// [SECTION] Wins

TEST(Wins, ListsMilestonesAndActivitiesFinishedInThePeriodWithEvidence)
{
    Workspace w;
    Goal& goal = AddGoal(w, "Grow as a speaker 🎤");
    goal.Visible = Visibility::Private;
    goal.Milestones = {MakeMilestone("First meetup talk", {}, Date::FromCivil(2025, 12, 1)),
                       MakeMilestone("Second talk", {}, Date::FromCivil(2025, 12, 31)),
                       MakeMilestone("Too late", {}, Date::FromCivil(2026, 1, 1)),
                       MakeMilestone("Too early", {}, Date::FromCivil(2025, 11, 30)),
                       MakeMilestone("Not done", {})};
    PlanActivity& course = AddActivity(w, "Toastmasters", ActivityType::Course, ActivityStatus::Done);
    course.CompletedOn = Date::FromCivil(2025, 12, 15);
    course.Outcome = "Competent Communicator";
    course.Evidence = "Certificate #42";
    PlanActivity& gone = AddActivity(w, "Deleted", ActivityType::Course, ActivityStatus::Done);
    gone.CompletedOn = Date::FromCivil(2025, 12, 16);
    gone.Meta.Deleted = true;
    AddActivity(w, "Ongoing", ActivityType::Reading, ActivityStatus::InProgress);

    const std::vector<Win> wins = WinsBetween(w, Date::FromCivil(2025, 12, 1), Date::FromCivil(2025, 12, 31));
    ASSERT_EQ(wins.size(), 3u);
    EXPECT_EQ(wins[0].Title, "First meetup talk");
    EXPECT_EQ(wins[0].Kind, ItemKind::Milestone);
    EXPECT_EQ(wins[0].GoalTitle, "Grow as a speaker 🎤");
    EXPECT_EQ(wins[0].Visible, Visibility::Private);
    EXPECT_EQ(wins[0].ItemId, goal.Milestones[0].MilestoneId);
    EXPECT_EQ(wins[1].Title, "Toastmasters");
    EXPECT_EQ(wins[1].Kind, ItemKind::PlanActivity);
    EXPECT_EQ(wins[1].On.ToString(), "2025-12-15");
    EXPECT_EQ(wins[1].Outcome, "Competent Communicator");
    EXPECT_EQ(wins[1].Evidence, "Certificate #42");
    EXPECT_EQ(wins[1].RecordId, w.Activities[0].Meta.RecordId);
    EXPECT_EQ(wins[2].Title, "Second talk");

    const std::vector<Win> across_new_year = WinsBetween(w, Date::FromCivil(2025, 12, 20), Date::FromCivil(2026, 1, 10));
    ASSERT_EQ(across_new_year.size(), 2u);
    EXPECT_EQ(across_new_year[0].Title, "Second talk");
    EXPECT_EQ(across_new_year[1].Title, "Too late");
    EXPECT_TRUE(WinsBetween(Workspace{}, Date::FromCivil(2025, 1, 1), Date::FromCivil(2025, 12, 31)).empty());
}
