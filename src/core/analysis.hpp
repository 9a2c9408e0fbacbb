#pragma once
/// \file analysis.hpp
/// analyze(): everything the advertised numbers imply, in one pure function.

#include "offer.hpp"

#include <optional>
#include <vector>

namespace candor::core {

/// The value of the principal if each term's return were rolled over for `years` years.
struct RolloverPoint {
    int years = 0;
    std::optional<double> value; ///< major units; empty where it overflows a double
    double log10_value = 0.0;    ///< always finite
};

/// What failure risk would make the offer worth no more than the benchmark.
struct BreakEven {
    double survival_probability = 0.0; ///< q: the chance of surviving the term
    double default_probability = 0.0;  ///< 1 - q, within the term
    double annual_hazard = 0.0;        ///< -ln(q) / t
    double one_year_survival = 0.0;    ///< q^(1/t)
};

/// The return of one set of cash flows, stated every way the report needs.
struct Returns {
    double payout = 0.0;                ///< major units, unrounded
    double holding_period_return = 0.0; ///< over the term
    double simple_annual_rate = 0.0;    ///< APR: HPR / t
    double continuous_annual_rate = 0.0;
    std::optional<double> effective_annual_rate; ///< EAR/APY; empty where it overflows
    double log10_effective_growth = 0.0;         ///< log10(1 + EAR), always finite
};

struct Analysis {
    Offer offer;
    Assumptions assumptions;

    long term_days = 0;
    /// The term in years over which every rate is annualised: actual days / 365, as Regulation
    /// DD (Appendix A) computes the APY; the same for every day count.
    double year_fraction = 0.0;
    /// The term under the offer's day count: it accrues an advertised rate, nothing else.
    double accrual_year_fraction = 0.0;
    Money advertised_payout; ///< resolved from the rate when the offer gave a rate

    Returns nominal;            ///< as advertised
    std::optional<Returns> net; ///< after fees and tax; empty if nothing is left
    double real_payout = 0.0;   ///< nominal payout in start-of-term money
    std::optional<double> real_effective_annual_rate; ///< Fisher: (1+EAR)/(1+inflation) - 1
    std::optional<double> net_real_effective_annual_rate;
    /// At the advertised pace; +inf (never) when the payout does not exceed the principal.
    double doubling_time_years = 0.0;

    double benchmark_rate = 0.0;
    Money benchmark_payout;
    Returns benchmark;                   ///< the benchmark's returns over the term
    std::optional<BreakEven> break_even; ///< empty when payout <= benchmark payout
    std::vector<RolloverPoint> rollover; ///< years 1..10
};

/// Every return the offer implies. Pure. \throws InputError for invalid offers or assumptions.
/// The assumptions are kept in the result (moved in when the caller has no more use for them).
Analysis analyze(const Offer& offer, Assumptions assumptions);

/// The returns of receiving `payout` for `invested` over `t` years.
/// \pre invested > 0, payout > 0, t > 0.
Returns returns_of(double invested, double payout, double t);

/// The break-even survival of the term (see docs/methodology.md); nullopt when the advertised
/// payout does not beat the benchmark, or recovery alone beats the benchmark.
std::optional<BreakEven> break_even(double principal, double advertised, double benchmark,
                                    double recovery, double t);

/// Value after rolling the term over for 1..max_years years at the term's continuous rate.
std::vector<RolloverPoint> rollover(double principal, double continuous_annual_rate,
                                    int max_years = 10);

} // namespace candor::core
