#include <gtest/gtest.h>

#include "core/codec.h"
#include "core/store.h"
#include "test_support.h"

using namespace trellis;

TEST(Store, FirstRunIsAnEmptyNewWorkspace)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->IsNew);
    EXPECT_TRUE(loaded->Data.Goals.empty());
}

TEST(Store, SaveThenLoad)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    ASSERT_TRUE(store.Save(test::SampleWorkspace(), 5));
    EXPECT_FALSE(fs.Exists(store.TempPath()));
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    EXPECT_FALSE(loaded->IsNew);
    EXPECT_EQ(EncodeWorkspace(loaded->Data, 0), EncodeWorkspace(test::SampleWorkspace(), 0));
}

TEST(Store, DamagedFileIsReportedNotReplaced)
{
    MemoryFileSystem fs;
    WorkspaceStore store(fs, "/data");
    fs.Files[store.MainPath()] = "{\"header\": {\"format\": \"trellis-works";
    Result<LoadedWorkspace> loaded = store.Load();
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.GetError().Message.find("damaged"), std::string::npos);
}

// For every step of a save that can fail, what is on disk afterwards loads as the old workspace or
// the new one, never as something broken; and a later save succeeds.
TEST(Store, AFailureAtAnyStepLeavesOldOrNew)
{
    Workspace old_ws = test::SampleWorkspace();
    Workspace new_ws = old_ws;
    new_ws.Goals[0].Title = "A new title";
    const std::string old_bytes = EncodeWorkspace(old_ws, 0);
    const std::string new_bytes = EncodeWorkspace(new_ws, 0);

    int steps = 0;
    {
        test::FaultyFileSystem probe;
        WorkspaceStore store(probe, "/data");
        ASSERT_TRUE(store.Save(old_ws, 1));
        probe.Steps = 0;
        ASSERT_TRUE(store.Save(new_ws, 2));
        steps = probe.Steps;
    }
    ASSERT_EQ(steps, 3);    // write, flush, rename

    for (int fail_at = 0; fail_at < steps; fail_at++)
    {
        test::FaultyFileSystem fs;
        WorkspaceStore store(fs, "/data");
        ASSERT_TRUE(store.Save(old_ws, 1));
        fs.Steps = 0;
        fs.FailAtStep = fail_at;
        EXPECT_FALSE(store.Save(new_ws, 2)) << "step " << fail_at;

        Result<LoadedWorkspace> loaded = store.Load();
        ASSERT_TRUE(loaded) << "step " << fail_at << ": " << loaded.GetError().Message;
        const std::string on_disk = EncodeWorkspace(loaded->Data, 0);
        EXPECT_TRUE(on_disk == old_bytes || on_disk == new_bytes) << "step " << fail_at;

        fs.FailAtStep = -1;
        ASSERT_TRUE(store.Save(new_ws, 3));
        EXPECT_EQ(EncodeWorkspace(store.Load()->Data, 0), new_bytes);
    }
}
