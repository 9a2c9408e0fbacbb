#include <doctest/doctest.h>

#include "core/input_error.hpp"
#include "core/mc_math.hpp"
#include "core/scenario.hpp"
#include "core/scenario_detail.hpp"

#include <boost/math/special_functions/beta.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

using namespace candor::core;

namespace {

/// 5,000 for 20 days returning 6,350 (the headline example), in a fiat currency.
ScenarioModel headline() {
    ScenarioModel m;
    m.principal = 5000.0;
    m.payout = 6350.0;
    m.term_years = 20.0 / 365.0;
    m.hazard = 0.5;
    m.recovery = 0.3;
    m.recovery_delay_years = 2.0;
    m.benchmark_rate = 0.0421;
    return m;
}

MonteCarloResult run(const ScenarioModel& m, std::uint64_t paths, unsigned threads = 2,
                     std::uint64_t seed = 7) {
    MonteCarloSettings s;
    s.paths = paths;
    s.threads = threads;
    s.seed = seed;
    return monte_carlo(m, s);
}

/// Binomial standard error of a probability estimated from n paths.
double prob_se(double p, std::uint64_t n) {
    return std::sqrt(std::max(p * (1 - p), 1e-12) / static_cast<double>(n));
}

void check_agreement(const ScenarioModel& m, std::uint64_t paths, double quantile_tol,
                     double es_tol) {
    const ScenarioStats ex = closed_form(m);
    const MonteCarloResult mc = run(m, paths);
    const auto& s = mc.stats;
    INFO("exact mean " << ex.expected_payout << " mc " << s.expected_payout << " se "
                       << mc.standard_error);
    CHECK(std::abs(s.expected_payout - ex.expected_payout) < 4.0 * mc.standard_error);
    CHECK(s.standard_deviation == doctest::Approx(ex.standard_deviation).epsilon(0.02));
    CHECK(std::abs(s.probability_of_loss - ex.probability_of_loss) <
          4.0 * prob_se(ex.probability_of_loss, paths) + 1e-9);
    CHECK(std::abs(s.probability_of_loss_over_half - ex.probability_of_loss_over_half) <
          4.0 * prob_se(ex.probability_of_loss_over_half, paths) + 1e-9);
    const double qtol = quantile_tol + 2.0 * mc.quantile_resolution;
    CHECK(s.median_payout == doctest::Approx(ex.median_payout).epsilon(qtol));
    CHECK(s.p05_payout == doctest::Approx(ex.p05_payout).epsilon(qtol));
    CHECK(s.p95_payout == doctest::Approx(ex.p95_payout).epsilon(qtol));
    CHECK(s.expected_shortfall_5 == doctest::Approx(ex.expected_shortfall_5).epsilon(es_tol));
}

} // namespace

TEST_CASE("mc_math: exp, log and sincos agree with the C library") {
    double worst = 0.0;
    for (double x = -700.0; x < 700.0; x += 0.0731) {
        worst = std::max(worst, std::abs(mc::exp(x) - std::exp(x)) / std::exp(x));
    }
    CHECK(worst < 1e-15);
    CHECK(mc::exp(-800.0) == 0.0);
    worst = 0.0;
    for (double x = 1e-300; x < 1e300; x *= 1.731) {
        worst = std::max(worst,
                         std::abs(mc::log(x) - std::log(x)) / std::max(1.0, std::abs(std::log(x))));
    }
    CHECK(worst < 1e-15);
    CHECK(mc::log(1.0) == 0.0);
    worst = 0.0;
    for (double u = 0.0; u < 1.0; u += 0.000731) {
        double s = 0.0;
        double c = 0.0;
        mc::sincos_2pi(u, s, c);
        worst = std::max(
            {worst, std::abs(s - std::sin(2 * M_PI * u)), std::abs(c - std::cos(2 * M_PI * u))});
    }
    CHECK(worst < 2e-15);
}

TEST_CASE("hazard conversions") {
    CHECK(hazard_from_annual_probability(0.1) == doctest::Approx(-std::log(0.9)));
    CHECK(hazard_from_probability_within(0.02, 0.5) == doctest::Approx(-std::log(0.98) / 0.5));
    CHECK(hazard_from_annual_probability(0.0) == 0.0);
    CHECK_THROWS_AS(hazard_from_annual_probability(1.0), InputError);
    CHECK_THROWS_AS(hazard_from_annual_probability(-0.1), InputError);
    CHECK(annual_probability_from_hazard(hazard_from_annual_probability(0.1)) ==
          doctest::Approx(0.1).epsilon(1e-15));
    CHECK(annual_probability_from_hazard(0.0) == 0.0);
}

