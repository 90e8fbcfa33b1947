// The loop with the manager as the employee lives it in the app: the manager's comments in place,
// answers that travel back, agreed actions on the meeting, and the meeting written down.
#include <gtest/gtest.h>

#include "comments_view.h"
#include "core/agenda.h"
#include "core/exchange.h"
#include "core/records.h"
#include "core/session.h"
#include "core/store.h"
#include "core/views.h"
#include "icons.h"
#include "imgui_internal.h"
#include "ui_driver.h"
#include "widgets.h"

namespace {

// The manager's app, in memory: imports the employee's share file and answers it.
struct Manager
{
    trellis::MemoryFileSystem   Fs;
    trellis::WorkspaceStore     Store{Fs, "/data"};
    trellis::Session            App{Store, 99};
    uint64_t                    Report = 0;

    Manager()
    {
        EXPECT_TRUE(App.Open());
        trellis::Profile me = App.Data().Me;
        me.Name = "Ana Lima";
        EXPECT_TRUE(App.EditProfile(me, 1000));
    }
    void Import(const std::string& share, int64_t now_ms)
    {
        trellis::Result<trellis::ImportPreview> preview = trellis::PreviewImport(App.Data(), share);
        ASSERT_TRUE(preview) << preview.GetError().Message;
        Report = preview->File.Header.FromDevice;
        ASSERT_TRUE(App.ApplyImport(preview.Value(), now_ms));
    }
    std::string Response(int64_t now_ms) { return trellis::ExportResponse(App.Data(), Report, now_ms).Value(); }
};

void NameMe(trellis::Session& session, int64_t now_ms)
{
    trellis::Profile me = session.Data().Me;
    me.Name = "Inès";
    me.ManagerName = "Ana Lima";
    ASSERT_TRUE(session.EditProfile(me, now_ms));
}

std::string ShareOf(UiDriver& ui, FakePlatform& platform)
{
    return trellis::ExportShare(ui.GetApp().GetSession().Data(), platform.NowMs(), platform.UtcOffsetMinutes());
}

void ImportInApp(UiDriver& ui, const std::string& bytes)
{
    ui.GetApp().OnFileOpened("response.json", bytes);
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ui.Frames(2);
}

trellis::Date Today(FakePlatform& platform)
{
    return trellis::Date::FromUnixMs(platform.Now, platform.UtcOffsetMinutes());
}

} // namespace

TEST(UiMeeting, TheManagersCommentIsOnTheGoalAndMyAnswerTravelsBack)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    NameMe(session, platform.NowMs());
    const trellis::Id goal = session.AddGoal("Lead the design review", platform.NowMs()).Value();
    Manager manager;
    manager.Import(ShareOf(ui, platform), platform.NowMs());
    const trellis::Id said = manager.App.AddTeamComment(manager.Report, goal, trellis::CommentKind::Note,
                                                        "Great goal. Who could mentor you?", platform.NowMs()).Value();
    ImportInApp(ui, manager.Response(platform.NowMs()));

    // Home lists what arrived, and leads to it.
    ASSERT_NE(ui.Find(ICON_CHECK "  Mark as read"), nullptr) << "New from your manager, on Home";
    ASSERT_TRUE(ui.Tap("On your goal \xe2\x80\x9cLead the design review\xe2\x80\x9d"));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Goals);
    EXPECT_EQ(CommentBadge(session.Data(), goal), "  \xc2\xb7  " ICON_COMMENT " 1 comment");

    ASSERT_TRUE(ui.Tap("Lead the design review"));
    ASSERT_TRUE(ui.ScrollTo(ICON_REPLY "  Answer"));
    ASSERT_TRUE(ui.Tap(ICON_REPLY "  Answer"));
    ui.Frames(2);
    ui.TypeText("Maybe Chen from design.");
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Send answer"));
    const auto answer = std::find_if(session.Data().Comments.begin(), session.Data().Comments.end(),
                                     [&](const trellis::Comment& c) { return c.TargetId == said; });
    ASSERT_NE(answer, session.Data().Comments.end()) << "the answer is stored on the comment it answers";
    EXPECT_EQ(answer->Text, "Maybe Chen from design.");
    EXPECT_EQ(answer->Author, "Inès");
    ui.Frames(2);
    EXPECT_NE(ui.Find(ICON_REPLY "  Inès: Maybe Chen from design."), nullptr) << "shown under the comment";

    manager.Import(ShareOf(ui, platform), platform.NowMs());
    const trellis::Comment* arrived = trellis::FindRecord<trellis::Comment>(manager.App.Data().Team[0].Plan, answer->Meta.RecordId);
    ASSERT_NE(arrived, nullptr) << "the answer went with the next share file";

    // Read: the list leaves Home.
    ASSERT_TRUE(ui.Tap("Home"));
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Mark as read"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Mark as read"));
    EXPECT_EQ(ui.Find(ICON_CHECK "  Mark as read"), nullptr);
}

