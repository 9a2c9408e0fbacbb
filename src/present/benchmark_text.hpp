#pragma once
/// \file benchmark_text.hpp
/// Where an analysis's benchmark and inflation come from, in words: one sentence each for
/// people (translated) and an English, locale-free description for JSON and CSV.

#include "core/analysis.hpp"
#include "core/plausible.hpp"
#include "core/request.hpp"
#include "core/safe_rates.hpp"

#include <optional>
#include <string>

namespace candor::present {

/// English and locale-free: the series, the points it was read from with their dates, the
/// source and how far it could be checked ("stated by the user" when stated).
std::string rate_source_text(const core::RateBasis& basis);
/// rate_source_text(basis) appended to `out`.
void append_rate_source_text(std::string& out, const core::RateBasis& basis);

/// "Benchmark: 3.70% a year, the safe rate in USD for 20 days (US Treasury, 2026-01-02)", in
/// the current language; says when the term lies beyond the curve, when the currency has no
/// data (and the dollar's is used), for a coin's native yield, and when the user stated it.
std::string benchmark_line(const core::Analysis& a);
/// "Inflation: 2.70% a year (CPI-U, all items, 12 months (BLS), 2025-11)", likewise.
std::string inflation_line(const core::Analysis& a);

/// The assumption made for the share of a claimed mix with no public return series: "60% of
/// the claimed mix (mining, trading) has no public return series: counted at the safe rate,
/// 4.21% a year (US Treasury, 2026-01-02), what the money could earn safely." In the current
/// language; empty when the mix names no such source (or no mix was claimed).
std::string unexplained_mix_line(const core::Analysis& a,
                                 const std::optional<core::PlausiblePayout>& plausible);

/// "Crypto lender ... (hazard raised to break-even)": a scenario's translated name, marked when
/// its hazard was raised because the offer lies beyond the preset's calibrated range.
std::string scenario_label(const core::ScenarioOutcome& s);

} // namespace candor::present
