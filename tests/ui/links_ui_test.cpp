// Links as a person makes them on a phone: from the goal's editor to a skill and an activity, seen
// from the activity and the skill, one undone from the activity's side, one put back with the
// toast's Undo, a journal entry found by search; and the goal's Save keeps what was linked.
#include <gtest/gtest.h>

#include <string>

#include "core/records.h"
#include "core/session.h"
#include "core/views.h"
#include "icons.h"
#include "ui_driver.h"

namespace {

trellis::Id AddWorkspace(trellis::Session& s, int64_t now, trellis::Id* skill, trellis::Id* activity)
{
    const trellis::Id goal = s.AddGoal("Lead the accessibility guild", now).Value();
    trellis::Skill facilitation;
    facilitation.Name = "Facilitation";
    *skill = s.AddSkill(facilitation, now).Value();
    trellis::PlanActivity workshop;
    workshop.Title = "Run a workshop";
    *activity = s.AddActivity(workshop, now).Value();
    // A journal of a dozen entries: more than the list of things to link shows at once.
    for (int i = 0; i < 12; i++)
    {
        trellis::Reflection r;
        r.On = trellis::Date::FromUnixMs(now, 0);
        r.On.DaysSinceEpoch -= i;
        r.Text = i == 7 ? "The guild's first meeting: twelve people came" : "An ordinary day number " + std::to_string(i);
        EXPECT_TRUE(s.AddReflection(r, now));
    }
    return goal;
}

} // namespace

TEST(UiLinks, MadeFromTheGoalShownFromTheOtherSideUndoneAndKeptBySave)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& s = ui.GetApp().GetSession();
    trellis::Id skill, activity;
    const trellis::Id goal = AddWorkspace(s, platform.Now - 3600000, &skill, &activity);

    ASSERT_TRUE(ui.Tap("Goals"));
    ASSERT_TRUE(ui.Tap("Lead the accessibility guild"));
    ASSERT_TRUE(ui.ScrollToRead(ICON_LINK "  Linked"));
    ASSERT_NE(ui.Find("Nothing linked yet: the skills this goal grows, the activities that serve it, the journal entries about it."), nullptr);
    ASSERT_TRUE(ui.ScrollTo(ICON_LINK "  Link a skill, activity or entry"));
    ASSERT_TRUE(ui.Tap(ICON_LINK "  Link a skill, activity or entry"));
    ASSERT_TRUE(ui.ScrollTo("Link Skill: Facilitation"));
    ASSERT_TRUE(ui.Tap("Link Skill: Facilitation"));
    EXPECT_EQ(s.FindGoal(goal)->SkillIds, std::vector<trellis::Id>{skill}) << "linked at once, before Save";
    EXPECT_EQ(ui.GetApp().ToastText(), "Link goal");
    ASSERT_TRUE(ui.ScrollTo("Link Activity: Run a workshop"));
    ASSERT_TRUE(ui.Tap("Link Activity: Run a workshop"));
    ASSERT_TRUE(ui.ScrollToRead(ICON_LINK "  Linked (2)"));
    EXPECT_NE(ui.Find("Activity: Run a workshop"), nullptr);

    // Twelve entries: eight shown, the rest by search.
    ASSERT_TRUE(ui.ScrollToRead("4 more: search to find them."));
    ui.Drag(ImVec2(6.0f, 300.0f), ImVec2(6.0f, 700.0f), 10);      // back up to the search field,
    ui.Frames(90);                                                  // and still, the fling over
    ASSERT_TRUE(ui.ScrollTo("link-search"));
    ASSERT_TRUE(ui.Tap("link-search"));
    ui.TypeText("first meeting");
    ui.Frames(3);
    bool found = false;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label.starts_with("Link Entry of ") && item.Label.ends_with(": The guild's first meeting: twelve people came"))
        {
            found = true;
            ASSERT_TRUE(ui.Tap(item.Id));
            break;
        }
    ASSERT_TRUE(found) << "the search finds the eighth entry";
    EXPECT_EQ(trellis::LinksOf(s.Data(), goal).size(), 3u);

    // The editor's own changes and Save: the links stay.
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save changes"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save changes"));
    EXPECT_EQ(s.FindGoal(goal)->SkillIds, std::vector<trellis::Id>{skill}) << "Save did not put back the draft's empty list";
    EXPECT_EQ(trellis::LinkSummary(s.Data(), goal), "1 skill, 1 activity, 1 reflection");
    bool on_card = false;
    for (const AutomationItem& item : AutomationLastFrame())
        on_card = on_card || item.Label.ends_with(ICON_LINK " 1 skill, 1 activity, 1 reflection");
    EXPECT_TRUE(on_card) << "the goal's card counts its links";

    // From the activity: its goal, unlinked there; the toast's Undo puts it back.
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.ScrollTo("Run a workshop"));
    ASSERT_TRUE(ui.Tap("Run a workshop"));
    ASSERT_TRUE(ui.ScrollToRead("Goal: Lead the accessibility guild"));
    ASSERT_TRUE(ui.ScrollTo("Unlink Goal: Lead the accessibility guild"));
    ASSERT_TRUE(ui.Tap("Unlink Goal: Lead the accessibility guild"));
    EXPECT_EQ(trellis::LinkSummary(s.Data(), goal), "1 skill, 1 reflection");
    EXPECT_EQ(ui.Find("Goal: Lead the accessibility guild"), nullptr);
    EXPECT_EQ(ui.GetApp().ToastText(), "Unlink plan activity");
    ASSERT_TRUE(ui.Tap(ICON_UNDO "  Undo"));
    EXPECT_EQ(trellis::LinkSummary(s.Data(), goal), "1 skill, 1 activity, 1 reflection");
    ASSERT_TRUE(ui.ScrollTo("Cancel"));
    ASSERT_TRUE(ui.Tap("Cancel"));

    // From the skill: the goal that grows it.
    ASSERT_TRUE(ui.Tap("Path & skills"));
    ASSERT_TRUE(ui.ScrollTo("Facilitation"));
    ASSERT_TRUE(ui.Tap("Facilitation"));
    ASSERT_TRUE(ui.ScrollToRead("Goal: Lead the accessibility guild"));
    ASSERT_TRUE(ui.ScrollTo(ICON_LINK "  Link a goal or activity"));
    ASSERT_TRUE(ui.Tap(ICON_LINK "  Link a goal or activity"));
    ASSERT_TRUE(ui.ScrollTo("Link Activity: Run a workshop"));
    ASSERT_TRUE(ui.Tap("Link Activity: Run a workshop"));
    EXPECT_EQ(trellis::FindRecord<trellis::PlanActivity>(s.Data(), activity)->SkillIds, std::vector<trellis::Id>{skill});
    ASSERT_TRUE(ui.ScrollToRead("Everything it can be linked to is linked."));
}

