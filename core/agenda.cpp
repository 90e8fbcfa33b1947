// [SECTION] Meetings
// [SECTION] Goals, activities and actions
// [SECTION] Questions
// [SECTION] The week's themes
// [SECTION] Building
#include "core/agenda.h"

#include <algorithm>
#include <string_view>

#include "core/records.h"
#include "core/sort.h"
#include "core/views.h"

namespace trellis {

static bool IsShared(Visibility v)
{
    return v == Visibility::Shared;
}

// [SECTION] Meetings

static void FindMeetings(const Workspace& workspace, Date today, Agenda& agenda, std::vector<const OneOnOne*>& earlier)
{
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
    {
        if (meeting->On < today)
        {
            earlier.push_back(meeting);
            if (!agenda.LastMeeting || meeting->On > agenda.LastMeeting->On)
                agenda.LastMeeting = meeting;
        }
        else if (!agenda.Meeting || meeting->On < agenda.Meeting->On)
        {
            agenda.Meeting = meeting;
        }
    }
    StableSort(earlier.begin(), earlier.end(), [](const OneOnOne* a, const OneOnOne* b) { return a->On < b->On; });
    if (agenda.Meeting)
        agenda.MeetingOn = agenda.Meeting->On;
    else if (workspace.Me.NextOneOnOne && *workspace.Me.NextOneOnOne >= today)
        agenda.MeetingOn = workspace.Me.NextOneOnOne;
    const int cadence = std::max(workspace.Me.ReviewCadenceMonths, 1);
    agenda.Since = agenda.LastMeeting ? agenda.LastMeeting->On : AddMonths(today, -cadence);
    agenda.First = agenda.LastMeeting == nullptr;
}

// [SECTION] Goals, activities and actions

static bool OnMeeting(const Agenda& agenda, const Id& id)
{
    return std::any_of(agenda.TalkingPoints.begin(), agenda.TalkingPoints.end(), [&](const AgendaItem* item) { return item->RefId == id; });
}

static void AddGoalUpdates(const Workspace& workspace, const LocalNow& now, Agenda& agenda)
{
    for (const Goal* goal : LiveRecords<Goal>(workspace))
        if (IsShared(goal->Visible) && now.LocalDate(goal->Meta.Updated.WallMs) >= agenda.Since && !OnMeeting(agenda, goal->Meta.RecordId))
            agenda.GoalUpdates.push_back(AgendaGoal{ goal, GoalProgress(*goal) });
    StableSort(agenda.GoalUpdates.begin(), agenda.GoalUpdates.end(),
                     [](const AgendaGoal& a, const AgendaGoal& b) { return a.Record->Meta.Updated > b.Record->Meta.Updated; });
}

static void AddActivities(const Workspace& workspace, Date today, const AgendaOptions& options, Agenda& agenda)
{
    const Date horizon = AddDays(agenda.MeetingOn.value_or(today), options.DueWithinDays);
    for (const PlanActivity* activity : LiveRecords<PlanActivity>(workspace))
    {
        if (!IsShared(activity->Visible) || OnMeeting(agenda, activity->Meta.RecordId))
            continue;
        const bool open = activity->Status == ActivityStatus::Planned || activity->Status == ActivityStatus::InProgress;
        const bool completed = activity->Status == ActivityStatus::Done && activity->CompletedOn && *activity->CompletedOn >= agenda.Since;
        const bool due = open && activity->Due && *activity->Due <= horizon;
        const bool needs_support = open && !activity->SupportNeeded.empty();
        if (completed || due || needs_support)
            agenda.Activities.push_back(AgendaActivity{ activity, completed, needs_support });
    }
    // Finished work first, then what is due, soonest first, then what needs support without a date.
    StableSort(agenda.Activities.begin(), agenda.Activities.end(), [](const AgendaActivity& a, const AgendaActivity& b) {
        if (a.Completed != b.Completed)
            return a.Completed;
        if (a.Completed)
            return false;
        const bool a_due = a.Record->Due.has_value(), b_due = b.Record->Due.has_value();
        if (a_due != b_due)
            return a_due;
        return a_due && *a.Record->Due < *b.Record->Due;
    });
}

static void AddCarriedActions(const std::vector<const OneOnOne*>& earlier, Agenda& agenda)
{
    for (const OneOnOne* meeting : earlier)
        if (IsShared(meeting->Visible))
            for (const ActionItem& action : meeting->Actions)
                if (!action.DoneOn)
                    agenda.CarriedOver.push_back(CarriedAction{ meeting, &action });
}

// [SECTION] Questions

// One question per topic in turn, starting with career progression when a career review is due,
// otherwise with the next topic in rotation so that meetings do not all open the same way.
// A question counts as asked once marked so at any meeting; one on the planned meeting is on the
// agenda already.
static std::vector<const BankQuestion*> PickQuestions(const Workspace& workspace, const OneOnOne* planned, size_t first_topic, int count)
{
    std::vector<std::string_view> asked;
    for (const OneOnOne* meeting : LiveRecords<OneOnOne>(workspace))
        for (const AgendaItem& item : meeting->Agenda)
            if (item.Kind == AgendaItemKind::Question && (item.Covered || meeting == planned))
                asked.push_back(item.Text);
    const size_t topics = static_cast<size_t>(QuestionTopic::COUNT);
    std::vector<std::vector<const BankQuestion*>> fresh(topics);
    for (const BankQuestion& question : QuestionBank())
        if (std::find(asked.begin(), asked.end(), question.Text) == asked.end())
            fresh[static_cast<size_t>(question.Topic)].push_back(&question);
    std::vector<const BankQuestion*> picks;
    for (size_t round = 0; static_cast<int>(picks.size()) < count; round++)
    {
        bool any = false;
        for (size_t i = 0; i < topics && static_cast<int>(picks.size()) < count; i++)
        {
            const std::vector<const BankQuestion*>& candidates = fresh[(first_topic + i) % topics];
            if (round < candidates.size())
            {
                picks.push_back(candidates[round]);
                any = true;
            }
        }
        if (!any)
            break;
    }
    return picks;
}

// [SECTION] The week's themes

static AgendaThemes WeekThemes(const Workspace& workspace, Date today, size_t per_list)
{
    // Each loved or draining item as the person wrote it ("code reviews"), as the weekly review
    // reads them, from the shared reflections of the last seven days.
    AgendaThemes week;
    week.First = AddDays(today, -6);
    week.Last = today;
    ItemLists lists = ListItems(workspace, week.First, week.Last, true);
    week.Entries = lists.Entries;
    week.Loved = std::move(lists.Loved);
    week.Disliked = std::move(lists.Disliked);
    if (week.Loved.size() > per_list)
        week.Loved.resize(per_list);
    if (week.Disliked.size() > per_list)
        week.Disliked.resize(per_list);
    return week;
}

// "a", "a and b", "a, b and c".
static std::string JoinDisplays(const std::vector<Theme>& themes)
{
    std::string joined;
    for (size_t i = 0; i < themes.size(); i++)
        joined += (i == 0 ? "" : i + 1 == themes.size() ? " and " : ", ") + themes[i].Display;
    return joined;
}

std::string ReadAgendaThemes(const AgendaThemes& themes)
{
    if (themes.Loved.empty() && themes.Disliked.empty())
        return {};
    std::string reading = "This week";
    if (!themes.Loved.empty())
        reading.append(" I loved ").append(JoinDisplays(themes.Loved));
    if (!themes.Loved.empty() && !themes.Disliked.empty())
        reading += ';';
    if (!themes.Disliked.empty())
        reading.append(" ").append(JoinDisplays(themes.Disliked)).append(" drained me");
    return reading + ".";
}

// [SECTION] Building

Agenda BuildAgenda(const Workspace& workspace, const LocalNow& now, const AgendaOptions& options)
{
    const Date today = now.Today();
    Agenda agenda;
    std::vector<const OneOnOne*> earlier;
    FindMeetings(workspace, today, agenda, earlier);
    if (agenda.Meeting && IsShared(agenda.Meeting->Visible))
        for (const AgendaItem& item : agenda.Meeting->Agenda)
            if (IsShared(item.Visible))
                agenda.TalkingPoints.push_back(&item);
    AddGoalUpdates(workspace, now, agenda);
    AddActivities(workspace, today, options, agenda);
    AddCarriedActions(earlier, agenda);
    if (agenda.Meeting && IsShared(agenda.Meeting->Visible))
        for (const ActionItem& action : agenda.Meeting->Actions)
            agenda.MeetingActions.push_back(&action);
    const bool review_due = CareerReviewStatus(workspace, now).Due <= agenda.MeetingOn.value_or(today);
    const size_t first_topic = review_due ? 0 : earlier.size() % static_cast<size_t>(QuestionTopic::COUNT);
    agenda.Questions = PickQuestions(workspace, agenda.Meeting, first_topic, options.QuestionCount);
    if (options.WeekThemes)
        agenda.WeekThemes = WeekThemes(workspace, today, options.ThemesPerList);
    return agenda;
}

std::vector<AgendaItem> ToAgendaItems(const Agenda& agenda)
{
    std::vector<AgendaItem> items;
    for (const AgendaGoal& goal : agenda.GoalUpdates)
        items.push_back(AgendaItem{ Id{}, AgendaItemKind::GoalUpdate, goal.Record->Title, goal.Record->Meta.RecordId, Visibility::Shared });
    for (const AgendaActivity& activity : agenda.Activities)
        items.push_back(AgendaItem{ Id{}, AgendaItemKind::PlanItem, activity.Record->Title, activity.Record->Meta.RecordId, Visibility::Shared });
    if (agenda.WeekThemes)
        if (std::string themes = ReadAgendaThemes(*agenda.WeekThemes); !themes.empty())
            items.push_back(AgendaItem{ Id{}, AgendaItemKind::TalkingPoint, std::move(themes), Id{}, Visibility::Shared });
    for (const BankQuestion* question : agenda.Questions)
        items.push_back(AgendaItem{ Id{}, AgendaItemKind::Question, question->Text, Id{}, Visibility::Shared });
    return items;
}

} // namespace trellis
