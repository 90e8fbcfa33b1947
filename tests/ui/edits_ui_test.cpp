// Ordinary edits as a person makes them from the lists: a toast with Undo after each one, milestones
// ticked and activities moved on straight from their cards, and the lists searched.
#include <gtest/gtest.h>

#include <string>

#include "core/records.h"
#include "core/session.h"
#include "icons.h"
#include "ui_driver.h"

namespace {

const std::string kUndo = ICON_UNDO "  Undo";
const std::string kRedo = ICON_REDO "  Redo";

const trellis::Goal* LiveGoal(trellis::Session& session, const char* title)
{
    for (const trellis::Goal* goal : session.LiveGoals())
        if (goal->Title == title)
            return goal;
    return nullptr;
}

// The toast's cross: the last ICON_TIMES of the frame (the toast is drawn after the page).
bool TapDismiss(UiDriver& ui)
{
    const AutomationItem* cross = nullptr;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label == ICON_TIMES)
            cross = &item;
    return cross != nullptr && ui.Tap(cross->Id);
}

void AddGoal(UiDriver& ui, const char* title)
{
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
    ui.Frames(2);
    ui.TypeText(title);
    ui.PressKey(ImGuiKey_Enter);
    ui.Frames(3);
}

} // namespace

TEST(UiEdits, EveryEditOffersUndoInAToastThatGoesAway)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    AddGoal(ui, "Speak at a meetup");
    ASSERT_NE(LiveGoal(session, "Speak at a meetup"), nullptr);
    const AutomationItem* said = ui.Find(ICON_CHECK "  Add goal");
    ASSERT_NE(said, nullptr) << "the toast says what was done";
    const AutomationItem* tabs = ui.Find("Home");
    ASSERT_NE(tabs, nullptr);
    EXPECT_LE(said->Max.y, tabs->Min.y) << "above the tab bar";
    const AutomationItem* card = ui.Find("Speak at a meetup");
    ASSERT_NE(card, nullptr);
    EXPECT_LE(card->Max.y, said->Min.y) << "the page makes room for it: nothing is under it";

    ASSERT_TRUE(ui.Tap(kUndo.c_str()));
    ui.Frames(2);
    EXPECT_EQ(LiveGoal(session, "Speak at a meetup"), nullptr) << "Undo took the goal back";
    EXPECT_NE(ui.Find(ICON_CHECK "  Undone: Add goal"), nullptr);
    EXPECT_EQ(ui.Find("Speak at a meetup"), nullptr) << "and the list shows it";
    ASSERT_TRUE(ui.Tap(kRedo.c_str()));
    ui.Frames(2);
    EXPECT_NE(LiveGoal(session, "Speak at a meetup"), nullptr) << "Redo brought it back";
    EXPECT_NE(ui.Find(ICON_CHECK "  Redone: Add goal"), nullptr);
    EXPECT_NE(ui.Find(kUndo.c_str()), nullptr) << "and can be undone again";

    // It goes by itself after a few seconds (60 frames a second here), and the page has its room back.
    ui.Frames(static_cast<int>(App::kToastSeconds * 60.0) + 10);
    EXPECT_EQ(ui.Find(kUndo.c_str()), nullptr);
    EXPECT_TRUE(ui.GetApp().ToastText().empty());
    EXPECT_EQ(ui.GetApp().WakeAtTime(), 0.0) << "nothing owed: an idle app draws nothing";

    // Each edit replaces the last toast; the cross dismisses it.
    AddGoal(ui, "Mentor a new hire");
    EXPECT_NE(ui.Find(ICON_CHECK "  Add goal"), nullptr);
    ASSERT_TRUE(TapDismiss(ui));
    ui.Frames(2);
    EXPECT_TRUE(ui.GetApp().ToastText().empty());
    EXPECT_NE(LiveGoal(session, "Mentor a new hire"), nullptr) << "dismissing keeps the edit";
}

