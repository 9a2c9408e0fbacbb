#pragma once
/// \file ponzi_text.hpp
/// What the Ponzi model says about an offer (core::PonziReading), in words for people and as
/// the "ponzi" object of `candor-cli analyze --format json` (docs/cli.md).

#include "core/ponzi.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace candor::present {

/// "Paid from new deposits, this promise needs them to grow at least ..." and what happens
/// under the fitted inflows of a collapsed scheme: two translated sentences.
std::vector<std::string> ponzi_reading_lines(const core::PonziReading& r);

/// The sentence on the growth new deposits need (the first of ponzi_reading_lines), for a
/// promise and an earned rate given directly (`candor-cli ponzi`).
std::string required_growth_line(double promised_rate, double nominal_rate,
                                 const std::optional<double>& required_growth);

/// Keys: promised_rate, nominal_rate, withdrawal_rate, required_inflow_growth (null when the
/// earnings cover the promise), required_yearly_multiple (null also where it overflows),
/// inflow_preset, deposits_end_years, collapsed and collapse_years and unpaid_share (null when
/// outside the model's range).
nlohmann::ordered_json ponzi_reading_json(const core::PonziReading& r);

} // namespace candor::present
