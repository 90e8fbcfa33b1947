// The laws every import keeps, over 2,000 hostile files that parse (tests/unit/import_laws.h).
#include <gtest/gtest.h>

#include "import_laws.h"

using namespace trellis;
using namespace trellis::test;

TEST(ImportLaws, NothingAcceptedMakesTheAppsOwnFilesUnreadable)
{
    static Files f;
    MakeFiles(f);
    ASSERT_FALSE(f.Response.empty());
    for (const rapidjson::Document& doc : f.Parsed)
        ASSERT_FALSE(doc.HasParseError());
    Rng r{std::mt19937_64(20261207)};
    int accepted[3] = {}, refused[3] = {};
    for (int i = 0; i < 2000; i++)
    {
        const Round round = RunRound(f, r);
        ASSERT_EQ(round.Broken, "") << "round " << i << ", a file of kind " << round.Kind;
        (round.Accepted ? accepted : refused)[round.Kind]++;
    }
    // The rounds are worth their time only if both answers come often for every kind.
    for (int kind = 0; kind < 3; kind++)
    {
        EXPECT_GT(accepted[kind], 50) << "kind " << kind;
        EXPECT_GT(refused[kind], 50) << "kind " << kind;
    }
    std::printf("accepted/refused: shares %d/%d, responses %d/%d, backups %d/%d\n", accepted[0], refused[0], accepted[1],
                refused[1], accepted[2], refused[2]);
}
