#include <gtest/gtest.h>

#include "core/hlc.h"

using trellis::HybridClock;
using trellis::Stamp;

TEST(HybridClock, FollowsTheWallClock)
{
    HybridClock clock(7);
    const Stamp a = clock.Now(1000);
    const Stamp b = clock.Now(2000);
    EXPECT_EQ(a.WallMs, 1000);
    EXPECT_EQ(b.WallMs, 2000);
    EXPECT_EQ(b.Counter, 0u);
    EXPECT_EQ(b.Device, 7u);
    EXPECT_LT(a, b);
}

TEST(HybridClock, NeverGoesBackwardsWhenTheWallClockDoes)
{
    HybridClock clock(7);
    const Stamp a = clock.Now(5000);
    const Stamp b = clock.Now(1000);    // the phone's clock jumped back
    const Stamp c = clock.Now(5000);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_EQ(b.WallMs, 5000);
    EXPECT_EQ(b.Counter, 1u);
}

TEST(HybridClock, MovesPastObservedStamps)
{
    HybridClock mine(1);
    const Stamp theirs{9000, 3, 2};
    mine.Observe(theirs);
    const Stamp next = mine.Now(100);   // my wall clock is far behind
    EXPECT_GT(next, theirs);
    EXPECT_EQ(next.Device, 1u);
}

TEST(HybridClock, TiesBreakByDevice)
{
    const Stamp a{100, 0, 1};
    const Stamp b{100, 0, 2};
    EXPECT_LT(a, b);
}

TEST(Stamp, TextRoundTrip)
{
    const Stamp s{1732300000123, 17, 0xabcdef0123456789ULL};
    EXPECT_EQ(s.ToString(), "1732300000123.17.abcdef0123456789");
    EXPECT_EQ(Stamp::Parse(s.ToString()), s);
}

TEST(Stamp, RejectsMalformedText)
{
    for (const char* bad : {"", "1", "1.2", "1.2.", "a.2.3", "1.2.xyz", "-5.0.1", "1.2.3.4", "1..3"})
        EXPECT_FALSE(Stamp::Parse(bad)) << bad;
}

// Issue 18: a stamp from elsewhere with a full counter made the next local edit wrap to counter 0,
// earlier than the stamp it follows, so the person's own edit lost every later merge.
TEST(HybridClock, AFullCounterCarriesAndTheLastStampHolds)
{
    HybridClock clock(7);
    clock.Observe(Stamp{5000, trellis::kMaxCounter, 9});
    const Stamp seen{5000, trellis::kMaxCounter, 9};
    const Stamp next = clock.Now(1000);
    EXPECT_GT(next, seen) << next.ToString();
    EXPECT_EQ(next.WallMs, 5001);
    EXPECT_EQ(next.Counter, 0u);
    EXPECT_FALSE(clock.Saturated());

    HybridClock end(7);
    const Stamp last{trellis::kMaxWallMs, trellis::kMaxCounter - 1, 9};
    end.Observe(last);
    Stamp previous = end.Now(1000);
    EXPECT_GT(previous, last);
    EXPECT_TRUE(end.Saturated());
    for (int i = 0; i < 3; i++)
    {
        const Stamp again = end.Now(1000);
        EXPECT_GE(again, previous) << "never backwards, even at the end";
        previous = again;
    }
    EXPECT_TRUE(end.Saturated());
}
