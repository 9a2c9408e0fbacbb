#pragma once
/// \file scenario.hpp
/// Counterparty-loss scenarios for one offer: what the investor holds at the end of the
/// horizon when the platform may fail, recoveries are partial and late, and the asset held may
/// lose value. The model and every formula are in docs/scenarios.md.
///
/// Outcome at the horizon H = n t (n = rollovers + 1 terms of t years each), in the
/// reporting currency, for principal P and advertised payout A per term (g = A / P):
///  - no failure within the n terms:          X = P g^n V(H)
///  - failure during term k (1 <= k <= n):    X = R P g^(k-1) (1+b)^((n-k) t - D) V(k t)
/// where failure time ~ Exponential(lambda), R is the recovery fraction (fixed or Beta),
/// D the recovery delay in years, b the benchmark rate (annual compounding) and V(s) the value
/// factor of the held asset at time s: 1 for fiat; lognormal exp((mu - sigma^2/2) s +
/// sigma sqrt(s) Z) for volatile assets; (1 - L) if a stablecoin has de-pegged by s (de-peg
/// time ~ Exponential(-ln(1 - p_depeg))), else 1.

#include "offer.hpp"

#include <cstdint>
#include <vector>

namespace candor::core {

/// Everything the scenario engine needs, in plain numbers. Rates are fractions per year.
struct ScenarioModel {
    double principal = 0.0;            ///< P, major units of the reporting currency (> 0)
    double payout = 0.0;               ///< A, advertised payout of one term, same units (> 0)
    double term_years = 0.0;           ///< t (> 0)
    int rollovers = 0;                 ///< further terms after the first; n = rollovers + 1
    double hazard = 0.0;               ///< lambda, annual failure hazard (>= 0)
    double recovery = 0.0;             ///< mean recovery fraction R in [0, 1]
    double recovery_spread = 0.0;      ///< standard deviation of R; 0 = fixed, else Beta
    double recovery_delay_years = 0.0; ///< D (>= 0)
    double benchmark_rate = 0.0;       ///< b, annual compounding (> -1)
    double volatility = 0.0;        ///< sigma of the held asset's log price per sqrt(year) (>= 0)
    double drift = 0.0;             ///< mu: E[V(s)] = exp(mu s)
    double depeg_probability = 0.0; ///< chance of a de-peg within a year, in [0, 1)
    double depeg_loss = 0.0;        ///< L, fraction of value lost on a de-peg, in [0, 1]

