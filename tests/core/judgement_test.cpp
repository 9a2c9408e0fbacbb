/// Issue 12's cases and properties: benchmarks by currency and maturity, the verdict, the
/// break-even floor of presets beyond their calibrated range.

#include "core/asset.hpp"
#include "core/examples.hpp"
#include "core/request.hpp"
#include "core/safe_rates.hpp"
#include "core/scenario_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>

using namespace candor::core;

namespace {

Offer rate_offer(const std::string& principal, const char* code, long days, double rate) {
    Offer o;
    o.name = "test";
    const Asset a = *find_asset(code);
    o.principal = Money::from_major(std::stod(principal), a);
    o.held = a;
    o.term = Term::of_days(days);
    o.advertised_rate = Rate(rate, Compounding::Compounded, Frequency::Annual);
    return o;
}

Offer payout_offer(double principal, const char* code, long days, double payout) {
    Offer o;
    o.name = "test";
    const Asset a = *find_asset(code);
    o.principal = Money::from_major(principal, a);
    o.held = a;
    o.term = Term::of_days(days);
    o.advertised_payout = Money::from_major(payout, a);
    return o;
}

OfferResult run(const Offer& o, const char* preset = nullptr) {
    OfferRequest q{o, Assumptions::defaults(), {}, std::nullopt};
    if (preset != nullptr) {
        q.scenario = ScenarioRequest{preset, {}, {}, {}, false, {}};
    }
    return execute(q, MarketData::builtin());
}

} // namespace

TEST_CASE("an ordinary bank CD is in line with safe rates and gets no caution") {
    // 10,000 USD for 365 days at 4.5% a year: 0.9 points over the dollar's one-year safe rate.
    const OfferResult r = run(rate_offer("10000", "USD", 365, 0.045));
    CHECK(r.evaluation.verdict.id == VerdictId::InLineWithSafeRates);
    CHECK(r.evaluation.verdict.level == 0);
    for (const Disclosure& d : r.evaluation.disclosures) {
        INFO(d.id.view());
        CHECK(d.severity == Severity::Info);
    }
}

TEST_CASE("an offer is benchmarked in its own currency at its own term") {
    for (const char* code : {"TRY", "BRL", "EUR", "JPY", "GBP", "CHF", "MXN", "INR", "EGP"}) {
        CAPTURE(code);
        const OfferResult r = run(rate_offer("10000", code, 180, 0.05));
        const RateBasis& b = r.analysis().assumptions.benchmark_basis;
        CHECK(b.kind == BasisKind::Curve);
        CHECK(b.currency == code);
        CHECK(b.term_days == 180);
        const SafeRateCurve& c = *SafeRates::builtin().curve(code);
        CHECK(r.analysis().benchmark_rate == curve_rate(c, 180));
        CHECK(r.analysis().assumptions.annual_inflation == c.inflation.value);
    }
    // Turkish lira at 40% a year is within ordinary spreads of a 35% safe rate; the same 40%
    // in dollars is far above.
    CHECK(run(rate_offer("10000", "TRY", 365, 0.40)).evaluation.verdict.level <= 1);
    CHECK(run(rate_offer("10000", "USD", 365, 0.40)).evaluation.verdict.level >= 2);
    // A Brazilian real offer at 10% pays less than the Selic-based safe rate.
    CHECK(run(rate_offer("10000", "BRL", 365, 0.10)).evaluation.verdict.premium < 0.0);
    // A stablecoin is benchmarked in the currency it tracks; a coin payout against the coin's
    // own protocol yield (none for XRP).
    CHECK(
        run(payout_offer(5000, "USDT", 20, 6350)).analysis().assumptions.benchmark_basis.currency ==
        "USD");
    const OfferResult coin = run(payout_offer(1, "BTC", 30, 1.05));
    CHECK(coin.analysis().assumptions.benchmark_basis.kind == BasisKind::CoinNative);
    CHECK(coin.analysis().benchmark_rate == 0.0);
    CHECK(run(payout_offer(10, "ETH", 365, 10.3)).analysis().benchmark_rate ==
          SafeRates::builtin().coin("ETH")->rate);
    // No data: the dollar's figures, said so.
    const RateBasis nz =
        run(rate_offer("1000", "NZD", 90, 0.05)).analysis().assumptions.benchmark_basis;
    CHECK(nz.kind == BasisKind::NoData);
    CHECK(nz.currency == "NZD");
    // Beyond the longest maturity: that maturity's rate, said so.
    const RateBasis longer =
        run(rate_offer("1000", "USD", 20000, 0.05)).analysis().assumptions.benchmark_basis;
    CHECK(longer.kind == BasisKind::BeyondCurve);
}

