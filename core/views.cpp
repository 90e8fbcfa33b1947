// Sections follow core/views.h.
#include "core/views.h"

#include <algorithm>

#include "core/records.h"
#include "core/text_fold.h"
#include "core/validate.h"

namespace trellis {

static int DaysFrom(Date from, Date to)
{
    return to.DaysSinceEpoch - from.DaysSinceEpoch;
}

// [SECTION] Goal progress

int GoalProgress(const Goal& goal)
{
    if (goal.Milestones.empty())
        return std::clamp(goal.ManualProgress, 0, 100);
    const auto done = std::count_if(goal.Milestones.begin(), goal.Milestones.end(), [](const Milestone& m) { return m.DoneOn.has_value(); });
    return static_cast<int>(done * 100 / static_cast<long>(goal.Milestones.size()));
}

// [SECTION] Career-path gap

static std::string SkillKey(std::string_view name)
{
    return FoldForSearch(TrimSpace(name));
}

static const Skill* BestSkillNamed(const Workspace& workspace, const std::string& key)
{
    const Skill* best = nullptr;
    for (const Skill* skill : LiveRecords<Skill>(workspace))
        if (SkillKey(skill->Name) == key && (!best || skill->Current > best->Current))
            best = skill;
    return best;
}

static bool HasDoneActivityOfType(const Workspace& workspace, ActivityType type)
{
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
        if (activity->Status == ActivityStatus::Done && activity->Type == type)
            return true;
    return false;
}

RoleGap GapToRole(const Workspace& workspace, const CareerPath& path, size_t role_index)
{
    RoleGap gap;
    if (role_index >= path.Roles.size())
        return gap;
    gap.To = &path.Roles[role_index];
    gap.From = role_index > 0 ? &path.Roles[role_index - 1] : nullptr;
    for (const SkillRequirement& need : gap.To->Skills)
    {
        const Skill* have = BestSkillNamed(workspace, SkillKey(need.SkillName));
        const int current = have ? have->Current : 0;
        if (current < need.Level)
            gap.Skills.push_back(SkillGap{ need.SkillName, need.Level, current, have });
    }
    for (const ExperienceRequirement& need : gap.To->Experiences)
        if (!HasDoneActivityOfType(workspace, need.Type))
            gap.Experiences.push_back(ExperienceGap{ need.Title, need.Type });
    return gap;
}

RoleGap GapToNextRole(const Workspace& workspace, const CareerPath& path)
{
    return GapToRole(workspace, path, 1);
}

// [SECTION] Due this week

const char* DisplayName(ItemKind k)
{
    switch (k)
    {
    case ItemKind::Goal:         return "Goal";
    case ItemKind::Milestone:    return "Milestone";
    case ItemKind::PlanActivity: return "Plan activity";
    case ItemKind::ActionItem:   return "Action item";
    case ItemKind::COUNT:        break;
    }
    return "";
}

static bool IsOpen(GoalStatus status)
{
    return status != GoalStatus::Done && status != GoalStatus::Dropped;
}

static bool IsOpen(ActivityStatus status)
{
    return status == ActivityStatus::Planned || status == ActivityStatus::InProgress;
}

std::vector<DueItem> DueThisWeek(const Workspace& workspace, const LocalNow& now, const DueWindow& window)
{
    const Date today = now.Today();
    const Date last = AddDays(today, window.Days - 1);
    std::vector<DueItem> due;
    auto add = [&](ItemKind kind, const Id& record, const Id& item, const std::string& title, const std::optional<Date>& when) {
        if (when && *when <= last)
            due.push_back(DueItem{ kind, record, item, title, *when, DaysFrom(today, *when) });
    };
    for (const Goal* goal : LiveRecords<Goal>(workspace))
    {
        if (!IsOpen(goal->Status))
            continue;
        add(ItemKind::Goal, goal->Meta.RecordId, Id{}, goal->Title, goal->Target);
        for (const Milestone& milestone : goal->Milestones)
            if (!milestone.DoneOn)
                add(ItemKind::Milestone, goal->Meta.RecordId, milestone.MilestoneId, milestone.Title, milestone.Due);
    }
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
        if (IsOpen(activity->Status))
            add(ItemKind::PlanActivity, activity->Meta.RecordId, Id{}, activity->Title, activity->Due);
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
        for (const ActionItem& action : meeting->Actions)
            if (action.Owner == ActionOwner::Me && !action.DoneOn)
                add(ItemKind::ActionItem, meeting->Meta.RecordId, action.ItemId, action.Text, action.Due);
    std::stable_sort(due.begin(), due.end(), [](const DueItem& a, const DueItem& b) {
        if (a.Due != b.Due)
            return a.Due < b.Due;
        if (a.Kind != b.Kind)
            return a.Kind < b.Kind;
        return a.Title < b.Title;
    });
    return due;
}

// [SECTION] Career review status

ReviewStatus CareerReviewStatus(const Workspace& workspace, const LocalNow& now)
{
    const Date today = now.Today();
    ReviewStatus status;
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
        if (meeting->CoveredCareer && meeting->On <= today && (!status.LastCareerTalk || meeting->On > *status.LastCareerTalk))
            status.LastCareerTalk = meeting->On;
    const int cadence = std::max(workspace.Me.ReviewCadenceMonths, 1);
    status.Due = status.LastCareerTalk ? AddMonths(*status.LastCareerTalk, cadence) : today;
    status.DaysLeft = DaysFrom(today, status.Due);
    status.Overdue = status.DaysLeft < 0;
    return status;
}

// [SECTION] Next one-on-one

UpcomingMeeting UpcomingOneOnOne(const Workspace& workspace, const LocalNow& now)
{
    const Date today = now.Today();
    UpcomingMeeting next;
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
    {
        if (meeting->On < today)
        {
            if (!next.LastHeld || meeting->On > *next.LastHeld)
                next.LastHeld = meeting->On;
        }
        else if (!next.Meeting || meeting->On < next.Meeting->On)
        {
            next.Meeting = meeting;
        }
    }
    const Profile& me = workspace.Me;
    if (next.Meeting)
        next.On = next.Meeting->On;
    else if (me.NextOneOnOne && *me.NextOneOnOne >= today)
        next.On = me.NextOneOnOne;
    else if (me.OneOnOneCadenceWeeks > 0 && next.LastHeld)
    {
        next.On = std::max(AddDays(*next.LastHeld, 7 * me.OneOnOneCadenceWeeks), today);
        next.Suggested = true;
    }
    return next;
}

Date DayForNewOneOnOne(const Workspace& workspace, const LocalNow& now)
{
    const UpcomingMeeting next = UpcomingOneOnOne(workspace, now);
    return next.On && !next.Meeting ? *next.On : AddDays(now.Today(), 7);
}

// [SECTION] Wins

static bool Within(const std::optional<Date>& day, Date first, Date last)
{
    return day && *day >= first && *day <= last;
}

std::vector<Win> WinsBetween(const Workspace& workspace, Date first, Date last)
{
    std::vector<Win> wins;
    for (const Goal* goal : LiveRecords<Goal>(workspace))
        for (const Milestone& milestone : goal->Milestones)
            if (Within(milestone.DoneOn, first, last))
                wins.push_back(Win{ ItemKind::Milestone, goal->Meta.RecordId, milestone.MilestoneId, milestone.Title,
                                    goal->Title, *milestone.DoneOn, "", "", goal->Visible });
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
        if (activity->Status == ActivityStatus::Done && Within(activity->CompletedOn, first, last))
            wins.push_back(Win{ ItemKind::PlanActivity, activity->Meta.RecordId, Id{}, activity->Title, "",
                                *activity->CompletedOn, activity->Outcome, activity->Evidence, activity->Visible });
    std::stable_sort(wins.begin(), wins.end(), [](const Win& a, const Win& b) {
        if (a.On != b.On)
            return a.On < b.On;
        return a.Title < b.Title;
    });
    return wins;
}

} // namespace trellis
