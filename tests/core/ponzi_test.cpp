#include <doctest/doctest.h>

#include "core/input_error.hpp"
#include "core/ponzi.hpp"
#include "ponzi_rk4.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

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

TEST_CASE("the exact solution: its collapse is the closed form's first root") {
    PonziParams p;
    p.initial_deposit = 0.5;
    p.initial_inflow = 1.130;
    p.deposit_growth = 2.0;
    p.promised_rate = std::log(1.5) * 365.0 / 45.0; // 50% in 45 days, continuous
    p.nominal_rate = 0.04;
    p.withdrawal_rate = 1.0;
    p.horizon_years = 5.0;
    const PonziResult r = solve_ponzi(p);
    REQUIRE(r.collapsed);
    // The closed form's first root, by bisection on a fine grid.
    double prev_t = 0.0;
    double root = -1.0;
    for (double t = 1e-3; t <= 5.0; t += 1e-3) {
        if (ponzi_fund_closed_form(p, t) < 0.0) {
            double lo = prev_t;
            double hi = t;
            for (int i = 0; i < 100; ++i) {
                const double mid = 0.5 * (lo + hi);
                (ponzi_fund_closed_form(p, mid) < 0.0 ? hi : lo) = mid;
            }
            root = hi;
            break;
        }
        prev_t = t;
    }
    REQUIRE(root > 0.0);
    CHECK(*r.collapse_time == doctest::Approx(root).epsilon(1e-13));
    // The path: evenly spaced points of the same solution, then the collapse.
    REQUIRE(r.path.size() > 10);
    CHECK(r.path.front().t == 0.0);
    CHECK(r.path[1].t == doctest::Approx(5.0 / 200.0).epsilon(1e-15));
    for (const auto& pt : r.path) {
        CHECK(pt.t <= *r.collapse_time);
        CHECK(pt.fund ==
              doctest::Approx(ponzi_fund_closed_form(p, pt.t)).epsilon(1e-12).scale(1.0));
    }
    CHECK(r.path.back().t == *r.collapse_time);
    CHECK(r.path.back().fund == 0.0);
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
    const PonziResult r = solve_ponzi(p);
    CHECK_FALSE(r.collapsed);
    CHECK(r.unpaid_share == 0.0);
    // With r_n = r_p the fund always holds exactly the promised capital: S = V.
    CHECK(r.at_end.fund == doctest::Approx(r.at_end.promised).epsilon(1e-9));
}

TEST_CASE("Ponzi input errors name the parameter") {
    PonziParams p;
    p.withdrawal_rate = -0.1;
    try {
        solve_ponzi(p);
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.field() == "withdrawal_rate");
    }
    p = PonziParams{};
    p.deposit_growth = 10.0;
    p.horizon_years = 100.0; // e^{1000} would overflow
    CHECK_THROWS_AS(solve_ponzi(p), InputError);
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
        CHECK_FALSE(solve_ponzi(p).collapsed);
        p.deposit_growth = 0.45; // a little slower: it runs dry
        const PonziResult slower = solve_ponzi(p);
        CHECK(slower.collapsed);
        p.deposit_growth = 0.55;
        CHECK_FALSE(solve_ponzi(p).collapsed);
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
    const PonziResult forever = solve_ponzi(p);
    CHECK_FALSE(forever.collapsed);
    CHECK(std::log10(forever.at_end.fund) > 150.0);
    // Deposits end at t* = 0.58 years, when the scheme stopped taking money.
    p.deposits_end_years = 0.58;
    const PonziResult r = solve_ponzi(p);
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
    const double s_end = ponzi_fund_closed_form(before, T);
    const double v_end = p.initial_inflow * (std::exp(p.deposit_growth * T) - std::exp(d * T)) /
                         (p.deposit_growth - d);
    const double u = std::log1p(s_end * d / (p.withdrawal_rate * v_end)) / d;
    CHECK(*r.collapse_time == doctest::Approx(T + u).epsilon(1e-12));
    // The bad value names the flag.
    p.deposits_end_years = -1.0;
    CHECK_THROWS_AS(solve_ponzi(p), InputError);
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
    CHECK_FALSE(solve_ponzi(p).collapsed);
    // A 5-day term lies outside the model's range: the required growth, but no path.
    const PonziReading shortest = ponzi_reading(0.2, 0.04, 5.0 / 365.0, preset);
    CHECK(*shortest.required_growth == 0.2);
    CHECK_FALSE(shortest.outcome);
}

