#include "core/input_error.hpp"
#include "core/rate.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace candor::core;

namespace {
double round4(double x) {
    return std::round(x * 1e4) / 1e4;
}
} // namespace

TEST_CASE("rate conversions match QuantLib's interest-rate test table") {
    // lballabio/QuantLib test-suite/interestrates.cpp: the first four rows cite Haug,
    // "Option Pricing Formulas", pp. 181-182; the rest are identities. Compared after rounding
    // to 4 decimals, as that test does.
    struct Row {
        double r;
        Compounding comp;
        Frequency freq;
        double t;
        Compounding comp2;
        Frequency freq2;
        double expected;
    };
    using C = Compounding;
    using F = Frequency;
    const Row rows[] = {
        {0.08, C::Compounded, F::Quarterly, 1.0, C::Continuous, F::Annual, 0.0792},
        {0.12, C::Continuous, F::Annual, 1.0, C::Compounded, F::Annual, 0.1275},
        {0.08, C::Compounded, F::Quarterly, 1.0, C::Compounded, F::Annual, 0.0824},
        {0.07, C::Compounded, F::Quarterly, 1.0, C::Compounded, F::Semiannual, 0.0706},
        {0.01, C::Compounded, F::Annual, 1.0, C::Simple, F::Annual, 0.0100},
        {0.02, C::Simple, F::Annual, 1.0, C::Compounded, F::Annual, 0.0200},
        {0.03, C::Compounded, F::Semiannual, 0.5, C::Simple, F::Annual, 0.0300},
        {0.04, C::Simple, F::Annual, 0.5, C::Compounded, F::Semiannual, 0.0400},
        {0.05, C::Compounded, F::EveryFourthMonth, 1.0 / 3, C::Simple, F::Annual, 0.0500},
        {0.06, C::Simple, F::Annual, 1.0 / 3, C::Compounded, F::EveryFourthMonth, 0.0600},
        {0.05, C::Compounded, F::Quarterly, 0.25, C::Simple, F::Annual, 0.0500},
        {0.06, C::Simple, F::Annual, 0.25, C::Compounded, F::Quarterly, 0.0600},
        {0.07, C::Compounded, F::Bimonthly, 1.0 / 6, C::Simple, F::Annual, 0.0700},
        {0.08, C::Simple, F::Annual, 1.0 / 6, C::Compounded, F::Bimonthly, 0.0800},
        {0.09, C::Compounded, F::Monthly, 1.0 / 12, C::Simple, F::Annual, 0.0900},
        {0.10, C::Simple, F::Annual, 1.0 / 12, C::Compounded, F::Monthly, 0.1000},
    };
    for (const Row& row : rows) {
        CAPTURE(row.r);
        CAPTURE(row.t);
        const Rate a(row.r, row.comp, row.freq);
        const Rate b = a.restated(row.comp2, row.freq2, row.t);
        CHECK(round4(b.value()) == doctest::Approx(row.expected).epsilon(1e-12));
        // discount == 1 / growth, and restating to the same convention changes nothing.
        CHECK(a.discount(row.t) == doctest::Approx(1.0 / a.growth(row.t)).epsilon(1e-15));
        CHECK(a.restated(row.comp, row.freq, row.t).value() ==
              doctest::Approx(row.r).epsilon(1e-15));
        CHECK(b.restated(row.comp, row.freq, row.t).value() ==
              doctest::Approx(row.r).epsilon(1e-12));
    }
}

TEST_CASE("the issue's example: 5,000 -> 6,350 over 20 days, ACT/365F") {
    const double t = 20.0 / 365.0;
    const Rate apr = Rate::implied(6350.0 / 5000.0, t, Compounding::Simple);
    CHECK(apr.value() == doctest::Approx(4.9275).epsilon(1e-12));
    CHECK(apr.restated(Compounding::Compounded, Frequency::Annual, t).value() ==
          doctest::Approx(77.418387).epsilon(1e-7));
    CHECK(apr.restated(Compounding::Continuous, Frequency::Annual, t).value() ==
          doctest::Approx(4.362058).epsilon(1e-6));
    CHECK(apr.restated(Compounding::Compounded, Frequency::Daily, t).value() ==
          doctest::Approx(365.0 * (std::pow(1.27, 1.0 / 20.0) - 1.0)).epsilon(1e-12));
}

TEST_CASE("growth beyond a double's range stays exact in log space") {
    const Rate r = Rate::implied_from_log(2000.0, 1.0, Compounding::Continuous);
    CHECK(r.value() == doctest::Approx(2000.0));
    CHECK(r.log_growth(1.0) == doctest::Approx(2000.0));
    CHECK(std::isinf(r.growth(1.0)));
}

TEST_CASE("doubling time") {
    CHECK(doubling_time(Rate(0.07, Compounding::Compounded)) ==
          doctest::Approx(std::log(2.0) / std::log(1.07)));
    CHECK(doubling_time(Rate(0.05, Compounding::Continuous)) ==
          doctest::Approx(std::log(2.0) / 0.05));
    CHECK(doubling_time(Rate(0.10, Compounding::Simple)) == doctest::Approx(10.0));
    CHECK(std::isinf(doubling_time(Rate(0.0, Compounding::Compounded))));
}

TEST_CASE("compounding names") {
    CHECK(parse_compounding("monthly", "x").frequency == Frequency::Monthly);
    CHECK(parse_compounding("Continuous", "x").compounding == Compounding::Continuous);
    CHECK(compounding_name(Compounding::Compounded, Frequency::Quarterly) == "quarterly");
    CHECK_THROWS_AS(parse_compounding("hourly", "--compounding"), InputError);
}
