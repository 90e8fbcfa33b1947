// Every released schema version has a golden file in tests/golden/, loaded here forever: old data
// must always open.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/codec.h"

using namespace trellis;

static std::string ReadGolden(const char* name)
{
    std::ifstream in(std::string(TRELLIS_GOLDEN_DIR) + "/" + name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

TEST(Golden, WorkspaceSchema1Loads)
{
    const std::string bytes = ReadGolden("workspace-v1.json");
    ASSERT_FALSE(bytes.empty()) << "missing tests/golden/workspace-v1.json";
    Result<Workspace> loaded = DecodeWorkspace(bytes);
    ASSERT_TRUE(loaded) << loaded.GetError().Message;
    const Workspace& w = loaded.Value();
    EXPECT_EQ(w.Me.Name, "Zoë Ångström");
    EXPECT_EQ(w.Me.ManagerName, "Олег");
    EXPECT_EQ(w.Me.ReviewCadenceMonths, 6);
    ASSERT_EQ(w.Goals.size(), 2u);
    EXPECT_EQ(w.Goals[0].Title, "Lead a design review 🚀 — 设计评审 — مراجعة");
    EXPECT_EQ(w.Goals[0].Kind, Motivation::Advancement);
    EXPECT_EQ(w.Goals[0].Milestones.size(), 2u);
    EXPECT_EQ(w.Goals[0].Target->ToString(), "2027-06-30");
    EXPECT_TRUE(w.Goals[1].Meta.Deleted);
}
