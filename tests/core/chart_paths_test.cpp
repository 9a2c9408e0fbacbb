#include "core/chart_paths.hpp"

#include "core/examples.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace candor::core;

namespace {

/// The USDT example (5,000 for 20 days paying 6,350), with a fixed 4.3% benchmark.
OfferRequest usdt() {
    const Example& e = find_example("platform-a-usdt");
    Assumptions a = Assumptions::defaults();
    a.benchmark_rate = 0.043;
    a.benchmark_basis.kind = BasisKind::Stated; // not the safe-rate curve
    a.recovery = 0.0;
    return OfferRequest{e.offer, a, {}, std::nullopt};
}

} // namespace

TEST_CASE("value over the term: continuous accrual to the payout, compounding benchmark") {
    const OfferResult r = execute(usdt(), MarketData::builtin());
    const auto v = value_over_term(r);
    REQUIRE(v.size() == 21); // days 0..20
    const double t = 20.0 / 365.0;
    for (const ValuePoint& p : v) {
        const double frac = p.day / 20.0;
        // 5,000 (6,350 / 5,000)^(day / 20): the advertised growth, accrued continuously.
        CHECK(p.advertised == doctest::Approx(5000.0 * std::pow(1.27, frac)).epsilon(1e-12));
        CHECK(p.benchmark == doctest::Approx(5000.0 * std::pow(1.043, frac * t)).epsilon(1e-12));
        CHECK(p.expected == 0.0);
    }
    CHECK(v.back().advertised == doctest::Approx(6350.0).epsilon(1e-12));
    // Long terms are thinned to every (3650 / 120 = 30)th day, the last day always included.
    OfferRequest year = usdt();
    year.offer.term = Term::of_days(3650);
    year.offer.advertised_payout = Money::from_major(9000, year.offer.principal.asset());
    const auto w = value_over_term(execute(year, MarketData::builtin()));
    CHECK(w.size() == 3650 / 30 + 2);
    CHECK(w[1].day == 30.0);
    CHECK(w.back().day == 3650.0);
}

TEST_CASE("value over the term under a scenario: survival-weighted, recovery discounted") {
    OfferRequest q = usdt();
    q.scenario = ScenarioRequest{"crypto-lender-2022", 0.5, 0.3, 1.0, false, {}};
    const OfferResult r = execute(q, MarketData::builtin());
    REQUIRE(r.scenario);
    const ScenarioModel& m = r.scenario->model;
    REQUIRE(m.volatility == 0.0); // USDT: no lognormal price risk
    const double lambda = -std::log(0.5);
    CHECK(m.hazard == doctest::Approx(lambda));
    for (const ValuePoint& p : value_over_term(r)) {
        const double t = p.day / 365.0;
        const double s = std::exp(-lambda * t);
        // De-peg risk of USDT scales the value by its expected factor at t.
        const double h = m.has_depeg() ? -std::log1p(-m.depeg_probability) : 0.0;
        const double depeg = 1.0 - (1.0 - std::exp(-h * t)) * m.depeg_loss;
        const double on_failure = 0.3 * 5000.0 / 1.043;
        CHECK(p.expected ==
              doctest::Approx((s * p.advertised + (1.0 - s) * on_failure) * depeg).epsilon(1e-12));
    }
    CHECK(value_over_term(r).back().expected ==
          doctest::Approx(r.scenario->stats.expected_payout).epsilon(1e-12));
}

TEST_CASE("benchmark rolled over and survival curves") {
    const OfferResult r = execute(usdt(), MarketData::builtin());
    const auto b = benchmark_rollover_log10(r.analysis(), 10);
    REQUIRE(b.size() == 11);
    CHECK(b[0] == doctest::Approx(std::log10(5000.0)));
    CHECK(b[10] == doctest::Approx(std::log10(5000.0 * std::pow(1.043, 10))).epsilon(1e-12));
    const auto s = survival_curve(0.25, 2.0, 4);
    REQUIRE(s.size() == 5);
    CHECK(s[2].years == 1.0);
    CHECK(s[2].survival == doctest::Approx(std::exp(-0.25)));
}

TEST_CASE("two-point outcome: break-even without a scenario, the scenario's with one") {
    const OfferResult r = execute(usdt(), MarketData::builtin());
    REQUIRE(r.analysis().break_even);
    const TwoPointOutcome tp = two_point_outcome(r);
    CHECK(tp.survival == r.analysis().break_even->survival_probability);
    CHECK(tp.on_failure == 0.0);
    // At break-even the expected payout is the benchmark's.
    CHECK(tp.expected == doctest::Approx(5000.0 * std::pow(1.043, 20.0 / 365.0)).epsilon(1e-9));
    OfferRequest q = usdt();
    q.scenario = ScenarioRequest{"crypto-lender-2022", 0.2, 0.5, 2.0, false, {}};
    const TwoPointOutcome ts = two_point_outcome(execute(q, MarketData::builtin()));
    CHECK(ts.survival == doctest::Approx(std::pow(0.8, 20.0 / 365.0)).epsilon(1e-12));
    CHECK(ts.on_failure == doctest::Approx(0.5 * 5000.0 / (1.043 * 1.043)).epsilon(1e-12));
}
