// Trellis's own archives (core/archives.h) against cereal's stream archives, which wrote every file
// Trellis made before them: the same bytes out, the same values back, and damage refused in words.
#include <cmath>
#include <limits>
#include <sstream>

#include <cereal/archives/json.hpp>
#include <cereal/archives/portable_binary.hpp>
#include <gtest/gtest.h>

#include "core/archives.h"
#include "core/codec.h"
#include "core/device_settings.h"
#include "core/exchange.h"
#include "core/serialize.h"
#include "golden_files.h"
#include "sample_workspace.h"
#include "test_support.h"

using namespace trellis;

// [SECTION] Encoding with both

// Every arithmetic width, unnamed values, nested and empty lists, and text that needs escaping:
// what our types do not all exercise yet.
struct Scalars
{
    bool                          Flag = true;
    int8_t                        Tiny = -8;
    uint16_t                      Short = 65535;
    int32_t                       Int = std::numeric_limits<int32_t>::min();
    uint32_t                      Uint = std::numeric_limits<uint32_t>::max();
    int64_t                       Long = std::numeric_limits<int64_t>::min();
    uint64_t                      Ulong = std::numeric_limits<uint64_t>::max();
    double                        Real = 0.1;
    float                         Single = -2.5f;
    double                        Infinite = std::numeric_limits<double>::infinity();
    std::string                   Text = "quote \" backslash \\ tab \t newline \n bell \x07 é 😀";
    std::vector<int>              Numbers = { 1, -2, 3 };
    std::vector<std::vector<int>> Nested = { {}, { 4 }, { 5, 6 } };
    std::vector<std::string>      Empty;

    template <class Archive>
    void serialize(Archive& ar, const std::uint32_t /*version*/)
    {
        ar(Flag, Tiny, Short);      // unnamed: "value0", "value1"... in JSON
        ar(cereal::make_nvp("int", Int), cereal::make_nvp("uint", Uint), cereal::make_nvp("long", Long));
        ar(cereal::make_nvp("ulong", Ulong), cereal::make_nvp("real", Real), cereal::make_nvp("single", Single));
        ar(cereal::make_nvp("infinite", Infinite), cereal::make_nvp("text", Text), Numbers, Nested);
        ar(cereal::make_nvp("empty", Empty));
    }
};
CEREAL_CLASS_VERSION(Scalars, 7);

template <class Archive, class T>
static std::string CerealJson(const T& value, typename Archive::Options options)
{
    std::ostringstream out;
    {
        Archive ar(out, options);
        ar(cereal::make_nvp("value", value));
        ar(value, value);     // unnamed at the top too, and the version only the first time
    }
    return out.str();
}

template <class T>
static std::string OurJson(const T& value, JsonOptions options)
{
    std::string out;
    {
        JsonOutputArchive ar(out, options);
        ar(cereal::make_nvp("value", value));
        ar(value, value);
    }
    return out;
}

template <class T>
static std::string CerealBinary(const T& value)
{
    std::ostringstream out;
    {
        cereal::PortableBinaryOutputArchive ar(out);
        ar(value, value);
    }
    return out.str();
}

template <class T>
static std::string OurBinary(const T& value)
{
    std::string out;
    {
        BinaryOutputArchive ar(out);
        ar(value, value);
    }
    return out;
}

// Writes `value` with both archives in every form Trellis uses, expects the same bytes, and reads
// cereal's bytes back with ours to the same value.
template <class T>
static void ExpectSameAsCereal(const T& value, const std::string& what)
{
    const std::string compact = CerealJson<cereal::JSONOutputArchive>(value, cereal::JSONOutputArchive::Options::NoIndent());
    EXPECT_EQ(OurJson(value, JsonOptions::NoIndent()), compact) << what;
    const std::string indented = CerealJson<cereal::JSONOutputArchive>(value, cereal::JSONOutputArchive::Options::Default());
    EXPECT_EQ(OurJson(value, JsonOptions{}), indented) << what;
    const std::string binary = CerealBinary(value);
    EXPECT_EQ(OurBinary(value), binary) << what;

    T from_json, first, second;
    {
        JsonInputArchive ar(compact);
        ar(cereal::make_nvp("value", from_json));
        ar(first, second);
    }
    EXPECT_EQ(OurJson(from_json, JsonOptions::NoIndent()), compact) << what;
    EXPECT_EQ(OurBinary(second), binary) << what;
    T from_binary, again;
    {
        BinaryInputArchive ar(binary);
        ar(from_binary, again);
        EXPECT_EQ(ar.Remaining(), 0u) << what;
    }
    EXPECT_EQ(OurBinary(from_binary), binary) << what;
}

