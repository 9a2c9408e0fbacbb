#include "core/day_count.hpp"
#include "core/input_error.hpp"
#include "core/term.hpp"

#include <doctest/doctest.h>

using namespace candor::core;

namespace {
Date d(const char* s) {
    return parse_date(s, "date");
}
} // namespace

TEST_CASE("ACT/365F and ACT/360 divide actual days by 365 and 360") {
    // Definitions: ISDA 2006 Definitions, section 4.16(d) and (e).
    CHECK(year_fraction(DayCount::Act365F, d("2026-01-01"), d("2026-01-21")) ==
          doctest::Approx(20.0 / 365.0));
    CHECK(year_fraction(DayCount::Act360, d("2026-01-01"), d("2026-01-21")) ==
          doctest::Approx(20.0 / 360.0));
    // Across a leap day: 2024-02-28 -> 2024-03-01 is 2 actual days.
    CHECK(day_count(DayCount::Act365F, d("2024-02-28"), d("2024-03-01")) == 2);
    CHECK(year_fraction(DayCount::Act365F, d("2024-01-01"), d("2025-01-01")) ==
          doctest::Approx(366.0 / 365.0));
    CHECK(year_fraction(DayCount::Act365F, d("2026-03-01"), d("2026-03-01")) == 0.0);
}

TEST_CASE("ACT/ACT-ISDA splits the period by calendar year") {
    // Rows from QuantLib test-suite/daycounters.cpp, testActualActual (ISDA convention),
    // which takes them from the ISDA 1999 paper "EMU and market conventions".
    struct Row {
        const char* start;
        const char* end;
        double expected;
    };
    const Row rows[] = {
        {"2003-11-01", "2004-05-01", 0.497724380567}, {"1999-02-01", "1999-07-01", 0.410958904110},
        {"1999-07-01", "2000-07-01", 1.001377348600}, {"2002-08-15", "2003-07-15", 0.915068493151},
        {"2003-07-15", "2004-01-15", 0.504004790778}, {"1999-07-30", "2000-01-30", 0.503892506924},
        {"2000-01-30", "2000-06-30", 0.415300546448},
    };
    for (const Row& r : rows) {
        CAPTURE(r.start);
        CHECK(year_fraction(DayCount::ActActISDA, d(r.start), d(r.end)) ==
              doctest::Approx(r.expected).epsilon(1e-10));
    }
    // Exactly 184/365 + 182/366 for the year that spans the 2000 leap year.
    CHECK(year_fraction(DayCount::ActActISDA, d("1999-07-01"), d("2000-07-01")) ==
          doctest::Approx(184.0 / 365.0 + 182.0 / 366.0).epsilon(1e-14));
    CHECK(year_fraction(DayCount::ActActISDA, d("2000-06-30"), d("2000-01-30")) ==
          doctest::Approx(-0.415300546448).epsilon(1e-10));
}

TEST_CASE("30/360 bond basis follows ISDA 2006 4.16(f), month ends included") {
    // Rows from QuantLib test-suite/daycounters.cpp (Thirty360::BondBasis), which cites the
    // ISDA 2008 page "30/360 day count conventions".
    struct Row {
        const char* start;
        const char* end;
        long days;
    };
    const Row rows[] = {
        {"2006-08-20", "2007-02-20", 180}, {"2007-02-20", "2007-08-20", 180},
        {"2006-08-31", "2007-02-28", 178}, {"2007-02-28", "2007-08-31", 183},
        {"2007-08-31", "2008-02-29", 179}, {"2008-02-29", "2008-08-31", 182},
        {"2008-08-31", "2009-02-28", 178}, {"2009-02-28", "2009-08-31", 183},
        {"2006-01-31", "2006-02-28", 28},  {"2006-01-30", "2006-02-28", 28},
        {"2006-02-28", "2006-03-03", 5},   {"2006-02-14", "2006-02-28", 14},
        {"2006-09-30", "2006-10-31", 30},  {"2006-10-31", "2006-11-28", 28},
        {"2007-08-31", "2008-02-28", 178}, {"2008-02-28", "2008-08-28", 180},
        {"2008-02-28", "2008-08-30", 182}, {"2008-02-28", "2008-08-31", 183},
        {"2007-02-26", "2008-02-28", 362}, {"2007-02-26", "2008-02-29", 363},
        {"2008-02-29", "2009-02-28", 359}, {"2008-02-28", "2008-03-30", 32},
        {"2008-02-28", "2008-03-31", 33},
    };
    for (const Row& r : rows) {
        CAPTURE(r.start);
        CAPTURE(r.end);
        CHECK(day_count(DayCount::Thirty360Bond, d(r.start), d(r.end)) == r.days);
        CHECK(year_fraction(DayCount::Thirty360Bond, d(r.start), d(r.end)) ==
              doctest::Approx(static_cast<double>(r.days) / 360.0));
    }
}

TEST_CASE("day-count names parse and print") {
    CHECK(parse_day_count("act/365f", "x") == DayCount::Act365F);
    CHECK(parse_day_count("ACT/360", "x") == DayCount::Act360);
    CHECK(parse_day_count("ACT/ACT-ISDA", "x") == DayCount::ActActISDA);
    CHECK(parse_day_count("30/360", "x") == DayCount::Thirty360Bond);
    CHECK(day_count_name(DayCount::ActActISDA) == "ACT/ACT-ISDA");
    CHECK_THROWS_WITH_AS(parse_day_count("ACT/999", "--day-count"),
                         doctest::Contains("--day-count: expected one of"), InputError);
}

TEST_CASE("dates must exist") {
    CHECK(format_date(d("2024-02-29")) == "2024-02-29");
    for (const char* bad : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-1-1", "26-01-01",
                            "2026/01/01", "2026-04-31", "", "yesterday"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_date(bad, "--start"), InputError);
    }
}

TEST_CASE("a term is a number of days or start and maturity dates") {
    CHECK(Term::of_days(20).year_fraction(DayCount::Act365F) == doctest::Approx(20.0 / 365));
    const Term t = Term::between(d("2026-01-31"), d("2026-02-28"));
    CHECK(t.days() == 28);
    CHECK(t.year_fraction(DayCount::Thirty360Bond) == doctest::Approx(28.0 / 360));
    CHECK(format_date(*Term::from_start(d("2026-12-20"), 20).maturity()) == "2027-01-09");
    CHECK_THROWS_AS(Term::of_days(0), InputError);
    CHECK_THROWS_AS(Term::of_days(-5), InputError);
    CHECK_THROWS_AS(Term::between(d("2026-03-01"), d("2026-03-01")), InputError);
    CHECK_THROWS_AS(Term::between(d("2026-03-01"), d("2026-02-01")), InputError);
    // Conventions that need dates refuse a bare number of days.
    CHECK_THROWS_AS(Term::of_days(20).year_fraction(DayCount::ActActISDA), InputError);
}
