#include <gtest/gtest.h>

#include <map>

#include "core/codec.h"
#include "core/store.h"
#include "test_support.h"

using namespace trellis;

// [SECTION] Helpers
// [SECTION] Save and load
// [SECTION] Rolling backups
// [SECTION] Falling back to a backup
// [SECTION] Crashes at every step

// [SECTION] Helpers

static const int64_t kDayMs = 86400000;
static const int64_t kMonday = 1763942400000;   // 2025-11-24T00:00:00Z

static Workspace WithTitle(const std::string& title)
{
    Workspace w = test::SampleWorkspace();
    w.Goals[0].Title = title;
    return w;
}

// Stores the checksum a binary file with this header and payload must have, as a writer that
// meant every byte would (codec.h).
static void Reseal(std::string& bytes)
{
    const uint64_t checksum = HeaderCheckedChecksum(bytes);
    for (int i = 0; i < 8; i++)
        bytes[32 + i] = static_cast<char>((checksum >> (8 * i)) & 0xFF);
}

static std::string TitleOf(WorkspaceStore& store)
{
    Result<LoadedWorkspace> loaded = store.Load();
    if (!loaded)
        return "<error: " + loaded.GetError().Message + ">";
    return loaded->Data.Goals.empty() ? "<empty>" : loaded->Data.Goals[0].Title;
}

// A disk that dies at one step: that step and every later write, flush, rename or removal fail,
// as after a crash or a full disk. A write that dies leaves half its bytes behind.
class CrashingFileSystem final : public FileSystem
{
public:
    MemoryFileSystem Inner;
    int CrashAtStep = -1;   // -1: never
    int Steps = 0;

    Status WriteFile(const std::string& path, const std::string& bytes) override
    {
        if (Dead())
        {
            Inner.Files[path] = bytes.substr(0, bytes.size() / 2);
            return Error{"The device is full."};
        }
        return Inner.WriteFile(path, bytes);
    }
    Status SyncFile(const std::string& path) override { return Dead() ? Status(Error{"I/O error."}) : Inner.SyncFile(path); }
    Status Rename(const std::string& from, const std::string& to) override { return Dead() ? Status(Error{"I/O error."}) : Inner.Rename(from, to); }
    Status Remove(const std::string& path) override { return Dead() ? Status(Error{"I/O error."}) : Inner.Remove(path); }
    Result<std::string> ReadFile(const std::string& path) override { return Inner.ReadFile(path); }
    bool Exists(const std::string& path) override { return Inner.Exists(path); }
    Status MakeDirs(const std::string& dir) override { return Inner.MakeDirs(dir); }
    std::vector<std::string> List(const std::string& dir) override { return Inner.List(dir); }

private:
    bool Dead() { return CrashAtStep >= 0 && Steps++ >= CrashAtStep; }
};

// [SECTION] Save and load

TEST(Store, FirstRunIsAnEmptyNewWorkspace)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->IsNew);
    EXPECT_TRUE(loaded->Notice.empty());
    EXPECT_TRUE(loaded->Data.Goals.empty());
}

TEST(Store, SaveThenLoad)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(test::SampleWorkspace(), kMonday));
    EXPECT_FALSE(fs.Exists(store.TempPath()));
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_FALSE(loaded->IsNew);
    EXPECT_TRUE(loaded->Notice.empty());
    EXPECT_EQ(EncodeWorkspace(loaded->Data, 0), EncodeWorkspace(test::SampleWorkspace(), 0));
}

TEST(Store, AFailedSaveLeavesTheMainFileByteIdentical)
{
    CrashingFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(WithTitle("old"), kMonday));
    const std::string before = fs.Inner.Files[store.MainPath()];
    fs.Steps = 0;
    fs.CrashAtStep = 0;
    Status saved = store.Save(WithTitle("new"), kMonday + 1000);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.GetError().Message, "The device is full.");
    EXPECT_EQ(fs.Inner.Files[store.MainPath()], before);
}

