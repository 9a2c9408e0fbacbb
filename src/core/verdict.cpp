#include "verdict.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace candor::core {

namespace {

/// ln(1 + r) for an annual rate.
double log_growth(double r) {
    return std::log1p(r);
}

/// The long-run and best-year premiums over T-bills of what the offer says it holds: the
/// claimed mix, or, with no mix, the asset class with the highest long-run return.
std::pair<double, double> asset_premiums(const std::optional<PlausiblePayout>& plausible,
                                         const MarketData& market, double bills) {
    double long_run = 0.0;
    double best_year = 0.0;
    if (plausible) {
        // A share with no public return series earns no premium in this reading: in place of
        // the safe rate it was counted at, the T-bill rate the premiums are measured over.
        const double unexplained =
            plausible->unexplained_weight() * (bills - plausible->unexplained_rate);
        long_run = plausible->central_annual_rate + unexplained;
        best_year = plausible->optimistic_annual_rate + unexplained;
    } else {
        for (const AssetClass& c : market.asset_classes()) {
            if (c.is_return() && c.geometric_mean > long_run) {
                long_run = c.geometric_mean;
                best_year = c.best_year.value;
            }
        }
    }
    return {std::expm1(log_growth(long_run) - log_growth(bills)),
            std::expm1(log_growth(best_year) - log_growth(bills))};
}

/// Years for the principal to outgrow world GDP at the offer's real pace; empty if never.
std::optional<double> years_to_world_gdp(const Analysis& a, double log_real_growth,
                                         const MarketData& market) {
    const auto gdp = std::find_if(market.magnitudes().begin(), market.magnitudes().end(),
                                  [](const Magnitude& m) { return m.id == "world_gdp"; });
    if (gdp == market.magnitudes().end() || log_real_growth <= 0.0) {
        return std::nullopt;
    }
    const double distance = std::log(gdp->value / a.offer.principal.to_major());
    return std::max(0.0, distance / log_real_growth);
}

/// "verdict." and the verdict's id, with "_overflow" when `overflow`: made once for each.
MessageId verdict_message(VerdictId v, bool overflow) {
    static const auto ids =
        interned_ids(std::array{VerdictId::InLineWithSafeRates, VerdictId::AboveSafeRates,
                                VerdictId::AboveClaimedLongRun, VerdictId::AboveBestYear,
                                VerdictId::BeyondAnyReturn},
                     verdict_id, "verdict.", std::array<std::string_view, 2>{"", "_overflow"});
    return ids.at(static_cast<std::size_t>(v))[overflow ? 1 : 0];
}

Message headline(const Verdict& v, const Analysis& a,
                 const std::optional<PlausiblePayout>& plausible) {
    const bool claimed = plausible.has_value();
    // Every claimed source without a public return series: no record to be above.
    const bool unchecked = claimed && plausible->mix.empty();
    std::vector<Value> p;
    if (v.overflow) {
        p.push_back(
            {"log10_annual_growth", ValueKind::Log10, a.nominal.log10_effective_growth, ""});
    } else {
        p.push_back({"ear", ValueKind::Fraction, *a.nominal.effective_annual_rate, ""});
    }
    p.push_back({"safe_rate", ValueKind::Fraction, a.benchmark_rate, ""});
    p.push_back({"premium", ValueKind::Fraction, v.premium, ""});
    MessageId id = verdict_message(v.id, false);
    if (!claimed && (v.id == VerdictId::AboveClaimedLongRun || v.id == VerdictId::AboveBestYear)) {
        id = v.id == VerdictId::AboveClaimedLongRun ? MessageId("verdict.above_asset_long_run")
                                                    : MessageId("verdict.above_asset_best_year");
    }
    switch (v.id) {
    case VerdictId::InLineWithSafeRates:
    case VerdictId::AboveSafeRates:
        p.push_back(
            {"ceiling", ValueKind::Fraction, std::max(v.ordinary_spread, v.long_run_premium), ""});
        break;
    case VerdictId::AboveClaimedLongRun:
        p.push_back({"long_run_premium", ValueKind::Fraction, v.long_run_premium, ""});
        break;
    case VerdictId::AboveBestYear:
        p.push_back({"best_year_premium", ValueKind::Fraction, v.best_year_premium, ""});
        break;
    case VerdictId::BeyondAnyReturn:
        p.push_back({"years", ValueKind::Years, v.years_to_world_gdp.value_or(0.0), ""});
        break;
    }
    if (unchecked && (v.id == VerdictId::AboveClaimedLongRun || v.id == VerdictId::AboveBestYear)) {
        id = "verdict.above_unchecked_mix";
        p.push_back({"ordinary_spread", ValueKind::Fraction, v.ordinary_spread, ""});
    }
    if (v.overflow && v.id == VerdictId::BeyondAnyReturn) {
        id = verdict_message(v.id, true);
    }
    return {id, std::move(p)};
}

} // namespace

std::string_view verdict_id(VerdictId v) {
    switch (v) {
    case VerdictId::InLineWithSafeRates:
        return "in_line_with_safe_rates";
    case VerdictId::AboveSafeRates:
        return "above_safe_rates";
    case VerdictId::AboveClaimedLongRun:
        return "above_claimed_long_run";
    case VerdictId::AboveBestYear:
        return "above_best_year";
    case VerdictId::BeyondAnyReturn:
        return "beyond_any_return";
    }
    return "in_line_with_safe_rates";
}

Verdict judge(const Analysis& a, const std::optional<PlausiblePayout>& plausible,
              const MarketData& market, const VerdictRules& rules) {
    Verdict v;
    const double bills = market.get("tbill_3m").geometric_mean;
    const double baa = market.get("corporate_ig").geometric_mean;
    v.in_line_margin = rules.in_line_margin;
    v.ordinary_spread = std::expm1(log_growth(baa) - log_growth(bills));
    std::tie(v.long_run_premium, v.best_year_premium) = asset_premiums(plausible, market, bills);

    // Everything in ln(1 + rate): an EAR too large for a double still has its logarithm.
    const double log_offer = a.nominal.log10_effective_growth * std::numbers::ln10;
    v.overflow = !a.nominal.effective_annual_rate.has_value();
    const double log_premium = log_offer - log_growth(a.benchmark_rate);
    v.premium = v.overflow ? HUGE_VAL : std::expm1(log_premium);
    v.years_to_world_gdp =
        years_to_world_gdp(a, log_offer - log_growth(a.assumptions.annual_inflation), market);

    // Each threshold at least the one before, so that a higher payout never gets a milder
    // verdict.
    const double t0 = log_growth(v.in_line_margin);
    const double t1 = std::max(t0, log_growth(std::max(v.ordinary_spread, v.long_run_premium)));
    const double t2 = std::max(t1, log_growth(v.best_year_premium));
    const bool outgrows = v.years_to_world_gdp && *v.years_to_world_gdp <= rules.outgrow_gdp_years;
    if (log_premium <= t0) {
        v.id = VerdictId::InLineWithSafeRates;
    } else if (log_premium <= t1) {
        v.id = VerdictId::AboveSafeRates;
    } else if (log_premium <= t2) {
        v.id = VerdictId::AboveClaimedLongRun;
    } else if (!outgrows) {
        v.id = VerdictId::AboveBestYear;
    } else {
        v.id = VerdictId::BeyondAnyReturn;
    }
    v.level = static_cast<int>(v.id);
    v.headline = headline(v, a, plausible);
    return v;
}

} // namespace candor::core
