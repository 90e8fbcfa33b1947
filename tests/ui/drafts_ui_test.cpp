// Issue 17: whatever is being typed is kept on the device and comes back after a reload, in every
// editor: a skill, a career path's role (with a skill or experience typed and not yet added), a
// meeting's notes, the week review, a comment or agreed action to a report (its owner and due
// date too) and the title of a goal about to be added (the reflection, goal and activity editors are in
// text_area_ui_test.cpp). Each journey types, closes the app without saving, opens it again, and
// saves from where the draft put the person back.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "icons.h"
#include "ui_driver.h"
#include "widgets.h"

namespace {

constexpr const char* kDraft = "/data/draft.json";

trellis::Date Today(FakePlatform& platform)
{
    return trellis::Date::FromUnixMs(platform.Now, platform.UtcOffsetMinutes());
}

// The app opened again on the device holds the draft: the banner says so.
void ExpectRestored(UiDriver& ui, Page page)
{
    EXPECT_NE(ui.Find("Throw it away"), nullptr) << "the restored draft is said";
    EXPECT_EQ(ui.GetApp().CurrentPage(), page);
}

} // namespace

TEST(UiDrafts, ASkillsEvidenceAndARolesTitleComeBack)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        trellis::Session& session = ui.GetApp().GetSession();
        trellis::Skill sql;
        sql.Name = "SQL";
        ASSERT_TRUE(session.AddSkill(sql, platform.NowMs()));
        ASSERT_TRUE(ui.Tap("Plan"));
        ASSERT_TRUE(ui.Tap("Path & skills"));
        ASSERT_TRUE(ui.ScrollTo("SQL"));
        ASSERT_TRUE(ui.Tap("SQL"));
        ui.Frames(3);
        EXPECT_FALSE(platform.Disk.Exists(kDraft)) << "an editor only opened holds nothing to keep";
        ASSERT_TRUE(ui.ScrollTo("evidence"));
        ASSERT_TRUE(ui.Tap("evidence"));
        ui.TypeText("Led the data migration");
        EXPECT_TRUE(platform.Disk.Exists(kDraft));
    }
    {
        UiDriver ui(platform);
        ExpectRestored(ui, Page::PathSkills);
        ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save skill"));
        ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save skill"));
        EXPECT_EQ(ui.GetApp().GetSession().Data().Skills.at(0).Evidence, "Led the data migration");
        EXPECT_FALSE(platform.Disk.Exists(kDraft)) << "saved: the draft goes";

        trellis::CareerPath path;
        path.Title = "Engineering";
        trellis::PathRole role;
        role.Title = "Senior engineer";
        path.Roles = { role };
        ASSERT_TRUE(ui.GetApp().GetSession().AddCareerPath(path, platform.NowMs()));
        ui.Frames(2);
        ASSERT_TRUE(ui.ScrollTo("Senior engineer"));
        ASSERT_TRUE(ui.Tap("Senior engineer"));
        ASSERT_TRUE(ui.Tap("role-title"));
        ui.PressKey(ImGuiKey_End);
        ui.TypeText(" II");
        // A skill and an experience typed into their add fields, not added yet: kept too.
        ASSERT_TRUE(ui.ScrollTo("new-need"));
        ASSERT_TRUE(ui.Tap("new-need"));
        ui.TypeText("System design");
        ASSERT_TRUE(ui.ScrollTo("new-experience"));
        ASSERT_TRUE(ui.Tap("new-experience"));
        ui.TypeText("Led a cross-team project");
        ui.Frames(2);
    }
    {
        UiDriver ui(platform);
        ExpectRestored(ui, Page::PathSkills);
        ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save role")) << "the role's editor, not the path's";
        ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save role"));
        const trellis::PathRole& saved = ui.GetApp().GetSession().Data().CareerPaths.at(0).Roles.at(0);
        EXPECT_EQ(saved.Title, "Senior engineer II");
        ASSERT_EQ(saved.Skills.size(), 1u) << "the skill typed before the reload";
        EXPECT_EQ(saved.Skills[0].SkillName, "System design");
        ASSERT_EQ(saved.Experiences.size(), 1u) << "the experience typed before the reload";
        EXPECT_EQ(saved.Experiences[0].Title, "Led a cross-team project");
    }
    // A draft of a path deleted since has nothing to open: it goes.
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Plan"));
        ASSERT_TRUE(ui.Tap("Path & skills"));
        ASSERT_TRUE(ui.ScrollTo("Senior engineer II"));
        ASSERT_TRUE(ui.Tap("Senior engineer II"));
        ASSERT_TRUE(ui.Tap("role-title"));
        ui.TypeText("!");
        ASSERT_TRUE(platform.Disk.Exists(kDraft));
        trellis::Session& session = ui.GetApp().GetSession();
        ASSERT_TRUE(session.DeleteCareerPath(session.Data().CareerPaths.at(0).Meta.RecordId, platform.NowMs()));
    }
    UiDriver ui(platform);
    EXPECT_EQ(ui.Find("Throw it away"), nullptr);
    EXPECT_FALSE(platform.Disk.Exists(kDraft));
}