// Every workspace the golden files hold, and the test samples.
static std::vector<std::pair<std::string, Workspace>> Workspaces()
{
    std::vector<std::pair<std::string, Workspace>> all = {
        { "empty", Workspace{} },
        { "SampleWorkspace", test::SampleWorkspace() },
        { "FullWorkspace", test::FullWorkspace() },
    };
    for (const char* name : { "workspace-v1.json", "workspace-v2.json", "workspace-v2.bin" })
    {
        Result<Workspace> loaded = DecodeStoredWorkspace(test::ReadGolden(name));
        EXPECT_TRUE(loaded) << name << ": " << loaded.GetError().Message;
        if (loaded)
            all.emplace_back(name, loaded.Value());
    }
    for (const char* name : { "share-v3.json", "response-v3.json", "backup-v3.json" })
    {
        Result<ExchangeFile> loaded = ReadExchangeFile(test::ReadGolden(name));
        EXPECT_TRUE(loaded) << name << ": " << loaded.GetError().Message;
        if (loaded)
            all.emplace_back(name, loaded->Content);
    }
    return all;
}

TEST(Archives, WriteWhatCerealWritesForEveryGoldenAndSampleWorkspace)
{
    const auto workspaces = Workspaces();
    EXPECT_EQ(workspaces.size(), 9u);
    for (const auto& [name, workspace] : workspaces)
        ExpectSameAsCereal(workspace, name);
}

TEST(Archives, WriteWhatCerealWritesForEveryKindOfValue)
{
    ExpectSameAsCereal(Scalars{}, "scalars");
    Scalars other;
    other.Real = -1e300;
    other.Infinite = std::nan("");
    other.Text.clear();
    other.Numbers.clear();
    ExpectSameAsCereal(std::vector<Scalars>{ Scalars{}, other }, "a list of scalars");
}

TEST(Archives, NothingWrittenIsNothing)
{
    std::string out;
    {
        JsonOutputArchive ar(out);
    }
    EXPECT_EQ(out, "");
}

// Written by an older schema, so it is not what we write now: cereal and we must read it alike.
TEST(Archives, TheGoldenBinaryPayloadReadsAsCerealReadsIt)
{
    const std::string file = test::ReadGolden("workspace-v2.bin");
    ASSERT_GT(file.size(), 41u);
    // The payload follows a 41-byte header and the app version, whose length is the header's last byte.
    const std::string payload = file.substr(41 + static_cast<unsigned char>(file[40]));
    Workspace by_cereal, by_us;
    {
        std::istringstream in(payload);
        cereal::PortableBinaryInputArchive ar(in);
        ar(by_cereal);
    }
    BinaryInputArchive ar(payload);
    ar(by_us);
    EXPECT_EQ(ar.Remaining(), 0u);
    EXPECT_EQ(OurBinary(by_us), CerealBinary(by_cereal));
    EXPECT_EQ(by_us.Goals.size(), 3u);
}

// The only indented file: written by cereal, before an editor added a last newline.
TEST(Archives, TheGoldenDeviceSettingsAreWrittenAgainByteForByte)
{
    std::string file = test::ReadGolden("device-v2.json");
    Result<DeviceSettings> loaded = DecodeDeviceSettings(file);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    while (!file.empty() && file.back() == '\n')
        file.pop_back();
    EXPECT_EQ(EncodeDeviceSettings(loaded.Value()), file);
}

// [SECTION] Damage

