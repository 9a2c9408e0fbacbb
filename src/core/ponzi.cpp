#include "ponzi.hpp"

#include "input_error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <vector>

namespace candor::core {

namespace {

void require(bool ok, const char* field, const char* expected, double got) {
    if (!ok || !std::isfinite(got)) {
        throw InputError(field, expected, fmt::format("{}", got));
    }
}

/// The first divided difference of x -> e^{x t} at a and b: (e^{a t} - e^{b t}) / (a - b), and
/// t e^{a t} when a = b; also the integral of e^{a u} e^{b (t - u)} over u from 0 to t. Written
/// around the larger point with expm1, so that it keeps full precision however close a and b are.
double divided1(double a, double b, double t) {
    const double top = std::max(a, b);
    const double gap = top - std::min(a, b);
    const double x = gap * t;
    const double ratio = x == 0.0 ? t : -std::expm1(-x) / gap;
    return std::exp(top * t) * ratio;
}

/// The second divided difference of x -> e^{x t} at a, b and c (symmetric in them):
/// (divided1(a, c) - divided1(b, c)) / (a - b), with its limits where points coincide. Points
/// spread over more than 1/t: that difference over the two outermost points, which loses at
/// most a factor of about 3 to cancellation; closer points: the series
/// e^{lo t} sum_k t^{k+2} / (k+2)! h_k(hi - lo, mid - lo), h_k the complete homogeneous
/// polynomial of degree k, whose terms are all positive.
double divided2(double a, double b, double c, double t) {
    std::array<double, 3> x{a, b, c};
    std::sort(x.begin(), x.end());
    const double spread = x[2] - x[0];
    if (spread * t > 1.0) {
        return (divided1(x[2], x[1], t) - divided1(x[0], x[1], t)) / spread;
    }
    const double y = x[1] - x[0];
    double h = 1.0;              // h_k(spread, y)
    double y_power = 1.0;        // y^k
    double weight = 0.5 * t * t; // t^{k+2} / (k+2)!
    double sum = 0.0;
    for (int k = 0; k < 60; ++k) {
        const double term = weight * h;
        sum += term;
        if (term <= 1e-18 * sum) {
            break;
        }
        y_power *= y;
        h = spread * h + y_power;
        weight *= t / (k + 3);
    }
    return std::exp(x[0] * t) * sum;
}

/// The model from a state at the start of a piece of time in which new deposits flow in at
/// `inflow` e^{growth u} (inflow 0: none), u the time since the piece began. The system is
/// linear, so each figure is a sum of divided differences (docs/scenarios.md, "Ponzi dynamics"):
///   V(u) = V0 e^{d u} + c E[g, d]
///   S(u) = S0 e^{r_n u} + c E[g, r_n] - r_w (V0 E[d, r_n] + c E[g, d, r_n])
///   deposits(u) = D0 + c E[g, 0]
///   withdrawals(u) = W0 + r_w (V0 E[d, 0] + c E[g, d, 0])
/// with E[..] the divided differences of x -> e^{x u}, d = r_p - r_w, c the inflow, g its growth.
struct Piece {
    PonziPoint start; ///< its t is the piece's start
    double inflow = 0.0;
    double growth = 0.0;
    double nominal = 0.0;
    double net_promise = 0.0; ///< d = r_p - r_w
    double withdrawal = 0.0;