TEST_CASE("outcome distribution for a chart: point masses and a lognormal grid") {
    // Fiat: two point masses, paid in full or the discounted recovery.
    const ScenarioModel m = headline();
    std::vector<OutcomeBin> two = outcome_distribution(m);
    REQUIRE(two.size() == 2);
    std::sort(two.begin(), two.end(),
              [](const OutcomeBin& a, const OutcomeBin& b) { return a.lower < b.lower; });
    const double q = 1.0 - std::exp(-m.hazard * m.term_years);
    const double rec = 0.3 * 5000.0 * std::pow(1.0421, -2.0);
    const double w = 6350.0 * 0.004;
    CHECK(two[0].lower == doctest::Approx(rec - w));
    CHECK(two[0].probability == doctest::Approx(q).epsilon(1e-13));
    CHECK(two[1].lower == doctest::Approx(6350.0 - w));
    CHECK(two[1].upper == doctest::Approx(6350.0 + w));
    CHECK(two[1].probability == doctest::Approx(1.0 - q).epsilon(1e-13));

    // Price risk: 48 equal bins over the central 99.9% of both branches, holding nearly all
    // the probability; a Beta recovery is taken at its mean, so the same model with a spread
    // gives the same bins.
    ScenarioModel coin = m;
    coin.volatility = 0.95;
    const std::vector<OutcomeBin> grid = outcome_distribution(coin);
    REQUIRE(grid.size() == 48);
    double total = 0.0;
    for (std::size_t i = 0; i < grid.size(); ++i) {
        total += grid[i].probability;
        if (i > 0) {
            CHECK(grid[i].lower == doctest::Approx(grid[i - 1].upper));
        }
    }
    CHECK(total > 0.998);
    CHECK(total <= 1.0);
    coin.recovery_spread = 0.1;
    const std::vector<OutcomeBin> spread = outcome_distribution(coin);
    REQUIRE(spread.size() == grid.size());
    CHECK(spread[20].probability == doctest::Approx(grid[20].probability));

    ScenarioModel bad = m;
    bad.hazard = -1.0;
    CHECK_THROWS_AS(outcome_distribution(bad), InputError);
}

TEST_CASE("closed form: the two-point mixture by hand") {
    const ScenarioModel m = headline();
    const ScenarioStats s = closed_form(m);
    const double q = 1.0 - std::exp(-m.hazard * m.term_years); // fails within the term
    const double rec = 0.3 * 5000.0 * std::pow(1.0421, -2.0);  // recovery, discounted 2 years
    CHECK(s.expected_payout == doctest::Approx((1 - q) * 6350.0 + q * rec).epsilon(1e-13));
    CHECK(s.probability_of_loss == doctest::Approx(q).epsilon(1e-13));
    CHECK(s.probability_of_loss_over_half == doctest::Approx(q).epsilon(1e-13));
    CHECK(s.median_payout == 6350.0);
    CHECK(s.p05_payout == 6350.0); // q = 2.7% < 5%
    CHECK(s.p95_payout == 6350.0);
    // Worst 5%: the whole failure mass at `rec`, the rest at 6,350.
    CHECK(s.expected_shortfall_5 ==
          doctest::Approx((q * rec + (0.05 - q) * 6350.0) / 0.05).epsilon(1e-12));
    const double sd = std::sqrt(q * (1 - q)) * (6350.0 - rec);
    CHECK(s.standard_deviation == doctest::Approx(sd).epsilon(1e-10));
    CHECK(s.certainty_equivalent_rate ==
          doctest::Approx(std::pow(s.expected_payout / 5000.0, 365.0 / 20.0) - 1.0).epsilon(1e-12));
    CHECK(s.benchmark_payout == doctest::Approx(5000.0 * std::pow(1.0421, 20.0 / 365.0)));

    // With a 10% chance of failing the 5th percentile is the recovery itself.
    ScenarioModel risky = m;
    risky.hazard = hazard_from_probability_within(0.10, m.term_years);
    const ScenarioStats r = closed_form(risky);
    CHECK(r.p05_payout == doctest::Approx(rec).epsilon(1e-12));
    CHECK(r.expected_shortfall_5 == doctest::Approx(rec).epsilon(1e-12));
    CHECK(r.probability_of_failure == doctest::Approx(0.10).epsilon(1e-12));
}

