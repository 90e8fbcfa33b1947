// The agenda for the next one-on-one, built from what happened since the last one.
//
// Only shared records feed it: a private goal, plan activity, one-on-one or agenda item never
// appears, since the agenda is what the person shows their manager. Reflections never feed it.
// Meeting and LastMeeting may point at private one-on-ones: they say when and where to store the
// agenda, and are not part of what is shown.
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"
#include "core/model.h"
#include "core/question_bank.h"

namespace trellis {

struct AgendaOptions
{
    int QuestionCount = 3;          // questions suggested from the bank
    int DueWithinDays = 14;         // plan activities due up to this many days after the meeting
};

struct AgendaGoal
{
    const Goal* Record = nullptr;
    int         Progress = 0;       // GoalProgress()
};

struct AgendaActivity
{
    const PlanActivity* Record = nullptr;
    bool                Completed = false;      // finished since the last meeting; otherwise due
};

struct CarriedAction
{
    const OneOnOne*     From = nullptr;         // the meeting that agreed it
    const ActionItem*   Item = nullptr;
};

struct Agenda
{
    std::optional<Date>                 MeetingOn;          // a planned one-on-one's date, else the profile's next one, if any
    const OneOnOne*                     Meeting = nullptr;  // the planned one-on-one (today or later), if any
    const OneOnOne*                     LastMeeting = nullptr;  // the latest one-on-one before today
    Date                                Since;              // changes from this day on: the last meeting's day,
                                                            // or one review cadence ago when there was none
    std::vector<AgendaGoal>             GoalUpdates;        // goals edited since then, latest edit first
    std::vector<AgendaActivity>         Activities;         // finished since then, or due by the meeting plus DueWithinDays
    std::vector<CarriedAction>          CarriedOver;        // open action items of earlier meetings, oldest first
    std::vector<const AgendaItem*>      TalkingPoints;      // the person's own items on the planned meeting
    std::vector<const BankQuestion*>    Questions;          // not yet asked at any meeting; career progression
                                                            // first when a career review is due
};

// Goals and activities already on the planned meeting are listed there only, as talking points.
Agenda BuildAgenda(const Workspace& workspace, const LocalNow& now, const AgendaOptions& options = {});

// The goal updates, plan items and questions as agenda items to store on the planned meeting
// (with nil ids: the session gives them ids). Talking points are on it already, and carried
// actions stay on the meeting that agreed them.
std::vector<AgendaItem> ToAgendaItems(const Agenda& agenda);

} // namespace trellis
