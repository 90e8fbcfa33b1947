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

// Stores the checksum a kHeaderChecked file with this header and payload must have, as a writer
// that meant every byte would.
static void Reseal(std::string& bytes)
{
    const uint64_t checksum = HeaderCheckedChecksum(bytes);
    for (int i = 0; i < 8; i++)
        bytes[32 + i] = static_cast<char>((checksum >> (8 * i)) & 0xFF);
}

static size_t HeaderSize(const std::string& bytes)
{
    return 41 + static_cast<unsigned char>(bytes[40]);
}

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
    Reseal(bytes);
    Result<Workspace> decoded = DecodeStoredWorkspace(bytes);
    ASSERT_FALSE(decoded);
    EXPECT_NE(decoded.GetError().Message.find("newer Trellis"), std::string::npos);
}

TEST(BinaryCodec, WritesTheHeaderCheckedFlag)
{
    const std::string bytes = EncodeWorkspaceBinary(test::SampleWorkspace(), 0);
    EXPECT_EQ(static_cast<unsigned char>(bytes[12]), kHeaderChecked);
    EXPECT_EQ(bytes.substr(13, 3), std::string(3, '\0'));
    uint64_t stored = 0;
    for (int i = 7; i >= 0; i--)
        stored = (stored << 8) | static_cast<unsigned char>(bytes[32 + i]);
    EXPECT_EQ(stored, HeaderCheckedChecksum(bytes));
}

// The checksum covers the whole header, and damage is told before "newer": no single flipped bit
// of the header, the schema and the flags included, reads as a file from a newer Trellis.
TEST(BinaryCodec, AFlippedBitAnywhereInTheHeaderIsDamage)
{
    const std::string bytes = EncodeWorkspaceBinary(test::SampleWorkspace(), 1732300001000);
    ASSERT_TRUE(DecodeStoredWorkspace(bytes));
    const size_t header = HeaderSize(bytes);
    ASSERT_GT(header, 41u);
    int flips = 0;
    for (size_t at = 0; at < header; at++)
        for (int bit = 0; bit < 8; bit++)
        {
            std::string altered = bytes;
            altered[at] = static_cast<char>(altered[at] ^ (1 << bit));
            Result<Workspace> decoded = DecodeStoredWorkspace(altered);
            ASSERT_FALSE(decoded) << "byte " << at << " bit " << bit;
            const std::string& message = decoded.GetError().Message;
            EXPECT_NE(message.find("damaged"), std::string::npos) << "byte " << at << " bit " << bit << ": " << message;
            EXPECT_EQ(message.find("newer"), std::string::npos) << "byte " << at << " bit " << bit << ": " << message;
            EXPECT_FALSE(DecodeStoredHeader(altered)) << "byte " << at << " bit " << bit;
            flips++;
        }
    EXPECT_EQ(flips, static_cast<int>(header * 8));
}

// A flag bit this build does not know, written on purpose (the checksum covers it), is a newer
// Trellis; the same bit that does not match the checksum is damage.
TEST(BinaryCodec, AFlagThisBuildDoesNotKnowIsANewerTrellis)
{
    const std::string good = EncodeWorkspaceBinary(test::SampleWorkspace(), 0);
    for (const auto& [at, bit] : {std::pair{12, 0x02}, std::pair{13, 0x01}, std::pair{15, 0x80}})
    {
        std::string bytes = good;
        bytes[at] = static_cast<char>(bytes[at] | bit);
        Result<Workspace> flipped = DecodeStoredWorkspace(bytes);
        ASSERT_FALSE(flipped);
        EXPECT_NE(flipped.GetError().Message.find("damaged"), std::string::npos) << flipped.GetError().Message;

        Reseal(bytes);
        Result<Workspace> written = DecodeStoredWorkspace(bytes);
        ASSERT_FALSE(written);
        EXPECT_NE(written.GetError().Message.find("newer Trellis"), std::string::npos) << written.GetError().Message;
        EXPECT_FALSE(DecodeStoredHeader(bytes));
    }
}

// Without kHeaderChecked (a file by an older build) the header is not covered, so what only a
// flipped bit can have made is damage: flags no build writes, a schema no such build wrote.
TEST(BinaryCodec, AnUncheckedHeaderWithFlagsOrASchemaNoOlderBuildWroteIsDamage)
{
    std::string legacy = EncodeWorkspaceBinary(test::SampleWorkspace(), 0);
    legacy[12] = 0;
    const uint64_t payload_checksum = FileChecksum(std::string_view(legacy).substr(HeaderSize(legacy)));
    for (int i = 0; i < 8; i++)
        legacy[32 + i] = static_cast<char>((payload_checksum >> (8 * i)) & 0xFF);
    ASSERT_TRUE(DecodeStoredWorkspace(legacy)) << DecodeStoredWorkspace(legacy).GetError().Message;

    std::string flagged = legacy;
    flagged[12] = 0x02;
    std::string schema = legacy;
    schema[8] = static_cast<char>(kLastSchemaWithoutHeaderCheck + 1);
    std::string high_schema = legacy;
    high_schema[11] = static_cast<char>(0x80);
    for (const std::string* bytes : {&flagged, &schema, &high_schema})
    {
        Result<Workspace> decoded = DecodeStoredWorkspace(*bytes);
        ASSERT_FALSE(decoded);
        EXPECT_NE(decoded.GetError().Message.find("damaged"), std::string::npos) << decoded.GetError().Message;
    }
}

TEST(BinaryCodec, StoredDecodingReadsBothEncodings)
{
    const Workspace original = test::SampleWorkspace();
    EXPECT_TRUE(DecodeStoredWorkspace(EncodeWorkspace(original, 0)));
    EXPECT_TRUE(DecodeStoredWorkspace(EncodeWorkspaceBinary(original, 0)));
    EXPECT_FALSE(DecodeStoredWorkspace("\x89TRELLIS"));
}