namespace {

struct Case {
    std::string name;
    PonziParams p;
};

PonziParams offer_like(double growth, double promised, double nominal, double withdrawal) {
    PonziParams p;
    p.initial_inflow = 1.130;
    p.deposit_growth = growth;
    p.promised_rate = promised;
    p.nominal_rate = nominal;
    p.withdrawal_rate = withdrawal;
    p.horizon_years = 10.0;
    p.deposits_end_years = 0.58;
    return p;
}

/// The exact solution against the RK4 integration: the same outcome, the collapse time to 1e-9
/// of itself (RK4's steps of 1e-4 years are good to about 1e-12), the other figures to 1e-7.
void check_against_rk4(const PonziParams& p) {
    const PonziResult exact = solve_ponzi(p, PonziPath::None);
    const candor::test::Rk4Outcome rk4 = candor::test::ponzi_rk4(p);
    REQUIRE(exact.collapsed == rk4.collapsed);
    CHECK(exact.path.empty());
    CHECK(exact.at_end.t == doctest::Approx(rk4.end_time).epsilon(1e-9));
    if (exact.collapsed) {
        CHECK(*exact.collapse_time == exact.at_end.t);
        CHECK(exact.at_end.fund == 0.0);
    } else {
        CHECK(exact.at_end.fund == doctest::Approx(rk4.at_end[0]).epsilon(1e-7));
    }
    CHECK(exact.at_end.promised == doctest::Approx(rk4.at_end[1]).epsilon(1e-7));
    CHECK(exact.at_end.deposits == doctest::Approx(rk4.at_end[2]).epsilon(1e-7));
    CHECK(exact.at_end.withdrawals == doctest::Approx(rk4.at_end[3]).epsilon(1e-7));
    CHECK(std::isfinite(exact.unpaid_share));
}

} // namespace

TEST_CASE("the exact solution agrees with RK4, equal and nearly equal rates included") {
    const double g = 7.187;
    std::vector<Case> cases{
        {"Ponzi's fit, 50% in 45 days", offer_like(g, std::log(1.5) * 365.0 / 45.0, 0.04, 8.1)},
        {"a 300-day term", offer_like(g, 0.9, 0.05, 365.0 / 300.0)},
        {"r_i = r_n", offer_like(0.3, 2.0, 0.3, 1.0)},
        {"r_i = r_n + 1e-10", offer_like(0.3, 2.0, 0.3 + 1e-10, 1.0)},
        {"r_i = r_n + 1e-6", offer_like(0.3, 2.0, 0.3 + 1e-6, 1.0)},
        {"d = r_n", offer_like(g, 3.0, 0.5, 2.5)},
        {"d = r_n + 1e-9", offer_like(g, 3.0, 0.5 + 1e-9, 2.5)},
        {"r_i = d", offer_like(2.0, 4.0, 0.05, 2.0)},
        {"r_i = d - 1e-8", offer_like(2.0, 4.0 + 1e-8, 0.05, 2.0)},
        {"r_i = d = r_n", offer_like(0.5, 1.5, 0.5, 1.0)},
        {"r_i = d = r_n, nearly", offer_like(0.5, 1.5 + 3e-9, 0.5 - 2e-9, 1.0)},
        {"no nominal return, a long term", offer_like(g, 0.3, 0.0, 0.2)},
    };
    PonziParams forever = offer_like(0.45, 0.5, 0.05, 0.3); // deposits never end
    forever.deposits_end_years.reset();
    forever.horizon_years = 30.0;
    cases.push_back({"deposits never end, slower than the promise", forever});
    forever.deposit_growth = 0.5;
    cases.push_back({"deposits never end, at the promise: solvent", forever});
    PonziParams dip = offer_like(5.0, 0.5, 0.0, 1.0);
    dip.initial_deposit = 1.0;
    dip.initial_inflow = 1e-4;
    dip.deposits_end_years.reset();
    cases.push_back({"an initial deposit that runs dry before new money rescues it", dip});
    PonziParams honest = offer_like(g, 0.03, 0.05, 1.0);
    honest.initial_deposit = 2.0;
    cases.push_back({"an initial deposit earning more than promised", honest});
    for (const Case& c : cases) {
        INFO(c.name);
        check_against_rk4(c.p);
    }
}

