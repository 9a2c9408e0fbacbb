#pragma once
/// \file day_count.hpp
/// Day-count conventions: how many days lie between two dates and what fraction of a year
/// that is.

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>
#include <string_view>

namespace candor::core {

using Date = boost::gregorian::date;

enum class DayCount {
    Act365F,      ///< actual days / 365 (ISDA 2006 Definitions, section 4.16(d))
    Act360,       ///< actual days / 360 (ISDA 2006, 4.16(e))
    ActActISDA,   ///< days in each calendar year / 365 or 366 (ISDA 2006, 4.16(b))
    Thirty360Bond ///< 30/360 bond basis (ISDA 2006, 4.16(f))
};

/// "ACT/365F", "ACT/360", "ACT/ACT-ISDA", "30/360".
std::string_view day_count_name(DayCount dc);

/// Accepts the names above, case-insensitively, plus common aliases (ACT/365, A365F,
/// ACT/ACT, 30/360-BOND, BOND). \throws InputError naming `field`.
DayCount parse_day_count(std::string_view text, const std::string& field);

/// The days counted between `start` and `end` by the convention (negative when reversed).
long day_count(DayCount dc, const Date& start, const Date& end);

/// The year fraction between `start` and `end` (negative when reversed, 0 when equal).
double year_fraction(DayCount dc, const Date& start, const Date& end);

/// The year fraction of `days` actual days for conventions that do not need dates.
/// \throws InputError when `dc` needs dates.
double year_fraction_of_days(DayCount dc, long days);

/// Parses an ISO date "YYYY-MM-DD" that exists in the calendar. \throws InputError.
Date parse_date(std::string_view text, const std::string& field);

/// "2026-02-28".
std::string format_date(const Date& d);

} // namespace candor::core
