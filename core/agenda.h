// The agenda for the next one-on-one, built from what happened since the last one.
//
// Only shared records feed it: a private goal, plan activity, one-on-one, agenda item or reflection
// never appears, since the agenda is what the person shows their manager. Reflections feed it only
// when the person asks for the week's themes. Meeting and LastMeeting may point at private
// one-on-ones: they say when and where to store the agenda, and are not part of what is shown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/insights.h"
#include "core/model.h"
#include "core/question_bank.h"

namespace trellis {

struct AgendaOptions
{
    int QuestionCount = 3;          // questions suggested from the bank
    int DueWithinDays = 14;         // plan activities due up to this many days after the meeting
    bool WeekThemes = false;        // the week's loved and draining themes: the person chooses to include them
    size_t ThemesPerList = 3;
};

// What the person loved and what drained them in the seven days up to today, read from the
// reflections they shared only.
struct AgendaThemes
{
    Date                First;
    Date                Last;           // today
    int                 Entries = 0;    // shared reflections in those days
    std::vector<Theme>  Loved;          // most entries first, then alphabetical
    std::vector<Theme>  Disliked;
};

struct AgendaGoal
{
    const Goal* Record = nullptr;
    int         Progress = 0;       // GoalProgress()
};

struct AgendaActivity
{
    const PlanActivity* Record = nullptr;
    bool                Completed = false;      // finished since the last meeting; otherwise open
    bool                NeedsSupport = false;   // open, with support I need from my manager written down
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
    bool                                First = false;      // no one-on-one before today: Since is no meeting's day
    std::vector<AgendaGoal>             GoalUpdates;        // goals edited since then, latest edit first
    std::vector<AgendaActivity>         Activities;         // finished since then, due by the meeting plus
                                                            // DueWithinDays, or open and needing my manager's support
    std::vector<CarriedAction>          CarriedOver;        // open action items of earlier meetings, oldest first
    std::vector<const ActionItem*>      MeetingActions;     // action items already on the planned meeting (agreed ahead of it)
    std::vector<const AgendaItem*>      TalkingPoints;      // the person's own items on the planned meeting
    std::vector<const BankQuestion*>    Questions;          // not yet asked at any meeting nor on the planned one; career progression
                                                            // first when a career review is due
    std::optional<AgendaThemes>         WeekThemes;         // when the options ask for them
};

// Goals and activities already on the planned meeting are listed there only, as talking points.
Agenda BuildAgenda(const Workspace& workspace, const LocalNow& now, const AgendaOptions& options = {});

// The week's themes in one line for the agenda: "This week I loved mentoring and design; meetings
// drained me." Empty when no shared reflection of the week names anything.
std::string ReadAgendaThemes(const AgendaThemes& themes);

// The goal updates, plan items, the week's themes (a talking point) and questions as agenda items
// to store on the planned meeting (with nil ids: the session gives them ids). Talking points are on
// it already, and carried actions stay on the meeting that agreed them.
std::vector<AgendaItem> ToAgendaItems(const Agenda& agenda);

} // namespace trellis
