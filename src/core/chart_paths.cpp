#include "chart_paths.hpp"

#include "scenario_detail.hpp"

#include <algorithm>
#include <cmath>

namespace candor::core {

namespace {

/// The scenario model had the term ended after `years` at the advertised continuous rate.
double expected_value_at(const ScenarioModel& m, double years, double advertised_value) {
    if (years <= 0.0) {
        return m.principal;
    }
    ScenarioModel part = m;
    part.term_years = years;
    part.rollovers = 0;
    part.payout = advertised_value;
    return detail::exact_mean(part);
}

} // namespace

std::vector<ValuePoint> value_over_term(const OfferResult& r, long max_points) {
    const Analysis& a = r.analysis();
    const double principal = a.offer.principal.to_major();
    const long days = std::max(1L, a.term_days);
    const long step = std::max(1L, days / std::max(1L, max_points));
    const double years_per_day = a.year_fraction / static_cast<double>(days);
    std::vector<ValuePoint> out;
    for (long day = 0;; day += step) {
        day = std::min(day, days);
        const double t = static_cast<double>(day) * years_per_day;
        ValuePoint p;
        p.day = static_cast<double>(day);
        p.advertised = principal * std::exp(a.nominal.continuous_annual_rate * t);
        p.benchmark = principal * std::exp(a.benchmark.continuous_annual_rate * t);
        if (r.scenario) {
            p.expected = expected_value_at(r.scenario->model, t, p.advertised);
        }
        out.push_back(p);
        if (day == days) {
            break;
        }
    }
    return out;
}

std::vector<double> benchmark_rollover_log10(const Analysis& a, int years) {
    const double log_p = std::log10(a.offer.principal.to_major());
    const double growth = std::log10(1.0 + a.benchmark_rate);
    std::vector<double> out;
    for (int y = 0; y <= years; ++y) {
        out.push_back(log_p + y * growth);
    }
    return out;
}

std::vector<SurvivalPoint> survival_curve(double hazard, double horizon_years, int n) {
    std::vector<SurvivalPoint> out;
    for (int i = 0; i <= n; ++i) {
        const double t = horizon_years * i / n;
        out.push_back({t, std::exp(-hazard * t)});
    }
    return out;
}

TwoPointOutcome two_point_outcome(const OfferResult& r) {
    const Analysis& a = r.analysis();
    const double principal = a.offer.principal.to_major();
    const double payout = a.advertised_payout.to_major();
    TwoPointOutcome tp;
    if (r.scenario) {
        const ScenarioModel& m = r.scenario->model;
        tp.survival = std::exp(-m.hazard * a.year_fraction);
        tp.on_failure = m.recovery * principal *
                        std::exp(-a.benchmark.continuous_annual_rate * m.recovery_delay_years);
    } else if (a.break_even) {
        tp.survival = a.break_even->survival_probability;
        tp.on_failure = a.assumptions.recovery * principal;
    }
    tp.expected = tp.survival * payout + (1.0 - tp.survival) * tp.on_failure;
    return tp;
}

} // namespace candor::core
