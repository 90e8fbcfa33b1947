// Calendar dates (no time of day, no time zone): a goal's target, a milestone's due date.
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

    auto operator<=>(const Date&) const = default;
};

int DaysInMonth(int year, int month);

} // namespace trellis
