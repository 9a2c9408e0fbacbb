#include "scenario_json.hpp"

namespace candor::present {

nlohmann::ordered_json stats_json(const core::ScenarioStats& s) {
    nlohmann::ordered_json j;
    j["expected_payout"] = s.expected_payout;
    j["standard_deviation"] = s.standard_deviation;
    j["median_payout"] = s.median_payout;
    j["p05_payout"] = s.p05_payout;
    j["p95_payout"] = s.p95_payout;
    j["probability_of_loss"] = s.probability_of_loss;
    j["probability_of_loss_over_half"] = s.probability_of_loss_over_half;
    j["expected_shortfall_5"] = s.expected_shortfall_5;
    j["certainty_equivalent_rate"] = s.certainty_equivalent_rate;
    j["benchmark_rate"] = s.benchmark_rate;
    j["benchmark_payout"] = s.benchmark_payout;
    j["probability_of_failure"] = s.probability_of_failure;
    return j;
}

nlohmann::ordered_json model_json(const core::ScenarioModel& m) {
    nlohmann::ordered_json j;
    j["principal"] = m.principal;
    j["payout_per_term"] = m.payout;
    j["term_years"] = m.term_years;
    j["rollovers"] = m.rollovers;
    j["horizon_years"] = m.horizon_years();
    j["hazard"] = m.hazard;
    j["recovery"] = m.recovery;
    j["recovery_spread"] = m.recovery_spread;
    j["recovery_delay_years"] = m.recovery_delay_years;
    j["benchmark_rate"] = m.benchmark_rate;
    j["volatility"] = m.volatility;
    j["drift"] = m.drift;
    j["depeg_probability"] = m.depeg_probability;
    j["depeg_loss"] = m.depeg_loss;
    return j;
}

nlohmann::ordered_json simulation_json(const core::ScenarioModel& m,
                                       const core::MonteCarloResult& mc,
                                       const std::optional<core::ScenarioStats>& exact,
                                       const std::string& currency,
                                       const std::optional<std::string>& scenario) {
    nlohmann::ordered_json j;
    j["schema_version"] = scenario_schema_version;
    j["scenario"] = scenario ? nlohmann::ordered_json(*scenario) : nlohmann::ordered_json(nullptr);
    j["currency"] = currency;
    j["paths"] = mc.paths;
    j["seed"] = mc.seed;
    j["threads"] = mc.threads;
    const nlohmann::ordered_json stats = stats_json(mc.stats);
    for (const auto& [key, value] : stats.items()) {
        j[key] = value;
    }
    j["standard_error"] = mc.standard_error;
    j["quantile_resolution"] = mc.quantile_resolution;
    j["elapsed_seconds"] = mc.elapsed_seconds;
    j["paths_per_second"] = mc.paths_per_second;
    j["model"] = model_json(m);
    j["exact"] = exact ? stats_json(*exact) : nlohmann::ordered_json(nullptr);
    return j;
}

nlohmann::ordered_json ponzi_json(const core::PonziParams& p, const core::PonziResult& r) {
    nlohmann::ordered_json j;
    j["schema_version"] = scenario_schema_version;
    j["promised_rate"] = p.promised_rate;
    j["nominal_rate"] = p.nominal_rate;
    j["withdrawal_rate"] = p.withdrawal_rate;
    j["deposit_growth"] = p.deposit_growth;
    j["initial_deposit"] = p.initial_deposit;
    j["initial_inflow"] = p.initial_inflow;
    j["horizon_years"] = p.horizon_years;
    j["deposits_end_years"] = p.deposits_end_years ? nlohmann::ordered_json(*p.deposits_end_years)
                                                   : nlohmann::ordered_json(nullptr);
    const auto required = core::required_inflow_growth(p.promised_rate, p.nominal_rate);
    j["required_inflow_growth"] =
        required ? nlohmann::ordered_json(*required) : nlohmann::ordered_json(nullptr);
    j["collapsed"] = r.collapsed;
    j["collapse_time_years"] = r.collapse_time ? nlohmann::ordered_json(*r.collapse_time)
                                               : nlohmann::ordered_json(nullptr);
    j["unpaid_share"] = r.unpaid_share;
    j["end"] = {{"t", r.at_end.t},
                {"fund", r.at_end.fund},
                {"promised", r.at_end.promised},
                {"deposits", r.at_end.deposits},
                {"withdrawals", r.at_end.withdrawals}};
    auto path = nlohmann::ordered_json::array();
    for (const auto& pt : r.path) {
        path.push_back({pt.t, pt.fund, pt.promised, pt.deposits, pt.withdrawals});
    }
    j["path_columns"] = {"t", "fund", "promised", "deposits", "withdrawals"};
    j["path"] = path;
    return j;
}

nlohmann::ordered_json scenario_summary_json(const core::ScenarioOutcome& s) {
    nlohmann::ordered_json j;
    j["name"] = s.preset;
    j["expected_payout"] = s.stats.expected_payout;
    j["probability_of_loss"] = s.stats.probability_of_loss;
    j["probability_of_failure"] = s.stats.probability_of_failure;
    j["certainty_equivalent_rate"] = s.stats.certainty_equivalent_rate;
    j["method"] = s.exact ? "exact" : "monte_carlo";
    j["hazard"] = s.model.hazard;
    j["preset_hazard"] = s.preset_hazard;
    j["floored_to_break_even"] = s.floored;
    j["applied_to_every_offer"] = s.forced;
    j["insured"] = s.insured;
    return j;
}

} // namespace candor::present
