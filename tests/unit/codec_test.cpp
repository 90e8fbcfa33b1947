#include <gtest/gtest.h>

#include "core/codec.h"
#include "core/serialize.h"
#include "sample_workspace.h"
#include "test_support.h"

using namespace trellis;

static void ExpectSameWorkspace(const Workspace& a, const Workspace& b)
{
    // Encoding is deterministic, so equal encodings mean equal workspaces.
    EXPECT_EQ(EncodeWorkspace(a, 0), EncodeWorkspace(b, 0));
    ASSERT_EQ(a.Goals.size(), b.Goals.size());
}

TEST(Codec, RoundTripKeepsEverything)
{
    const Workspace original = test::SampleWorkspace();
    const std::string bytes = EncodeWorkspace(original, 1732300001000);
    Result<Workspace> decoded = DecodeWorkspace(bytes);
    ASSERT_TRUE(decoded) << decoded.GetError().Message;
    ExpectSameWorkspace(original, decoded.Value());
    const Goal& g = decoded->Goals[0];
    EXPECT_EQ(g.Title, original.Goals[0].Title);
    EXPECT_EQ(g.Why, original.Goals[0].Why);
    EXPECT_EQ(g.Kind, Motivation::Advancement);
    EXPECT_EQ(g.Status, GoalStatus::OnHold);
    EXPECT_EQ(g.Visible, Visibility::Private);
    EXPECT_EQ(g.Target->ToString(), "2027-06-30");
    EXPECT_EQ(g.Milestones[0].DoneOn->ToString(), "2026-01-10");
    EXPECT_FALSE(g.Milestones[1].Due);
    EXPECT_EQ(decoded->Me.ManagerName, "Олег");
    EXPECT_TRUE(decoded->Goals[1].Meta.Deleted);
}

TEST(Codec, EveryRecordKindRoundTrips)
{
    const Workspace original = test::FullWorkspace();
    Result<Workspace> decoded = DecodeWorkspace(EncodeWorkspace(original, 0));
    ASSERT_TRUE(decoded) << decoded.GetError().Message;
    EXPECT_EQ(decoded->Me, original.Me);
    EXPECT_EQ(decoded->Goals, original.Goals);
    EXPECT_EQ(decoded->Reflections, original.Reflections);
    EXPECT_EQ(decoded->Skills, original.Skills);
    EXPECT_EQ(decoded->CareerPaths, original.CareerPaths);
    EXPECT_EQ(decoded->Activities, original.Activities);
    EXPECT_EQ(decoded->OneOnOnes, original.OneOnOnes);
    EXPECT_EQ(decoded->Comments, original.Comments);
}

TEST(Codec, HugeTextRoundTrips)
{
    Workspace w;
    Reflection long_entry;
    long_entry.On = Date::FromCivil(2026, 1, 1);
    for (int i = 0; i < 20000; i++)
        long_entry.Text += "é漢🙂\"\n";
    w.Reflections.push_back(long_entry);
    Result<Workspace> decoded = DecodeWorkspace(EncodeWorkspace(w, 0));
    ASSERT_TRUE(decoded) << decoded.GetError().Message;
    EXPECT_EQ(decoded->Reflections[0].Text, long_entry.Text);
}

TEST(Codec, EmptyWorkspaceRoundTrips)
{
    Result<Workspace> decoded = DecodeWorkspace(EncodeWorkspace(Workspace{}, 0));
    ASSERT_TRUE(decoded) << decoded.GetError().Message;
    EXPECT_TRUE(decoded->Goals.empty());
    EXPECT_TRUE(decoded->Reflections.empty());
    EXPECT_TRUE(decoded->Comments.empty());
}

TEST(Codec, RefusesWhatIsNotAWorkspace)
{
    EXPECT_EQ(DecodeWorkspace("").GetError().Message, "The workspace file is empty.");
    EXPECT_FALSE(DecodeWorkspace("not json at all"));
    EXPECT_FALSE(DecodeWorkspace("{\"header\":"));
    EXPECT_FALSE(DecodeWorkspace("[1,2,3]"));
    EXPECT_EQ(DecodeWorkspace(R"({"header":{"cereal_class_version":1,"format":"other-app","schema":1,"app_version":"1","saved_at":0}})").GetError().Message,
              "This is not a Trellis workspace file.");
}

TEST(Codec, RefusesANewerSchemaWithAnUpdateHint)
{
    std::string bytes = EncodeWorkspace(Workspace{}, 0);
    ASSERT_TRUE(test::ReplaceJsonValue(bytes, "schema", "99"));
    Result<Workspace> decoded = DecodeWorkspace(bytes);
    ASSERT_FALSE(decoded);
    EXPECT_NE(decoded.GetError().Message.find("newer Trellis"), std::string::npos);
}

