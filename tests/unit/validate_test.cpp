// The rules Normalize() keeps for what the session never writes from a form: a skill's level
// history and the one-on-one cadence. A file breaking them is refused on import (exchange_test).
#include <gtest/gtest.h>

#include "core/validate.h"

using namespace trellis;

static Skill SkillAt(int current, std::vector<SkillLevelChange> history)
{
    Skill skill;
    skill.Name = "System design";
    skill.Current = current;
    skill.History = std::move(history);
    return skill;
}

static std::string Problem(Skill skill)
{
    Status checked = Normalize(skill, TextLimits{});
    return checked ? std::string() : checked.GetError().Message;
}

static const Date kJan = Date::FromCivil(2026, 1, 15);
static const Date kMar = Date::FromCivil(2026, 3, 2);

TEST(ValidateSkillHistory, AcceptsMovesInOrderEndingAtTheCurrentLevel)
{
    EXPECT_EQ(Problem(SkillAt(3, {})), "");
    EXPECT_EQ(Problem(SkillAt(3, {{kJan, 1, 2}, {kMar, 2, 3}})), "");
    // A history that lost its oldest entries need not start where the next one ends.
    EXPECT_EQ(Problem(SkillAt(2, {{kJan, 4, 3}, {kMar, 1, 2}})), "");
}

TEST(ValidateSkillHistory, RefusesLevelsOffTheScaleAndMovesThatStayPut)
{
    EXPECT_EQ(Problem(SkillAt(3, {{kJan, 0, 3}})), "Each change in a skill's history moves between two levels from 1 to 5.");
    EXPECT_EQ(Problem(SkillAt(6, {{kJan, 5, 6}})), "Skill levels go from 1 to 5.");
    EXPECT_EQ(Problem(SkillAt(3, {{kJan, 3, 3}})), "Each change in a skill's history moves between two levels from 1 to 5.");
}

TEST(ValidateSkillHistory, RefusesChangesOutOfOrderOrTwiceADay)
{
    EXPECT_EQ(Problem(SkillAt(3, {{kMar, 1, 2}, {kJan, 2, 3}})), "A skill's level changes are kept one a day, oldest first.");
    EXPECT_EQ(Problem(SkillAt(3, {{kJan, 1, 2}, {kJan, 2, 3}})), "A skill's level changes are kept one a day, oldest first.");
}

TEST(ValidateSkillHistory, RefusesAHistoryThatEndsElsewhereThanTheCurrentLevel)
{
    EXPECT_EQ(Problem(SkillAt(4, {{kJan, 1, 2}})), "A skill's level history ends at a level other than its current one.");
}

TEST(ValidateSkillHistory, RefusesMoreChangesThanASkillKeeps)
{
    std::vector<SkillLevelChange> history;
    for (size_t i = 0; i <= kMaxSkillHistory; i++)
        history.push_back(SkillLevelChange{AddDays(kJan, static_cast<int>(i)), i % 2 == 0 ? 1 : 2, i % 2 == 0 ? 2 : 1});
    const int current = history.back().To;
    EXPECT_EQ(Problem(SkillAt(current, history)), "A skill keeps at most 64 level changes.");
    history.erase(history.begin());
    EXPECT_EQ(Problem(SkillAt(current, history)), "");
}

TEST(ValidateProfile, TakesAOneOnOneCadenceOfNoneOrOneToEightWeeks)
{
    for (int weeks : {0, 1, 2, 8})
    {
        Profile me;
        me.OneOnOneCadenceWeeks = weeks;
        EXPECT_TRUE(Normalize(me, TextLimits{})) << weeks;
    }
    for (int weeks : {-1, 9, 52})
    {
        Profile me;
        me.OneOnOneCadenceWeeks = weeks;
        Status checked = Normalize(me, TextLimits{});
        ASSERT_FALSE(checked) << weeks;
        EXPECT_EQ(checked.GetError().Message, "One-on-ones come every 1 to 8 weeks, or at no fixed rhythm.");
    }
}

// Text from a file on its way into a message: one plain line, never long (issue 18).
TEST(ForMessage, OnePlainShortLine)
{
    EXPECT_EQ(ForMessage("Inès Ødegård"), "Inès Ødegård");
    EXPECT_EQ(ForMessage("Inès\n# Heading\r\n\x1b[31mred\x1b[0m"), "Inès # Heading [31mred [0m");
    EXPECT_EQ(ForMessage("  a \t\t b  "), "a b");
    EXPECT_EQ(ForMessage("evil\xe2\x80\xae" "txt.exe"), "evil txt.exe") << "a right-to-left override";
    EXPECT_EQ(ForMessage("bad \xff byte"), "bad ? byte");
    EXPECT_EQ(ForMessage("\xc2\x85" "next line\xc2\x9b"), "next line") << "C1 controls";
    const std::string huge(5 << 20, 'x');
    const std::string cut = ForMessage(huge, 10);
    EXPECT_EQ(cut, "xxxxxxxxxx\xe2\x80\xa6");
    EXPECT_EQ(ForMessage(std::string(10, 'x'), 10), std::string(10, 'x')) << "exactly the room: not cut";
    EXPECT_EQ(ForMessage("ééééé", 3), "ééé\xe2\x80\xa6") << "cut between characters, not bytes";
}
