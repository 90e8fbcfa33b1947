// Builders for hand-made workspaces around one-on-ones, and "a month in the life" before the
// March one-on-one, for the agenda and the files made from it.
#pragma once

#include <optional>
#include <string>

#include "core/model.h"
#include "core/question_bank.h"

namespace trellis::test {

inline constexpr int64_t kHour = 3600000;

inline int64_t NoonMs(int year, int month, int day)
{
    return int64_t(Date::FromCivil(year, month, day).DaysSinceEpoch) * 24 * kHour + 12 * kHour;
}

inline Id NextId()
{
    static uint64_t next = 1;
    return Id{7, next++};
}

inline RecordMeta EditedAt(int64_t ms, bool deleted = false)
{
    RecordMeta meta;
    meta.RecordId = NextId();
    meta.CreatedMs = ms;
    meta.Updated = Stamp{ms, 0, 1};
    meta.Deleted = deleted;
    return meta;
}

inline Goal MakeGoal(const std::string& title, int64_t edited_ms, Visibility visible = Visibility::Shared)
{
    Goal goal;
    goal.Meta = EditedAt(edited_ms);
    goal.Title = title;
    goal.Visible = visible;
    return goal;
}

inline PlanActivity MakeActivity(const std::string& title, ActivityStatus status, std::optional<Date> due, std::optional<Date> completed,
                                 Visibility visible = Visibility::Shared)
{
    PlanActivity activity;
    activity.Meta = EditedAt(0);
    activity.Title = title;
    activity.Status = status;
    activity.Due = due;
    activity.CompletedOn = completed;
    activity.Visible = visible;
    return activity;
}

inline OneOnOne MakeMeeting(Date on, Visibility visible = Visibility::Shared, bool covered_career = false)
{
    OneOnOne meeting;
    meeting.Meta = EditedAt(0);
    meeting.On = on;
    meeting.Visible = visible;
    meeting.CoveredCareer = covered_career;
    return meeting;
}

inline std::string QuestionText(QuestionTopic topic, size_t nth)
{
    for (const BankQuestion& question : QuestionBank())
        if (question.Topic == topic && nth-- == 0)
            return question.Text;
    return "";
}

// A month in the life: the last meeting was private, the next one is on 12 March.
inline Workspace MarchWorkspace()
{
    Workspace w;
    w.Goals = {MakeGoal("Changed after the meeting", NoonMs(2026, 2, 20)),
               MakeGoal("Untouched since January", NoonMs(2026, 2, 1)),
               MakeGoal("Already on the agenda", NoonMs(2026, 2, 25)),
               MakeGoal("Private goal", NoonMs(2026, 2, 28), Visibility::Private),
               MakeGoal("Changed on the meeting day", NoonMs(2026, 2, 12)),
               MakeGoal("Deleted goal", NoonMs(2026, 2, 20))};
    w.Goals[5].Meta.Deleted = true;
    w.Activities = {MakeActivity("Finished since", ActivityStatus::Done, {}, Date::FromCivil(2026, 2, 20)),
                    MakeActivity("Finished long ago", ActivityStatus::Done, {}, Date::FromCivil(2026, 1, 20)),
                    MakeActivity("Due soon", ActivityStatus::InProgress, Date::FromCivil(2026, 3, 20), {}),
                    MakeActivity("Due in spring", ActivityStatus::Planned, Date::FromCivil(2026, 4, 30), {}),
                    MakeActivity("Private course", ActivityStatus::InProgress, Date::FromCivil(2026, 3, 10), {}, Visibility::Private),
                    MakeActivity("Overdue", ActivityStatus::Planned, Date::FromCivil(2026, 2, 1), {}),
                    MakeActivity("Dropped", ActivityStatus::Dropped, Date::FromCivil(2026, 3, 1), {})};

    OneOnOne january = MakeMeeting(Date::FromCivil(2026, 1, 15), Visibility::Shared, true);
    january.Agenda = {AgendaItem{NextId(), AgendaItemKind::Question, QuestionText(QuestionTopic::Promotions, 0), {}, Visibility::Shared, true}};
    january.Actions = {ActionItem{NextId(), "Share the promotion rubric", ActionOwner::Manager, Date::FromCivil(2026, 1, 29), {}},
                       ActionItem{NextId(), "Draft the audit plan", ActionOwner::Me, {}, Date::FromCivil(2026, 2, 4)}};
    OneOnOne february = MakeMeeting(Date::FromCivil(2026, 2, 12), Visibility::Private);
    february.Actions = {ActionItem{NextId(), "Private action", ActionOwner::Me, {}, {}}};
    OneOnOne march = MakeMeeting(Date::FromCivil(2026, 3, 12));
    march.Agenda = {AgendaItem{NextId(), AgendaItemKind::TalkingPoint, "Conference budget?", {}, Visibility::Shared},
                    AgendaItem{NextId(), AgendaItemKind::TalkingPoint, "Feeling stretched thin", {}, Visibility::Private},
                    AgendaItem{NextId(), AgendaItemKind::GoalUpdate, "Already on the agenda", w.Goals[2].Meta.RecordId, Visibility::Shared}};
    march.Actions = {ActionItem{NextId(), "Agreed in March", ActionOwner::Me, {}, {}}};
    w.OneOnOnes = {march, january, february};       // stored in no particular order
    return w;
}

} // namespace trellis::test
