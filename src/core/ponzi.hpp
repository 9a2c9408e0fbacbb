#pragma once
/// \file ponzi.hpp
/// The Ponzi-scheme model of M. Artzrouni, "The mathematics of Ponzi schemes", Mathematical
/// Social Sciences 58(2) (2009) 190-201 (preprint MPRA Paper 14420):
///   withdrawals  W(t) = r_w [K e^{(r_p-r_w)t} + int_0^t s(u) e^{(r_p-r_w)(t-u)} du]   (eq. 1)
///   fund         S'(t) = r_n S(t) + s(t) - W(t),  S(0) = K                            (eq. 2)
/// with deposits s(t) = s0 e^{r_i t}. Rates are continuous, per year.
/// Solved here exactly as the linear system S' = r_n S + s - r_w V, V' = (r_p - r_w) V + s,
/// where V(t) = W(t)/r_w is the promised capital still in the fund (docs/scenarios.md, "Ponzi").

#include <optional>
#include <string>
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
    /// New deposits stop at this time (years): the inflows of a scheme fitted up to its
    /// collapse end there. Empty: deposits never stop.
    std::optional<double> deposits_end_years;
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

/// Whether solve_ponzi also gives the path (PonziResult::path) or only the outcome.
enum class PonziPath { Points, None };

/// The exact solution: the system is linear, so the fund, the promised capital, the deposits
/// and the withdrawals are sums of divided differences of exponentials (E below), in two pieces
/// when deposits end within the horizon (docs/scenarios.md, "Ponzi dynamics"). The collapse is
/// the first root of the fund: before deposits end, the fund times e^{-r_n t} turns at most
/// once (where s = r_w V, an explicit time), so the fund's sign there and at the end brackets
/// it, and Newton's method kept in that bracket finds it to a few units in the last place;
/// after deposits end the root is explicit (log1p). Every case of equal or nearly equal rates
/// keeps full precision (expm1 and a series for the divided differences).
/// The one place the collapse is computed: the offer's reading, `candor-cli ponzi`, reports.
PonziResult solve_ponzi(const PonziParams& p, PonziPath path = PonziPath::Points);

/// The fund balance for exponential deposits that never end (derived from eq. 1-2):
/// with d = r_p - r_w and E(a) = (e^{a t} - e^{r_n t}) / (a - r_n),
/// S(t) = K e^{r_n t} + s0 E(r_i) - r_w [K E(d) + s0 (E(r_i) - E(d)) / (r_i - d)],
/// and its limits where r_i = r_n, d = r_n or r_i = d (solve_ponzi's first piece).
double ponzi_fund_closed_form(const PonziParams& p, double t);

/// Artzrouni's fit of exponential deposits: s0 and r_i such that the inflow on the last day
/// is `last_flow` (per year) and the total deposited by `t_end` is `total`:
/// s0 e^{r_i t_end} = last_flow and s0 (e^{r_i t_end} - 1) / r_i = total.
/// \throws std::invalid_argument unless last_flow * t_end > total > 0.
struct InflowFit {
    double s0 = 0.0;
    double growth = 0.0;
};
InflowFit fit_exponential_inflow(double last_flow, double total, double t_end);

/// The growth of new deposits a payer needs to keep paying a promise of `promised_rate` from
/// new money while the money earns `nominal_rate` (both continuous, a year), whatever the
/// share withdrawn each year (> 0): with no initial deposit, the fund stays solvent for ever
/// exactly when deposits grow at least at the promised rate (docs/scenarios.md, "The Ponzi
/// model and the offer", derives it). Empty when the earnings cover the promise
/// (promised_rate <= nominal_rate): no new money is needed.
std::optional<double> required_inflow_growth(double promised_rate, double nominal_rate);

/// A continuous annual growth rate g as the yearly multiple e^g, and as its power of ten
/// (g / ln 10), for a multiple too large to write out.
double yearly_multiple(double growth);
double log10_yearly_multiple(double growth);

/// The inflows of a scheme that collapsed, as fitted by Artzrouni (fit_exponential_inflow): the
/// last day's inflow and the total, over its life.
struct InflowPreset {
    std::string scheme;     ///< the collapsed scheme's id ("ponzi_1920")
    std::string name;       ///< its name
    double last_flow = 0.0; ///< per year, money units
    double total = 0.0;     ///< money units
    double years = 0.0;     ///< its life: deposits end then
};

/// What the Ponzi model says about an offer paid from new deposits.
struct PonziReading {
    double promised_rate = 0.0;   ///< r_p: the offer's continuous annual rate
    double nominal_rate = 0.0;    ///< r_n: ln(1 + plausible annual return of the claimed assets,
                                  ///< or the safe rate without a claimed mix)
    double withdrawal_rate = 0.0; ///< r_w = 1 / term in years: capital is paid out at maturity
    /// required_inflow_growth(r_p, r_n), and the same as an annual multiple e^{g} (empty where
    /// that overflows a double).
    std::optional<double> required_growth;
    std::optional<double> required_yearly_multiple;
    /// Under `preset`'s inflows (deposits end at its collapse), from the start, with the offer's
    /// rates. Empty `outcome` when no new money is needed (no required_growth: the fund never
    /// runs dry) or when the rates lie outside the model's range (validate()).
    std::string preset;      ///< the collapsed scheme's id
    std::string preset_name; ///< its name (a proper noun)
    InflowFit inflows;
    double deposits_end_years = 0.0;
    std::optional<PonziResult> outcome;
};

/// The reading for an offer whose promise is `promised_rate` over terms of `term_years`, its
/// money earning `nominal_rate` (both continuous), under `preset`'s inflows, followed for
/// `horizon_years`. \pre term_years > 0.
PonziReading ponzi_reading(double promised_rate, double nominal_rate, double term_years,
                           const InflowPreset& preset, double horizon_years = 10.0);

} // namespace candor::core