TEST_CASE("a fund that dips below zero and recovers collapsed at the first crossing") {
    PonziParams p;
    p.initial_deposit = 1.0;
    p.initial_inflow = 1e-4;
    p.deposit_growth = 5.0;
    p.promised_rate = 0.5;
    p.withdrawal_rate = 1.0;
    p.horizon_years = 10.0;
    const PonziResult r = solve_ponzi(p);
    REQUIRE(r.collapsed);
    // Without the inflow the fund 1 - 2 (1 - e^{-t/2}) would run dry at 2 ln 2 = 1.386; the
    // inflow delays it a little, and the fund is positive again by t = 2.
    CHECK(*r.collapse_time > 1.39);
    CHECK(*r.collapse_time < 1.45);
    CHECK(ponzi_fund_closed_form(p, *r.collapse_time - 1e-6) > 0.0);
    CHECK(ponzi_fund_closed_form(p, *r.collapse_time + 1e-6) < 0.0);
    CHECK(ponzi_fund_closed_form(p, 2.0) > 0.0);
    CHECK(*r.collapse_time == doctest::Approx(candor::test::ponzi_rk4(p).end_time).epsilon(1e-9));
}

TEST_CASE("the closed form is continuous through equal rates") {
    // Where two of r_i, r_n and d = r_p - r_w meet, the divided differences take their limits:
    // values a hair away from the meeting point agree with the value on it.
    const std::vector<PonziParams> meeting{
        offer_like(0.3, 2.0, 0.3, 1.0),   // r_i = r_n
        offer_like(7.0, 3.0, 0.5, 2.5),   // d = r_n
        offer_like(2.0, 4.0, 0.05, 2.0),  // r_i = d
        offer_like(0.5, 1.5, 0.5, 1.0),   // all three
        offer_like(-0.2, 0.0, 0.0, 0.2)}; // all three, below zero
    for (const PonziParams& at : meeting) {
        for (double offset : {1e-13, 1e-10, 1e-7}) {
            for (double t : {1e-3, 0.5, 3.0, 9.0}) {
                INFO("r_i ", at.deposit_growth, ", offset ", offset, ", t ", t);
                PonziParams near = at;
                near.nominal_rate += offset;
                near.promised_rate -= 0.5 * offset;
                const double exact = ponzi_fund_closed_form(at, t);
                const double beside = ponzi_fund_closed_form(near, t);
                REQUIRE(std::isfinite(exact));
                // The size of the terms: s0 t e^{m t} (1 + r_w t), m the largest rate.
                const double m = std::max({at.deposit_growth, at.nominal_rate,
                                           at.promised_rate - at.withdrawal_rate, 0.0});
                const double scale =
                    at.initial_inflow * t * std::exp(m * t) * (1.0 + at.withdrawal_rate * t);
                CHECK(std::abs(beside - exact) <= 100.0 * offset * t * scale);
            }
        }
    }
    // r_i = r_n = d = 0 with no withdrawals: deposits at a constant s0 just add up.
    PonziParams flat;
    flat.initial_inflow = 2.0;
    CHECK(ponzi_fund_closed_form(flat, 3.0) == doctest::Approx(6.0).epsilon(1e-15));
}

TEST_CASE("the Ponzi reading's collapse agrees with RK4 over many offers") {
    const InflowPreset preset{"ponzi_1920", "Charles Ponzi", 200000.0 * 365.0, 1e7, 0.58};
    int collapses = 0;
    for (int days = 20; days <= 300; days += 35) {
        for (double yield : {0.02, 0.15, 0.6}) {
            const double term = days / 365.0;
            const double rp = std::log1p(yield) / term;
            const PonziReading r = ponzi_reading(rp, std::log1p(0.05), term, preset);
            INFO(days, " days, ", yield);
            if (!r.outcome) {
                CHECK_FALSE(r.required_growth);
                continue;
            }
            PonziParams p;
            p.initial_inflow = r.inflows.s0;
            p.deposit_growth = r.inflows.growth;
            p.promised_rate = rp;
            p.nominal_rate = std::log1p(0.05);
            p.withdrawal_rate = 1.0 / term;
            p.horizon_years = 10.0;
            p.deposits_end_years = 0.58;
            const candor::test::Rk4Outcome rk4 = candor::test::ponzi_rk4(p);
            REQUIRE(r.outcome->collapsed == rk4.collapsed);
            if (rk4.collapsed) {
                ++collapses;
                CHECK(*r.outcome->collapse_time == doctest::Approx(rk4.end_time).epsilon(1e-9));
                CHECK(
                    r.outcome->unpaid_share ==
                    doctest::Approx(rk4.at_end[1] / (rk4.at_end[1] + rk4.at_end[3])).epsilon(1e-8));
            }
        }
    }
    CHECK(collapses >= 10);
}