TEST(Archives, TruncatedJsonIsAnErrorAtEveryLength)
{
    const std::string json = EncodeWorkspace(test::FullWorkspace(), 0);
    for (size_t keep = 1; keep < json.size(); keep += 1 + keep / 50)
    {
        Result<Workspace> decoded = DecodeWorkspace(json.substr(0, keep));
        ASSERT_FALSE(decoded) << keep;
        EXPECT_NE(decoded.GetError().Message.find("damaged"), std::string::npos) << keep;
    }
    EXPECT_THROW(JsonInputArchive("{\"a\": 1} trailing"), JsonError);
    EXPECT_THROW(JsonInputArchive("42"), JsonError);
}

TEST(Archives, WrongTypesAndMissingFieldsAreNamed)
{
    struct Case { const char* json; const char* says; bool json_error; };
    const Case cases[] = {
        { R"({"value": {"cereal_class_version": 7, "value0": "yes"}})", "a \"value0\" that is not true or false", true },
        { R"({"value": {"cereal_class_version": 7, "value0": true, "value1": 1.5}})", "a \"value1\" that is not a whole number", true },
        { R"({"value": {"cereal_class_version": 7, "value0": true, "value1": 1, "value2": -1}})", "a \"value2\" that is not a positive whole number", true },
        { R"({"value": 5})", "a \"value\" that is not an object or a list", true },
        { R"({"value": {"cereal_class_version": 7, "value0": true, "value1": 1, "value2": 2}})", "no field \"int\"", false },
        { R"({"value": {"value0": true}})", "no field \"cereal_class_version\"", false },
        { R"({"other": {}})", "no field \"value\"", false },
    };
    for (const Case& c : cases)
    {
        try
        {
            JsonInputArchive ar(c.json);
            Scalars value;
            ar(cereal::make_nvp("value", value));
            ADD_FAILURE() << c.json << " loaded";
        }
        catch (const JsonError& e)
        {
            EXPECT_TRUE(c.json_error) << e.what();
            EXPECT_STREQ(e.what(), c.says);
        }
        catch (const cereal::Exception& e)
        {
            EXPECT_FALSE(c.json_error) << e.what();
            EXPECT_STREQ(e.what(), c.says);
        }
    }
}

TEST(Archives, AListInPlaceOfTextOrAnObjectIsAWrongType)
{
    std::vector<std::string> texts;
    JsonInputArchive list(R"({"texts": {"a": "b"}})");
    EXPECT_THROW(list(cereal::make_nvp("texts", texts)), JsonError);
    JsonInputArchive element(R"({"texts": ["a", 2]})");
    try
    {
        element(cereal::make_nvp("texts", texts));
        ADD_FAILURE() << "loaded";
    }
    catch (const JsonError& e)
    {
        EXPECT_STREQ(e.what(), "a value in \"texts\" that is not text");
    }
}

TEST(Archives, TruncatedBinaryIsAnErrorAtEveryLength)
{
    const std::string binary = OurBinary(test::FullWorkspace());
    for (size_t keep = 0; keep < binary.size(); keep += 1 + keep / 50)
    {
        Workspace first, second;
        EXPECT_THROW(
            {
                BinaryInputArchive ar(std::string_view(binary).substr(0, keep));
                ar(first, second);
            },
            cereal::Exception) << keep;
    }
}

TEST(Archives, ABinaryCountLargerThanTheFileIsRefusedBeforeAllocating)
{
    std::string binary(1, '\x01');
    for (int i = 0; i < 8; i++)
        binary.push_back('\x7f');      // a string of 2^63-ish bytes
    std::string text;
    BinaryInputArchive ar(binary);
    EXPECT_THROW(ar(text), cereal::Exception);
    EXPECT_THROW(BinaryInputArchive(std::string_view("\x02", 1)), cereal::Exception);
}

TEST(Archives, BigEndianBinaryIsReadToo)
{
    const std::string binary = CerealBinary(Scalars{});
    std::ostringstream big;
    {
        cereal::PortableBinaryOutputArchive ar(big, cereal::PortableBinaryOutputArchive::Options::BigEndian());
        ar(Scalars{}, Scalars{});
    }
    const std::string bytes = big.str();
    Scalars first, second;
    BinaryInputArchive ar(bytes);
    ar(first, second);
    EXPECT_EQ(OurBinary(first), binary);
}
