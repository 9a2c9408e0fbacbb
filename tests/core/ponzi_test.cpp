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

TEST_CASE("new deposits must grow at the promised rate, whatever is withdrawn") {
    // The closed form: with no initial deposit and r_p > r_n, the fund stays solvent for ever
    // exactly when deposits grow at least at r_p (docs/scenarios.md derives it).
    CHECK(*required_inflow_growth(0.5, 0.05) == 0.5);
    CHECK_FALSE(required_inflow_growth(0.05, 0.05));
    CHECK_FALSE(required_inflow_growth(0.03, 0.05));
    for (double withdrawn : {0.1, 0.3, 2.0}) {
        INFO("r_w = ", withdrawn);
        PonziParams p;
        p.initial_deposit = 0.0;
        p.initial_inflow = 1.0;
        p.promised_rate = 0.5;
        p.nominal_rate = 0.05;
        p.withdrawal_rate = withdrawn;
        p.horizon_years = 60.0;
        p.deposit_growth = 0.5; // exactly the promise: solvent, S(t) = s0 E(r_p - r_w) > 0
        CHECK_FALSE(simulate_ponzi(p).collapsed);
        p.deposit_growth = 0.45; // a little slower: it runs dry
        const PonziResult slower = simulate_ponzi(p);
        CHECK(slower.collapsed);
        p.deposit_growth = 0.55;
        CHECK_FALSE(simulate_ponzi(p).collapsed);
    }
}

TEST_CASE("deposits that end at the collapse: Ponzi's fitted inflows run dry") {
    // Artzrouni's fit of Ponzi's deposits, followed for 50 years: without an end to the
    // deposits, growth of 7.187 a year makes a "solvent" fund of about 10^155.
    PonziParams p;
    p.initial_deposit = 0.0;
    p.initial_inflow = 1.130;
    p.deposit_growth = 7.187;
    p.promised_rate = std::log(1.5) * 365.0 / 90.0; // 50% in 90 days
    p.nominal_rate = 0.0;
    p.withdrawal_rate = 365.0 / 90.0; // paid out at maturity
    p.horizon_years = 50.0;
    const PonziResult forever = simulate_ponzi(p);
    CHECK_FALSE(forever.collapsed);
    CHECK(std::log10(forever.at_end.fund) > 150.0);
    // Deposits end at t* = 0.58 years, when the scheme stopped taking money.
    p.deposits_end_years = 0.58;
    const PonziResult r = simulate_ponzi(p);
    REQUIRE(r.collapsed);
    CHECK(*r.collapse_time > 0.58);
    CHECK(r.at_end.deposits ==
          doctest::Approx(1.130 * std::expm1(7.187 * 0.58) / 7.187).epsilon(1e-8));
    // After the end: V' = d V, S' = r_n S - r_w V, so with r_n = 0, S(T + u) =
    // S(T) - r_w V(T) (e^{d u} - 1) / d. From the closed forms at T, its root is the collapse.
    const double T = 0.58;
    const double d = p.promised_rate - p.withdrawal_rate;
    PonziParams before = p;
    before.deposits_end_years.reset();
    const double s_end = *ponzi_fund_closed_form(before, T);
    const double v_end = p.initial_inflow * (std::exp(p.deposit_growth * T) - std::exp(d * T)) /
                         (p.deposit_growth - d);
    const double u = std::log1p(s_end * d / (p.withdrawal_rate * v_end)) / d;
    CHECK(*r.collapse_time == doctest::Approx(T + u).epsilon(1e-8));
    // The bad value names the flag.
    p.deposits_end_years = -1.0;
    CHECK_THROWS_AS(simulate_ponzi(p), InputError);
}

TEST_CASE("the Ponzi reading of an offer: required growth and collapse under the fit") {
    const InflowPreset preset{"ponzi_1920", "Charles Ponzi", 200000.0 * 365.0, 1e7, 0.58};
    // 27% in 20 days, money earning a plausible 5%: deposits must grow at the promise's
    // continuous rate, ln(1.27) / (20/365) = 4.362 a year (x78 a year).
    const double rp = std::log(1.27) * 365.0 / 20.0;
    const PonziReading r = ponzi_reading(rp, std::log1p(0.05), 20.0 / 365.0, preset);
    REQUIRE(r.required_growth);
    CHECK(*r.required_growth == doctest::Approx(4.3620).epsilon(1e-4));
    CHECK(*r.required_yearly_multiple == doctest::Approx(78.43).epsilon(1e-3));
    CHECK(r.withdrawal_rate == doctest::Approx(365.0 / 20.0));
    CHECK(r.inflows.growth == doctest::Approx(7.187).epsilon(1e-4));
    REQUIRE(r.outcome);
    CHECK(r.outcome->collapsed);
    CHECK(*r.outcome->collapse_time > 0.58);
    CHECK(*r.outcome->collapse_time < 2.0);
    // An honest rate below what the money earns needs no new deposits, and never runs dry.
    const PonziReading honest = ponzi_reading(0.03, 0.04, 1.0, preset);
    CHECK_FALSE(honest.required_growth);
    CHECK_FALSE(honest.outcome); // no path needed: proven never to run dry
    PonziParams p;
    p.initial_inflow = honest.inflows.s0;
    p.deposit_growth = honest.inflows.growth;
    p.promised_rate = 0.03;
    p.nominal_rate = 0.04;
    p.withdrawal_rate = 1.0;
    p.horizon_years = 100.0;
    p.deposits_end_years = 0.58;
    CHECK_FALSE(simulate_ponzi(p).collapsed);
    // A 5-day term lies outside the model's range: the required growth, but no path.
    const PonziReading shortest = ponzi_reading(0.2, 0.04, 5.0 / 365.0, preset);
    CHECK(*shortest.required_growth == 0.2);
    CHECK_FALSE(shortest.outcome);
}