TEST_CASE("an offer's rate basis shares the figures of the data it was read from") {
    std::optional<SafeRates> rates = SafeRates::builtin();
    const SafeRateCurve& usd = *rates->curve("USD");
    REQUIRE(usd.points.size() >= 3);
    const long between = (usd.points[1].term_days + usd.points[2].term_days) / 2;
    const BenchmarkChoice a = benchmark_for(rate_offer("1000", "USD", between, 0.05), *rates);
    const BenchmarkChoice b = benchmark_for(rate_offer("2000", "USDC", between, 0.07), *rates);
    // The same figures, not a copy each.
    CHECK(a.basis.read_from != nullptr);
    CHECK(a.basis.read_from == b.basis.read_from);
    CHECK(a.inflation_basis.read_from == b.inflation_basis.read_from);
    // Between two published maturities: both points, and the nearer-above one's date and source.
    const RateFigures& f = a.basis.figures();
    REQUIRE(f.points.size() == 2);
    CHECK(f.points[0].term_days == usd.points[1].term_days);
    CHECK(f.points[1].term_days == usd.points[2].term_days);
    CHECK(f.series == usd.name);
    CHECK(f.as_of == usd.points[2].as_of);
    CHECK(f.source.title == usd.points[2].source.title);
    CHECK(f.check == usd.points[2].check);
    CHECK(a.inflation_basis.figures().inflation_index == usd.inflation.index);
    // At a published maturity: that point alone.
    const long at = usd.points[1].term_days;
    const BenchmarkChoice c = benchmark_for(rate_offer("1000", "USD", at, 0.05), *rates);
    REQUIRE(c.basis.figures().points.size() == 1);
    CHECK(c.basis.figures().points[0].term_days == at);
    // Figures are asked of the data set a curve belongs to.
    CHECK_THROWS_AS((void)SafeRates::builtin().figures_at(usd, between), std::invalid_argument);
    CHECK_THROWS_AS((void)SafeRates::builtin().inflation_figures(usd), std::invalid_argument);
    // The figures outlive the data they were read from (an analysis kept after a reload).
    const std::string series = usd.name;
    rates.reset();
    CHECK(a.basis.figures().series == series);
    // A stated rate was read from nothing.
    RateBasis stated;
    stated.kind = BasisKind::Stated;
    CHECK(stated.figures().series.empty());
    CHECK(stated.figures().points.empty());
    CHECK(stated.figures().source.title.empty());
}

TEST_CASE("a stated benchmark is kept") {
    OfferRequest q{
        rate_offer("10000", "TRY", 365, 0.40), Assumptions::defaults(), {}, std::nullopt};
    q.assumptions.benchmark_rate = 0.043;
    q.assumptions.benchmark_basis.kind = BasisKind::Stated;
    const OfferResult r = execute(q, MarketData::builtin());
    CHECK(r.analysis().benchmark_rate == 0.043);
    CHECK(r.analysis().assumptions.benchmark_basis.kind == BasisKind::Stated);
    // Inflation was not stated: the lira's.
    CHECK(r.analysis().assumptions.annual_inflation ==
          SafeRates::builtin().curve("TRY")->inflation.value);
}