    double fund(double u) const {
        double s = start.fund * std::exp(nominal * u) -
                   withdrawal * start.promised * divided1(net_promise, nominal, u);
        if (inflow != 0.0) {
            s += inflow * (divided1(growth, nominal, u) -
                           withdrawal * divided2(growth, net_promise, nominal, u));
        }
        return s;
    }
    double promised(double u) const {
        const double v = start.promised * std::exp(net_promise * u);
        return inflow != 0.0 ? v + inflow * divided1(growth, net_promise, u) : v;
    }
    /// S' - r_n S = s - r_w V: the fund e^{-r_n u} rises where it is positive.
    double drift(double u) const {
        const double s = inflow != 0.0 ? inflow * std::exp(growth * u) : 0.0;
        return s - withdrawal * promised(u);
    }
    PonziPoint at(double u) const {
        PonziPoint p;
        p.t = start.t + u;
        p.fund = fund(u);
        p.promised = promised(u);
        p.deposits = start.deposits;
        p.withdrawals =
            start.withdrawals + withdrawal * start.promised * divided1(net_promise, 0.0, u);
        if (inflow != 0.0) {
            p.deposits += inflow * divided1(growth, 0.0, u);
            p.withdrawals += withdrawal * inflow * divided2(growth, net_promise, 0.0, u);
        }
        return p;
    }
};

/// m log1p(x m) / (x m), which is m when x m = 0: the root u of e^{x u} = 1 + x m. Empty when
/// there is none (1 + x m <= 0) or m is not finite.
std::optional<double> log1p_root(double x, double m) {
    const double xm = x * m;
    if (!std::isfinite(m) || !(xm > -1.0)) {
        return std::nullopt;
    }
    return xm == 0.0 ? m : m * (std::log1p(xm) / xm);
}

/// Where the drift s - r_w V changes sign within (0, end): the only turning point of
/// S e^{-r_n u} there (drift = e^{d u} [c e^{x u} (1 - r_w / x) + r_w c / x - r_w V0], x = g - d,
/// a sum of two exponentials, has at most one zero). From e^{x u} = 1 + x m with
/// m = (r_w V0 - c) / (c (x - r_w)).
std::optional<double> turning_point(const Piece& p, double end) {
    if (p.inflow == 0.0) {
        return std::nullopt; // the drift is -r_w V: no sign change
    }
    const double x = p.growth - p.net_promise;
    if (x == p.withdrawal) {
        return std::nullopt; // the drift is e^{d u} (c - r_w V0): one sign throughout
    }
    const double m = (p.withdrawal * p.start.promised - p.inflow) / (p.inflow * (x - p.withdrawal));
    const auto u = log1p_root(x, m);
    if (!u || !(*u > 0.0 && *u < end)) {
        return std::nullopt;
    }
    return u;
}

/// The root of the fund in [lo, hi], where S(lo) >= 0 > S(hi) and S e^{-r_n u} is monotone:
/// Newton's method on S e^{-r_n u} (its step is -S / drift), kept inside the bracket, and
/// bisection where a step would leave it or shrink it too little. To a few units in the last
/// place of the time.
double fund_root(const Piece& p, double lo, double hi) {
    constexpr double eps = std::numeric_limits<double>::epsilon();
    double u = 0.5 * (lo + hi);
    double last_step = hi - lo;
    for (int i = 0; i < 200; ++i) {
        const double s = p.fund(u);
        if (s == 0.0) {
            return u;
        }
        (s < 0.0 ? hi : lo) = u;
        double next = u - s / p.drift(u);
        if (!(next > lo && next < hi) || std::abs(next - u) > 0.5 * std::abs(last_step)) {
            next = 0.5 * (lo + hi);
        }
        last_step = next - u;
        if (std::abs(last_step) <= 4.0 * eps * u) {
            return next;
        }
        u = next;
    }
    return u;
}

/// The first time in (0, end] at which the fund of piece `p` is exhausted, if any. Where the
/// piece has inflows, S e^{-r_n u} is monotone on each side of the drift's turning point, so
/// the sign of S at the turning point and at the end brackets the first root; without inflows
/// the root is explicit: S0 e^{r_n u} = r_w V0 E[d, r_n] is e^{(d - r_n) u} = 1 + (d - r_n) q,
/// q = S0 / (r_w V0).
std::optional<double> first_root(const Piece& p, double end) {
    if (p.start.fund <= 0.0) {
        if (p.start.fund < 0.0 || p.drift(0.0) < 0.0) {
            return 0.0;
        }
    }
    if (p.inflow == 0.0) {
        const double owed = p.withdrawal * p.start.promised;
        if (!(owed > 0.0)) {
            return std::nullopt;
        }
        const auto u = log1p_root(p.net_promise - p.nominal, p.start.fund / owed);
        if (!u || *u > end) {
            return std::nullopt;
        }
        return u;
    }
    double lo = 0.0;
    if (const auto turn = turning_point(p, end)) {
        if (p.fund(*turn) < 0.0) {
            return fund_root(p, 0.0, *turn);
        }
        lo = *turn;
    }
    if (p.fund(end) < 0.0) {
        return fund_root(p, lo, end);
    }
    return std::nullopt;
}

/// The time line in at most two pieces: before deposits end and after.
struct Pieces {
    std::array<Piece, 2> piece;
    std::array<double, 2> end{}; ///< each piece's end, from its start
    int count = 1;