TEST(UiDrafts, AMeetingsNotesComeBackAndGoOnceSaved)
{
    FakePlatform platform;
    const std::string day = [&] {
        UiDriver ui(platform);
        trellis::OneOnOne meeting;
        meeting.On = trellis::AddDays(Today(platform), -2);
        meeting.Notes = "Talked about the guild.";
        EXPECT_TRUE(ui.GetApp().GetSession().AddOneOnOne(meeting, platform.NowMs()));
        return Widgets::FormatDate(meeting.On);
    }();
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("1:1"));
        ASSERT_TRUE(ui.ScrollTo(day.c_str()));
        ASSERT_TRUE(ui.Tap(day.c_str()));
        ui.Frames(3);
        EXPECT_FALSE(platform.Disk.Exists(kDraft));
        ASSERT_TRUE(ui.ScrollTo("private-notes"));
        ASSERT_TRUE(ui.Tap("private-notes"));
        ui.TypeText("Ask about the budget next time");
        EXPECT_TRUE(platform.Disk.Exists(kDraft)) << "typed, the field not left yet: only a draft has it";
        EXPECT_EQ(ui.GetApp().GetSession().Data().OneOnOnes.at(0).PrivateNotes, "");
    }
    {
        UiDriver ui(platform);
        ExpectRestored(ui, Page::OneOnOne);
        EXPECT_EQ(ui.GetApp().GetSession().Data().OneOnOnes.at(0).PrivateNotes, "") << "not saved by itself";
        ASSERT_TRUE(ui.ScrollTo("notes"));
        ASSERT_TRUE(ui.Tap("notes"));
        ui.PressKey(ImGuiKey_End);
        ui.TypeText(" And the rota.");
        ASSERT_TRUE(ui.Tap("Keep writing"));
        for (int i = 0; i < 10 && ui.Find(ICON_LEFT "  One-on-one") == nullptr; i++)
            ui.Drag(ImVec2(200.0f, 200.0f), ImVec2(200.0f, 700.0f), 10);
        ui.Frames(30);
        ASSERT_TRUE(ui.Tap(ICON_LEFT "  One-on-one"));     // closing the meeting saves its notes
        const trellis::OneOnOne& saved = ui.GetApp().GetSession().Data().OneOnOnes.at(0);
        EXPECT_EQ(saved.PrivateNotes, "Ask about the budget next time");
        EXPECT_EQ(saved.Notes, "Talked about the guild. And the rota.");
        ui.Frames(2);
        EXPECT_FALSE(platform.Disk.Exists(kDraft));
    }
    // Notes saved by leaving the field leave no draft behind.
    {
        UiDriver ui(platform);
        EXPECT_EQ(ui.Find("Throw it away"), nullptr);
        ASSERT_TRUE(ui.Tap("1:1"));
        ASSERT_TRUE(ui.ScrollTo(day.c_str()));
        ASSERT_TRUE(ui.Tap(day.c_str()));
        ASSERT_TRUE(ui.ScrollTo("notes"));
        ASSERT_TRUE(ui.Tap("notes"));
        ui.TypeText("x");
        ui.Frames(2);
        EXPECT_TRUE(platform.Disk.Exists(kDraft));
        ASSERT_TRUE(ui.Tap("We talked about my career path"));  // the field is left: the notes save
        ui.Frames(2);
        EXPECT_NE(ui.GetApp().GetSession().Data().OneOnOnes.at(0).Notes.find('x'), std::string::npos);
        EXPECT_FALSE(platform.Disk.Exists(kDraft)) << "nothing unsaved is left to keep";
    }
}