TEST(UiEdits, UndoFromSettingsIsNotAnEditOfItsOwn)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    AddGoal(ui, "Learn Rust");
    ASSERT_TRUE(TapDismiss(ui));
    ui.GetApp().Open(Page::Settings);
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(("Undo: " + session.UndoLabel()).c_str()));
    ui.Frames(2);
    EXPECT_EQ(LiveGoal(session, "Learn Rust"), nullptr);
    EXPECT_EQ(ui.Find(kUndo.c_str()), nullptr) << "an undo is not offered as an edit to undo";
}

TEST(UiEdits, AMilestoneIsTickedFromTheGoalsList)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Id id = session.AddGoal("Run the accessibility audit", platform.NowMs()).Value();
    trellis::Goal goal = *session.FindGoal(id);
    for (const char* title : {"Read WCAG 2.2 end to end, with the techniques for each criterion", "Audit the sign-up flow", "Write the report"})
    {
        trellis::Milestone m;
        m.MilestoneId = trellis::Id{static_cast<uint64_t>(goal.Milestones.size() + 1), 7};
        m.Title = title;
        goal.Milestones.push_back(m);
    }
    ASSERT_TRUE(session.EditGoal(goal, platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Goals"));
    ui.Frames(2);
    const AutomationItem* first = ui.Find("Read WCAG 2.2 end to end, with the techniques for each criterion");
    ASSERT_NE(first, nullptr) << "the next open milestone is on the card";
    EXPECT_NE(ui.Find("Audit the sign-up flow"), nullptr) << "and the one after";
    EXPECT_EQ(ui.Find("Write the report"), nullptr) << "two at most: the card stays short";
    const AutomationItem* card = ui.Find("Run the accessibility audit");
    ASSERT_NE(card, nullptr);
    EXPECT_LE(first->Max.x, card->Max.x) << "a long title wraps inside the card";
    EXPECT_GE(first->Max.y - first->Min.y, 44.0f) << "touch-sized";

    ASSERT_TRUE(ui.Tap("Read WCAG 2.2 end to end, with the techniques for each criterion"));
    ui.Frames(2);
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Goals);
    EXPECT_EQ(ui.Find("goal-title"), nullptr) << "ticking does not open the editor";
    const trellis::Goal* now = session.FindGoal(id);
    ASSERT_TRUE(now->Milestones[0].DoneOn.has_value()) << "done today";
    EXPECT_FALSE(now->Milestones[1].DoneOn.has_value());
    EXPECT_NE(ui.Find("Write the report"), nullptr) << "the next one moves up";
    EXPECT_NE(ui.Find(ICON_CHECK "  Tick milestone"), nullptr) << "with Undo in the toast";
    ASSERT_TRUE(ui.Tap(kUndo.c_str()));
    EXPECT_FALSE(session.FindGoal(id)->Milestones[0].DoneOn.has_value());
}

TEST(UiEdits, AnActivityStartsAndIsDoneFromThePlanList)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    trellis::PlanActivity course;
    course.Title = "Rust course";
    const trellis::Id id = session.AddActivity(course, platform.NowMs()).Value();
    ASSERT_TRUE(ui.Tap("Plan"));
    ui.Frames(2);
    EXPECT_EQ(ui.Find(ICON_CHECK "  Mark done"), nullptr) << "a planned activity is started first";
    ASSERT_TRUE(ui.Tap(ICON_RIGHT "  Start"));
    ui.Frames(2);
    EXPECT_EQ(session.Data().Activities[0].Status, trellis::ActivityStatus::InProgress);
    EXPECT_EQ(ui.Find("activity-title"), nullptr) << "the editor stays closed";
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Mark done"));
    ui.Frames(2);
    const trellis::PlanActivity* done = trellis::FindRecord<trellis::PlanActivity>(session.Data(), id);
    ASSERT_NE(done, nullptr);
    EXPECT_EQ(done->Status, trellis::ActivityStatus::Done);
    EXPECT_TRUE(done->CompletedOn.has_value()) << "done on a day";
    EXPECT_EQ(ui.Find(ICON_RIGHT "  Start"), nullptr);
    EXPECT_EQ(ui.Find(ICON_CHECK "  Mark done"), nullptr) << "a done activity has no next step";
    ASSERT_TRUE(ui.Tap("Rust course"));
    EXPECT_NE(ui.Find("activity-title"), nullptr) << "the card itself still opens the editor";
}