TEST(UiMeeting, AnAgreedActionArrivesOnTheMeetingIsTickedAndLeavesTheAgenda)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    NameMe(session, platform.NowMs());
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Plan a one-on-one"));
    ASSERT_EQ(session.Data().OneOnOnes.size(), 1u);
    const trellis::Id meeting = session.Data().OneOnOnes[0].Meta.RecordId;
    Manager manager;
    manager.Import(ShareOf(ui, platform), platform.NowMs());
    ASSERT_TRUE(manager.App.AddTeamComment(manager.Report, meeting, trellis::CommentKind::Action, "Send the audit plan", platform.NowMs(),
                                           trellis::ActionOwner::Me, trellis::AddDays(Today(platform), 3)));
    ImportInApp(ui, manager.Response(platform.NowMs()));
    EXPECT_NE(ui.GetApp().Notice().find("Imported"), std::string::npos);
    ASSERT_EQ(trellis::FindRecord<trellis::OneOnOne>(session.Data(), meeting)->Actions.size(), 1u);

    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_NE(ui.Find("Send the audit plan"), nullptr) << "agreed for the meeting, on its agenda";
    ASSERT_TRUE(ui.Tap("Send the audit plan"));
    EXPECT_TRUE(trellis::FindRecord<trellis::OneOnOne>(session.Data(), meeting)->Actions[0].DoneOn.has_value());
    // In the Markdown agenda, done.
    ASSERT_TRUE(ui.ScrollTo(ICON_FILE "  Markdown"));
    ASSERT_TRUE(ui.Tap(ICON_FILE "  Markdown"));
    ASSERT_FALSE(platform.Exports.empty());
    EXPECT_NE(platform.Exports.back().Bytes.find("- Done: Send the audit plan — Inès, due"), std::string::npos) << platform.Exports.back().Bytes;
}