TEST_CASE("rates of a rate-quoted offer come from the rate, not the rounded payout") {
    // 1 USD at 5% for 30 days pays 1.00 USD after rounding to cents.
    const OfferResult r = run(rate_offer("1", "USD", 30, 0.05));
    CHECK(r.analysis().advertised_payout.to_major() == 1.0);
    REQUIRE(r.analysis().nominal.effective_annual_rate);
    // Compounded annually, the effective annual rate is the rate itself.
    CHECK(*r.analysis().nominal.effective_annual_rate == doctest::Approx(0.05).epsilon(1e-9));
}

TEST_CASE("every built-in currency has a benchmark for every accepted term") {
    for (const SafeRateCurve& c : SafeRates::builtin().curves()) {
        CAPTURE(c.currency);
        for (long days : {1L, 2L, 29L, 30L, 31L, 90L, 365L, 366L, 730L, 3652L, 3653L, 36500L}) {
            CAPTURE(days);
            const double r = curve_rate(c, days);
            CHECK(std::isfinite(r));
            CHECK(r > -0.5);
            CHECK(r < 1.0);
            const BenchmarkChoice b = benchmark_for(
                rate_offer("1000", c.currency.c_str(), days, 0.05), SafeRates::builtin());
            CHECK(b.basis.currency == c.currency);
            CHECK(b.rate == r);
        }
    }
}

TEST_CASE("property: a higher payout never gives a lower break-even chance or a milder verdict") {
    std::mt19937_64 rng(20261202);
    std::uniform_int_distribution<long> days(1, 3650);
    std::uniform_real_distribution<double> growth(0.0, 3.0);
    const char* codes[] = {"USD", "EUR", "TRY", "BRL", "JPY", "USDT", "NZD"};
    for (int i = 0; i < 300; ++i) {
        const char* code = codes[i % 7];
        const long d = days(rng);
        const double g1 = growth(rng);
        const double g2 = g1 + growth(rng) * 0.5 + 1e-3;
        CAPTURE(code);
        CAPTURE(d);
        const OfferResult a = run(payout_offer(1000, code, d, 1000 * (1 + g1 / 10)));
        const OfferResult b = run(payout_offer(1000, code, d, 1000 * (1 + g2 / 10)));
        CHECK(b.evaluation.verdict.level >= a.evaluation.verdict.level);
        const auto pa = a.analysis().break_even;
        const auto pb = b.analysis().break_even;
        if (pa) {
            REQUIRE(pb);
            CHECK(pb->default_probability >= pa->default_probability);
        }
    }
}

TEST_CASE("property: beyond a preset's calibrated range the offer is worth no more than the "
          "benchmark") {
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<long> days(5, 720);
    std::uniform_real_distribution<double> growth(0.05, 2.0);
    for (const ScenarioPreset& p : ScenarioPresets::builtin().presets()) {
        for (int i = 0; i < 40; ++i) {
            const long d = days(rng);
            const Offer o =
                payout_offer(5000, i % 2 == 0 ? "USDT" : "USD", d, 5000 * (1 + growth(rng)));
            const OfferResult r = run(o, p.id.c_str());
            REQUIRE(r.scenario);
            const Verdict& v = r.evaluation.verdict;
            if (!(v.overflow || v.premium > p.calibrated_max_premium)) {
                continue;
            }
            CAPTURE(p.id);
            CAPTURE(d);
            const double benchmark =
                5000 * std::pow(1 + r.analysis().benchmark_rate, r.scenario->model.horizon_years());
            // At the break-even hazard the expected payout is the benchmark's; a hazard that
            // tops out at the model's limit (full recovery over a few days) is said so.
            if (r.scenario->model.hazard < ScenarioLimits::max_hazard) {
                CHECK(r.scenario->stats.expected_payout <= benchmark * (1 + 1e-9));
            }
            CHECK(r.scenario->model.hazard >= r.scenario->preset_hazard);
        }
    }
}

