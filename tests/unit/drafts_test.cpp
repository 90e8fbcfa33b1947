// Drafts on the device (core/drafts.h): what an editor holds comes back after a reload, a torn
// write leaves the previous draft, and a damaged one is refused in words.
#include <gtest/gtest.h>

#include "core/drafts.h"
#include "golden_files.h"
#include "test_support.h"

using namespace trellis;

namespace {

Draft ReflectionDraft()
{
    Draft draft;
    draft.Kind = DraftKind::Reflection;
    draft.IsNew = true;
    draft.SavedMs = 1765100000000;
    draft.AsReflection.On = Date::FromCivil(2026, 12, 7);
    draft.AsReflection.Prompt = "What did you love about work today, and what drained you?";
    draft.AsReflection.Text = "Paired with Ana on the parser.\nThe planning meeting ran long.";
    draft.AsReflection.Loved = {"Pairing on hard problems"};
    draft.AsReflection.Energy = 4;
    return draft;
}

} // namespace

TEST(Drafts, NoneUntilOneIsSavedAndGoneWhenRemoved)
{
    MemoryFileSystem fs;
    Result<std::optional<Draft>> none = LoadDraft(fs, "/data");
    ASSERT_TRUE(none);
    EXPECT_FALSE(none.Value().has_value());

    ASSERT_TRUE(SaveDraft(fs, "/data", ReflectionDraft()));
    EXPECT_FALSE(fs.Exists("/data/draft.json.tmp"));
    Result<std::optional<Draft>> loaded = LoadDraft(fs, "/data");
    ASSERT_TRUE(loaded);
    ASSERT_TRUE(loaded.Value().has_value());
    const Draft& back = *loaded.Value();
    EXPECT_EQ(back.Kind, DraftKind::Reflection);
    EXPECT_TRUE(back.IsNew);
    EXPECT_EQ(back.SavedMs, 1765100000000);
    EXPECT_EQ(back.AsReflection.Text, ReflectionDraft().AsReflection.Text);
    EXPECT_EQ(back.AsReflection.Loved, ReflectionDraft().AsReflection.Loved);
    EXPECT_EQ(back.AsReflection.Energy, 4);

    ASSERT_TRUE(RemoveDraft(fs, "/data"));
    EXPECT_FALSE(LoadDraft(fs, "/data").Value().has_value());
    EXPECT_TRUE(RemoveDraft(fs, "/data")) << "removing no draft is fine";
}

TEST(Drafts, EachKindKeepsItsOwnRecord)
{
    Draft goal;
    goal.Kind = DraftKind::Goal;
    goal.IsNew = false;
    goal.AsGoal.Title = "Speak at a conference";
    goal.AsGoal.Why = "To share what the guild learned";
    Result<Draft> back = DecodeDraft(EncodeDraft(goal));
    ASSERT_TRUE(back) << back.GetError().Message;
    EXPECT_EQ(back->Kind, DraftKind::Goal);
    EXPECT_FALSE(back->IsNew);
    EXPECT_EQ(back->AsGoal.Why, "To share what the guild learned");

    Draft activity;
    activity.Kind = DraftKind::PlanActivity;
    activity.AsActivity.Title = "Mentor a new hire";
    activity.AsActivity.Outcome = "They ship alone";
    back = DecodeDraft(EncodeDraft(activity));
    ASSERT_TRUE(back) << back.GetError().Message;
    EXPECT_EQ(back->Kind, DraftKind::PlanActivity);
    EXPECT_EQ(back->AsActivity.Outcome, "They ship alone");
}

TEST(Drafts, ACrashWhileSavingKeepsTheDraftBefore)
{
    for (int step = 0; step < 3; step++)
    {
        test::FaultyFileSystem fs;
        ASSERT_TRUE(SaveDraft(fs, "/data", ReflectionDraft()));
        fs.Steps = 0;
        fs.FailAtStep = step;
        Draft next = ReflectionDraft();
        next.AsReflection.Text += " More";
        EXPECT_FALSE(SaveDraft(fs, "/data", next)) << "step " << step;
        Result<std::optional<Draft>> loaded = LoadDraft(fs, "/data");
        ASSERT_TRUE(loaded) << "step " << step;
        EXPECT_EQ(loaded.Value()->AsReflection.Text, ReflectionDraft().AsReflection.Text) << "step " << step;
    }
}

TEST(Drafts, DamagedDraftsAreRefusedInWords)
{
    for (const char* bytes : { "", "{", "{\"draft\":{\"cereal_class_version\":1,\"kind\":\"poem\",\"new\":true,\"saved_ms\":0}}",
                               "{\"draft\":{\"cereal_class_version\":1,\"kind\":\"goal\",\"new\":true,\"saved_ms\":-1}}" })
    {
        Result<Draft> decoded = DecodeDraft(bytes);
        ASSERT_FALSE(decoded) << bytes;
        EXPECT_NE(decoded.GetError().Message.find("draft"), std::string::npos) << decoded.GetError().Message;
    }
    EXPECT_FALSE(DecodeDraft(std::string(kMaxDraftBytes + 1, ' ')));
}

