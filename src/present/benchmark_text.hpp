#pragma once
/// \file benchmark_text.hpp
/// Where an analysis's benchmark and inflation come from, in words: one sentence each for
/// people (translated) and an English, locale-free description for JSON and CSV.

#include "core/analysis.hpp"
#include "core/request.hpp"
#include "core/safe_rates.hpp"

#include <string>

namespace candor::present {

/// English and locale-free: the series, the points it was read from with their dates, the
/// source and how far it could be checked ("stated by the user" when stated).
std::string rate_source_text(const core::RateBasis& basis);

/// "Benchmark: 3.70% a year, the safe rate in USD for 20 days (US Treasury, 2026-01-02)", in
/// the current language; says when the term lies beyond the curve, when the currency has no
/// data (and the dollar's is used), for a coin's native yield, and when the user stated it.
std::string benchmark_line(const core::Analysis& a);
/// "Inflation: 2.70% a year (CPI-U, all items, 12 months (BLS), 2025-11)", likewise.
std::string inflation_line(const core::Analysis& a);

/// "Crypto lender ... (hazard raised to break-even)": a scenario's translated name, marked when
/// its hazard was raised because the offer lies beyond the preset's calibrated range.
std::string scenario_label(const core::ScenarioOutcome& s);

} // namespace candor::present