// Whichever step fails (write, flush, moving the old version aside, the rename into place), the
// main file is still the last save and no temporary file is left behind.
TEST(Store, AFailedSaveKeepsTheMainFileInPlaceAndLeavesNoTemporaryFile)
{
    for (int step = 0; step < 4; step++)
    {
        test::FaultyFileSystem fs;
        WorkspaceStore store(fs, "/data");
        ASSERT_TRUE(store.Save(WithTitle("old"), kMonday));
        const std::string before = fs.Inner.Files[store.MainPath()];
        fs.Steps = 0;
        fs.FailAtStep = step;
        ASSERT_FALSE(store.Save(WithTitle("new"), kMonday + 1000)) << "step " << step;
        EXPECT_EQ(fs.Inner.Files[store.MainPath()], before) << "step " << step;
        EXPECT_FALSE(fs.Exists(store.TempPath())) << "step " << step;
    }
}

TEST(Store, SavesInTheBinaryEncodingAndStillLoadsAJsonStore)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    fs.Files[store.MainPath()] = EncodeWorkspace(WithTitle("kept as JSON by schema 1"), kMonday);
    EXPECT_EQ(TitleOf(store), "kept as JSON by schema 1");
    ASSERT_TRUE(store.Save(WithTitle("now binary"), kMonday + 1000));
    EXPECT_TRUE(IsBinaryWorkspace(fs.Files[store.MainPath()]));
    EXPECT_EQ(TitleOf(store), "now binary");
}

// [SECTION] Rolling backups

TEST(Store, KeepsTheVersionsTheLastFiveSavesReplaced)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    for (int i = 1; i <= 8; i++)
        ASSERT_TRUE(store.Save(WithTitle("v" + std::to_string(i)), kMonday + i * 1000));
    EXPECT_EQ(TitleOf(store), "v8");
    std::vector<std::string> saves;
    for (const std::string& name : store.BackupsNewestFirst())
        if (name.rfind("save-", 0) == 0)
        {
            Result<Workspace> w = DecodeStoredWorkspace(fs.Files[store.BackupDir() + "/" + name]);
            ASSERT_TRUE(w);
            saves.push_back(w->Goals[0].Title);
        }
    EXPECT_EQ(saves, (std::vector<std::string>{"v7", "v6", "v5", "v4", "v3"}));
}

TEST(Store, KeepsTheFirstSaveOfEachOfTheLastSevenDays)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    for (int day = 0; day < 10; day++)
    {
        ASSERT_TRUE(store.Save(WithTitle("day " + std::to_string(day) + " morning"), kMonday + day * kDayMs + 9 * 3600000));
        ASSERT_TRUE(store.Save(WithTitle("day " + std::to_string(day) + " evening"), kMonday + day * kDayMs + 20 * 3600000));
    }
    std::vector<std::string> days;
    for (const std::string& name : store.BackupsNewestFirst())
        if (name.rfind("day-", 0) == 0)
            days.push_back(name + " " + DecodeStoredWorkspace(fs.Files[store.BackupDir() + "/" + name])->Goals[0].Title);
    EXPECT_EQ(days, (std::vector<std::string>{
        "day-2025-12-03.trellis day 9 morning", "day-2025-12-02.trellis day 8 morning", "day-2025-12-01.trellis day 7 morning",
        "day-2025-11-30.trellis day 6 morning", "day-2025-11-29.trellis day 5 morning", "day-2025-11-28.trellis day 4 morning",
        "day-2025-11-27.trellis day 3 morning"}));
}

// [SECTION] Falling back to a backup

TEST(Store, ADamagedMainFileFallsBackToTheNewestBackupAndSaysSo)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(WithTitle("older"), kMonday));
    ASSERT_TRUE(store.Save(WithTitle("newest backup"), kMonday + 1000));
    ASSERT_TRUE(store.Save(WithTitle("latest"), kMonday + 2000));
    fs.Files[store.MainPath()] = "{\"header\": {\"format\": \"trellis-works";   // torn by a crash

    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_EQ(loaded->Data.Goals[0].Title, "newest backup");
    EXPECT_NE(loaded->Notice.find("could not be read"), std::string::npos) << loaded->Notice;
    EXPECT_NE(loaded->Notice.find("2025-11-24"), std::string::npos) << loaded->Notice;
    EXPECT_NE(loaded->Notice.find("workspace.damaged-1.trellis"), std::string::npos) << loaded->Notice;

    ASSERT_TRUE(store.Save(loaded->Data, kMonday + 3000));   // the next save repairs the main file
    EXPECT_EQ(fs.Files["/data/workspace.damaged-1.trellis"], "{\"header\": {\"format\": \"trellis-works");
    Result<LoadedWorkspace> repaired = store.Load();
    ASSERT_TRUE(repaired);
    EXPECT_TRUE(repaired->Notice.empty());
}

