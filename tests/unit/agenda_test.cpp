#include <set>
#include <span>
#include <string>

#include <gtest/gtest.h>

#include "core/agenda.h"
#include "core/question_bank.h"
#include "core/records.h"
#include "core/session.h"
#include "agenda_workspace.h"

using namespace trellis;
using namespace trellis::test;

// [SECTION] Builders
// [SECTION] What feeds the agenda
// [SECTION] Private records
// [SECTION] Questions
// [SECTION] Storing the agenda

// [SECTION] Builders

static std::vector<std::string> GoalTitles(const Agenda& agenda)
{
    std::vector<std::string> titles;
    for (const AgendaGoal& goal : agenda.GoalUpdates)
        titles.push_back(goal.Record->Title);
    return titles;
}

static std::vector<std::string> ActivityTitles(const Agenda& agenda)
{
    std::vector<std::string> titles;
    for (const AgendaActivity& activity : agenda.Activities)
        titles.push_back(activity.Record->Title);
    return titles;
}

// [SECTION] What feeds the agenda

TEST(Agenda, GathersWhatChangedSinceTheLastMeeting)
{
    const Workspace w = MarchWorkspace();
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 5), 0});
    ASSERT_NE(agenda.Meeting, nullptr);
    EXPECT_EQ(agenda.Meeting->On.ToString(), "2026-03-12");
    EXPECT_EQ(agenda.MeetingOn->ToString(), "2026-03-12");
    ASSERT_NE(agenda.LastMeeting, nullptr);
    EXPECT_EQ(agenda.LastMeeting->On.ToString(), "2026-02-12");    // private, but when it was is no secret
    EXPECT_EQ(agenda.Since.ToString(), "2026-02-12");

    EXPECT_EQ(GoalTitles(agenda), (std::vector<std::string>{"Changed after the meeting", "Changed on the meeting day"}));
    EXPECT_EQ(agenda.GoalUpdates[0].Progress, 0);
    EXPECT_EQ(ActivityTitles(agenda), (std::vector<std::string>{"Finished since", "Overdue", "Due soon"}));
    EXPECT_TRUE(agenda.Activities[0].Completed);
    EXPECT_FALSE(agenda.Activities[1].Completed);

    ASSERT_EQ(agenda.CarriedOver.size(), 1u);
    EXPECT_EQ(agenda.CarriedOver[0].Item->Text, "Share the promotion rubric");
    EXPECT_EQ(agenda.CarriedOver[0].From->On.ToString(), "2026-01-15");

    ASSERT_EQ(agenda.TalkingPoints.size(), 2u);
    EXPECT_EQ(agenda.TalkingPoints[0]->Text, "Conference budget?");
    EXPECT_EQ(agenda.TalkingPoints[1]->Text, "Already on the agenda");
}

TEST(Agenda, ShowsGoalProgressFromMilestones)
{
    Workspace w;
    Goal goal = MakeGoal("Write a design doc", NoonMs(2026, 3, 1));
    goal.Milestones = {Milestone{NextId(), "Outline", {}, Date::FromCivil(2026, 3, 1)}, Milestone{NextId(), "Review", {}, {}},
                       Milestone{NextId(), "Publish", {}, {}}, Milestone{NextId(), "Present", {}, {}}};
    w.Goals.push_back(goal);
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 2), 0});
    ASSERT_EQ(agenda.GoalUpdates.size(), 1u);
    EXPECT_EQ(agenda.GoalUpdates[0].Progress, 25);
}

TEST(Agenda, WithoutMeetingsLooksBackOneReviewCadence)
{
    Workspace w;
    w.Me.ReviewCadenceMonths = 6;
    w.Me.NextOneOnOne = Date::FromCivil(2026, 3, 20);
    w.Goals = {MakeGoal("Recent", NoonMs(2025, 9, 30)), MakeGoal("Too old", NoonMs(2025, 9, 29))};
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 30), 0});
    EXPECT_EQ(agenda.Since.ToString(), "2025-09-30");
    EXPECT_FALSE(agenda.MeetingOn);                                 // the profile's date has passed
    EXPECT_EQ(agenda.Meeting, nullptr);
    EXPECT_EQ(agenda.LastMeeting, nullptr);
    EXPECT_EQ(GoalTitles(agenda), (std::vector<std::string>{"Recent"}));

    const Agenda earlier = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 1), 0});
    EXPECT_EQ(earlier.MeetingOn->ToString(), "2026-03-20");
}