TEST(UiLinks, ANewEntryAndANewActivityAreLinkedWhileBeingWritten)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& s = ui.GetApp().GetSession();
    trellis::Id skill, activity;
    const trellis::Id goal = AddWorkspace(s, platform.Now - 3600000, &skill, &activity);

    // A reflection being written keeps its goals itself: linked before it exists, saved with it.
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Write a reflection"));
    ASSERT_TRUE(ui.Tap("text"));
    ui.TypeText("The guild voted on its first project");
    ASSERT_TRUE(ui.ScrollTo(ICON_LINK "  Link a goal"));
    ASSERT_TRUE(ui.Tap(ICON_LINK "  Link a goal"));
    EXPECT_EQ(ui.Find("Link Skill: Facilitation"), nullptr) << "a reflection links to goals only";
    ASSERT_TRUE(ui.ScrollTo("Link Goal: Lead the accessibility guild"));
    ASSERT_TRUE(ui.Tap("Link Goal: Lead the accessibility guild"));
    ASSERT_TRUE(ui.ScrollToRead(ICON_LINK "  Linked (1)"));
    ASSERT_TRUE(ui.ScrollTo("Unlink Goal: Lead the accessibility guild"));
    EXPECT_EQ(trellis::LinksOf(s.Data(), goal).size(), 0u) << "nothing is stored before Save";
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save reflection"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save reflection"));
    bool linked = false;
    for (const trellis::LinkedRecord& link : trellis::LinksOf(s.Data(), goal))
        linked = linked || (link.Kind == trellis::RecordKind::Reflection && link.Title == "The guild voted on its first project");
    EXPECT_TRUE(linked) << "the new entry was saved with its goal";

    // A new activity: a goal and a skill, one of them unlinked again before Save.
    ASSERT_TRUE(ui.Tap("Plan"));
    ASSERT_TRUE(ui.ScrollTo(ICON_PLUS "  Add an activity"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add an activity"));
    ASSERT_TRUE(ui.Tap("activity-title"));
    ui.TypeText("Shadow the guild's chair");
    ASSERT_TRUE(ui.ScrollTo(ICON_LINK "  Link a goal or skill"));
    ASSERT_TRUE(ui.Tap(ICON_LINK "  Link a goal or skill"));
    ASSERT_TRUE(ui.ScrollTo("Link Skill: Facilitation"));
    ASSERT_TRUE(ui.Tap("Link Skill: Facilitation"));
    ASSERT_TRUE(ui.ScrollTo("Link Goal: Lead the accessibility guild"));
    ASSERT_TRUE(ui.Tap("Link Goal: Lead the accessibility guild"));
    ASSERT_TRUE(ui.ScrollTo("Unlink Skill: Facilitation"));
    ASSERT_TRUE(ui.Tap("Unlink Skill: Facilitation"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save activity"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save activity"));
    const trellis::PlanActivity* added = nullptr;
    for (const trellis::PlanActivity& a : s.Data().Activities)
        if (a.Title == "Shadow the guild's chair")
            added = &a;
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->GoalIds, std::vector<trellis::Id>{goal});
    EXPECT_TRUE(added->SkillIds.empty());
}
