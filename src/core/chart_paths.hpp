#pragma once
/// \file chart_paths.hpp
/// The figures a chart of one offer plots over time, computed where the formulas live:
/// values over the term, the benchmark rolled over, survival curves and the outcome at maturity
/// when no scenario is chosen. render draws them; it computes none of them.

#include "request.hpp"

#include <vector>

namespace candor::core {

/// One day of the term: the advertised value (continuous accrual to the payout), the benchmark
/// (compounding at its rate) and, under a scenario, the expected value had the term ended that
/// day (the scenario model's exact mean over that shorter term). Major units.
struct ValuePoint {
    double day = 0.0;
    double advertised = 0.0;
    double benchmark = 0.0;
    double expected = 0.0; ///< 0 without a scenario
};

/// Every step-th day from 0, step = max(1, days / max_points) (integer division), and the
/// term's last day.
std::vector<ValuePoint> value_over_term(const OfferResult& r, long max_points = 120);

/// log10 of the benchmark rolled over for each whole year 0..years (principal at year 0).
std::vector<double> benchmark_rollover_log10(const Analysis& a, int years);

/// A survival curve exp(-hazard t) at n + 1 equally spaced times from 0 to `horizon_years`.
struct SurvivalPoint {
    double years = 0.0;
    double survival = 1.0;
};
std::vector<SurvivalPoint> survival_curve(double hazard, double horizon_years, int n);

/// The outcome at maturity as two points: paid in full with probability `survival`, else
/// `on_failure` (the recovery, discounted for its delay at the benchmark). Under the scenario
/// when there is one, else at the break-even chance of failure with the assumed recovery,
/// else certain payment.
struct TwoPointOutcome {
    double survival = 1.0;
    double on_failure = 0.0;
    double expected = 0.0; ///< survival * payout + (1 - survival) * on_failure
};
TwoPointOutcome two_point_outcome(const OfferResult& r);

} // namespace candor::core
