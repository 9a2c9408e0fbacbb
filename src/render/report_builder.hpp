#pragma once
/// \file report_builder.hpp
/// Builds the comparison report (or the one-page handout) from the results of several offers.

#include "chart_data.hpp"
#include "report.hpp"

#include "core/market_data.hpp"

#include <string>
#include <vector>

namespace candor::render {

struct ReportOptions {
    bool handout = false;     ///< the one-page classroom variant
    std::string title;        ///< empty: a translated default
    std::string version;      ///< program version printed in the footer, e.g. "0.1.0"
    std::string printed_date; ///< e.g. "2026-11-25"; empty: today (UTC)
    std::string input_name;   ///< the .candor file or example id the offers came from
    const core::MarketData* market = nullptr; ///< data sources listed; nullptr: the built-in
    std::vector<Magnitude> magnitudes;        ///< empty: default_magnitudes()
};

/// The report for the offers, in the current gettext language. \pre !offers.empty().
Report build_report(const std::vector<core::OfferResult>& offers, const ReportOptions& options);

} // namespace candor::render
