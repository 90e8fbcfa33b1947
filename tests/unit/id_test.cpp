#include <set>

#include <gtest/gtest.h>

#include "core/id.h"

using trellis::Id;
using trellis::IdGenerator;

TEST(Id, HexRoundTrip)
{
    const Id id{0x0123456789abcdefULL, 0xfedcba9876543210ULL};
    EXPECT_EQ(id.ToHex(), "0123456789abcdeffedcba9876543210");
    EXPECT_EQ(Id::FromHex(id.ToHex()), id);
    EXPECT_EQ(Id::FromHex("0123456789ABCDEFFEDCBA9876543210"), id);
}

TEST(Id, RejectsMalformedHex)
{
    EXPECT_FALSE(Id::FromHex(""));
    EXPECT_FALSE(Id::FromHex("0123"));
    EXPECT_FALSE(Id::FromHex("0123456789abcdeffedcba987654321g"));
    EXPECT_FALSE(Id::FromHex("0123456789abcdeffedcba98765432100"));
}

TEST(Id, GeneratorIsDeterministicAndUnique)
{
    IdGenerator a(42), b(42);
    std::set<Id> seen;
    for (int i = 0; i < 10000; i++)
    {
        const Id id = a.Next();
        EXPECT_EQ(id, b.Next());
        EXPECT_FALSE(id.IsNil());
        EXPECT_TRUE(seen.insert(id).second);
    }
    EXPECT_NE(IdGenerator(1).Next(), IdGenerator(2).Next());
}
