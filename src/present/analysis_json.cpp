#include "analysis_json.hpp"

#include "benchmark_text.hpp"

#include "core/day_count.hpp"

#include <cmath>

namespace candor::present {

namespace {

nlohmann::ordered_json optional_number(const std::optional<double>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json returns_json(const core::Returns& r) {
    nlohmann::ordered_json j;
    j["payout"] = r.payout;
    j["holding_period_return"] = r.holding_period_return;
    j["simple_annual_rate"] = r.simple_annual_rate;
    j["effective_annual_rate"] = optional_number(r.effective_annual_rate);
    j["log10_effective_growth"] = r.log10_effective_growth;
    j["continuous_annual_rate"] = r.continuous_annual_rate;
    return j;
}

} // namespace

nlohmann::ordered_json to_json(const core::Analysis& a) {
    nlohmann::ordered_json j;
    j["schema_version"] = analysis_schema_version;
    const auto& o = a.offer;
    j["offer"] = {
        {"name", o.name},
        {"principal", o.principal.to_major()},
        {"currency", o.principal.asset().code},
        {"asset", o.held.code},
        {"day_count", std::string(core::day_count_name(o.day_count))},
        {"start", o.term.start() ? nlohmann::ordered_json(core::format_date(*o.term.start()))
                                 : nlohmann::ordered_json(nullptr)},
        {"maturity", o.term.maturity()
                         ? nlohmann::ordered_json(core::format_date(*o.term.maturity()))
                         : nlohmann::ordered_json(nullptr)},
    };
    j["term_days"] = a.term_days;
    j["year_fraction"] = a.year_fraction;
    j["accrual_year_fraction"] = a.accrual_year_fraction;
    j["principal"] = o.principal.to_major();
    j["advertised_payout"] = a.advertised_payout.to_major();
    j["holding_period_return"] = a.nominal.holding_period_return;
    j["simple_annual_rate"] = a.nominal.simple_annual_rate;
    j["effective_annual_rate"] = optional_number(a.nominal.effective_annual_rate);
    j["log10_effective_growth"] = a.nominal.log10_effective_growth;
    j["continuous_annual_rate"] = a.nominal.continuous_annual_rate;
    // Never (a payout that does not grow the principal): null, as docs/cli.md says.
    j["doubling_time_years"] = std::isfinite(a.doubling_time_years)
                                   ? nlohmann::ordered_json(a.doubling_time_years)
                                   : nlohmann::ordered_json(nullptr);
    j["inflation"] = a.assumptions.annual_inflation;
    j["real_payout"] = a.real_payout;
    j["real_effective_annual_rate"] = optional_number(a.real_effective_annual_rate);
    j["fees"] = {{"entry_flat", a.assumptions.entry_fee.flat},
                 {"entry_percent", a.assumptions.entry_fee.percent},
                 {"exit_flat", a.assumptions.exit_fee.flat},
                 {"exit_percent", a.assumptions.exit_fee.percent},
                 {"tax_on_gains", a.assumptions.tax_on_gains}};
    j["net"] = a.net ? returns_json(*a.net) : nlohmann::ordered_json(nullptr);
    j["net_real_effective_annual_rate"] = optional_number(a.net_real_effective_annual_rate);
    j["benchmark_rate"] = a.benchmark_rate;
    j["benchmark_payout"] = a.benchmark_payout.to_major();
    const core::RateBasis& bb = a.assumptions.benchmark_basis;
    j["benchmark_currency"] = bb.kind == core::BasisKind::Stated
                                  ? nlohmann::ordered_json(nullptr)
                                  : nlohmann::ordered_json(bb.currency);
    j["benchmark_term_days"] = bb.kind == core::BasisKind::Stated
                                   ? nlohmann::ordered_json(nullptr)
                                   : nlohmann::ordered_json(bb.term_days);
    j["benchmark_basis"] = std::string(core::basis_kind_id(bb.kind));
    j["benchmark_source"] = rate_source_text(bb);
    j["inflation_basis"] = std::string(core::basis_kind_id(a.assumptions.inflation_basis.kind));
    j["inflation_source"] = rate_source_text(a.assumptions.inflation_basis);
    j["recovery"] = a.assumptions.recovery;
    j["needs_risk_to_explain"] = a.break_even.has_value();
    if (a.break_even) {
        j["breakeven_survival_probability"] = a.break_even->survival_probability;
        j["breakeven_default_probability"] = a.break_even->default_probability;
        j["implied_annual_hazard"] = a.break_even->annual_hazard;
        j["implied_one_year_survival"] = a.break_even->one_year_survival;
    } else {
        j["breakeven_survival_probability"] = nullptr;
        j["breakeven_default_probability"] = nullptr;
        j["implied_annual_hazard"] = nullptr;
        j["implied_one_year_survival"] = nullptr;
    }
    auto roll = nlohmann::ordered_json::array();
    for (const auto& p : a.rollover) {
        roll.push_back({{"years", p.years},
                        {"value", optional_number(p.value)},
                        {"log10_value", p.log10_value}});
    }
    j["rollover"] = roll;
    return j;
}

nlohmann::ordered_json plausible_json(const core::PlausiblePayout& p) {
    nlohmann::ordered_json j;
    auto mix = nlohmann::ordered_json::array();
    for (const auto& c : p.mix) {
        mix.push_back({{"id", c.id},
                       {"weight", c.weight},
                       {"geometric_mean", c.geometric_mean},
                       {"arithmetic_mean", c.arithmetic_mean},
                       {"best_year", c.best_year.year},
                       {"best_year_return", c.best_year.value},
                       {"worst_year", c.worst_year.year},
                       {"worst_year_return", c.worst_year.value}});
    }
    j["mix"] = mix;
    auto unexplained = nlohmann::ordered_json::array();
    for (const auto& u : p.unexplained) {
        unexplained.push_back({{"id", u.id}, {"weight", u.weight}});
    }
    j["unexplained"] = unexplained;
    j["unexplained_share"] = p.unexplained_weight();
    j["unexplained_rate"] = p.unexplained_rate;
    j["central_annual_rate"] = p.central_annual_rate;
    j["central_payout"] = p.central_payout;
    j["optimistic_annual_rate"] = p.optimistic_annual_rate;
    j["optimistic_payout"] = p.optimistic_payout;
    j["advertised_simple_annual_rate"] = p.advertised_simple_annual_rate;
    j["beyond_best_year"] = p.beyond_best_year;
    j["gain_multiple_of_central"] = optional_number(p.gain_multiple_of_central);
    j["gain_multiple_of_optimistic"] = optional_number(p.gain_multiple_of_optimistic);
    return j;
}

nlohmann::ordered_json insured_json(const std::optional<core::InsuredDeposit>& d) {
    const auto value = [&](auto f) {
        return d ? nlohmann::ordered_json(f(*d)) : nlohmann::ordered_json(nullptr);
    };
    nlohmann::ordered_json j;
    j["insured_scheme"] = value([](const core::InsuredDeposit& x) { return x.scheme.id; });
    j["insured_limit"] = value([](const core::InsuredDeposit& x) { return x.scheme.limit; });
    j["insured_currency"] = value([](const core::InsuredDeposit& x) { return x.scheme.currency; });
    j["insured_covered"] = value([](const core::InsuredDeposit& x) { return x.covered; });
    j["insured_uncovered"] = value([](const core::InsuredDeposit& x) { return x.uncovered; });
    j["insured_standing"] = value(
        [](const core::InsuredDeposit& x) { return std::string(insured_standing_id(x.standing)); });
    j["insured_credited"] = value([](const core::InsuredDeposit& x) { return x.credited(); });
    return j;
}

} // namespace candor::present
