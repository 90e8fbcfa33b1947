#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/device_settings.h"
#include "core/session.h"
#include "test_support.h"

using namespace trellis;

TEST(DeviceSettings, DefaultsWhenNothingWasSaved)
{
    MemoryFileSystem fs;
    Result<DeviceSettings> loaded = LoadDeviceSettings(fs, "/data");
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->Theme, ThemeChoice::System);
    EXPECT_EQ(loaded->LastBackupMs, 0);
}

TEST(DeviceSettings, SavedSettingsComeBack)
{
    MemoryFileSystem fs;
    DeviceSettings settings;
    settings.Theme = ThemeChoice::Dark;
    settings.LastBackupMs = 1763900000000;
    ASSERT_TRUE(SaveDeviceSettings(fs, "/data", settings));
    EXPECT_FALSE(fs.Exists("/data/device.json.tmp"));
    Result<DeviceSettings> loaded = LoadDeviceSettings(fs, "/data");
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->Theme, ThemeChoice::Dark);
    EXPECT_EQ(loaded->LastBackupMs, 1763900000000);
    EXPECT_EQ(loaded->TextSizePercent, 100) << "version 1 knew no text size: the app's own";
}

// Version 2 added the text size.
TEST(DeviceSettings, GoldenVersion2Loads)
{
    std::ifstream in(std::string(TRELLIS_GOLDEN_DIR) + "/device-v2.json", std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    ASSERT_FALSE(bytes.str().empty()) << "missing tests/golden/device-v2.json";
    Result<DeviceSettings> loaded = DecodeDeviceSettings(bytes.str());
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_EQ(loaded->Theme, ThemeChoice::Light);
    EXPECT_EQ(loaded->LastBackupMs, 1796600000000);
    EXPECT_EQ(loaded->TextSizePercent, 150);
}

TEST(DeviceSettings, TheTextSizeComesBackAndOnlyWithinItsRange)
{
    MemoryFileSystem fs;
    DeviceSettings settings;
    EXPECT_EQ(settings.TextSizePercent, kDefaultTextSizePercent);
    settings.TextSizePercent = kMaxTextSizePercent;
    ASSERT_TRUE(SaveDeviceSettings(fs, "/data", settings));
    Result<DeviceSettings> loaded = LoadDeviceSettings(fs, "/data");
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->TextSizePercent, kMaxTextSizePercent);
    for (int percent : { kMinTextSizePercent - 1, kMaxTextSizePercent + 1, 0, -100, 100000 })
    {
        const std::string bytes = "{\"device\":{\"cereal_class_version\":2,\"theme\":\"dark\",\"last_backup_ms\":0,"
                                  "\"text_size_percent\":" + std::to_string(percent) + "}}";
        Result<DeviceSettings> decoded = DecodeDeviceSettings(bytes);
        ASSERT_FALSE(decoded) << percent;
        EXPECT_NE(decoded.GetError().Message.find("text size"), std::string::npos) << decoded.GetError().Message;
    }
    for (int percent : { kMinTextSizePercent, kMaxTextSizePercent })
    {
        const std::string bytes = "{\"device\":{\"cereal_class_version\":2,\"theme\":\"dark\",\"last_backup_ms\":0,"
                                  "\"text_size_percent\":" + std::to_string(percent) + "}}";
        Result<DeviceSettings> decoded = DecodeDeviceSettings(bytes);
        ASSERT_TRUE(decoded) << percent;
        EXPECT_EQ(decoded->TextSizePercent, percent);
    }
}

TEST(DeviceSettings, ACrashWhileSavingKeepsTheOldSettings)
{
    DeviceSettings old;
    old.Theme = ThemeChoice::Light;
    for (int step = 0; step < 3; step++)
    {
        test::FaultyFileSystem fs;
        ASSERT_TRUE(SaveDeviceSettings(fs, "/data", old));
        fs.Steps = 0;
        fs.FailAtStep = step;
        DeviceSettings next;
        next.Theme = ThemeChoice::Dark;
        EXPECT_FALSE(SaveDeviceSettings(fs, "/data", next)) << "step " << step;
        Result<DeviceSettings> loaded = LoadDeviceSettings(fs, "/data");
        ASSERT_TRUE(loaded) << "step " << step;
        EXPECT_EQ(loaded->Theme, ThemeChoice::Light) << "step " << step;
        EXPECT_FALSE(fs.Exists("/data/device.json.tmp")) << "step " << step;
    }
}

