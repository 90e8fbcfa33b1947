#include <gtest/gtest.h>

#include "core/date.h"

using trellis::Date;

TEST(Date, CivilRoundTripAcrossCenturies)
{
    for (int32_t day = -800000; day <= 800000; day += 37)
    {
        int y, m, d;
        Date{day}.ToCivil(&y, &m, &d);
        EXPECT_EQ(Date::FromCivil(y, m, d).DaysSinceEpoch, day);
    }
    EXPECT_EQ(Date::FromCivil(1970, 1, 1).DaysSinceEpoch, 0);
    EXPECT_EQ(Date::FromCivil(2000, 3, 1).DaysSinceEpoch, 11017);
}

TEST(Date, ParsesOnlyRealDates)
{
    EXPECT_EQ(Date::Parse("2024-02-29")->ToString(), "2024-02-29");
    EXPECT_FALSE(Date::Parse("2023-02-29"));
    EXPECT_FALSE(Date::Parse("1900-02-29"));
    EXPECT_TRUE(Date::Parse("2000-02-29"));
    EXPECT_FALSE(Date::Parse("2024-13-01"));
    EXPECT_FALSE(Date::Parse("2024-04-31"));
    EXPECT_FALSE(Date::Parse("2024-4-1"));
    EXPECT_FALSE(Date::Parse("2024/04/01"));
    EXPECT_FALSE(Date::Parse(""));
}

TEST(Date, FromUnixMsUsesTheLocalDay)
{
    const int64_t new_year_utc = 1735689600000;    // 2025-01-01T00:00:00Z
    EXPECT_EQ(Date::FromUnixMs(new_year_utc, 0).ToString(), "2025-01-01");
    EXPECT_EQ(Date::FromUnixMs(new_year_utc, -300).ToString(), "2024-12-31");   // New York
    EXPECT_EQ(Date::FromUnixMs(new_year_utc - 1, 540).ToString(), "2025-01-01"); // Tokyo
    EXPECT_EQ(Date::FromUnixMs(-1, 0).ToString(), "1969-12-31");
}

TEST(Date, AddDaysCrossesMonthsAndYears)
{
    EXPECT_EQ(trellis::AddDays(Date::FromCivil(2025, 12, 30), 3).ToString(), "2026-01-02");
    EXPECT_EQ(trellis::AddDays(Date::FromCivil(2024, 2, 28), 1).ToString(), "2024-02-29");
    EXPECT_EQ(trellis::AddDays(Date::FromCivil(2026, 3, 1), -1).ToString(), "2026-02-28");
}

TEST(Date, AddMonthsClampsToTheEndOfShorterMonths)
{
    using trellis::AddMonths;
    EXPECT_EQ(AddMonths(Date::FromCivil(2025, 8, 31), 6).ToString(), "2026-02-28");
    EXPECT_EQ(AddMonths(Date::FromCivil(2027, 8, 31), 6).ToString(), "2028-02-29");
    EXPECT_EQ(AddMonths(Date::FromCivil(2025, 11, 15), 2).ToString(), "2026-01-15");
    EXPECT_EQ(AddMonths(Date::FromCivil(2026, 1, 31), -2).ToString(), "2025-11-30");
    EXPECT_EQ(AddMonths(Date::FromCivil(2026, 3, 10), -15).ToString(), "2024-12-10");
    EXPECT_EQ(AddMonths(Date::FromCivil(2026, 5, 5), 0).ToString(), "2026-05-05");
    EXPECT_EQ(AddMonths(Date::FromCivil(2026, 5, 5), 120).ToString(), "2036-05-05");
}

TEST(Date, LocalNowGivesTheDayInTheTimeZone)
{
    const int64_t new_year_utc = 1735689600000;    // 2025-01-01T00:00:00Z
    EXPECT_EQ((trellis::LocalNow{new_year_utc - 1800000, 60}).Today().ToString(), "2025-01-01");   // Paris, 00:30
    EXPECT_EQ((trellis::LocalNow{new_year_utc - 1800000, 0}).Today().ToString(), "2024-12-31");
    EXPECT_EQ((trellis::LocalNow{new_year_utc + 3600000, -300}).Today().ToString(), "2024-12-31");   // New York
    EXPECT_EQ((trellis::LocalNow{new_year_utc, 345}).LocalDate(new_year_utc - 21600000).ToString(), "2024-12-31");   // Kathmandu
    EXPECT_EQ((trellis::LocalNow{new_year_utc, 840}).LocalDate(new_year_utc - 36000000).ToString(), "2025-01-01");   // Kiribati
}

TEST(Date, LongStringNamesTheWeekdayAndMonth)
{
    EXPECT_EQ(Date::FromCivil(2026, 12, 1).ToLongString(), "Tuesday 1 December 2026");
    EXPECT_EQ(Date::FromCivil(1970, 1, 1).ToLongString(), "Thursday 1 January 1970");
    EXPECT_EQ(Date::FromCivil(1969, 12, 28).ToLongString(), "Sunday 28 December 1969");     // before the epoch
    EXPECT_EQ(Date::FromCivil(2024, 2, 29).ToLongString(), "Thursday 29 February 2024");
}
