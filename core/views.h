// Derived views: what the app shows but never stores, computed from the workspace each time so
// nothing is typed twice. Pure functions; pointers they return are valid until the workspace
// changes. Deleted records never appear; private ones do, since these views are the person's own.
//
// [SECTION] Goal progress
// [SECTION] Career-path gap
// [SECTION] Due this week
// [SECTION] Career review status
// [SECTION] Next one-on-one
// [SECTION] Wins
// [SECTION] Earlier versions
// [SECTION] Links
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/model.h"

namespace trellis {

// [SECTION] Goal progress

// Percent done, 0 to 100: the share of milestones ticked when the goal has milestones, else the
// percentage set by hand.
int GoalProgress(const Goal& goal);

// [SECTION] Career-path gap

struct SkillGap
{
    std::string     SkillName;          // as the role names it
    int             Required = 0;
    int             Current = 0;        // 0 when the person has no skill of that name yet
    const Skill*    Have = nullptr;     // the person's skill, if any
};

struct ExperienceGap
{
    std::string     Title;
    ActivityType    Type = ActivityType::StretchAssignment;
};

struct RoleGap
{
    const PathRole*             From = nullptr;     // the role before the target; null for the first role
    const PathRole*             To = nullptr;       // null when the path has no such role
    std::vector<SkillGap>       Skills;             // skills below the level the role asks for, in the role's order
    std::vector<ExperienceGap>  Experiences;        // experiences no finished plan activity has given yet

    bool Ready() const { return To && Skills.empty() && Experiences.empty(); }
};

// What stands between the person and Roles[role_index]: skills are matched by name, ignoring case
// and accents (the highest level wins when two match); an experience is had once a plan activity
// of its type is done.
RoleGap GapToRole(const Workspace& workspace, const CareerPath& path, size_t role_index);
RoleGap GapToNextRole(const Workspace& workspace, const CareerPath& path);     // Roles[1]

// [SECTION] Due this week

// What a line in a derived list is about.
enum class ItemKind : uint8_t
{
    Goal, Milestone, PlanActivity, ActionItem,
    COUNT
};

const char* DisplayName(ItemKind k);

struct DueWindow
{
    int Days = 7;                       // today and the six days after it
};

struct DueItem
{
    ItemKind    Kind = ItemKind::Goal;
    Id          RecordId;               // the goal, plan activity or one-on-one
    Id          ItemId;                 // the milestone or action item; nil for a goal or an activity
    std::string Title;
    Date        Due;
    int         DaysLeft = 0;           // 0 today, negative when overdue

    bool        Overdue() const { return DaysLeft < 0; }
};

// Open goals' target dates, their open milestones, unfinished plan activities and my open action
// items that are overdue or due within the window; soonest first.
std::vector<DueItem> DueThisWeek(const Workspace& workspace, const LocalNow& now, const DueWindow& window = {});

// [SECTION] Career review status

struct ReviewStatus
{
    std::optional<Date> LastCareerTalk;     // the latest one-on-one up to today that covered career
    Date                Due;                // LastCareerTalk plus the profile's cadence; today when there was none
    int                 DaysLeft = 0;       // negative when overdue
    bool                Overdue = false;
};

ReviewStatus CareerReviewStatus(const Workspace& workspace, const LocalNow& now);

// [SECTION] Next one-on-one

struct UpcomingMeeting
{
    std::optional<Date> On;                 // unset when nothing is planned and there is no cadence to suggest from
    const OneOnOne*     Meeting = nullptr;  // the planned one-on-one, when On is its day
    bool                Suggested = false;  // On comes from the profile's cadence: nobody has set that day
    std::optional<Date> LastHeld;           // the latest one-on-one before today
};

// The next one-on-one: the soonest planned from today on, else the profile's next date if it has
// not passed, else a suggestion from the cadence: the last one held plus the cadence, today when
// that has passed. Nothing is suggested before a first one-on-one, nor without a fixed cadence.
UpcomingMeeting UpcomingOneOnOne(const Workspace& workspace, const LocalNow& now);

// The day to plan a new one-on-one for: UpcomingOneOnOne()'s day when it is not planned yet, else
// a week from today (a first one, no fixed cadence, or one planned already).
Date DayForNewOneOnOne(const Workspace& workspace, const LocalNow& now);

// [SECTION] Wins

// Something finished, to bring to a review.
struct Win
{
    ItemKind    Kind = ItemKind::Milestone;     // Milestone or PlanActivity
    Id          RecordId;                       // the goal or the plan activity
    Id          ItemId;                         // the milestone; nil for an activity
    std::string Title;
    std::string GoalTitle;                      // the milestone's goal; "" for an activity
    Date        On;
    std::string Outcome;                        // an activity's outcome and evidence
    std::string Evidence;
    Visibility  Visible = Visibility::Shared;
};

// Milestones ticked and plan activities finished from `first` to `last` inclusive, oldest first.
std::vector<Win> WinsBetween(const Workspace& workspace, Date first, Date last);

// [SECTION] Earlier versions

// What an earlier version of a record (EarlierVersions(), core/records.h) says that the current one
// does not, a line per field, in the earlier version's words: "Title: Run the guild", "Status:
// Planned". Empty when they say the same. Links and items are summed up, not listed.
std::vector<std::string> VersionDifferences(const Goal& earlier, const Goal& current);
std::vector<std::string> VersionDifferences(const Reflection& earlier, const Reflection& current);
std::vector<std::string> VersionDifferences(const Skill& earlier, const Skill& current);
std::vector<std::string> VersionDifferences(const CareerPath& earlier, const CareerPath& current);
std::vector<std::string> VersionDifferences(const PlanActivity& earlier, const PlanActivity& current);
std::vector<std::string> VersionDifferences(const OneOnOne& earlier, const OneOnOne& current);

// [SECTION] Links

// Goals, skills, plan activities and reflections link to each other: a goal to the skills it
// grows, the activities that serve it and the reflections about it; an activity to the skills it
// builds. Each link is kept by one side (a goal keeps its skills, an activity its goals and skills, a
// reflection its goals) and shown on both. A goal's own list of activities, which older files
// hold, is read as links too.
bool CanLink(RecordKind a, RecordKind b);

struct LinkedRecord
{
    Id                  RecordId;
    RecordKind          Kind = RecordKind::Goal;
    std::string         Title;      // a reflection's: its prompt or the start of its text
    std::optional<Date> On;         // a reflection's day
};

// The live records linked to the live record `id`, both ways: goals, then skills, then activities
// in stored order, then reflections newest first. Empty for a record of a kind that has no links.
std::vector<LinkedRecord> LinksOf(const Workspace& workspace, const Id& id);
// The live records `id` could be linked to and is not, in the same order.
std::vector<LinkedRecord> LinkCandidates(const Workspace& workspace, const Id& id);
// A record being written, not saved yet, can only have the links it keeps itself (a goal its
// skills, an activity its goals and skills, a reflection its goals): the live records of those
// kinds, in LinksOf()'s order. Empty for a skill, which keeps none.
bool KeepsLink(RecordKind owner, RecordKind other);
std::vector<LinkedRecord> LinkableRecords(const Workspace& workspace, RecordKind kind);
// Only those whose id is in `ids` (`chosen`), or only those whose id is not: a draft's links, and what
// it could still be linked to.
std::vector<LinkedRecord> LinkableRecords(const Workspace& workspace, RecordKind kind, const std::vector<Id>& ids, bool chosen);
// "2 skills, 1 activity, 3 reflections": what LinksOf() finds, counted for a card; "" for none.
std::string LinkSummary(const Workspace& workspace, const Id& id);

} // namespace trellis
