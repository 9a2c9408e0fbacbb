#include "ponzi.hpp"

#include "input_error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace candor::core {

namespace {

void require(bool ok, const char* field, const char* expected, double got) {
    if (!ok || !std::isfinite(got)) {
        throw InputError(field, expected, fmt::format("{}", got));
    }
}

using State = std::array<double, 4>; // S, V, deposits, withdrawals

/// The inflow rate initial_inflow e^(growth u), remembering the last exponent: a step's
/// midpoint is taken twice and its end is often the next step's start (the same double), and
/// the bisection of a collapse repeats the step's start. The same values as computing each.
class Inflow {
  public:
    explicit Inflow(const PonziParams& p) : p_(p) {}
    double at(double u) {
        const double x = p_.deposit_growth * u;
        if (x != last_x_ || !known_) {
            last_x_ = x;
            last_ = p_.initial_inflow * std::exp(x);
            known_ = true;
        }
        return last_;
    }

  private:
    const PonziParams& p_;
    double last_x_ = 0.0;
    double last_ = 0.0;
    bool known_ = false;
};

/// `s`: the inflow of new deposits at this point (0 once they have ended).
State derivative(const PonziParams& p, double s, const State& y) {
    const double w = p.withdrawal_rate * y[1];
    return {p.nominal_rate * y[0] + s - w, (p.promised_rate - p.withdrawal_rate) * y[1] + s, s, w};
}

State rk4(const PonziParams& p, Inflow& inflow_at, double t, const State& y, double h) {
    // The end of deposits falls on a step boundary (simulate_ponzi), so one step sees either
    // the inflow throughout or none.
    const bool inflow = !p.deposits_end_years || t < *p.deposits_end_years;
    auto deriv = [&](double u, const State& v) {
        return derivative(p, inflow ? inflow_at.at(u) : 0.0, v);
    };
    auto add = [](const State& a, const State& b, double f) {
        return State{a[0] + f * b[0], a[1] + f * b[1], a[2] + f * b[2], a[3] + f * b[3]};
    };
    const State k1 = deriv(t, y);
    const State k2 = deriv(t + h / 2, add(y, k1, h / 2));
    const State k3 = deriv(t + h / 2, add(y, k2, h / 2));
    const State k4 = deriv(t + h, add(y, k3, h));
    State out;
    for (std::size_t i = 0; i < 4; ++i) {
        out[i] = y[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
    return out;
}

PonziPoint point(double t, const State& y) {
    return {t, y[0], y[1], y[2], y[3]};
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

PonziResult simulate_ponzi(const PonziParams& p) {
    validate(p);
    const double horizon = p.horizon_years;
    // A step of at most 1e-4 years that divides the time deposits end, when they end within
    // the horizon; the last step may be shorter.
    const double grid =
        p.deposits_end_years && *p.deposits_end_years < horizon ? *p.deposits_end_years : horizon;
    const double h = grid / std::ceil(grid / 1e-4);
    const auto steps = static_cast<long>(std::ceil(horizon / h - 1e-9));
    const long every = std::max(1L, steps / 200);
    PonziResult r;
    Inflow inflow(p);
    State y{p.initial_deposit, p.initial_deposit, 0.0, 0.0};
    r.path.push_back(point(0.0, y));
    for (long i = 0; i < steps; ++i) {
        const double t = h * static_cast<double>(i);
        const double step = std::min(h, horizon - t);
        const State next = rk4(p, inflow, t, y, step);
        if (next[0] < 0.0) {
            // The fund runs dry within this step: bisect on the step length.
            double lo = 0.0;
            double hi = step;
            for (int k = 0; k < 200 && hi - lo > 1e-12; ++k) {
                const double mid = 0.5 * (lo + hi);
                (rk4(p, inflow, t, y, mid)[0] < 0.0 ? hi : lo) = mid;
            }
            State at = rk4(p, inflow, t, y, hi);
            at[0] = 0.0;
            r.collapsed = true;
            r.collapse_time = t + hi;
            r.at_end = point(t + hi, at);
            r.unpaid_share = at[1] + at[3] > 0.0 ? at[1] / (at[1] + at[3]) : 0.0;
            r.path.push_back(r.at_end);
            return r;
        }
        y = next;
        if ((i + 1) % every == 0 || i + 1 == steps) {
            r.path.push_back(point(t + step, y));
        }
    }
    r.at_end = point(horizon, y);
    return r;
}

std::optional<double> ponzi_fund_closed_form(const PonziParams& p, double t) {
    const double d = p.promised_rate - p.withdrawal_rate;
    const double rn = p.nominal_rate;
    const double ri = p.deposit_growth;
    if (std::abs(ri - rn) < 1e-9 || std::abs(d - rn) < 1e-9 || std::abs(ri - d) < 1e-9) {
        return std::nullopt;
    }
    auto e = [&](double a) { return (std::exp(a * t) - std::exp(rn * t)) / (a - rn); };
    const double k = p.initial_deposit;
    const double s0 = p.initial_inflow;
    return k * std::exp(rn * t) + s0 * e(ri) -
           p.withdrawal_rate * (k * e(d) + s0 * (e(ri) - e(d)) / (ri - d));
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
        out.outcome = simulate_ponzi(p);
    } catch (const InputError&) {
        // Rates beyond the model's range (a term under about 18 days, a promise above 20 a
        // year continuous): the required growth above still holds; no path is computed.
    }
    return out;
}

} // namespace candor::core