// Version 1 of the draft file, as the app wrote it: it still loads, whole.
TEST(Drafts, TheVersion1GoldenDraftStillLoads)
{
    Result<Draft> loaded = DecodeDraft(test::ReadGolden("draft-v1.json"));
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_EQ(loaded->Kind, DraftKind::Reflection);
    EXPECT_EQ(loaded->AsReflection.Text, ReflectionDraft().AsReflection.Text);
    EXPECT_EQ(loaded->AsReflection.Loved, ReflectionDraft().AsReflection.Loved);
    EXPECT_EQ(EncodeDraft(loaded.Value()), EncodeDraft(ReflectionDraft())) << "it is the draft written today";
}

// A note (version 2): meeting notes typed and not saved.
static Draft NoteDraft()
{
    Draft draft;
    draft.Kind = DraftKind::Note;
    draft.IsNew = false;
    draft.SavedMs = 1765100000000;
    draft.Place = NotePlace::MeetingNotes;
    draft.About = "0123456789abcdef0123456789abcdef";
    draft.Texts = {"Talked about the guild.\nAnd the rota.", "Ask about the budget"};
    return draft;
}

// Version 2 of the draft file, as the app writes it: it loads, and is written again byte for byte.
TEST(Drafts, TheGoldenDraftLoadsAndIsWrittenAgainByteForByte)
{
    test::WriteGoldenIfAsked("draft-v2.json", EncodeDraft(NoteDraft()) + "\n");
    std::string file = test::ReadGolden("draft-v2.json");
    Result<Draft> loaded = DecodeDraft(file);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_EQ(loaded->Kind, DraftKind::Note);
    EXPECT_EQ(loaded->Place, NotePlace::MeetingNotes);
    EXPECT_EQ(loaded->About, NoteDraft().About);
    EXPECT_EQ(loaded->Texts, NoteDraft().Texts);
    while (!file.empty() && file.back() == '\n')
        file.pop_back();
    EXPECT_EQ(EncodeDraft(loaded.Value()), file);
}

// Every kind of version 2 comes back as written; what no editor could have written is refused.
TEST(Drafts, EveryKindComesBackAndImpossibleOnesAreRefused)
{
    Draft skill;
    skill.Kind = DraftKind::Skill;
    skill.AsSkill.Name = "SQL";
    skill.AsSkill.Evidence = "Led the migration";
    Draft path;
    path.Kind = DraftKind::CareerPath;
    path.AsPath.Title = "Engineering";
    path.AsPath.Roles.resize(2);
    path.AsPath.Roles[1].Title = "Senior engineer";
    path.RoleIndex = 1;
    Draft week;
    week.Kind = DraftKind::WeekReview;
    week.AsReflection.Loved = {"Pairing"};
    week.AsReflection.Text = "Long week";
    week.Step = 2;
    Draft goal_title = NoteDraft();
    goal_title.Place = NotePlace::NewGoal;
    goal_title.Texts = {"Speak at a conference", "2"};
    for (const Draft& draft : { skill, path, week, goal_title, NoteDraft() })
    {
        Result<Draft> back = DecodeDraft(EncodeDraft(draft));
        ASSERT_TRUE(back) << back.GetError().Message;
        EXPECT_EQ(EncodeDraft(back.Value()), EncodeDraft(draft));
    }
    Result<Draft> back = DecodeDraft(EncodeDraft(path));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->RoleIndex, 1);
    EXPECT_EQ(back->AsPath.Roles[1].Title, "Senior engineer");

    Draft no_role = path;
    no_role.RoleIndex = 2;
    Draft bad_step = week;
    bad_step.Step = 3;
    Draft many = NoteDraft();
    many.Texts.assign(kMaxDraftTexts + 1, "x");
    for (const Draft& draft : { no_role, bad_step, many })
        EXPECT_FALSE(DecodeDraft(EncodeDraft(draft))) << EncodeDraft(draft);
    std::string place = EncodeDraft(NoteDraft());
    place.replace(place.find("meeting-notes"), 13, "the-kitchen!!");
    EXPECT_FALSE(DecodeDraft(place));
    // A version 1 file knew none of the new kinds.
    std::string old = EncodeDraft(skill);
    old.replace(old.find("\"cereal_class_version\": 2"), 25, "\"cereal_class_version\": 1");
    EXPECT_FALSE(DecodeDraft(old)) << old;
}
