#pragma once
/// \file verdict.hpp
/// The overall verdict on an offer: the first thing every surface says. A graded scale of
/// factual criteria on the offer's premium over the safe rate of its currency and term
/// (docs/methodology.md, "The verdict"); never an accusation.

#include "analysis.hpp"
#include "disclosures.hpp"
#include "market_data.hpp"
#include "plausible.hpp"
#include "safe_rates.hpp"

#include <optional>
#include <string_view>

namespace candor::core {

enum class VerdictId {
    InLineWithSafeRates, ///< premium <= the in-line margin
    AboveSafeRates,      ///< within ordinary credit spreads and the claimed assets' long run
    AboveClaimedLongRun, ///< above the long-run premium of the claimed assets
    AboveBestYear,       ///< above their best year on record, all at once
    BeyondAnyReturn,     ///< and rolled over, it would outgrow world GDP within N years
};

/// "in_line_with_safe_rates", "above_safe_rates", "above_claimed_long_run", "above_best_year",
/// "beyond_any_return".
std::string_view verdict_id(VerdictId v);

struct Verdict {
    VerdictId id = VerdictId::InLineWithSafeRates;
    int level = 0;         ///< 0 to 4, rising with concern
    double premium = 0.0;  ///< (1 + EAR) / (1 + safe rate) - 1; +infinity never: see overflow
    bool overflow = false; ///< the EAR does not fit a double (far beyond every threshold)
    /// The premiums the offer's was held against (annual, over the safe rate).
    double in_line_margin = 0.0;
    double ordinary_spread = 0.0;  ///< long-run Baa corporate bonds over T-bills
    double long_run_premium = 0.0; ///< of the claimed mix, or of the best asset class
    double best_year_premium = 0.0;
    std::optional<double> years_to_world_gdp; ///< at the offer's real pace; empty if never
    Message headline;
};

/// Judges an analysed offer. `plausible` is the claimed mix's (empty: no mix claimed, and the
/// asset class with the highest long-run return in `market` stands in for it).
Verdict judge(const Analysis& a, const std::optional<PlausiblePayout>& plausible,
              const MarketData& market, const VerdictRules& rules);

} // namespace candor::core