TEST_CASE("closed form: rollovers carry the failure risk every term") {
    ScenarioModel m = headline();
    m.rollovers = 3;
    m.recovery_delay_years = 0.0;
    m.benchmark_rate = 0.0;
    const ScenarioStats s = closed_form(m);
    const double q = 1.0 - std::exp(-m.hazard * m.term_years);
    const double g = 6350.0 / 5000.0;
    double mean = std::pow(1 - q, 4) * 5000.0 * std::pow(g, 4);
    for (int k = 1; k <= 4; ++k) {
        mean += std::pow(1 - q, k - 1) * q * 0.3 * 5000.0 * std::pow(g, k - 1);
    }
    CHECK(s.expected_payout == doctest::Approx(mean).epsilon(1e-12));
    CHECK(s.probability_of_failure == doctest::Approx(1 - std::pow(1 - q, 4)).epsilon(1e-12));
}

TEST_CASE("closed form exists except for Beta recovery with price risk over many terms") {
    ScenarioModel m = headline();
    CHECK(has_closed_form(m));
    m.recovery_spread = 0.2;
    CHECK(has_closed_form(m));
    m.volatility = 0.6;
    CHECK(has_closed_form(m)); // integrated numerically
    m.rollovers = ScenarioLimits::max_integrated_terms - 1;
    CHECK(has_closed_form(m));
    m.rollovers = ScenarioLimits::max_integrated_terms;
    CHECK_FALSE(has_closed_form(m));
    CHECK_THROWS_AS(closed_form(m), std::logic_error);
    m.hazard = 0.0;
    CHECK(has_closed_form(m));
}

TEST_CASE("Beta recovery with price risk: the integrals against a brute-force sum") {
    // One term, always failing (hazard high), no delay: X = B V with B ~ Beta(mean 0.55,
    // spread 0.25), ln V ~ N(-sigma^2 t / 2, sigma^2 t), scaled by the principal.
    ScenarioModel m = headline();
    m.hazard = 50.0;
    m.recovery = 0.55;
    m.recovery_spread = 0.25;
    m.recovery_delay_years = 0.0;
    m.volatility = 0.9;
    const ScenarioStats s = closed_form(m);
    double a = 0.0;
    double b = 0.0;
    detail::beta_parameters(m.recovery, m.recovery_spread, a, b);
    const double q = 1.0 - std::exp(-m.hazard * m.term_years);
    const double sd = m.volatility * std::sqrt(m.term_years);
    // P(X < principal) by a midpoint sum over the normal variable (200,000 steps of 1e-4).
    double p_fail_loss = 0.0;
    for (int i = 0; i < 200'000; ++i) {
        const double z = -10.0 + (i + 0.5) * 1e-4;
        const double v = std::exp(-0.5 * sd * sd + sd * z);
        const double w = std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi) * 1e-4;
        p_fail_loss += w * boost::math::ibeta(a, b, std::min(1.0, 1.0 / v));
    }
    // Paid in full, the held coin can still lose more than 6,350 / 5,000 - 1 of its value.
    const double survive_loss =
        0.5 * std::erfc(-(std::log(5000.0 / 6350.0) + 0.5 * sd * sd) / (sd * std::sqrt(2.0)));
    CHECK(s.probability_of_loss ==
          doctest::Approx(q * p_fail_loss + (1.0 - q) * survive_loss).epsilon(1e-8));
    CHECK(s.expected_payout ==
          doctest::Approx(q * 0.55 * 5000.0 + (1.0 - q) * 6350.0).epsilon(1e-12));
}