    int terms() const { return rollovers + 1; }
    double horizon_years() const { return term_years * terms(); }
    /// Whether the held stablecoin may lose its peg.
    bool has_depeg() const { return depeg_probability > 0.0 && depeg_loss > 0.0; }
    bool beta_recovery() const { return recovery_spread > 0.0; }
};

/// The model of an offer read against its assumptions: principal, advertised payout, term,
/// benchmark and recovery come from them; failure and price parameters stay at zero.
/// \throws InputError for an invalid offer.
ScenarioModel scenario_model(const Offer& offer, const Assumptions& assumptions);

/// Limits enforced by validate(ScenarioModel): wider values are errors, not silent clamps.
struct ScenarioLimits {
    static constexpr int max_rollovers = 10'000;
    static constexpr double max_hazard = 50.0;    ///< per year
    static constexpr double max_volatility = 5.0; ///< per sqrt(year)
    static constexpr double max_abs_drift = 2.0;  ///< per year
    static constexpr double max_delay_years = 50.0;
    static constexpr double max_horizon_years = 200.0;
    /// A Beta recovery with price risk is integrated numerically for each term in which the
    /// platform may fail; beyond this many terms Monte Carlo is used instead (has_closed_form).
    static constexpr int max_integrated_terms = 12;
};

/// Checks a model; throws InputError whose field is the model's parameter name ("hazard",
/// "recovery", "recovery_spread", "recovery_delay", "volatility", "drift", "rollovers",
/// "depeg_probability", "depeg_loss", "principal", "payout", "term", "benchmark_rate").
void validate(const ScenarioModel& m);

/// Converts the ways a failure risk can be stated into an annual hazard rate.
/// \name Hazard conversions (docs/scenarios.md, "Failure")
///@{
/// From the chance of failing within one year: lambda = -ln(1 - p). \pre 0 <= p < 1
double hazard_from_annual_probability(double p);
/// From the chance of failing within `years`: lambda = -ln(1 - p) / years.
double hazard_from_probability_within(double p, double years);
/// The other way: the chance of failing within one year at hazard lambda, 1 - exp(-lambda).
double annual_probability_from_hazard(double hazard);
///@}

/// The smallest annual hazard at which the model's expected payout is no more than the
/// benchmark's, P (1 + b)^H: the break-even hazard under the model's own recovery, delay and
/// price risk (0 when the offer is worth no more than the benchmark even without failure;
/// ScenarioLimits::max_hazard when no hazard in range gets there). \throws InputError on an
/// invalid model.
double break_even_hazard(const ScenarioModel& m);

/// The statistics reported for an outcome distribution. Amounts in major units at the horizon.
struct ScenarioStats {
    double expected_payout = 0.0;
    double standard_deviation = 0.0;
    double median_payout = 0.0;
    double p05_payout = 0.0;
    double p95_payout = 0.0;
    double probability_of_loss = 0.0;           ///< P(X < principal)
    double probability_of_loss_over_half = 0.0; ///< P(X < principal / 2)
    double expected_shortfall_5 = 0.0;          ///< mean payout over the worst 5% of outcomes
    /// The sure annual rate (annual compounding) that would turn the principal into the
    /// expected payout over the horizon: (E[X]/P)^(1/H) - 1. Risk-neutral; see docs.
    double certainty_equivalent_rate = 0.0;
    double benchmark_rate = 0.0;
    double benchmark_payout = 0.0;       ///< P (1+b)^H
    double probability_of_failure = 0.0; ///< platform fails within the horizon
};

/// Closed form: the distribution is a finite mixture of atoms, scaled Beta, lognormal and
/// Beta-times-lognormal components, whose CDF, quantiles and partial expectations are exact
/// (quantiles to 1e-12 relative by bisection); the Beta-times-lognormal parts (a Beta recovery
/// on a volatile asset) are one-dimensional integrals taken by adaptive Gauss-Kronrod to 1e-12.
/// Available for every model except that last kind over more than
/// ScenarioLimits::max_integrated_terms terms, where Monte Carlo is used.
bool has_closed_form(const ScenarioModel& m);
/// Without `quantiles`, the median, the 5%/95% quantiles and the expected shortfall (most of
/// the time: each quantile is a bisection of the CDF) are NaN; the other figures are the same.
/// \throws InputError on an invalid model; std::logic_error when !has_closed_form(m).
ScenarioStats closed_form(const ScenarioModel& m, bool quantiles = true);

/// A bar of an outcome distribution: payouts in [lower, upper) with this probability.
struct OutcomeBin {
    double lower = 0.0;
    double upper = 0.0;
    double probability = 0.0;
};

/// The payout's distribution at the horizon, for a chart, from the same mixture as
/// closed_form(): each point mass as a narrow bin of its own (0.8% of the payout wide), the
/// lognormal parts on one grid of `grid_bins` equal bins across their central 99.9%. A
/// Beta-distributed recovery is taken at its mean, so that every model has one.
/// 	hrows InputError on an invalid model.
std::vector<OutcomeBin> outcome_distribution(const ScenarioModel& m, int grid_bins = 48);

/// Monte Carlo settings.
struct MonteCarloSettings {
    std::uint64_t paths = 1'000'000;
    std::uint64_t seed = 20260101;
    unsigned threads = 0; ///< 0: one per hardware thread
    static constexpr std::uint64_t max_paths = 100'000'000'000ULL;
};

struct MonteCarloResult {
    ScenarioStats stats;
    std::uint64_t paths = 0;
    std::uint64_t seed = 0;
    unsigned threads = 0;
    double standard_error = 0.0; ///< of expected_payout: sd / sqrt(paths)
    /// Resolution of the quantile estimator: quantiles and the expected shortfall are read
    /// from a log-spaced histogram whose bins are this wide (relative).
    double quantile_resolution = 0.0;
    double elapsed_seconds = 0.0;
    double paths_per_second = 0.0;
};

/// Seeded, reproducible Monte Carlo: the same seed gives the same numbers at any thread count
/// (paths come in fixed blocks, each with its own random streams; per-block sums are combined
/// in block order; the histogram holds integer counts). Memory does not grow with paths.
/// \throws InputError (fields "paths", "threads" or a model field).
MonteCarloResult monte_carlo(const ScenarioModel& m, const MonteCarloSettings& s);

} // namespace candor::core