TEST_CASE("a claimed mix with sources of no public return series: counted at the safe rate") {
    const MarketData& md = MarketData::builtin();
    const AssetClass& gold = md.get("gold");
    // 10,000 USD for 365 days at 9% a year, claimed as mining=60, gold=40.
    Offer o = rate_offer("10000", "USD", 365, 0.09);
    o.claimed_mix = {{"mining", 0.6}, {"gold", 0.4}};
    const OfferResult r = run(o);
    const double safe = r.analysis().benchmark_rate;
    REQUIRE(r.evaluation.plausible);
    const PlausiblePayout& p = *r.evaluation.plausible;
    CHECK(p.unexplained_weight() == doctest::Approx(0.6));
    CHECK(p.unexplained_rate == safe);
    CHECK(p.central_annual_rate == doctest::Approx(0.4 * gold.geometric_mean + 0.6 * safe));
    CHECK(p.central_payout ==
          doctest::Approx(10000.0 * (1.0 + 0.4 * gold.geometric_mean + 0.6 * safe)));
    // The disclosure names the share and the sources, and the rate it is counted at.
    const auto d = std::find_if(r.evaluation.disclosures.begin(), r.evaluation.disclosures.end(),
                                [](const Disclosure& x) { return x.id == "unexplained_mix"; });
    REQUIRE(d != r.evaluation.disclosures.end());
    CHECK(d->severity == Severity::Caution);
    REQUIRE(d->headline.params.size() == 2);
    CHECK(d->headline.params[0].name == "unexplained_share");
    CHECK(d->headline.params[0].number == doctest::Approx(0.6));
    CHECK(d->headline.params[1].text == "mining");
    REQUIRE(d->detail.params.size() == 1);
    CHECK(d->detail.params[0].number == safe);
    // The verdict's long-run premium: gold's share only (the rest earns no premium).
    const double bills = md.get("tbill_3m").geometric_mean;
    CHECK(r.evaluation.verdict.long_run_premium ==
          doctest::Approx((1.0 + 0.4 * gold.geometric_mean + 0.6 * bills) / (1.0 + bills) - 1.0));

    // Without sources of no series, no such disclosure.
    o.claimed_mix = {{"gold", 1.0}};
    for (const Disclosure& x : run(o).evaluation.disclosures) {
        CHECK(x.id != "unexplained_mix");
    }
}

TEST_CASE("a mix all of sources with no series: the verdict still holds at both ends") {
    // An honest insured deposit: 4.5% in USD for a year, stated insured, "staking" claimed.
    Offer deposit = rate_offer("10000", "USD", 365, 0.045);
    deposit.insured = "auto";
    deposit.claimed_mix = {{"staking", 1.0}};
    const OfferResult honest = run(deposit);
    CHECK(honest.evaluation.verdict.id == VerdictId::InLineWithSafeRates);
    REQUIRE(honest.evaluation.plausible);
    CHECK(honest.evaluation.plausible->central_payout ==
          doctest::Approx(10000.0 * (1.0 + honest.analysis().benchmark_rate)));

    // An impossible promise: 1% a day for 30 days, "AI trading" claimed.
    Offer promise = payout_offer(1000, "USDT", 30, 1000.0 * std::pow(1.01, 30));
    promise.claimed_mix = {{"ai_trading", 0.8}, {"arbitrage", 0.2}};
    const OfferResult impossible = run(promise);
    CHECK(impossible.evaluation.verdict.id == VerdictId::BeyondAnyReturn);
    CHECK(impossible.evaluation.verdict.level == 4);

    // In between: 12% in USD, beyond ordinary spreads; no record to be above, said so.
    Offer mid = rate_offer("10000", "USD", 365, 0.12);
    mid.claimed_mix = {{"trading", 1.0}};
    const Verdict v = run(mid).evaluation.verdict;
    CHECK(v.id == VerdictId::AboveBestYear);
    CHECK(v.long_run_premium == doctest::Approx(0.0).epsilon(1e-12));
    CHECK(v.headline.id == "verdict.above_unchecked_mix");
    CHECK(v.headline.params.back().name == "ordinary_spread");
    CHECK(v.headline.params.back().number == v.ordinary_spread);
}
