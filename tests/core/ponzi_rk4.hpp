#pragma once
/// The fourth-order Runge-Kutta integration of the Ponzi model that core::solve_ponzi replaced,
/// kept in the tests as an independent check of the exact solution: fixed steps of at most
/// 1e-4 years (the end of deposits on a step boundary), the collapse refined by bisection
/// within its step to 1e-12 years.

#include "core/ponzi.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

namespace candor::test {

struct Rk4Outcome {
    bool collapsed = false;
    double end_time = 0.0;          ///< the collapse, or the horizon
    std::array<double, 4> at_end{}; ///< S, V, deposits, withdrawals there
};

inline Rk4Outcome ponzi_rk4(const core::PonziParams& p) {
    using State = std::array<double, 4>;
    auto derivative = [&](double u, bool inflow, const State& y) {
        const double s = inflow ? p.initial_inflow * std::exp(p.deposit_growth * u) : 0.0;
        const double w = p.withdrawal_rate * y[1];
        return State{p.nominal_rate * y[0] + s - w,
                     (p.promised_rate - p.withdrawal_rate) * y[1] + s, s, w};
    };
    auto step_from = [&](double t, const State& y, double h) {
        const bool inflow = !p.deposits_end_years || t < *p.deposits_end_years;
        auto add = [](const State& a, const State& b, double f) {
            return State{a[0] + f * b[0], a[1] + f * b[1], a[2] + f * b[2], a[3] + f * b[3]};
        };
        const State k1 = derivative(t, inflow, y);
        const State k2 = derivative(t + h / 2, inflow, add(y, k1, h / 2));
        const State k3 = derivative(t + h / 2, inflow, add(y, k2, h / 2));
        const State k4 = derivative(t + h, inflow, add(y, k3, h));
        State out;
        for (std::size_t i = 0; i < 4; ++i) {
            out[i] = y[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return out;
    };
    const double horizon = p.horizon_years;
    const double grid =
        p.deposits_end_years && *p.deposits_end_years < horizon ? *p.deposits_end_years : horizon;
    const double h = grid / std::ceil(grid / 1e-4);
    const auto steps = static_cast<long>(std::ceil(horizon / h - 1e-9));
    State y{p.initial_deposit, p.initial_deposit, 0.0, 0.0};
    for (long i = 0; i < steps; ++i) {
        const double t = h * static_cast<double>(i);
        const double step = std::min(h, horizon - t);
        const State next = step_from(t, y, step);
        if (next[0] < 0.0) {
            double lo = 0.0;
            double hi = step;
            for (int k = 0; k < 200 && hi - lo > 1e-12; ++k) {
                const double mid = 0.5 * (lo + hi);
                (step_from(t, y, mid)[0] < 0.0 ? hi : lo) = mid;
            }
            return {true, t + hi, step_from(t, y, hi)};
        }
        y = next;
    }
    return {false, horizon, y};
}

} // namespace candor::test
