#pragma once
/// \file chart_data.hpp
/// Builders: from core's results (core::execute) to the plain ChartData of chart.hpp, with
/// translated labels. Every figure plotted comes from core (core/chart_paths.hpp); these
/// functions only choose labels, colours and marks.

#include "chart.hpp"
#include "report.hpp"

#include "core/market_data.hpp"
#include "core/request.hpp"

#include <optional>
#include <string>
#include <vector>

namespace candor::render {

/// A real-world magnitude to set a rolled-over value against (e.g. world GDP), in the
/// reporting currency.
struct Magnitude {
    std::string label; ///< translated, e.g. "World GDP (2023)"
    double value = 0.0;
};

/// Value over the term, day by day: the advertised path (continuous accrual to the payout),
/// the benchmark, the expected value under the scenario when there is one, and the plausible
/// payouts as marks.
ChartData value_over_term_chart(const core::OfferResult& r);
/// Rolled-over value by year (log10), advertised and benchmark, with magnitudes marked.
ChartData rollover_chart(const core::OfferResult& r, const std::vector<Magnitude>& magnitudes);
/// Payout distribution at maturity, losses shaded. Without a scenario, the two-point mixture
/// at the break-even chance of failure (documented in the caption).
ChartData outcome_chart(const core::OfferResult& r);
/// Survival over the term and a year: at the break-even hazard and under the scenario.
ChartData survival_chart(const core::OfferResult& r);
/// The rate ladder (core::OfferResult::ladder): every rung labelled, the offer's highlighted.
ChartData ladder_chart(const core::OfferResult& r);
/// The chart of `kind` for the offer.
ChartData chart_for(ChartKind kind, const core::OfferResult& r,
                    const std::vector<Magnitude>& magnitudes);

/// The real-world magnitudes of the market data (data/benchmarks.json, with their sources),
/// with translated labels.
std::vector<Magnitude> magnitudes_of(const core::MarketData& market);
/// magnitudes_of(core::MarketData::builtin()).
std::vector<Magnitude> default_magnitudes();

} // namespace candor::render
