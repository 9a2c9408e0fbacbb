#include <doctest/doctest.h>

#include "core/input_error.hpp"
#include "core/ponzi.hpp"

#include <cmath>

using namespace candor::core;

TEST_CASE("Artzrouni (2009), section 3: the fit of Ponzi's 1920 deposits") {
    // The paper: on the last day (t* = 217/365, rounded to 0.58 in the paper) 200,000 USD came
    // in, out of 10 million in total; in years and millions, s0 e^{0.58 r_i} = 0.2 x 365 and
    // s0 (e^{0.58 r_i} - 1) / r_i = 10, "which yields s0 = 1.130 and r_i = 7.187", an initial
    // flow s0/365 of about 3,095 USD a day.
    const InflowFit fit = fit_exponential_inflow(0.2 * 365.0, 10.0, 0.58);
    CHECK(fit.s0 == doctest::Approx(1.130).epsilon(0.0005));
    CHECK(fit.growth == doctest::Approx(7.187).epsilon(0.0001));
    CHECK(fit.s0 / 365.0 * 1e6 == doctest::Approx(3095.0).epsilon(0.001));
}

TEST_CASE("the RK4 solution matches the closed form for exponential deposits") {
    PonziParams p;
    p.initial_deposit = 0.5;
    p.initial_inflow = 1.130;
    p.deposit_growth = 2.0;
    p.promised_rate = std::log(1.5) * 365.0 / 45.0; // 50% in 45 days, continuous
    p.nominal_rate = 0.04;
    p.withdrawal_rate = 1.0;
    p.horizon_years = 5.0;
    const PonziResult r = simulate_ponzi(p);
    REQUIRE(r.collapsed);
    // The closed form's first root, by bisection on a fine grid.
    double prev_t = 0.0;
    double root = -1.0;
    for (double t = 1e-3; t <= 5.0; t += 1e-3) {
        if (*ponzi_fund_closed_form(p, t) < 0.0) {
            double lo = prev_t;
            double hi = t;
            for (int i = 0; i < 100; ++i) {
                const double mid = 0.5 * (lo + hi);
                (*ponzi_fund_closed_form(p, mid) < 0.0 ? hi : lo) = mid;
            }
            root = hi;
            break;
        }
        prev_t = t;
    }
    REQUIRE(root > 0.0);
    CHECK(*r.collapse_time == doctest::Approx(root).epsilon(1e-9));
    for (const auto& pt : r.path) {
        CHECK(pt.fund ==
              doctest::Approx(*ponzi_fund_closed_form(p, pt.t)).epsilon(1e-8).scale(1.0));
    }
    CHECK(r.unpaid_share > 0.0);
    CHECK(r.unpaid_share < 1.0);
    CHECK(r.at_end.deposits ==
          doctest::Approx(p.initial_inflow * std::expm1(p.deposit_growth * root) / p.deposit_growth)
              .epsilon(1e-9));
}

TEST_CASE("a fund earning what it promises stays solvent") {
    PonziParams p;
    p.initial_deposit = 1.0;
    p.initial_inflow = 1.0;
    p.deposit_growth = 0.02;
    p.promised_rate = 0.05;
    p.nominal_rate = 0.05;
    p.withdrawal_rate = 0.1;
    p.horizon_years = 30.0;
    const PonziResult r = simulate_ponzi(p);
    CHECK_FALSE(r.collapsed);
    CHECK(r.unpaid_share == 0.0);
    // With r_n = r_p the fund always holds exactly the promised capital: S = V.
    CHECK(r.at_end.fund == doctest::Approx(r.at_end.promised).epsilon(1e-9));
}

TEST_CASE("Ponzi input errors name the parameter") {
    PonziParams p;
    p.withdrawal_rate = -0.1;
    try {
        simulate_ponzi(p);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.field() == "withdrawal_rate");
    }
    p = PonziParams{};
    p.deposit_growth = 10.0;
    p.horizon_years = 100.0; // e^{1000} would overflow
    CHECK_THROWS_AS(simulate_ponzi(p), InputError);
    CHECK_THROWS_AS(fit_exponential_inflow(1.0, 10.0, 0.58), std::invalid_argument);
}