TEST(Agenda, ChangesAreDatedInThePersonsTimeZone)
{
    Workspace w;
    w.OneOnOnes = {MakeMeeting(Date::FromCivil(2026, 2, 12))};
    w.Goals = {MakeGoal("Edited late at night", NoonMs(2026, 2, 11) + 11 * kHour + 1800000)};  // 23:30 UTC on 11 February
    EXPECT_TRUE(BuildAgenda(w, LocalNow{NoonMs(2026, 3, 1), 0}).GoalUpdates.empty());
    EXPECT_EQ(BuildAgenda(w, LocalNow{NoonMs(2026, 3, 1), 60}).GoalUpdates.size(), 1u);   // 00:30 on the 12th in Paris
}

TEST(Agenda, IsEmptyButForQuestionsInAnEmptyWorkspace)
{
    const Agenda agenda = BuildAgenda(Workspace{}, LocalNow{NoonMs(2026, 1, 1), 0});
    EXPECT_TRUE(agenda.GoalUpdates.empty());
    EXPECT_TRUE(agenda.Activities.empty());
    EXPECT_TRUE(agenda.CarriedOver.empty());
    EXPECT_TRUE(agenda.TalkingPoints.empty());
    EXPECT_EQ(agenda.Questions.size(), 3u);
}

// [SECTION] Private records

TEST(Agenda, NeverShowsAPrivateRecord)
{
    Workspace w = MarchWorkspace();
    // Make the upcoming meeting itself private: none of its items may show, even shared ones.
    for (OneOnOne& meeting : w.OneOnOnes)
        if (meeting.On == Date::FromCivil(2026, 3, 12))
            meeting.Visible = Visibility::Private;
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 5), 0});
    EXPECT_TRUE(agenda.TalkingPoints.empty());
    for (const AgendaGoal& goal : agenda.GoalUpdates)
        EXPECT_EQ(goal.Record->Visible, Visibility::Shared) << goal.Record->Title;
    for (const AgendaActivity& activity : agenda.Activities)
        EXPECT_EQ(activity.Record->Visible, Visibility::Shared) << activity.Record->Title;
    for (const CarriedAction& action : agenda.CarriedOver)
        EXPECT_EQ(action.From->Visible, Visibility::Shared) << action.Item->Text;
    // With its talking points hidden, the goal they mention is listed as a change again.
    EXPECT_EQ(GoalTitles(agenda), (std::vector<std::string>{"Already on the agenda", "Changed after the meeting", "Changed on the meeting day"}));

    Workspace all_private = MarchWorkspace();
    for (Goal& goal : all_private.Goals)
        goal.Visible = Visibility::Private;
    for (PlanActivity& activity : all_private.Activities)
        activity.Visible = Visibility::Private;
    for (OneOnOne& meeting : all_private.OneOnOnes)
        meeting.Visible = Visibility::Private;
    const Agenda nothing = BuildAgenda(all_private, LocalNow{NoonMs(2026, 3, 5), 0});
    EXPECT_TRUE(nothing.GoalUpdates.empty());
    EXPECT_TRUE(nothing.Activities.empty());
    EXPECT_TRUE(nothing.CarriedOver.empty());
    EXPECT_TRUE(nothing.TalkingPoints.empty());
}

// Shared and private reflections of one week (Thursday 5 March 2026 is "today"), and older ones.
static Workspace JournalWeek()
{
    Workspace w;
    const auto add = [&](Date on, Visibility visible, std::vector<std::string> loved, std::vector<std::string> disliked, std::string text = "") {
        Reflection r;
        r.Meta = EditedAt(0);
        r.On = on;
        r.Visible = visible;
        r.Loved = std::move(loved);
        r.Disliked = std::move(disliked);
        r.Text = std::move(text);
        r.Tags = {"burnout"};
        w.Reflections.push_back(std::move(r));
    };
    add(Date::FromCivil(2026, 3, 5), Visibility::Shared, {"Mentoring Sam", "design review"}, {"status meetings"});
    add(Date::FromCivil(2026, 3, 3), Visibility::Shared, {"mentoring the interns"}, {"meetings"});
    add(Date::FromCivil(2026, 2, 27), Visibility::Shared, {"Pairing with Ana", "Design review "}, {});
    // Private: what the person keeps to themselves, in every field, more often than anything shared.
    for (int day : {1, 2, 4, 5})
        add(Date::FromCivil(2026, 3, day), Visibility::Private, {"interviewing elsewhere", "salary talks"}, {"my manager"}, "thinking of quitting");
    // Shared, but outside the seven days, or deleted.
    add(Date::FromCivil(2026, 2, 26), Visibility::Shared, {"conference talk"}, {"travel"});
    add(Date::FromCivil(2026, 3, 6), Visibility::Shared, {"tomorrow's plan"}, {});
    add(Date::FromCivil(2026, 3, 4), Visibility::Shared, {"deleted item"}, {"deleted"});
    w.Reflections.back().Meta.Deleted = true;
    return w;
}

