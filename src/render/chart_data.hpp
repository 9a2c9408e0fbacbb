#pragma once
/// \file chart_data.hpp
/// Builders: from core's results to the plain ChartData of chart.hpp, with translated labels.
/// OfferResults gathers what is known about one offer; the analysis is always there, the
/// scenario outcome and the plausible payouts when their engines have produced them.

#include "chart.hpp"
#include "report.hpp"

#include "core/analysis.hpp"

#include <optional>
#include <string>
#include <vector>

namespace candor::render {

/// The outcome of one counterparty scenario for the offer (from the scenario engine).
struct ScenarioOutcome {
    std::string name;                  ///< translated preset name, e.g. "Crypto lender (2022)"
    double annual_hazard = 0.0;        ///< lambda: failures per year
    double recovery = 0.0;             ///< mean fraction of the principal recovered on failure
    double recovery_delay_years = 0.0; ///< years until the recovery is paid
    double expected_payout = 0.0;      ///< major units
    double probability_of_loss = 0.0;
    std::optional<double> median_payout;
    std::optional<double> p05_payout;
    std::optional<double> p95_payout;
    /// The payout distribution; when empty the chart uses the closed-form two-point mixture
    /// (paid in full with the survival probability, else the discounted recovery).
    std::vector<HistogramBin> distribution;
};

/// What the claimed mix of assets could plausibly pay over the term (disclosure engine).
struct PlausiblePayout {
    double central = 0.0;    ///< long-run geometric average of the mix, over the term, major units
    double optimistic = 0.0; ///< best single year of the mix, pro-rated to the term
};

/// A real-world magnitude to set a rolled-over value against (e.g. world GDP), in the
/// reporting currency.
struct Magnitude {
    std::string label; ///< translated, e.g. "World GDP (2023)"
    double value = 0.0;
};

/// A disclosure as text, already rendered and translated by the front end.
struct DisclosureText {
    Severity severity = Severity::Info;
    std::string headline;
    std::string detail;
};

struct OfferResults {
    core::Analysis analysis;
    std::optional<ScenarioOutcome> scenario;
    std::optional<PlausiblePayout> plausible;
    std::vector<DisclosureText> disclosures;
    std::vector<std::string> claims; ///< translated checklist items the user ticked

    OfferResults() = default;
    OfferResults(core::Analysis a) : analysis(std::move(a)) {} // NOLINT: implicit on purpose
};

/// Value over the term, day by day: the advertised path (continuous accrual to the payout),
/// the benchmark, the expected value under the scenario when there is one, and the plausible
/// payouts as marks.
ChartData value_over_term_chart(const OfferResults& r);
/// Rolled-over value by year (log10), advertised and benchmark, with magnitudes marked.
ChartData rollover_chart(const OfferResults& r, const std::vector<Magnitude>& magnitudes);
/// Payout distribution at maturity, losses shaded. Without a scenario, the two-point mixture
/// at the break-even chance of failure (documented in the caption).
ChartData outcome_chart(const OfferResults& r);
/// Survival over the term and a year: at the break-even hazard and under the scenario.
ChartData survival_chart(const OfferResults& r);
/// The chart of `kind` for the offer.
ChartData chart_for(ChartKind kind, const OfferResults& r,
                    const std::vector<Magnitude>& magnitudes);

/// Magnitudes the rollover chart marks by default, in US dollars, with sources in
/// docs/reports.md (used until the disclosure engine's data file provides them).
std::vector<Magnitude> default_magnitudes();

} // namespace candor::render
