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

// Version 1 of the draft file, as the app wrote it: it loads, and is written again byte for byte.
TEST(Drafts, TheGoldenDraftLoadsAndIsWrittenAgainByteForByte)
{
    test::WriteGoldenIfAsked("draft-v1.json", EncodeDraft(ReflectionDraft()) + "\n");
    std::string file = test::ReadGolden("draft-v1.json");
    Result<Draft> loaded = DecodeDraft(file);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_EQ(loaded->AsReflection.Text, ReflectionDraft().AsReflection.Text);
    while (!file.empty() && file.back() == '\n')
        file.pop_back();
    EXPECT_EQ(EncodeDraft(loaded.Value()), file);
}
