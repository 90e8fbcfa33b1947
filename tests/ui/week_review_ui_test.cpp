// The love/dislike week review as a person goes through it from the Journal: one question a page,
// the week's own themes offered in a tap, saved as one reflection, then the week set against the
// weeks before and taken to the next one-on-one as a talking point if they choose.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app.h"
#include "core/question_bank.h"
#include "core/records.h"
#include "core/session.h"
#include "icons.h"
#include "ui_driver.h"

namespace {

const std::string kNext = "Next  " ICON_RIGHT;

void AddEntry(trellis::Session& session, trellis::Date on, std::vector<std::string> loved, std::vector<std::string> drained, int64_t now)
{
    trellis::Reflection entry;
    entry.On = on;
    entry.Loved = std::move(loved);
    entry.Disliked = std::move(drained);
    ASSERT_TRUE(session.AddReflection(entry, now));
}

// The last item with this label (a list's add field comes after the list's items).
const AutomationItem* FindLast(const char* label)
{
    const AutomationItem* last = nullptr;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label == label)
            last = &item;
    return last;
}

} // namespace

TEST(WeekReview, AGuidedWeekReviewSavesOneReflectionAndReadsTheWeekBack)
{
    FakePlatform platform;      // a Sunday: the week runs from Monday 17 to Sunday 23 November 2025
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date today = trellis::Date::FromUnixMs(platform.Now, 60);
    AddEntry(session, trellis::AddDays(today, -14), {}, {"meetings"}, platform.Now);
    AddEntry(session, trellis::AddDays(today, -10), {"writing"}, {"meetings"}, platform.Now);
    AddEntry(session, trellis::AddDays(today, -3), {"mentoring"}, {}, platform.Now);     // this week

    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_HEART "  Review my week"));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::WeekReview);
    EXPECT_EQ(ui.GetApp().CurrentTab(), Tab::Journal);
    EXPECT_NE(ui.Find("Step 1 of 3"), nullptr);
    EXPECT_NE(ui.Find(ICON_HEART "  What did you love at work this week?"), nullptr);
    // What the week's entries already said is one tap away; what earlier weeks said is not.
    EXPECT_NE(ui.Find("From your entries this week:"), nullptr);
    EXPECT_EQ(ui.Find(ICON_PLUS "  writing"), nullptr);
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  mentoring"));
    EXPECT_EQ(ui.Find(ICON_PLUS "  mentoring"), nullptr) << "offered once: it is in the list now";
    ASSERT_TRUE(ui.Tap("new"));
    ui.TypeText("Pairing with Ana");
    ASSERT_TRUE(ui.Tap(kNext.c_str()));                       // typed, not added: kept all the same

    EXPECT_NE(ui.Find("Step 2 of 3"), nullptr);
    ASSERT_TRUE(ui.Tap(ICON_LEFT "  Back"));
    EXPECT_NE(ui.Find("Pairing with Ana"), nullptr) << "Back keeps the answers";
    ASSERT_TRUE(ui.Tap(kNext.c_str()));
    EXPECT_NE(ui.Find(ICON_BOLT "  What drained you this week?"), nullptr);
    EXPECT_EQ(ui.Find("From your entries this week:"), nullptr) << "no entry of the week named what drained me";
    ASSERT_TRUE(ui.Tap(FindLast("new")->Id));
    ui.TypeText("budget");
    ui.PressKey(ImGuiKey_Enter);
    ASSERT_TRUE(ui.Tap(kNext.c_str()));

    EXPECT_NE(ui.Find("Step 3 of 3"), nullptr);
    ASSERT_TRUE(ui.Tap("2"));
    ASSERT_TRUE(ui.Tap("week note"));
    ui.TypeText("Long week, good end.");
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save my week"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save my week"));

    const trellis::Workspace& data = session.Data();
    ASSERT_EQ(data.Reflections.size(), 4u);
    const trellis::Reflection& saved = data.Reflections.back();
    EXPECT_EQ(saved.On, today);
    EXPECT_EQ(saved.Prompt, trellis::WeekReviewPrompt());
    EXPECT_EQ(saved.Loved, (std::vector<std::string>{ "mentoring", "Pairing with Ana" }));
    EXPECT_EQ(saved.Disliked, (std::vector<std::string>{ "budget" }));
    EXPECT_EQ(saved.Energy, 2);
    EXPECT_EQ(saved.Text, "Long week, good end.");
    EXPECT_EQ(saved.Visible, trellis::Visibility::Private);

    // The week read back: mentoring in two entries this week and none before, budget new, and
    // meetings (two entries before, none this week) fading.
    EXPECT_NE(ui.Find("Your week, Mon" NBSP "17" NBSP "Nov" NBSP "2025 to Sun" NBSP "23" NBSP "Nov" NBSP "2025"), nullptr);
    EXPECT_NE(ui.Find("This week you loved mentoring most (new this week), and budget drained you most (new this week)."), nullptr);
    EXPECT_NE(ui.Find("Set against your 2 entries of the four weeks before."), nullptr);
    EXPECT_NE(ui.Find("mentoring  \xc2\xb7  2 entries  \xc2\xb7  new this week"), nullptr);
    ASSERT_TRUE(ui.ScrollToRead("Fading: meetings drained you in 2 entries before, 0 this week"));

    // Taken to the next one-on-one: the line shown is the line added.
    ASSERT_TRUE(ui.ScrollTo(ICON_PLUS "  Add to my next one-on-one"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add to my next one-on-one"));
    ASSERT_EQ(data.OneOnOnes.size(), 1u) << "none was planned: one is";
    ASSERT_EQ(data.OneOnOnes[0].Agenda.size(), 1u);
    const std::string point = data.OneOnOnes[0].Agenda[0].Text;
    EXPECT_NE(point.find("mentoring"), std::string::npos) << point;
    EXPECT_NE(point.find("budget"), std::string::npos) << point;
    EXPECT_NE(ui.Find(("\xe2\x80\x9c" + point + "\xe2\x80\x9d").c_str()), nullptr);
    EXPECT_GT(data.OneOnOnes[0].On, today);
    EXPECT_EQ(ui.Find(ICON_PLUS "  Add to my next one-on-one"), nullptr) << "added once";
    ASSERT_TRUE(ui.ScrollTo("Open my one-on-one  " ICON_RIGHT));
    ASSERT_TRUE(ui.Tap("Open my one-on-one  " ICON_RIGHT));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::OneOnOne);
    EXPECT_NE(ui.Find(point.c_str()), nullptr) << "a talking point of the meeting";
}

TEST(WeekReview, AReviewWithNothingSaidSavesNothingAndTheJournalTabLeavesIt)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.Tap("Journal"));
    ASSERT_TRUE(ui.Tap(ICON_HEART "  Review my week"));
    ASSERT_TRUE(ui.Tap(kNext.c_str()));
    ASSERT_TRUE(ui.Tap(kNext.c_str()));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save my week"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save my week"));
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Reflections.empty());
    EXPECT_NE(ui.Find("No reflections this week yet."), nullptr);
    EXPECT_EQ(ui.Find(ICON_PLUS "  Add to my next one-on-one"), nullptr) << "nothing to take to a meeting";
    ASSERT_TRUE(ui.Tap("Journal"));                           // the tab of the page shown: back to its list
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Journal);

    // Opened again, it starts from the first question with nothing carried over.
    ASSERT_TRUE(ui.Tap(ICON_HEART "  Review my week"));
    EXPECT_NE(ui.Find("Step 1 of 3"), nullptr);
    ASSERT_TRUE(ui.Tap("Cancel"));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Journal);
}