TEST(Agenda, TheWeeksThemesOnlyWhenAskedAndFromSharedReflectionsOnly)
{
    const Workspace w = JournalWeek();
    const LocalNow now{NoonMs(2026, 3, 5), 0};
    EXPECT_FALSE(BuildAgenda(w, now).WeekThemes.has_value()) << "off unless the person chooses";

    AgendaOptions with_themes;
    with_themes.WeekThemes = true;
    const Agenda agenda = BuildAgenda(w, now, with_themes);
    ASSERT_TRUE(agenda.WeekThemes.has_value());
    const AgendaThemes& week = *agenda.WeekThemes;
    EXPECT_EQ(week.First, Date::FromCivil(2026, 2, 27));
    EXPECT_EQ(week.Last, Date::FromCivil(2026, 3, 5));
    EXPECT_EQ(week.Entries, 3);
    std::vector<std::string> loved, disliked;
    for (const Theme& theme : week.Loved)
        loved.push_back(theme.Display);
    for (const Theme& theme : week.Disliked)
        disliked.push_back(theme.Display);
    // Each item as written, one theme, as the weekly review reads them: the most entries first
    // (the same item in two cases and spacings is one), then alphabetical, three per list.
    EXPECT_EQ(loved, (std::vector<std::string>{"Design review", "Mentoring Sam", "mentoring the interns"}));
    EXPECT_EQ(disliked, (std::vector<std::string>{"meetings", "status meetings"}));
    EXPECT_EQ(ReadAgendaThemes(week), "This week I loved Design review, Mentoring Sam and mentoring the interns; "
                                      "meetings and status meetings drained me.");

    // Nothing private reaches the agenda or the items stored on the meeting (the questions come
    // from the bank, whatever the journal says).
    std::string stored;
    for (const AgendaItem& item : ToAgendaItems(agenda))
    {
        EXPECT_EQ(item.Visible, Visibility::Shared);
        if (item.Kind == AgendaItemKind::TalkingPoint)
            stored += item.Text + "\n";
    }
    EXPECT_EQ(stored, ReadAgendaThemes(week) + "\n");
    for (const char* secret : {"interview", "salary", "manager", "quit", "conference", "travel", "tomorrow", "deleted"})
        EXPECT_EQ(stored.find(secret), std::string::npos) << secret;
    std::set<Id> shared;
    for (const Reflection& r : w.Reflections)
        if (r.Visible == Visibility::Shared)
            shared.insert(r.Meta.RecordId);
    for (const std::vector<Theme>* list : {&week.Loved, &week.Disliked})
        for (const Theme& theme : *list)
            for (const Id& entry : theme.Entries)
                EXPECT_TRUE(shared.count(entry)) << theme.Display << " came from a private entry";
}

TEST(Agenda, TheWeeksThemesAreEmptyWhenOnlyPrivateEntriesNameThem)
{
    Workspace w = JournalWeek();
    for (Reflection& r : w.Reflections)
        r.Visible = Visibility::Private;
    AgendaOptions with_themes;
    with_themes.WeekThemes = true;
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 5), 0}, with_themes);
    ASSERT_TRUE(agenda.WeekThemes.has_value());
    EXPECT_EQ(agenda.WeekThemes->Entries, 0);
    EXPECT_TRUE(agenda.WeekThemes->Loved.empty());
    EXPECT_TRUE(agenda.WeekThemes->Disliked.empty());
    EXPECT_EQ(ReadAgendaThemes(*agenda.WeekThemes), "");
    for (const AgendaItem& item : ToAgendaItems(agenda))
        EXPECT_NE(item.Kind, AgendaItemKind::TalkingPoint) << item.Text;
}

// [SECTION] Questions