TEST(UiMeeting, APastMeetingIsWrittenDownWithNotesActionsAndTheCareerTalk)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Record a past meeting"));
    ASSERT_EQ(session.Data().OneOnOnes.size(), 1u);
    const trellis::Id id = session.Data().OneOnOnes[0].Meta.RecordId;
    auto meeting = [&]() { return *trellis::FindRecord<trellis::OneOnOne>(session.Data(), id); };
    EXPECT_LT(meeting().On, Today(platform)) << "a meeting that happened";
    ASSERT_NE(ui.Find("Held on this day."), nullptr) << "its page is open";

    ASSERT_TRUE(ui.Tap("notes"));
    ui.Frames(2);
    ui.TypeText("We agreed on the audit.");
    ASSERT_TRUE(ui.Tap("private-notes"));      // leaving a field saves it
    ui.Frames(2);
    EXPECT_EQ(meeting().Notes, "We agreed on the audit.");
    ui.TypeText("Ask about Lisbon.");
    ASSERT_TRUE(ui.ScrollTo("We talked about my career path"));
    ASSERT_TRUE(ui.Tap("We talked about my career path"));
    ui.Frames(2);
    EXPECT_EQ(meeting().PrivateNotes, "Ask about Lisbon.");
    EXPECT_TRUE(meeting().CoveredCareer);
    const trellis::ReviewStatus review = trellis::CareerReviewStatus(session.Data(), trellis::LocalNow{platform.Now, platform.UtcOffsetMinutes()});
    ASSERT_TRUE(review.LastCareerTalk.has_value());
    EXPECT_EQ(review.Due, trellis::AddMonths(meeting().On, 6)) << "the review cadence starts again";

    for (const char* text : { "Book the course", "Share the rubric" })
    {
        ASSERT_TRUE(ui.ScrollTo("new-action"));
        ASSERT_TRUE(ui.Tap("new-action"));
        ui.Frames(2);
        ui.TypeText(text);
        ui.PressKey(ImGuiKey_Enter);
        ui.Frames(2);
    }
    ASSERT_EQ(meeting().Actions.size(), 2u);
    EXPECT_EQ(meeting().Actions[1].Text, "Share the rubric");
    // The second is the manager's, and goes first.
    const AutomationItem* second = nullptr;
    for (const AutomationItem& item : AutomationLastFrame())
        if (item.Label == "Who and when")
            second = &item;
    ASSERT_NE(second, nullptr);
    ASSERT_TRUE(ui.Tap(second->Id));
    ASSERT_TRUE(ui.ScrollTo("My manager"));
    ASSERT_TRUE(ui.Tap("My manager"));
    EXPECT_EQ(meeting().Actions[1].Owner, trellis::ActionOwner::Manager);
    ASSERT_TRUE(ui.ScrollTo(ICON_ARROW_UP "  Up"));
    ASSERT_TRUE(ui.Tap(ICON_ARROW_UP "  Up"));
    EXPECT_EQ(meeting().Actions[0].Text, "Share the rubric");
    ASSERT_TRUE(ui.ScrollTo("Book the course"));
    ASSERT_TRUE(ui.Tap("Book the course"));
    EXPECT_TRUE(meeting().Actions[1].DoneOn.has_value());

    // Back to the list: the meeting is among the past ones, and opens again.
    for (int i = 0; i < 10 && ui.Find(ICON_LEFT "  One-on-one") == nullptr; i++)
        ui.Drag(ImVec2(200.0f, 200.0f), ImVec2(200.0f, 700.0f), 10);     // back up to the top, by hand
    ui.Frames(30);
    ASSERT_TRUE(ui.Tap(ICON_LEFT "  One-on-one"));
    const std::string day = Widgets::FormatDate(meeting().On);
    ASSERT_TRUE(ui.ScrollTo(day.c_str()));
    ASSERT_TRUE(ui.Tap(day.c_str()));
    ASSERT_TRUE(ui.ScrollTo(ICON_TRASH "  Delete this meeting"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Delete this meeting"));
    ASSERT_TRUE(ui.Tap(ICON_TRASH "  Tap again to delete this meeting"));
    EXPECT_TRUE(meeting().Meta.Deleted);
    EXPECT_EQ(session.UndoLabel(), "Delete one-on-one");
    ASSERT_TRUE(session.Undo(platform.NowMs()));
    EXPECT_FALSE(meeting().Meta.Deleted);
}

TEST(UiMeeting, TheManagersActionHasAnOwnerAndADueDate)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ui.GetApp().OnFileOpened("share.json", ShareFileFrom("Inès", "Run the guild", false, [](trellis::Session& s) {
        trellis::OneOnOne next;
        next.On = trellis::Date::FromCivil(2025, 12, 1);
        EXPECT_TRUE(s.AddOneOnOne(next, 3500));
    }));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap("Team"));
    ASSERT_TRUE(ui.Tap("Inès"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Comment"));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap("Action"));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap("I do it"));
    ASSERT_TRUE(ui.Tap(ICON_CALENDAR "  Set a due date"));
    const trellis::Date due = trellis::AddDays(Today(platform), 14);
    ASSERT_TRUE(ui.ScrollTo(due.ToString().c_str()));
    ASSERT_TRUE(ui.Tap(due.ToString().c_str()));
    ASSERT_TRUE(ui.ScrollTo("comment"));
    ASSERT_TRUE(ui.Tap("comment"));
    ui.Frames(2);
    ui.TypeText("Find a budget for the course");
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Add comment"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Add comment"));
    const std::vector<trellis::Comment>& comments = ui.GetApp().GetSession().Data().Team[0].Plan.Comments;
    ASSERT_EQ(comments.size(), 1u);
    EXPECT_EQ(comments[0].Kind, trellis::CommentKind::Action);
    EXPECT_EQ(comments[0].Owner, trellis::ActionOwner::Manager);
    EXPECT_EQ(comments[0].Due, due);
}

