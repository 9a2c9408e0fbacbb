#pragma once
/// \file ponzi.hpp
/// The Ponzi-scheme model of M. Artzrouni, "The mathematics of Ponzi schemes", Mathematical
/// Social Sciences 58(2) (2009) 190-201 (preprint MPRA Paper 14420):
///   withdrawals  W(t) = r_w [K e^{(r_p-r_w)t} + int_0^t s(u) e^{(r_p-r_w)(t-u)} du]   (eq. 1)
///   fund         S'(t) = r_n S(t) + s(t) - W(t),  S(0) = K                            (eq. 2)
/// with deposits s(t) = s0 e^{r_i t}. Rates are continuous, per year.
/// Solved here as the linear system S' = r_n S + s - r_w V, V' = (r_p - r_w) V + s, where
/// V(t) = W(t)/r_w is the promised capital still in the fund (docs/scenarios.md, "Ponzi").

#include <optional>
#include <vector>

namespace candor::core {

struct PonziParams {
    double initial_deposit = 0.0; ///< K (>= 0), money units
    double initial_inflow = 1.0;  ///< s0 (> 0), money units per year at t = 0
    double deposit_growth = 0.0;  ///< r_i, continuous growth rate of new deposits
    double promised_rate = 0.0;   ///< r_p
    double nominal_rate = 0.0;    ///< r_n, what the money actually earns
    double withdrawal_rate = 0.0; ///< r_w (>= 0), share of promised capital withdrawn per year
    double horizon_years = 50.0;  ///< how long to follow the fund
};

struct PonziPoint {
    double t = 0.0;
    double fund = 0.0;        ///< S(t)
    double promised = 0.0;    ///< V(t): promised capital not yet withdrawn
    double deposits = 0.0;    ///< cumulative new money
    double withdrawals = 0.0; ///< cumulative money paid out
};

struct PonziResult {
    bool collapsed = false;
    std::optional<double> collapse_time; ///< first t with S(t) = 0, years
    PonziPoint at_end; ///< at the collapse, or at the horizon when the fund survives
    /// Of everything promised up to the end (paid withdrawals + promised capital still owed),
    /// the share not paid: V / (W_cum + V) at the collapse; 0 when the fund survives.
    double unpaid_share = 0.0;
    std::vector<PonziPoint> path; ///< ~200 evenly spaced points up to the end
};

/// \throws InputError naming the parameter ("promised_rate", ...).
void validate(const PonziParams& p);

/// Classical 4th-order Runge-Kutta with a fixed step of at most 1e-4 years; the collapse time
/// is refined by bisection on the last step to 1e-12 years.
PonziResult simulate_ponzi(const PonziParams& p);

/// The closed-form fund balance for exponential deposits (derived from eq. 1-2):
/// with d = r_p - r_w and E(a) = (e^{a t} - e^{r_n t}) / (a - r_n),
/// S(t) = K e^{r_n t} + s0 E(r_i) - r_w [K E(d) + s0 (E(r_i) - E(d)) / (r_i - d)].
/// nullopt in the degenerate cases r_i = r_n, d = r_n or r_i = d.
std::optional<double> ponzi_fund_closed_form(const PonziParams& p, double t);

/// Artzrouni's fit of exponential deposits: s0 and r_i such that the inflow on the last day
/// is `last_flow` (per year) and the total deposited by `t_end` is `total`:
/// s0 e^{r_i t_end} = last_flow and s0 (e^{r_i t_end} - 1) / r_i = total.
/// \throws std::invalid_argument unless last_flow * t_end > total > 0.
struct InflowFit {
    double s0 = 0.0;
    double growth = 0.0;
};
InflowFit fit_exponential_inflow(double last_flow, double total, double t_end);

} // namespace candor::core