TEST(Agenda, RotatesQuestionTopicsAndSkipsThoseAlreadyAsked)
{
    const Workspace w = MarchWorkspace();
    // Two earlier meetings and a career talk in January (next due in July): the rotation starts
    // at the third topic.
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 5), 0});
    ASSERT_EQ(agenda.Questions.size(), 3u);
    EXPECT_EQ(agenda.Questions[0]->Topic, QuestionTopic::StartStopContinue);
    EXPECT_EQ(agenda.Questions[1]->Topic, QuestionTopic::BeyondPromotion);
    EXPECT_EQ(agenda.Questions[2]->Topic, QuestionTopic::PastDevelopment);

    AgendaOptions many;
    many.QuestionCount = 8;
    const Agenda more = BuildAgenda(w, LocalNow{NoonMs(2026, 3, 5), 0}, many);
    ASSERT_EQ(more.Questions.size(), 8u);
    EXPECT_EQ(more.Questions[4]->Topic, QuestionTopic::CareerProgression);
    EXPECT_EQ(more.Questions[5]->Topic, QuestionTopic::Promotions);
    EXPECT_EQ(more.Questions[5]->Text, QuestionText(QuestionTopic::Promotions, 1));    // the first was asked in January
    EXPECT_EQ(more.Questions[6]->Text, QuestionText(QuestionTopic::StartStopContinue, 1));
    std::set<std::string> texts;
    for (const BankQuestion* question : more.Questions)
        EXPECT_TRUE(texts.insert(question->Text).second) << question->Text;
}

TEST(Agenda, OpensWithCareerProgressionWhenAReviewIsDue)
{
    Workspace w;
    w.OneOnOnes = {MakeMeeting(Date::FromCivil(2025, 6, 1), Visibility::Shared, true)};
    w.OneOnOnes[0].Agenda = {AgendaItem{NextId(), AgendaItemKind::Question, QuestionText(QuestionTopic::CareerProgression, 0), {}, Visibility::Shared, true}};
    // The career talk of 1 June 2025 makes the next review due on 1 December 2025.
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2025, 12, 2), 0});
    ASSERT_FALSE(agenda.Questions.empty());
    EXPECT_EQ(agenda.Questions[0]->Topic, QuestionTopic::CareerProgression);
    EXPECT_EQ(agenda.Questions[0]->Text, QuestionText(QuestionTopic::CareerProgression, 1));
}

TEST(Agenda, RunsOutOfQuestionsGracefully)
{
    Workspace w;
    OneOnOne asked_all = MakeMeeting(Date::FromCivil(2025, 6, 1));
    for (const BankQuestion& question : QuestionBank())
        asked_all.Agenda.push_back(AgendaItem{NextId(), AgendaItemKind::Question, question.Text, {}, Visibility::Private, true});
    w.OneOnOnes = {asked_all};
    EXPECT_TRUE(BuildAgenda(w, LocalNow{NoonMs(2025, 7, 1), 0}).Questions.empty());
    AgendaOptions none;
    none.QuestionCount = 0;
    EXPECT_TRUE(BuildAgenda(Workspace{}, LocalNow{NoonMs(2025, 7, 1), 0}, none).Questions.empty());
}

// A question on a meeting is asked only once marked so; until then it comes back, except while it is
// on the planned meeting's agenda already.
TEST(Agenda, AQuestionIsAskedOnceMarkedSo)
{
    Workspace w;
    const std::string first = QuestionText(QuestionTopic::CareerProgression, 0);
    OneOnOne june = MakeMeeting(Date::FromCivil(2025, 6, 1));
    june.Agenda = {AgendaItem{NextId(), AgendaItemKind::Question, first, {}, Visibility::Shared}};
    w.OneOnOnes = {june};
    AgendaOptions all;
    all.QuestionCount = 100;
    auto suggests = [&](const Workspace& ws) {
        const Agenda agenda = BuildAgenda(ws, LocalNow{NoonMs(2025, 7, 1), 0}, all);
        return std::any_of(agenda.Questions.begin(), agenda.Questions.end(), [&](const BankQuestion* q) { return q->Text == first; });
    };
    EXPECT_TRUE(suggests(w)) << "on a past meeting but never marked as asked";
    w.OneOnOnes[0].Agenda[0].Covered = true;
    EXPECT_FALSE(suggests(w));

    OneOnOne planned = MakeMeeting(Date::FromCivil(2025, 7, 10));
    planned.Agenda = {AgendaItem{NextId(), AgendaItemKind::Question, first, {}, Visibility::Shared}};
    Workspace ahead;
    ahead.OneOnOnes = {planned};
    EXPECT_FALSE(suggests(ahead)) << "on the planned meeting's agenda already";
}