TEST_CASE("Monte Carlo agrees with the closed form within its standard error") {
    SUBCASE("two-point mixture") {
        ScenarioModel m = headline();
        m.hazard = hazard_from_probability_within(0.10, m.term_years);
        check_agreement(m, 400'000, 0.0, 0.01);
    }
    SUBCASE("rollovers") {
        ScenarioModel m = headline();
        m.rollovers = 12;
        check_agreement(m, 400'000, 0.0, 0.02);
    }
    SUBCASE("Beta recovery") {
        ScenarioModel m = headline();
        m.hazard = 2.0;
        m.recovery_spread = 0.2;
        m.rollovers = 5;
        check_agreement(m, 400'000, 0.01, 0.02);
    }
    SUBCASE("lognormal price with failure and de-peg over rollovers") {
        ScenarioModel m = headline();
        m.volatility = 0.65;
        m.drift = 0.05;
        m.rollovers = 8;
        m.depeg_probability = 0.2;
        m.depeg_loss = 0.3;
        check_agreement(m, 400'000, 0.01, 0.02);
    }
    SUBCASE("Beta recovery with price risk (integrated)") {
        ScenarioModel m = headline();
        m.hazard = 1.0;
        m.recovery_spread = 0.15;
        m.volatility = 0.8;
        m.rollovers = 6;
        check_agreement(m, 400'000, 0.01, 0.02);
    }
    SUBCASE("Beta recovery with price risk, a crypto-lender-like single term") {
        ScenarioModel m = headline();
        m.hazard = 8.0; // fails within the term about a third of the time
        m.recovery = 0.55;
        m.recovery_spread = 0.25;
        m.recovery_delay_years = 1.5;
        m.volatility = 0.75;
        check_agreement(m, 400'000, 0.01, 0.02);
    }
    SUBCASE("price only") {
        ScenarioModel m = headline();
        m.hazard = 0.0;
        m.volatility = 0.9;
        check_agreement(m, 400'000, 0.01, 0.02);
    }
}

TEST_CASE("Monte Carlo mean matches the exact mean where no closed form exists") {
    ScenarioModel m = headline();
    m.hazard = 1.0;
    m.recovery_spread = 0.15;
    m.volatility = 0.8;
    m.rollovers = 20;
    REQUIRE_FALSE(has_closed_form(m));
    const MonteCarloResult r = run(m, 400'000);
    const double exact = detail::exact_mean(m);
    CHECK(std::abs(r.stats.expected_payout - exact) < 4.0 * r.standard_error);
    CHECK(r.standard_error > 0.0);
}

TEST_CASE("same seed, same numbers at 1, 2 and 4 threads") {
    ScenarioModel m = headline();
    m.hazard = 1.5;
    m.recovery_spread = 0.2;
    m.volatility = 0.7;
    m.rollovers = 4;
    m.depeg_probability = 0.1;
    m.depeg_loss = 0.2;
    const std::uint64_t paths = 100'003; // not a multiple of the block size
    const MonteCarloResult a = run(m, paths, 1, 42);
    for (unsigned th : {2U, 4U}) {
        const MonteCarloResult b = run(m, paths, th, 42);
        CHECK(b.threads == th);
        CHECK(b.stats.expected_payout == a.stats.expected_payout);
        CHECK(b.stats.standard_deviation == a.stats.standard_deviation);
        CHECK(b.stats.median_payout == a.stats.median_payout);
        CHECK(b.stats.p05_payout == a.stats.p05_payout);
        CHECK(b.stats.p95_payout == a.stats.p95_payout);
        CHECK(b.stats.probability_of_loss == a.stats.probability_of_loss);
        CHECK(b.stats.probability_of_loss_over_half == a.stats.probability_of_loss_over_half);
        CHECK(b.stats.expected_shortfall_5 == a.stats.expected_shortfall_5);
    }
    const MonteCarloResult other = run(m, paths, 2, 43);
    CHECK(other.stats.expected_payout != a.stats.expected_payout);
}

TEST_CASE("bad input names the parameter") {
    auto field_of = [](const ScenarioModel& m) {
        try {
            validate(m);
        } catch (const InputError& e) {
            return e.field();
        }
        return std::string();
    };
    ScenarioModel m = headline();
    CHECK(field_of(m).empty());
    m.hazard = -0.1;
    CHECK(field_of(m) == "hazard");
    m = headline();
    m.recovery = 1.2;
    CHECK(field_of(m) == "recovery");
    m = headline();
    m.volatility = -0.2;
    CHECK(field_of(m) == "volatility");
    m = headline();
    m.recovery_spread = 0.49; // above sqrt(0.3 * 0.7)
    CHECK(field_of(m) == "recovery_spread");
    m = headline();
    m.rollovers = -1;
    CHECK(field_of(m) == "rollovers");
    m = headline();
    m.rollovers = 3000; // 27% per 20 days for 164 years overflows
    CHECK(field_of(m) == "rollovers");
    m = headline();
    m.depeg_probability = 1.0;
    CHECK(field_of(m) == "depeg_probability");
    m = headline();
    m.recovery_delay_years = -1;
    CHECK(field_of(m) == "recovery_delay");

    MonteCarloSettings s;
    s.paths = 0;
    CHECK_THROWS_AS(monte_carlo(headline(), s), InputError);
    s.paths = MonteCarloSettings::max_paths + 1;
    CHECK_THROWS_AS(monte_carlo(headline(), s), InputError);
    s.paths = 10;
    s.threads = 1000;
    CHECK_THROWS_AS(monte_carlo(headline(), s), InputError);
}
