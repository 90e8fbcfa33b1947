// Calendar dates (no time of day, no time zone): a goal's target, a milestone's due date. And the
// moment a view is computed for, with the person's UTC offset, which says what "today" is.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trellis {

struct Date
{
    int32_t DaysSinceEpoch = 0;   // 1970-01-01 is day 0 (proleptic Gregorian calendar)

    static Date                 FromCivil(int year, int month, int day);
    static std::optional<Date>  Parse(std::string_view iso);   // "YYYY-MM-DD", a real date only
    static Date                 FromUnixMs(int64_t ms, int utc_offset_minutes);
    void                        ToCivil(int* year, int* month, int* day) const;
    std::string                 ToString() const;              // "YYYY-MM-DD"
    std::string                 ToLongString() const;          // "Tuesday 1 December 2026", for documents people read

    auto operator<=>(const Date&) const = default;
};

int DaysInMonth(int year, int month);
Date AddDays(Date date, int days);
// The same day of the month `months` later (or earlier when negative), clamped to the month's
// length: 31 August plus six months is the last day of February.
Date AddMonths(Date date, int months);

// Now, as the platform's clock and time zone give it. The core never reads a clock: views and
// commands that need a local date take one of these.
struct LocalNow
{
    int64_t UnixMs = 0;                 // ms since 1970-01-01 UTC
    int     UtcOffsetMinutes = 0;       // east of UTC is positive: +60 in Paris in winter, -300 in New York

    Date    Today() const { return Date::FromUnixMs(UnixMs, UtcOffsetMinutes); }
    Date    LocalDate(int64_t unix_ms) const { return Date::FromUnixMs(unix_ms, UtcOffsetMinutes); }
};

} // namespace trellis