// The agenda names what the person flagged: an activity needing their manager's support, with no
// date; the planned meeting's own action items; and a first agenda is no list of changes.
TEST(Agenda, HoldsWhatThePersonFlagged)
{
    Workspace w;
    PlanActivity budget = MakeActivity("Conference talk", ActivityStatus::Planned, std::nullopt, {});
    budget.SupportNeeded = "Budget for the trip";
    PlanActivity quiet = MakeActivity("Read a book", ActivityStatus::Planned, std::nullopt, {});
    w.Activities = {quiet, budget};
    OneOnOne planned = MakeMeeting(Date::FromCivil(2025, 7, 10));
    planned.Actions = {ActionItem{NextId(), "Bring the audit plan", ActionOwner::Me, Date::FromCivil(2025, 7, 10), {}}};
    w.OneOnOnes = {planned};
    const Agenda agenda = BuildAgenda(w, LocalNow{NoonMs(2025, 7, 1), 0});
    ASSERT_EQ(agenda.Activities.size(), 1u);
    EXPECT_EQ(agenda.Activities[0].Record->Title, "Conference talk");
    EXPECT_TRUE(agenda.Activities[0].NeedsSupport);
    ASSERT_EQ(agenda.MeetingActions.size(), 1u);
    EXPECT_EQ(agenda.MeetingActions[0]->Text, "Bring the audit plan");
    EXPECT_TRUE(agenda.First);
    EXPECT_TRUE(agenda.CarriedOver.empty());
}

TEST(QuestionBank, CoversEveryTopic)
{
    std::set<QuestionTopic> topics;
    for (const BankQuestion& question : QuestionBank())
    {
        topics.insert(question.Topic);
        EXPECT_FALSE(std::string(question.Text).empty());
    }
    EXPECT_EQ(topics.size(), static_cast<size_t>(QuestionTopic::COUNT));
    EXPECT_STREQ(DisplayName(QuestionTopic::StartStopContinue), "Start, stop, continue");
}

// Journal prompts come from the core, one per kind of growth; the first is the love/dislike
// exercise the week review reads, and the week review asks its own.
TEST(QuestionBank, JournalPromptsAreQuestionsEachAskedOnce)
{
    const std::span<const char* const> prompts = JournalPrompts();
    ASSERT_GE(prompts.size(), 8u);
    EXPECT_STREQ(prompts[0], "What did you love about work today, and what drained you?");
    std::set<std::string> seen;
    for (const char* prompt : prompts)
    {
        const std::string text(prompt);
        EXPECT_TRUE(text.ends_with("?")) << text;
        EXPECT_TRUE(seen.insert(text).second) << "asked twice: " << text;
    }
    EXPECT_EQ(seen.count(WeekReviewPrompt()), 0u);
}

// [SECTION] Storing the agenda

TEST(Agenda, StoredOnTheMeetingItIsNotRepeated)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Session session(store, 1);
    ASSERT_TRUE(session.Open());
    const int64_t now = NoonMs(2026, 3, 5);
    const Id goal = session.AddGoal("Run the retro", now).Value();
    PlanActivity course;
    course.Title = "Facilitation course";
    course.Due = Date::FromCivil(2026, 3, 10);
    const Id activity = session.AddActivity(course, now).Value();
    OneOnOne next;
    next.On = Date::FromCivil(2026, 3, 12);
    const Id meeting = session.AddOneOnOne(next, now).Value();

    const Agenda built = BuildAgenda(session.Data(), LocalNow{now, 0});
    const std::vector<AgendaItem> items = ToAgendaItems(built);
    ASSERT_EQ(items.size(), 2u + built.Questions.size());
    EXPECT_EQ(items[0].Kind, AgendaItemKind::GoalUpdate);
    EXPECT_EQ(items[0].RefId, goal);
    EXPECT_EQ(items[1].Kind, AgendaItemKind::PlanItem);
    EXPECT_EQ(items[1].RefId, activity);
    EXPECT_EQ(items[2].Kind, AgendaItemKind::Question);
    EXPECT_EQ(items[2].Text, built.Questions[0]->Text);

    OneOnOne with_agenda = *FindRecord<OneOnOne>(session.Data(), meeting);
    with_agenda.Agenda = items;
    ASSERT_TRUE(session.EditOneOnOne(with_agenda, now));
    const Agenda rebuilt = BuildAgenda(session.Data(), LocalNow{now, 0});
    EXPECT_TRUE(rebuilt.GoalUpdates.empty());
    EXPECT_TRUE(rebuilt.Activities.empty());
    EXPECT_EQ(rebuilt.TalkingPoints.size(), items.size());
    for (const BankQuestion* question : rebuilt.Questions)
        for (const AgendaItem& item : items)
            EXPECT_NE(item.Text, question->Text);
}