TEST(UiMeeting, HomeSaysWhatIsDueThisWeekAndWhenTheNextCareerTalkIs)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    const trellis::Date today = Today(platform);
    trellis::PlanActivity course;
    course.Title = "Finish the SQL course";
    course.Due = trellis::AddDays(today, -2);
    ASSERT_TRUE(session.AddActivity(course, platform.NowMs()));
    trellis::Goal goal;
    goal.Title = "Lead the design review";
    goal.Status = trellis::GoalStatus::Active;
    goal.Target = trellis::AddDays(today, 3);
    ASSERT_TRUE(session.AddGoal(goal, platform.NowMs()));
    trellis::PlanActivity later;
    later.Title = "Read the book";
    later.Due = trellis::AddDays(today, 30);
    ASSERT_TRUE(session.AddActivity(later, platform.NowMs()));
    ui.Frames(2);
    ASSERT_NE(ui.Find("No career conversation recorded yet. Tick it on a one-on-one when you have one."), nullptr);

    const std::string overdue = "Finish the SQL course\nPlan activity, overdue since " + Widgets::FormatDate(course.Due.value());
    const std::string soon = "Lead the design review\nGoal, due " + Widgets::FormatDate(goal.Target.value());
    ASSERT_TRUE(ui.ScrollTo(overdue.c_str()));
    ASSERT_NE(ui.Find(soon.c_str()), nullptr);
    for (const AutomationItem& item : AutomationLastFrame())
        EXPECT_EQ(item.Label.find("Read the book"), std::string::npos) << "a month away is not this week";

    // The career talk, ticked on a meeting held today, moves the next one six months on.
    trellis::OneOnOne held;
    held.On = today;
    held.CoveredCareer = true;
    ASSERT_TRUE(session.AddOneOnOne(held, platform.NowMs()));
    ui.Frames(2);
    const std::string next = "Next career conversation by " + Widgets::FormatDate(trellis::AddMonths(today, 6)) + ".";
    EXPECT_NE(ui.Find(next.c_str()), nullptr) << "the career talk line says when the next one is due";

    ASSERT_TRUE(ui.Tap(overdue.c_str()));
    EXPECT_EQ(ui.GetApp().CurrentPage(), Page::Plan);
}

TEST(UiMeeting, AFirstRunAsksForTheNameOnceAndFilesCarryIt)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save"));
    EXPECT_NE(ui.Find("Type your name, or skip for now."), nullptr) << "an empty name is not saved";
    EXPECT_TRUE(session.Data().Me.Name.empty());
    ASSERT_TRUE(ui.Tap("welcome-name"));
    ui.Frames(2);
    ui.TypeText("  Sam Lee ");
    ASSERT_TRUE(ui.Tap("welcome-manager"));
    ui.Frames(2);
    ui.TypeText("Ana Lima");
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Save"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Save"));
    EXPECT_EQ(session.Data().Me.Name, "Sam Lee");
    EXPECT_EQ(session.Data().Me.ManagerName, "Ana Lima");
    ui.Frames(2);
    EXPECT_EQ(ui.Find("welcome-name"), nullptr) << "asked once";
    EXPECT_NE(ui.Find("Hello, Sam Lee."), nullptr);
    EXPECT_EQ(trellis::ExchangeFileName(trellis::FileKind::Share, session.Data().Me.Name, platform.Now).rfind("trellis-share-sam-lee-", 0), 0u);
}