TEST(UiDrafts, TheWeekReviewComesBackOnItsQuestion)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Journal"));
        ASSERT_TRUE(ui.Tap(ICON_HEART "  Review my week"));
        ui.Frames(3);
        EXPECT_FALSE(platform.Disk.Exists(kDraft)) << "no answer yet";
        ASSERT_TRUE(ui.Tap("new"));
        ui.TypeText("Pairing with Ana");
        ASSERT_TRUE(ui.Tap("Next  " ICON_RIGHT));
        ASSERT_TRUE(ui.Tap("Next  " ICON_RIGHT));
        ASSERT_TRUE(ui.Tap("4"));
        ASSERT_TRUE(ui.Tap("week note"));
        ui.TypeText("Long week, good end.");
        EXPECT_TRUE(platform.Disk.Exists(kDraft));
    }
    {
        UiDriver ui(platform);
        ExpectRestored(ui, Page::WeekReview);
        EXPECT_NE(ui.Find("Step 3 of 3"), nullptr) << "back on the question it was on";
        EXPECT_TRUE(ui.GetApp().GetSession().Data().Reflections.empty());
        ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save my week"));
        ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save my week"));
        const std::vector<trellis::Reflection>& entries = ui.GetApp().GetSession().Data().Reflections;
        ASSERT_EQ(entries.size(), 1u);
        EXPECT_EQ(entries[0].Loved, (std::vector<std::string>{"Pairing with Ana"}));
        EXPECT_EQ(entries[0].Energy, 4);
        EXPECT_EQ(entries[0].Text, "Long week, good end.");
        ui.Frames(2);
        EXPECT_FALSE(platform.Disk.Exists(kDraft));
    }
}

