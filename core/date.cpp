#include "core/date.h"

#include <cstdio>
#include <string>

namespace trellis {

// Howard Hinnant's civil-calendar algorithms (public domain), rewritten here.
Date Date::FromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date{era * 146097 + static_cast<int32_t>(doe) - 719468};
}

void Date::ToCivil(int* year, int* month, int* day) const
{
    const int z = DaysSinceEpoch + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *year = static_cast<int>(yoe) + era * 400 + (*month <= 2);
}

int DaysInMonth(int year, int month)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        return 29;
    return days[month - 1];
}

Date AddDays(Date date, int days)
{
    return Date{date.DaysSinceEpoch + days};
}

Date AddMonths(Date date, int months)
{
    int y, m, d;
    date.ToCivil(&y, &m, &d);
    // Count months from year 0 so that negative steps borrow years with floor division.
    const int index = y * 12 + (m - 1) + months;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = index - year * 12 + 1;
    const int day = d < DaysInMonth(year, month) ? d : DaysInMonth(year, month);
    return Date::FromCivil(year, month, day);
}

std::optional<Date> Date::Parse(std::string_view iso)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    int parts[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int p = 0; p < 3; p++)
        for (int i = 0; i < lengths[p]; i++)
        {
            char c = iso[starts[p] + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > DaysInMonth(parts[0], parts[1]))
        return std::nullopt;
    return FromCivil(parts[0], parts[1], parts[2]);
}

Date Date::FromUnixMs(int64_t ms, int utc_offset_minutes)
{
    const int64_t local_ms = ms + static_cast<int64_t>(utc_offset_minutes) * 60000;
    const int64_t day_ms = 86400000;
    int64_t days = local_ms / day_ms;
    if (local_ms % day_ms < 0)
        days--;
    return Date{static_cast<int32_t>(days)};
}

std::string Date::ToString() const
{
    int y, m, d;
    ToCivil(&y, &m, &d);
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
    return buf;
}

// The app's "Tue 1 Dec 2026" written out in full: English names, day before month, no commas.
std::string Date::ToLongString() const
{
    static const char* const weekdays[] = { "Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday" };  // 1970-01-01 was a Thursday
    static const char* const months[] = { "January", "February", "March", "April", "May", "June", "July", "August",
                                          "September", "October", "November", "December" };
    int y, m, d;
    ToCivil(&y, &m, &d);
    const int weekday = ((DaysSinceEpoch % 7) + 7) % 7;
    return std::string(weekdays[weekday]) + " " + std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y);
}

} // namespace trellis
