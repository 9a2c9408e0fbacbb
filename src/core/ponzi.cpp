#include "ponzi.hpp"

#include "input_error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

namespace candor::core {

namespace {

void require(bool ok, const char* field, const char* expected, double got) {
    if (!ok || !std::isfinite(got)) {
        throw InputError(field, expected, fmt::format("{}", got));
    }
}

using State = std::array<double, 4>; // S, V, deposits, withdrawals

State deriv(const PonziParams& p, double t, const State& y) {
    const double s = p.initial_inflow * std::exp(p.deposit_growth * t);
    const double w = p.withdrawal_rate * y[1];
    return {p.nominal_rate * y[0] + s - w, (p.promised_rate - p.withdrawal_rate) * y[1] + s, s, w};
}

State rk4(const PonziParams& p, double t, const State& y, double h) {
    auto add = [](const State& a, const State& b, double f) {
        return State{a[0] + f * b[0], a[1] + f * b[1], a[2] + f * b[2], a[3] + f * b[3]};
    };
    const State k1 = deriv(p, t, y);
    const State k2 = deriv(p, t + h / 2, add(y, k1, h / 2));
    const State k3 = deriv(p, t + h / 2, add(y, k2, h / 2));
    const State k4 = deriv(p, t + h, add(y, k3, h));
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
    const double fastest = std::max({std::abs(p.deposit_growth), std::abs(p.nominal_rate),
                                     std::abs(p.promised_rate - p.withdrawal_rate)});
    require(fastest * p.horizon_years <= 600.0, "horizon",
            CANDOR_N_("a shorter horizon: the amounts would overflow (rate x years <= 600)"),
            p.horizon_years);
}

PonziResult simulate_ponzi(const PonziParams& p) {
    validate(p);
    const double horizon = p.horizon_years;
    const auto steps = static_cast<long>(std::ceil(horizon / 1e-4));
    const double h = horizon / static_cast<double>(steps);
    const long every = std::max(1L, steps / 200);
    PonziResult r;
    State y{p.initial_deposit, p.initial_deposit, 0.0, 0.0};
    r.path.push_back(point(0.0, y));
    for (long i = 0; i < steps; ++i) {
        const double t = h * static_cast<double>(i);
        const State next = rk4(p, t, y, h);
        if (next[0] < 0.0) {
            // The fund runs dry within this step: bisect on the step length.
            double lo = 0.0;
            double hi = h;
            for (int k = 0; k < 200 && hi - lo > 1e-12; ++k) {
                const double mid = 0.5 * (lo + hi);
                (rk4(p, t, y, mid)[0] < 0.0 ? hi : lo) = mid;
            }
            State at = rk4(p, t, y, hi);
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
            r.path.push_back(point(h * static_cast<double>(i + 1), y));
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

} // namespace candor::core
