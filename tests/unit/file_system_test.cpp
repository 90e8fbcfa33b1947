#include <filesystem>

#include <gtest/gtest.h>

#include "core/file_system.h"
#include "test_support.h"

using namespace trellis;

// [SECTION] On disk
// [SECTION] A failure at every step

// [SECTION] On disk

// A fresh folder of its own under the system's temporary folder, removed afterwards.
class AtomicWriteOnDisk : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
        Dir = (std::filesystem::temp_directory_path() / (std::string("trellis-") + test->name())).string();
        std::filesystem::remove_all(Dir);
        std::filesystem::create_directories(Dir);
    }
    void TearDown() override { std::filesystem::remove_all(Dir); }

    std::string Dir;
    DiskFileSystem Fs;
};

TEST_F(AtomicWriteOnDisk, ReplacesTheContentAndLeavesNoTemporaryFile)
{
    const std::string path = Dir + "/device.json";
    ASSERT_TRUE(WriteFileAtomically(Fs, path, "old"));
    ASSERT_TRUE(WriteFileAtomically(Fs, path, "new, and longer than the old"));
    EXPECT_EQ(Fs.ReadFile(path).Value(), "new, and longer than the old");
    EXPECT_EQ(Fs.List(Dir), std::vector<std::string>{"device.json"});
}

TEST_F(AtomicWriteOnDisk, KeepsTheReplacedFileWhereAsked)
{
    const std::string path = Dir + "/workspace.trellis";
    ASSERT_TRUE(WriteFileAtomically(Fs, path, "first", Dir + "/kept"));
    EXPECT_FALSE(Fs.Exists(Dir + "/kept")) << "nothing was replaced";
    ASSERT_TRUE(WriteFileAtomically(Fs, path, "second", Dir + "/kept"));
    EXPECT_EQ(Fs.ReadFile(path).Value(), "second");
    EXPECT_EQ(Fs.ReadFile(Dir + "/kept").Value(), "first");
}

TEST_F(AtomicWriteOnDisk, AMissingFolderIsAnErrorInWords)
{
    const Status written = WriteFileAtomically(Fs, Dir + "/gone/device.json", "new");
    ASSERT_FALSE(written);
    EXPECT_NE(written.GetError().Message.find("Could not create " + Dir + "/gone/device.json"), std::string::npos)
        << written.GetError().Message;
    EXPECT_NE(written.GetError().Message.find("No such file or directory"), std::string::npos) << written.GetError().Message;
}

TEST_F(AtomicWriteOnDisk, AFailedRenameLeavesTheOldFileAndNoTemporaryFile)
{
    // A folder where the file should be: the temporary file is written, the rename over it fails.
    const std::string path = Dir + "/taken";
    std::filesystem::create_directories(path + "/inside");
    const Status written = WriteFileAtomically(Fs, path, "new");
    ASSERT_FALSE(written);
    EXPECT_NE(written.GetError().Message.find("Could not rename"), std::string::npos) << written.GetError().Message;
    EXPECT_TRUE(std::filesystem::is_directory(path + "/inside"));
    EXPECT_FALSE(Fs.Exists(path + ".tmp"));
}

// [SECTION] A failure at every step

// Write, flush, keep the old file, rename: whichever fails, the old file is whole where it was and
// the temporary file is gone.
TEST(AtomicWrite, AFailureAtAnyStepLeavesTheOldFileAndNoTemporaryFile)
{
    for (const bool keep : {false, true})
        for (int step = 0; step < (keep ? 4 : 3); step++)
        {
            test::FaultyFileSystem fs;
            fs.Inner.Files["/data/file"] = "old";
            fs.FailAtStep = step;
            const Status written = WriteFileAtomically(fs, "/data/file", "new", keep ? "/data/file.kept" : "");
            ASSERT_FALSE(written) << "step " << step;
            EXPECT_FALSE(written.GetError().Message.empty());
            EXPECT_EQ(fs.Inner.Files["/data/file"], "old") << "step " << step << (keep ? ", keeping" : "");
            EXPECT_FALSE(fs.Exists("/data/file.tmp")) << "step " << step << (keep ? ", keeping" : "");
        }
}