TEST(Codec, RefusesBadValuesWithAReason)
{
    const std::string good = EncodeWorkspace(test::SampleWorkspace(), 0);
    struct Case { const char* key; const char* value; const char* reason; };
    const Case cases[] = {
        {"kind", "\"fame\"", "unknown value \"fame\" for kind"},
        {"target", "\"2027-02-30\"", "impossible date"},
        {"id", "\"xyz\"", "malformed id"},
        {"updated", "\"later.2.3\"", "malformed time stamp"},
        {"title", "42", "wrong type"},
        {"milestones", "{}", "wrong type"},
    };
    for (const Case& c : cases)
    {
        std::string bytes = good;
        ASSERT_TRUE(test::ReplaceJsonValue(bytes, c.key, c.value)) << c.key;
        Result<Workspace> decoded = DecodeWorkspace(bytes);
        ASSERT_FALSE(decoded) << c.key;
        EXPECT_NE(decoded.GetError().Message.find(c.reason), std::string::npos) << decoded.GetError().Message;
        EXPECT_EQ(decoded.GetError().Message.rfind("The workspace file is damaged", 0), 0u);
    }
}

TEST(Codec, RefusesBadValuesInEveryRecordKind)
{
    const std::string good = EncodeWorkspace(test::FullWorkspace(), 0);
    struct Case { const char* key; const char* value; const char* reason; };
    const Case cases[] = {
        {"date", "\"\"", "missing date in date"},
        {"date", "\"2026-02-30\"", "impossible date"},
        {"energy", "\"high\"", "wrong type"},
        {"type", "\"juggling\"", "unknown value \"juggling\" for type"},
        {"funding", "\"lottery\"", "unknown value \"lottery\" for funding"},
        {"about", "\"42\"", "malformed id in about"},
        {"owner", "\"team\"", "unknown value \"team\" for owner"},
        {"on", "\"\"", "malformed id in on"},
        {"reflections", "{}", "wrong type"},
    };
    for (const Case& c : cases)
    {
        std::string bytes = good;
        ASSERT_TRUE(test::ReplaceJsonValue(bytes, c.key, c.value)) << c.key;
        Result<Workspace> decoded = DecodeWorkspace(bytes);
        ASSERT_FALSE(decoded) << c.key;
        EXPECT_NE(decoded.GetError().Message.find(c.reason), std::string::npos) << decoded.GetError().Message;
    }
}

TEST(Codec, WritesTheCurrentSchema)
{
    const std::string bytes = EncodeWorkspace(Workspace{}, 0);
    EXPECT_NE(bytes.find("\"schema\": " + std::to_string(kSchemaVersion)), std::string::npos) << bytes.substr(0, 200);
}

// [SECTION] Binary

TEST(BinaryCodec, RoundTripKeepsEverything)
{
    const Workspace original = test::SampleWorkspace();
    const std::string bytes = EncodeWorkspaceBinary(original, 1732300001000);
    ASSERT_TRUE(IsBinaryWorkspace(bytes));
    Result<Workspace> decoded = DecodeWorkspaceBinary(bytes);
    ASSERT_TRUE(decoded) << decoded.GetError().Message;
    EXPECT_EQ(EncodeWorkspace(decoded.Value(), 0), EncodeWorkspace(original, 0));
    Result<FileHeader> header = DecodeStoredHeader(bytes);
    ASSERT_TRUE(header);
    EXPECT_EQ(header->SavedAtMs, 1732300001000);
    EXPECT_EQ(header->Schema, kSchemaVersion);
}

TEST(BinaryCodec, ATornOrAlteredFileIsDamagedNotHalfRead)
{
    const std::string bytes = EncodeWorkspaceBinary(test::SampleWorkspace(), 0);
    for (size_t keep : {size_t(0), size_t(5), size_t(30), bytes.size() / 2, bytes.size() - 1})
    {
        Result<Workspace> decoded = DecodeStoredWorkspace(bytes.substr(0, keep));
        ASSERT_FALSE(decoded) << keep;
    }
    for (size_t at = 50; at < bytes.size(); at += 97)
    {
        std::string altered = bytes;
        altered[at] = static_cast<char>(altered[at] ^ 0x20);
        Result<Workspace> decoded = DecodeWorkspaceBinary(altered);
        ASSERT_FALSE(decoded) << "byte " << at;
        EXPECT_NE(decoded.GetError().Message.find("damaged"), std::string::npos);
    }
    std::string longer = bytes + "x";
    EXPECT_FALSE(DecodeWorkspaceBinary(longer));
}

TEST(BinaryCodec, ANewerSchemaAsksForAnUpdate)
{
    std::string bytes = EncodeWorkspaceBinary(Workspace{}, 0);
    bytes[8] = static_cast<char>(kSchemaVersion + 1);
    Result<Workspace> decoded = DecodeStoredWorkspace(bytes);
    ASSERT_FALSE(decoded);
    EXPECT_NE(decoded.GetError().Message.find("newer Trellis"), std::string::npos);
}

TEST(BinaryCodec, StoredDecodingReadsBothEncodings)
{
    const Workspace original = test::SampleWorkspace();
    EXPECT_TRUE(DecodeStoredWorkspace(EncodeWorkspace(original, 0)));
    EXPECT_TRUE(DecodeStoredWorkspace(EncodeWorkspaceBinary(original, 0)));
    EXPECT_FALSE(DecodeStoredWorkspace("\x89TRELLIS"));
}