TEST(UiDrafts, AManagersCommentAndANewGoalsTitleComeBack)
{
    FakePlatform platform;
    {
        UiDriver ui(platform);
        ui.GetApp().OnFileOpened("share.json", ShareFileFrom("Inès", "Run the guild"));
        ui.Frames(2);
        ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
        ASSERT_TRUE(ui.Tap("1:1"));
        ASSERT_TRUE(ui.Tap("Team"));
        ASSERT_TRUE(ui.Tap("Inès"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Comment"));
        ui.Frames(2);
        ASSERT_TRUE(ui.Tap("Agreed"));
        ASSERT_TRUE(ui.ScrollTo("comment"));
        ASSERT_TRUE(ui.Tap("comment"));
        ui.TypeText("We agreed on the guild's first talk");
        EXPECT_TRUE(platform.Disk.Exists(kDraft));
    }
    {
        UiDriver ui(platform);
        ExpectRestored(ui, Page::Team);
        ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Add comment"));
        ASSERT_TRUE(ui.Tap(ICON_CHECK "  Add comment"));
        const std::vector<trellis::Comment>& comments = ui.GetApp().GetSession().Data().Team.at(0).Plan.Comments;
        ASSERT_EQ(comments.size(), 1u);
        EXPECT_EQ(comments[0].Text, "We agreed on the guild's first talk");
        EXPECT_EQ(comments[0].Kind, trellis::CommentKind::Agreement) << "its kind came back too";
        ui.Frames(2);
        EXPECT_FALSE(platform.Disk.Exists(kDraft));

        // An agreed action with the one who does it and a due date: all three come back.
        ASSERT_TRUE(ui.ScrollTo(ICON_PLUS "  Comment"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Comment"));
        ui.Frames(2);
        ASSERT_TRUE(ui.Tap("Action"));
        ASSERT_TRUE(ui.ScrollTo("comment"));
        ASSERT_TRUE(ui.Tap("comment"));
        ui.TypeText("Book the room for the talk");
        ASSERT_TRUE(ui.ScrollTo("I do it"));
        ASSERT_TRUE(ui.Tap("I do it"));
        ASSERT_TRUE(ui.ScrollTo(ICON_CALENDAR "  Set a due date"));
        ASSERT_TRUE(ui.Tap(ICON_CALENDAR "  Set a due date"));
        const trellis::Date due = trellis::AddDays(Today(platform), 14);
        for (int i = 0; i < 2 && ui.Find(due.ToString().c_str()) == nullptr; i++)
            ASSERT_TRUE(ui.Tap("Next month") || ui.ScrollTo("Next month"));
        ASSERT_TRUE(ui.ScrollTo(due.ToString().c_str()));
        ASSERT_TRUE(ui.Tap(due.ToString().c_str()));
        ui.Frames(2);
    }
    {
        UiDriver ui(platform);
        ExpectRestored(ui, Page::Team);
        ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Add comment"));
        ASSERT_TRUE(ui.Tap(ICON_CHECK "  Add comment"));
        const std::vector<trellis::Comment>& comments = ui.GetApp().GetSession().Data().Team.at(0).Plan.Comments;
        ASSERT_EQ(comments.size(), 2u);
        const trellis::Comment& action = comments[0].Kind == trellis::CommentKind::Action ? comments[0] : comments[1];
        EXPECT_EQ(action.Kind, trellis::CommentKind::Action);
        EXPECT_EQ(action.Text, "Book the room for the talk");
        EXPECT_EQ(action.Owner, trellis::ActionOwner::Manager) << "the manager does it, as tapped";
        EXPECT_EQ(action.Due, trellis::AddDays(Today(platform), 14)) << "the due date came back too";
        ui.Frames(2);
        EXPECT_FALSE(platform.Disk.Exists(kDraft));

        ASSERT_TRUE(ui.Tap("Goals"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.Frames(2);
        ui.TypeText("Speak at a conference");
        ASSERT_TRUE(ui.ScrollTo("Learning"));
        ASSERT_TRUE(ui.Tap("Learning"));
        EXPECT_TRUE(platform.Disk.Exists(kDraft));
    }
    {
        UiDriver ui(platform);
        ExpectRestored(ui, Page::Goals);
        ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save goal"));
        ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save goal"));
        const std::vector<trellis::Goal>& goals = ui.GetApp().GetSession().Data().Goals;
        ASSERT_EQ(goals.size(), 1u);
        EXPECT_EQ(goals[0].Title, "Speak at a conference");
        EXPECT_EQ(goals[0].Kind, trellis::Motivation::Learning);
    }
    // Thrown away, it is gone and the form with it.
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Goals"));
        ASSERT_TRUE(ui.Tap(ICON_PLUS "  Add a goal"));
        ui.Frames(2);
        ui.TypeText("Not this one");
    }
    {
        UiDriver ui(platform);
        ASSERT_TRUE(ui.Tap("Throw it away"));
        EXPECT_FALSE(platform.Disk.Exists(kDraft));
        EXPECT_EQ(ui.Find(ICON_CHECK "  Save goal"), nullptr);
        EXPECT_EQ(ui.GetApp().GetSession().Data().Goals.size(), 1u);
    }
}
