#pragma once
/// \file evaluation.hpp
/// evaluate(): one offer read in full — the analysis, the plausible payout of its claimed mix
/// and the disclosures they imply. The one executor behind the CLI, the reports and the app.

#include "analysis.hpp"
#include "disclosures.hpp"
#include "market_data.hpp"
#include "plausible.hpp"
#include "verdict.hpp"

#include <optional>
#include <string>
#include <vector>

namespace candor::core {

struct Evaluation {
    Analysis analysis;
    std::optional<PlausiblePayout> plausible; ///< empty when the offer claims no mix
    std::vector<Disclosure> disclosures;      ///< most severe first
    Verdict verdict;                          ///< the overall verdict (verdict.hpp)
    /// The user's statement that the offer is an insured deposit, read against the verdict
    /// (deposit_insurance.hpp); empty when not stated.
    std::optional<InsuredDeposit> insured;
};

/// Analyses the offer against `market` and derives its disclosures; the held asset's built-in
/// price volatility (data/price_risk.json) feeds the volatile-principal rule.
/// \throws InputError for invalid input.
Evaluation evaluate(const Offer& offer, Assumptions assumptions, const MarketData& market,
                    const std::vector<Claim>& claims);

/// The plausible payout shown beside the advertised one: the claimed mix's long-run average
/// when the offer claims a mix, else the benchmark's payout over the same term (major units).
double plausible_payout(const Evaluation& e);
/// The advertised payout minus plausible_payout(e) (major units; negative when below).
double advertised_gap(const Evaluation& e);

/// Claims ticked in a file (ids) and on the command line, without repeats.
/// \throws InputError naming `field` for an unknown id.
std::vector<Claim> merge_claims(const std::vector<std::string>& ids, const std::vector<Claim>& more,
                                const std::string& field);

} // namespace candor::core
