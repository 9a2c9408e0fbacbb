#include "analysis.hpp"

#include "input_error.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace candor::core {

namespace {
constexpr double ln10 = 2.302585092994046;
}

Returns returns_of(double invested, double payout, double t) {
    Returns r;
    r.payout = payout;
    const double growth = payout / invested;
    r.holding_period_return = growth - 1.0;
    r.simple_annual_rate = r.holding_period_return / t;
    const double log_growth = std::log(growth);
    r.continuous_annual_rate = log_growth / t;
    // EAR = growth^(1/t) - 1 = expm1(continuous rate); it overflows for very short, very
    // generous terms, where only its logarithm is reported.
    const double ear = std::expm1(r.continuous_annual_rate);
    if (std::isfinite(ear)) {
        r.effective_annual_rate = ear;
    }
    r.log10_effective_growth = r.continuous_annual_rate / ln10;
    return r;
}

std::optional<BreakEven> break_even(double principal, double advertised, double benchmark,
                                    double recovery, double t) {
    const double floor = recovery * principal;
    if (advertised <= benchmark || benchmark <= floor) {
        return std::nullopt;
    }
    BreakEven b;
    b.survival_probability = (benchmark - floor) / (advertised - floor);
    b.default_probability = 1.0 - b.survival_probability;
    b.annual_hazard = -std::log(b.survival_probability) / t;
    b.one_year_survival = std::exp(-b.annual_hazard);
    return b;
}

std::vector<RolloverPoint> rollover(double principal, double continuous_annual_rate,
                                    int max_years) {
    std::vector<RolloverPoint> out;
    out.reserve(static_cast<std::size_t>(std::max(max_years, 0)));
    const double log_p = std::log(principal);
    for (int y = 1; y <= max_years; ++y) {
        const double log_v = log_p + continuous_annual_rate * y;
        RolloverPoint pt;
        pt.years = y;
        pt.log10_value = log_v / ln10;
        const double v = std::exp(log_v);
        if (std::isfinite(v)) {
            pt.value = v;
        }
        out.push_back(pt);
    }
    return out;
}

Analysis analyze(const Offer& offer, Assumptions assumptions) {
    validate(offer);
    validate(assumptions);
    Analysis a;
    a.offer = offer;
    a.assumptions = std::move(assumptions);
    const Assumptions& as = a.assumptions;
    a.term_days = offer.term.days();
    // The day count governs accrual only; rates are annualised over the actual days / 365.
    const double accrual = offer.term.year_fraction(offer.day_count);
    const double t = static_cast<double>(a.term_days) / 365.0;
    a.year_fraction = t;
    a.accrual_year_fraction = accrual;
    const double p = offer.principal.to_major();

    a.advertised_payout = advertised_payout(offer);
    // A rate-quoted offer's rates come from the rate's own growth factor, not from the payout
    // rounded to the currency's minor unit (1 USD at 5% for 30 days pays 1.00 after rounding):
    // the payout is rounded once, where it is shown.
    const double payout = offer.advertised_payout ? a.advertised_payout.to_major()
                                                  : p * offer.advertised_rate->growth(accrual);
    a.nominal = returns_of(p, payout, t);
    // A payout that does not grow the principal never doubles it (as core::doubling_time says).
    a.doubling_time_years = a.nominal.continuous_annual_rate > 0
                                ? std::log(2.0) / a.nominal.continuous_annual_rate
                                : INFINITY;

    // Real: deflate by inflation over the term (Fisher relation).
    const double log_infl = std::log1p(as.annual_inflation);
    a.real_payout = payout * std::exp(-log_infl * t);
    const double real_ear = std::expm1(a.nominal.continuous_annual_rate - log_infl);
    if (std::isfinite(real_ear)) {
        a.real_effective_annual_rate = real_ear;
    }

    // Net of fees and tax on a positive gain.
    const double invested = p + as.entry_fee.on(p);
    const double proceeds = payout - as.exit_fee.on(payout);
    const double gain = proceeds - invested;
    const double net_payout = proceeds - (gain > 0 ? gain * as.tax_on_gains : 0.0);
    if (net_payout > 0) {
        a.net = returns_of(invested, net_payout, t);
        const double net_real = std::expm1(a.net->continuous_annual_rate - log_infl);
        if (std::isfinite(net_real)) {
            a.net_real_effective_annual_rate = net_real;
        }
    }

    a.benchmark_rate = as.benchmark_rate;
    const double bench = p * std::exp(std::log1p(as.benchmark_rate) * t);
    a.benchmark_payout = Money::from_major(bench, offer.principal.asset(), "benchmark-rate");
    a.benchmark = returns_of(p, bench, t);
    a.break_even = break_even(p, payout, bench, as.recovery, t);
    a.rollover = rollover(p, a.nominal.continuous_annual_rate);
    return a;
}

} // namespace candor::core