TEST(Store, SkipsBackupsThatAreDamagedToo)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(WithTitle("good"), kMonday));
    ASSERT_TRUE(store.Save(WithTitle("bad backup"), kMonday + 1000));
    ASSERT_TRUE(store.Save(WithTitle("latest"), kMonday + 2000));
    const std::vector<std::string> backups = store.BackupsNewestFirst();
    ASSERT_GE(backups.size(), 2u);
    fs.Files[store.BackupDir() + "/" + backups[0]] = "garbage";
    fs.Files[store.MainPath()] = "garbage";
    EXPECT_EQ(TitleOf(store), "good");
}

TEST(Store, ADamagedFileWithoutBackupsIsAnErrorAndIsLeftAlone)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    fs.Files[store.MainPath()] = "{\"header\": {\"format\": \"trellis-works";
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.GetError().Message.find("damaged"), std::string::npos);
    EXPECT_NE(loaded.GetError().Message.find("No backup"), std::string::npos);
    EXPECT_TRUE(fs.Exists(store.MainPath()));
}

TEST(Store, AFileFromANewerAppIsRefusedNotReplacedByABackup)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(WithTitle("old"), kMonday));
    ASSERT_TRUE(store.Save(WithTitle("new"), kMonday + 1000));
    std::string bytes = fs.Files[store.MainPath()];
    ASSERT_TRUE(IsBinaryWorkspace(bytes));
    bytes[8] = static_cast<char>(0xE7);     // the schema field (little-endian u32): 999
    bytes[9] = 0x03;
    Reseal(bytes);                          // written so, not flipped
    fs.Files[store.MainPath()] = bytes;
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.GetError().Message.find("newer Trellis"), std::string::npos);
    EXPECT_EQ(fs.Files[store.MainPath()], bytes);
}

// The schema field is covered by the checksum: a flipped bit there is damage, not a newer app.
TEST(Store, AFlippedSchemaByteFallsBackToABackup)
{
    for (int bit = 0; bit < 8; bit++)
    {
        MemoryFileSystem fs;
        WorkspaceStore store(fs, "/data");
        ASSERT_TRUE(store.Save(WithTitle("older"), kMonday));
        ASSERT_TRUE(store.Save(WithTitle("newest backup"), kMonday + 1000));
        ASSERT_TRUE(store.Save(WithTitle("latest"), kMonday + 2000));
        std::string& main = fs.Files[store.MainPath()];
        main[8] = static_cast<char>(main[8] ^ (1 << bit));
        Result<LoadedWorkspace> loaded = store.Load();
        ASSERT_TRUE(loaded) << "bit " << bit << ": " << loaded.GetError().Message;
        EXPECT_EQ(loaded->Data.Goals[0].Title, "newest backup") << "bit " << bit;
        EXPECT_NE(loaded->Notice.find("damaged"), std::string::npos) << loaded->Notice;
        EXPECT_EQ(loaded->Notice.find("newer"), std::string::npos) << loaded->Notice;
    }
}

