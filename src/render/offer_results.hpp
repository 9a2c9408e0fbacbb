#pragma once
/// \file offer_results.hpp
/// Computes, through core, everything the charts and reports show about one offer: the
/// analysis, the plausible payouts of the claimed mix, the disclosures (as translated text)
/// and the outcome under a counterparty scenario preset. Shared by the CLI and the app.

#include "chart_data.hpp"

#include "core/market_data.hpp"
#include "core/offer.hpp"
#include "core/scenario.hpp"

#include <string>
#include <vector>

namespace candor::render {

struct OfferInputs {
    core::Offer offer;
    core::Assumptions assumptions;
    std::string scenario;            ///< scenario preset id (docs/scenarios.md); empty: none
    std::vector<std::string> claims; ///< ticked claim ids: guaranteed, referral, ...
};

/// Analysis, plausible payouts, disclosures and (when a preset is named) the scenario outcome.
/// The scenario uses the built-in presets and the held asset's built-in price risk; its
/// statistics are exact where a closed form exists, else from the same Monte Carlo run
/// (1,000,000 paths, default seed) as `candor-cli analyze --scenario`.
/// \throws core::InputError (unknown preset or claim, bad mix) or core::DataError.
OfferResults compute_offer_results(const OfferInputs& in, const core::MarketData& market);

/// The translated short label of a claim id ("guaranteed" -> "guaranteed returns").
std::string claim_label(const std::string& claim_id);

} // namespace candor::render