TEST(UiMeeting, AFirstRunCanSkipTheName)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ASSERT_TRUE(ui.ScrollTo("Skip for now"));
    ASSERT_TRUE(ui.Tap("Skip for now"));
    ui.Frames(2);
    EXPECT_EQ(ui.Find("welcome-name"), nullptr);
    EXPECT_TRUE(ui.GetApp().GetSession().Data().Me.Name.empty());
}

TEST(UiMeeting, SettingsUndoesAndRedoesTheLastEdits)
{
    FakePlatform platform;
    UiDriver ui(platform);
    trellis::Session& session = ui.GetApp().GetSession();
    ASSERT_TRUE(session.AddGoal("Lead the design review", platform.NowMs()));
    trellis::Goal renamed = session.Data().Goals[0];
    renamed.Title = "Lead two design reviews";
    ASSERT_TRUE(session.EditGoal(renamed, platform.NowMs()));
    ui.GetApp().Open(Page::Settings);
    ui.Frames(2);
    const std::string undo = "Undo: " + session.UndoLabel();
    ASSERT_TRUE(ui.Tap(undo.c_str()));
    EXPECT_EQ(session.Data().Goals[0].Title, "Lead the design review");
    const std::string redo = "Redo: " + session.RedoLabel();
    ASSERT_TRUE(ui.Tap(redo.c_str()));
    EXPECT_EQ(session.Data().Goals[0].Title, "Lead two design reviews");
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(("Undo: " + session.UndoLabel()).c_str()));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(("Undo: " + session.UndoLabel()).c_str()));
    EXPECT_TRUE(session.Data().Goals.empty() || session.Data().Goals[0].Meta.Deleted) << "the goal itself is undone";
}

// Issue 17: choosing a comment's kind while typing it keeps the keyboard on the text.
TEST(UiMeeting, ACommentsKindChosenWhileTypingKeepsTheKeyboard)
{
    FakePlatform platform;
    UiDriver ui(platform);
    ui.GetApp().OnFileOpened("share.json", ShareFileFrom("Inès", "Run the guild"));
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap(ICON_CHECK " Import"));
    ASSERT_TRUE(ui.Tap("1:1"));
    ASSERT_TRUE(ui.Tap("Team"));
    ASSERT_TRUE(ui.Tap("Inès"));
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Comment"));
    ui.Frames(2);
    ASSERT_TRUE(ui.ScrollTo("comment"));
    ASSERT_TRUE(ui.Tap("comment"));
    ui.TypeText("Budget");
    ASSERT_TRUE(ImGui::GetIO().WantTextInput);
    ASSERT_TRUE(ui.Tap("Agreed"));
    ui.Frames(2);
    EXPECT_TRUE(ImGui::GetIO().WantTextInput) << "the text has the keyboard again";
    ui.TypeText(" for the course");
    ASSERT_TRUE(ui.ScrollTo(ICON_CHECK "  Add comment"));
    ASSERT_TRUE(ui.Tap(ICON_CHECK "  Add comment"));
    const std::vector<trellis::Comment>& comments = ui.GetApp().GetSession().Data().Team[0].Plan.Comments;
    ASSERT_EQ(comments.size(), 1u);
    EXPECT_EQ(comments[0].Text, "Budget for the course");
    EXPECT_EQ(comments[0].Kind, trellis::CommentKind::Agreement);

    // Chosen with no keyboard up, a kind raises none.
    ASSERT_TRUE(ui.Tap(ICON_PLUS "  Comment"));
    ui.Frames(2);
    ImGui::ClearActiveID();
    ui.Frames(2);
    ASSERT_TRUE(ui.Tap("Action"));
    ui.Frames(2);
    EXPECT_FALSE(ImGui::GetIO().WantTextInput);
}
