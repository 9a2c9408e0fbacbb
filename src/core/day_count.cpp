#include "day_count.hpp"

#include "input_error.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace candor::core {

namespace {

std::string normalise(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (!std::isspace(static_cast<unsigned char>(c))) {
            out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
        }
    }
    return out;
}

bool is_leap(int y) {
    return boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(y));
}

} // namespace

std::string_view day_count_name(DayCount dc) {
    switch (dc) {
    case DayCount::Act365F:
        return "ACT/365F";
    case DayCount::Act360:
        return "ACT/360";
    case DayCount::ActActISDA:
        return "ACT/ACT-ISDA";
    case DayCount::Thirty360Bond:
        return "30/360";
    }
    return "ACT/365F";
}

DayCount parse_day_count(std::string_view text, const std::string& field) {
    const std::string n = normalise(text);
    const struct {
        const char* name;
        DayCount dc;
    } names[] = {
        {"ACT/365F", DayCount::Act365F},
        {"ACT/365FIXED", DayCount::Act365F},
        {"ACT/365", DayCount::Act365F},
        {"A365F", DayCount::Act365F},
        {"ACT/360", DayCount::Act360},
        {"A360", DayCount::Act360},
        {"ACT/ACT-ISDA", DayCount::ActActISDA},
        {"ACT/ACT", DayCount::ActActISDA},
        {"ACT/ACTISDA", DayCount::ActActISDA},
        {"30/360", DayCount::Thirty360Bond},
        {"30/360-BOND", DayCount::Thirty360Bond},
        {"BOND", DayCount::Thirty360Bond},
    };
    for (const auto& e : names) {
        if (n == e.name) {
            return e.dc;
        }
    }
    throw InputError(field, CANDOR_N_("one of ACT/365F, ACT/360, ACT/ACT-ISDA, 30/360"),
                     std::string(text));
}

long day_count(DayCount dc, const Date& start, const Date& end) {
    if (dc != DayCount::Thirty360Bond) {
        return static_cast<long>((end - start).days());
    }
    // 30/360 bond basis, ISDA 2006 4.16(f): D1 = 31 becomes 30; D2 = 31 becomes 30 when D1
    // (after that change) is 30.
    const int y1 = start.year();
    const int y2 = end.year();
    const int m1 = start.month();
    const int m2 = end.month();
    int d1 = start.day();
    int d2 = end.day();
    if (d1 == 31) {
        d1 = 30;
    }
    if (d2 == 31 && d1 == 30) {
        d2 = 30;
    }
    return 360L * (y2 - y1) + 30L * (m2 - m1) + (d2 - d1);
}

double year_fraction(DayCount dc, const Date& start, const Date& end) {
    if (start == end) {
        return 0.0;
    }
    switch (dc) {
    case DayCount::Act365F:
        return static_cast<double>(day_count(dc, start, end)) / 365.0;
    case DayCount::Act360:
    case DayCount::Thirty360Bond:
        return static_cast<double>(day_count(dc, start, end)) / 360.0;
    case DayCount::ActActISDA: {
        if (end < start) {
            return -year_fraction(dc, end, start);
        }
        // Days falling in each calendar year, over that year's length.
        const int y1 = start.year();
        const int y2 = end.year();
        if (y1 == y2) {
            return static_cast<double>((end - start).days()) / (is_leap(y1) ? 366.0 : 365.0);
        }
        const Date next_year(static_cast<unsigned short>(y1 + 1), 1, 1);
        const Date last_year(static_cast<unsigned short>(y2), 1, 1);
        double t = static_cast<double>((next_year - start).days()) / (is_leap(y1) ? 366.0 : 365.0);
        t += static_cast<double>(y2 - y1 - 1);
        t += static_cast<double>((end - last_year).days()) / (is_leap(y2) ? 366.0 : 365.0);
        return t;
    }
    }
    return 0.0;
}

double year_fraction_of_days(DayCount dc, long days) {
    switch (dc) {
    case DayCount::Act365F:
        return static_cast<double>(days) / 365.0;
    case DayCount::Act360:
        return static_cast<double>(days) / 360.0;
    default:
        throw InputError("day-count",
                         CANDOR_N_("ACT/365F or ACT/360 when the term is a number of days; "
                                   "ACT/ACT-ISDA and 30/360 need start and maturity dates"),
                         std::string(day_count_name(dc)));
    }
}

Date parse_date(std::string_view text, const std::string& field) {
    const std::string s(text);
    const auto fail = [&]() -> Date {
        throw InputError(field, CANDOR_N_("a date that exists, written YYYY-MM-DD"), s);
    };
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
        return fail();
    }
    for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            return fail();
        }
    }
    const int y = std::stoi(s.substr(0, 4));
    const int m = std::stoi(s.substr(5, 2));
    const int d = std::stoi(s.substr(8, 2));
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) {
        return fail();
    }
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(y), static_cast<unsigned short>(m));
    if (d > last) {
        return fail();
    }
    return {static_cast<unsigned short>(y), static_cast<unsigned short>(m),
            static_cast<unsigned short>(d)};
}

std::string format_date(const Date& d) {
    return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(d.year()),
                       static_cast<int>(d.month()), static_cast<int>(d.day()));
}

} // namespace candor::core
