#pragma once
/// \file scenario_json.hpp
/// Machine-readable scenario results (`candor-cli simulate --format json`, the "scenario"
/// object of `analyze --format json`, `candor-cli ponzi --format json`); keys in docs/cli.md.

#include "core/ponzi.hpp"
#include "core/request.hpp"
#include "core/scenario.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace candor::present {

constexpr int scenario_schema_version = 1;

/// The statistics of one outcome distribution, keyed as in docs/cli.md.
nlohmann::ordered_json stats_json(const core::ScenarioStats& s);

/// The model's parameters.
nlohmann::ordered_json model_json(const core::ScenarioModel& m);

/// Everything `simulate` reports: the Monte Carlo statistics at the top level (paths, seed,
/// expected_payout, ..., standard_error, elapsed_seconds, paths_per_second), the model, the
/// preset name (or null) and the exact statistics (or null where no closed form exists).
nlohmann::ordered_json simulation_json(const core::ScenarioModel& m,
                                       const core::MonteCarloResult& mc,
                                       const std::optional<core::ScenarioStats>& exact,
                                       const std::string& currency,
                                       const std::optional<std::string>& scenario);

/// The "scenario" object of `analyze --format json` (and of each JSON Lines record).
nlohmann::ordered_json scenario_summary_json(const core::ScenarioOutcome& s);

nlohmann::ordered_json ponzi_json(const core::PonziParams& p, const core::PonziResult& r);

} // namespace candor::present