TEST(DeviceSettings, DamagedFilesAreRefusedInWords)
{
    for (const char* bytes : { "", "{", "{\"device\":{\"theme\":\"purple\",\"last_backup_ms\":0}}",
                               "{\"device\":{\"theme\":\"dark\",\"last_backup_ms\":-5}}" })
    {
        Result<DeviceSettings> decoded = DecodeDeviceSettings(bytes);
        ASSERT_FALSE(decoded) << bytes;
        EXPECT_NE(decoded.GetError().Message.find("damaged"), std::string::npos);
    }
}

TEST(DeviceSettings, BackupIsStaleWhenNeverMadeOrOlderThanTwoWeeks)
{
    DeviceSettings settings;
    const int64_t now = 1763900000000;
    EXPECT_TRUE(BackupIsStale(settings, now));
    settings.LastBackupMs = now - kBackupStaleMs + 1;
    EXPECT_FALSE(BackupIsStale(settings, now));
    settings.LastBackupMs = now - kBackupStaleMs - 1;
    EXPECT_TRUE(BackupIsStale(settings, now));
}

// The golden file of version 1: it must load forever.
TEST(DeviceSettings, GoldenVersion1Loads)
{
    std::ifstream in(std::string(TRELLIS_GOLDEN_DIR) + "/device-v1.json", std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    ASSERT_FALSE(bytes.str().empty()) << "missing tests/golden/device-v1.json";
    Result<DeviceSettings> loaded = DecodeDeviceSettings(bytes.str());
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_EQ(loaded->Theme, ThemeChoice::Dark);
    EXPECT_EQ(loaded->LastBackupMs, 1763900000000);
}

// A tab that is not the writer refuses every command, saves nothing, and follows what is on disk.
TEST(Session, ReadOnlyRefusesCommandsAndReopeningFollowsTheDisk)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Session writer(store, 1);
    Session follower(store, 2);
    ASSERT_TRUE(writer.Open());
    ASSERT_TRUE(writer.AddGoal("First", 1000));
    ASSERT_TRUE(follower.Open());
    follower.SetReadOnly("Trellis is open in another tab.");
    const std::string before = fs.Files["/data/workspace.trellis"];
    Result<Id> refused = follower.AddGoal("Second", 2000);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.GetError().Message, "Trellis is open in another tab.");
    EXPECT_EQ(fs.Files["/data/workspace.trellis"], before);

    ASSERT_TRUE(writer.AddGoal("Third", 3000));
    ASSERT_TRUE(follower.Open());
    EXPECT_EQ(follower.LiveGoals().size(), 2u);
    EXPECT_FALSE(follower.CanUndo());

    follower.SetReadOnly("");
    EXPECT_TRUE(follower.AddGoal("Fourth", 4000));
}

TEST(DeviceSettings, TextSizeStepsWalkTheListAndStopAtItsEnds)
{
    EXPECT_EQ(StepTextSize(100, 1), 115);
    EXPECT_EQ(StepTextSize(100, -1), 85);
    EXPECT_EQ(StepTextSize(200, 1), 200) << "the largest stays the largest";
    EXPECT_EQ(StepTextSize(85, -3), 85);
    EXPECT_EQ(StepTextSize(85, 100), 200);
    EXPECT_EQ(StepTextSize(200, -2), 150);
    EXPECT_EQ(StepTextSize(140, 1), 150) << "a size off the list steps from the nearest: 130";
    EXPECT_EQ(StepTextSize(115, 0), 115);
    for (int i = 0; i + 1 < kTextSizeStepCount; i++)
        EXPECT_LT(kTextSizeSteps[i], kTextSizeSteps[i + 1]);
    EXPECT_EQ(kTextSizeSteps[0], kMinTextSizePercent);
    EXPECT_EQ(kTextSizeSteps[kTextSizeStepCount - 1], kMaxTextSizePercent);
}