// Loading only reads, whatever it finds: a damaged main file stays where it is, byte for byte,
// until a save moves it aside (not into backups/, where pruning would one day delete it).
TEST(Store, LoadingADamagedMainFileWritesNothingAndTheNextSaveKeepsItAside)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(WithTitle("older"), kMonday));
    ASSERT_TRUE(store.Save(WithTitle("latest"), kMonday + 1000));
    std::string damaged = fs.Files[store.MainPath()];
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x10);
    fs.Files[store.MainPath()] = damaged;
    const std::map<std::string, std::string> before = fs.Files;
    const std::vector<std::string> backups_before = store.BackupsNewestFirst();

    for (int i = 0; i < 2; i++)     // opened twice: each load finds the folder as it was
    {
        Result<LoadedWorkspace> loaded = store.Load();
        ASSERT_TRUE(loaded) << loaded.GetError().Message;
        EXPECT_EQ(loaded->Data.Goals[0].Title, "older");
        EXPECT_FALSE(loaded->Notice.empty());
        EXPECT_EQ(fs.Files, before) << "load " << i;
    }

    ASSERT_TRUE(store.Save(WithTitle("repaired"), kMonday + 2000));
    EXPECT_EQ(fs.Files["/data/workspace.damaged-1.trellis"], damaged);
    EXPECT_EQ(store.BackupsNewestFirst(), backups_before) << "the damaged file is not a backup";
    EXPECT_EQ(TitleOf(store), "repaired");
    ASSERT_TRUE(store.Save(WithTitle("again"), kMonday + 3000));    // a good main file goes to backups/ again
    EXPECT_FALSE(fs.Exists("/data/workspace.damaged-2.trellis"));
    EXPECT_EQ(fs.Files["/data/workspace.damaged-1.trellis"], damaged);
    EXPECT_EQ(store.BackupsNewestFirst().size(), backups_before.size() + 1);
}

// A second damaged main file goes beside the first, which is never replaced.
TEST(Store, ASecondDamagedMainFileIsKeptBesideTheFirst)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(WithTitle("older"), kMonday));
    ASSERT_TRUE(store.Save(WithTitle("latest"), kMonday + 1000));
    for (const char* damaged : {"first damage", "second damage"})
    {
        fs.Files[store.MainPath()] = damaged;
        ASSERT_TRUE(store.Load());
        ASSERT_TRUE(store.Save(WithTitle("saved"), kMonday + 2000));
    }
    EXPECT_EQ(fs.Files["/data/workspace.damaged-1.trellis"], "first damage");
    EXPECT_EQ(fs.Files["/data/workspace.damaged-2.trellis"], "second damage");
}

// [SECTION] Crashes at every step

// For every step of a save (writes, flushes, renames, removals, the daily copy and the pruning),
// a crash there leaves the old or the new workspace loadable, never a broken or empty one; and once
// the cause is gone, the next save succeeds.
static void CrashAtEveryStep(int64_t second_save_ms)
{
    // Count the steps of the second save, once without a crash.
    int steps = 0;
    {
        CrashingFileSystem probe;
        WorkspaceStore store(probe, "/data", StoreLimits{1, 1});
        for (int i = 0; i < 3; i++)
            ASSERT_TRUE(store.Save(WithTitle("old"), kMonday + i));
        probe.Steps = 0;
        probe.CrashAtStep = 1 << 30;
        ASSERT_TRUE(store.Save(WithTitle("new"), second_save_ms));
        steps = probe.Steps;
    }
    ASSERT_GE(steps, 4);

    for (int crash_at = 0; crash_at <= steps; crash_at++)
    {
        CrashingFileSystem fs;
        WorkspaceStore store(fs, "/data", StoreLimits{1, 1});
        for (int i = 0; i < 3; i++)
            ASSERT_TRUE(store.Save(WithTitle("old"), kMonday + i));
        fs.Steps = 0;
        fs.CrashAtStep = crash_at;
        (void)store.Save(WithTitle("new"), second_save_ms);

        fs.CrashAtStep = -1;    // the machine restarts
        const std::string title = TitleOf(store);
        EXPECT_TRUE(title == "old" || title == "new") << "crash at step " << crash_at << " of " << steps << ": " << title;

        ASSERT_TRUE(store.Save(WithTitle("after"), second_save_ms + 1000)) << "crash at step " << crash_at;
        EXPECT_EQ(TitleOf(store), "after");
    }
}

TEST(Store, ACrashAtAnyStepOfASaveLeavesOldOrNew)
{
    CrashAtEveryStep(kMonday + 5000);
}

TEST(Store, ACrashAtAnyStepOfTheFirstSaveOfADayLeavesOldOrNew)
{
    CrashAtEveryStep(kMonday + 3 * kDayMs);
}