TEST(UiEdits, LongListsOfGoalsAndActivitiesAreSearched)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    ASSERT_TRUE(session.AddGoal("Learn Rust", platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Goals"));
    EXPECT_EQ(ui.Find("goal-search"), nullptr) << "one goal needs no search";
    for (const char* title : {"Speak at a meetup", "Mentor a new hire", "Lead the design review", "Move to the platform team"})
        ASSERT_TRUE(session.AddGoal(title, platform.NowMs()));
    trellis::Goal with_step = *session.LiveGoals().back();          // "Learn Rust", the oldest
    trellis::Milestone step;
    step.MilestoneId = trellis::Id{1, 9};
    step.Title = "Finish the Rustlings exercises";
    with_step.Milestones.push_back(step);
    ASSERT_TRUE(session.EditGoal(with_step, platform.NowMs()));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap("goal-search"));
    ui.TypeText("rustlings");
    ui.Frames(3);
    EXPECT_NE(ui.Find("Learn Rust"), nullptr) << "found by a milestone";
    EXPECT_EQ(ui.Find("Speak at a meetup"), nullptr);
    ui.TypeText(" zzz");
    ui.Frames(3);
    EXPECT_NE(ui.Find("No goal matches."), nullptr);
    EXPECT_EQ(ui.Find("Learn Rust"), nullptr);

    for (const char* title : {"AWS certification", "Mentoring programme", "Design course", "Conference talk", "Teach a Rust workshop"})
    {
        trellis::PlanActivity a;
        a.Title = title;
        ASSERT_TRUE(session.AddActivity(a, platform.NowMs()));
    }
    trellis::PlanActivity support = session.Data().Activities[0];
    support.SupportNeeded = "Two days of study leave";
    ASSERT_TRUE(session.EditActivity(support, platform.NowMs()));
    ASSERT_TRUE(ui.Tap("Plan"));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap("activity-search"));
    ui.TypeText("study leave");
    ui.Frames(3);
    EXPECT_NE(ui.Find("AWS certification"), nullptr) << "found by the support I need";
    EXPECT_EQ(ui.Find("Teach a Rust workshop"), nullptr) << "the journal's and the goals' words stay out";
    EXPECT_EQ(ui.Find("Conference talk"), nullptr);
}

TEST(UiEdits, AGoalWithoutMilestonesTakesItsProgressByHand)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Id id = session.AddGoal("Get comfortable presenting", platform.NowMs()).Value();
    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Get comfortable presenting"));
    ASSERT_TRUE(ui.ScrollTo("progress +"));
    EXPECT_NE(ui.Find("progress -"), nullptr);
    for (int i = 0; i < 4; i++)
        ASSERT_TRUE(ui.Tap("progress +"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save changes"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes"));
    ui.Frames(2);
    EXPECT_EQ(session.FindGoal(id)->ManualProgress, 40);
    EXPECT_NE(ui.Find("Mastery  ·  Active  ·  40 % done"), nullptr) << "the card says it";

    // Once it has milestones, they say how far along it is, and the stepper goes.
    ASSERT_TRUE(ui.Tap("Get comfortable presenting"));
    ASSERT_TRUE(ui.ScrollTo("new"));        // the milestone list's field
    ASSERT_TRUE(ui.Tap("new"));
    ui.TypeText("Give a lightning talk");
    ui.PressKey(ImGuiKey_Enter);
    ui.Frames(3);
    EXPECT_EQ(ui.Find("progress +"), nullptr);
}