    const Piece& at_time(double t, double& u) const {
        const int i = count == 2 && t >= piece[1].start.t ? 1 : 0;
        u = t - piece[i].start.t;
        return piece[i];
    }
};

/// The ~200 evenly spaced points of the path before `end` (the collapse or the horizon).
void add_path(const Pieces& pieces, double horizon, double end, std::vector<PonziPoint>& path) {
    constexpr int intervals = 200;
    for (int k = 0; k < intervals; ++k) {
        const double t = horizon * k / intervals;
        if (t >= end) {
            break;
        }
        double u = 0.0;
        const Piece& in = pieces.at_time(t, u);
        path.push_back(in.at(u));
    }
}

Piece first_piece(const PonziParams& p) {
    Piece first;
    first.start = {0.0, p.initial_deposit, p.initial_deposit, 0.0, 0.0};
    first.inflow = p.initial_inflow;
    first.growth = p.deposit_growth;
    first.nominal = p.nominal_rate;
    first.net_promise = p.promised_rate - p.withdrawal_rate;
    first.withdrawal = p.withdrawal_rate;
    return first;
}

} // namespace

void validate(const PonziParams& p) {
    require(p.initial_deposit >= 0.0 && p.initial_deposit <= 1e12, "initial_deposit",
            CANDOR_N_("an amount from 0 to 1e12"), p.initial_deposit);
    require(p.initial_inflow > 0.0 && p.initial_inflow <= 1e12, "initial_inflow",
            CANDOR_N_("an amount per year above 0, up to 1e12"), p.initial_inflow);
    require(std::abs(p.deposit_growth) <= 20.0, "deposit_growth",
            CANDOR_N_("a continuous annual rate from -20 to 20"), p.deposit_growth);
    require(std::abs(p.promised_rate) <= 20.0, "promised_rate",
            CANDOR_N_("a continuous annual rate from -20 to 20"), p.promised_rate);
    require(std::abs(p.nominal_rate) <= 20.0, "nominal_rate",
            CANDOR_N_("a continuous annual rate from -20 to 20"), p.nominal_rate);
    require(p.withdrawal_rate >= 0.0 && p.withdrawal_rate <= 20.0, "withdrawal_rate",
            CANDOR_N_("a rate from 0 to 20 per year"), p.withdrawal_rate);
    require(p.horizon_years > 0.0 && p.horizon_years <= 200.0, "horizon",
            CANDOR_N_("a number of years above 0, up to 200"), p.horizon_years);
    if (p.deposits_end_years) {
        require(*p.deposits_end_years > 0.0 && *p.deposits_end_years <= 200.0, "deposits_end",
                CANDOR_N_("a number of years above 0, up to 200"), *p.deposits_end_years);
    }
    // Deposits grow only until they end.
    const double growth_years =
        std::min(p.horizon_years, p.deposits_end_years.value_or(p.horizon_years));
    const double fastest =
        std::max({std::abs(p.nominal_rate), std::abs(p.promised_rate - p.withdrawal_rate)});
    require(std::max(fastest * p.horizon_years, std::abs(p.deposit_growth) * growth_years) <= 600.0,
            "horizon",
            CANDOR_N_("a shorter horizon: the amounts would overflow (rate x years <= 600)"),
            p.horizon_years);
}

PonziResult solve_ponzi(const PonziParams& p, PonziPath path) {
    validate(p);
    const double horizon = p.horizon_years;
    Pieces pieces;
    pieces.piece[0] = first_piece(p);
    pieces.end[0] = horizon;
    if (p.deposits_end_years && *p.deposits_end_years < horizon) {
        // After the end of deposits, the same system without inflow from the state then.
        const double t_end = *p.deposits_end_years;
        pieces.end[0] = t_end;
        pieces.piece[1] = pieces.piece[0];
        pieces.piece[1].start = pieces.piece[0].at(t_end);
        pieces.piece[1].inflow = 0.0;
        pieces.end[1] = horizon - t_end;
        pieces.count = 2;
    }
    PonziResult r;
    r.at_end = pieces.piece[pieces.count - 1].at(pieces.end[pieces.count - 1]);
    for (int i = 0; i < pieces.count; ++i) {
        const Piece& piece = pieces.piece[static_cast<std::size_t>(i)];
        if (const auto u = first_root(piece, pieces.end[static_cast<std::size_t>(i)])) {
            r.collapsed = true;
            r.at_end = piece.at(*u);
            r.at_end.fund = 0.0;
            r.collapse_time = r.at_end.t;
            const double owed = r.at_end.promised + r.at_end.withdrawals;
            r.unpaid_share = owed > 0.0 ? r.at_end.promised / owed : 0.0;
            break;
        }
    }
    if (path == PonziPath::Points) {
        add_path(pieces, horizon, r.at_end.t, r.path);
        r.path.push_back(r.at_end);
    }
    return r;
}

double ponzi_fund_closed_form(const PonziParams& p, double t) {
    return first_piece(p).fund(t);
}

InflowFit fit_exponential_inflow(double last_flow, double total, double t_end) {
    if (!(total > 0.0 && t_end > 0.0 && last_flow * t_end > total)) {
        throw std::invalid_argument("fit_exponential_inflow: needs last_flow * t_end > total > 0");
    }
    // From the two conditions: f(r) = last_flow (1 - e^{-r t}) / r - total = 0, decreasing
    // in r from last_flow t - total > 0 at r -> 0 to -total as r -> infinity: bisect.
    auto f = [&](double r) { return last_flow * -std::expm1(-r * t_end) / r - total; };
    double lo = 1e-12;
    double hi = 1.0;
    while (f(hi) > 0.0 && hi < 1e6) {
        hi *= 2.0;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (f(mid) > 0.0 ? lo : hi) = mid;
    }
    InflowFit fit;
    fit.growth = 0.5 * (lo + hi);
    fit.s0 = last_flow * std::exp(-fit.growth * t_end);
    return fit;
}

std::optional<double> required_inflow_growth(double promised_rate, double nominal_rate) {
    if (!(promised_rate > nominal_rate)) {
        return std::nullopt;
    }
    return promised_rate;
}

double yearly_multiple(double growth) {
    return std::exp(growth);
}

double log10_yearly_multiple(double growth) {
    return growth / std::log(10.0);
}

PonziReading ponzi_reading(double promised_rate, double nominal_rate, double term_years,
                           const InflowPreset& preset, double horizon_years) {
    PonziReading out;
    out.promised_rate = promised_rate;
    out.nominal_rate = nominal_rate;
    out.withdrawal_rate = 1.0 / term_years;
    out.required_growth = required_inflow_growth(promised_rate, nominal_rate);
    if (out.required_growth &&
        *out.required_growth < std::log(std::numeric_limits<double>::max())) {
        out.required_yearly_multiple = yearly_multiple(*out.required_growth);
    }
    out.preset = preset.scheme;
    out.preset_name = preset.name;
    // The fit is the preset's (200 bisection steps): kept from the last call for the same one.
    struct Fit {
        double last_flow = 0.0;
        double total = 0.0;
        double years = 0.0;
        InflowFit fit;
    };
    thread_local std::optional<Fit> last;
    if (!last || last->last_flow != preset.last_flow || last->total != preset.total ||
        last->years != preset.years) {
        last = Fit{preset.last_flow, preset.total, preset.years,
                   fit_exponential_inflow(preset.last_flow, preset.total, preset.years)};
    }
    out.inflows = last->fit;
    out.deposits_end_years = preset.years;
    PonziParams p;
    p.initial_deposit = 0.0;
    p.initial_inflow = out.inflows.s0;
    p.deposit_growth = out.inflows.growth;
    p.promised_rate = promised_rate;
    p.nominal_rate = nominal_rate;
    p.withdrawal_rate = out.withdrawal_rate;
    p.horizon_years = horizon_years;
    p.deposits_end_years = preset.years;
    if (!out.required_growth) {
        // The money earns the promise: no fund runs dry (docs/scenarios.md), no path needed.
        return out;
    }
    try {
        out.outcome = solve_ponzi(p, PonziPath::None);
    } catch (const InputError&) {
        // Rates beyond the model's range (a term under about 18 days, a promise above 20 a
        // year continuous): the required growth above still holds; no path is computed.
    }
    return out;
}

} // namespace candor::core
