#pragma once
/// \file plausible.hpp
/// What a claimed mix of underlying assets could plausibly pay over an offer's term: a central
/// figure from each asset class's long-run geometric mean and an optimistic one from its best
/// single year on record, both beside the advertised payout. Pure functions.

#include "market_data.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace candor::core {

/// One asset class of a claimed mix, resolved against the market data.
struct MixComponent {
    std::string id;      ///< the asset class's id (aliases resolved)
    std::string name;    ///< the asset class's English display name
    double weight = 0.0; ///< fraction of the mix
    double geometric_mean = 0.0;
    double arithmetic_mean = 0.0;
    YearReturn best_year;
    YearReturn worst_year;
};

/// A share of a claimed mix named after a source with no public return series
/// (data/unexplained_sources.json: mining, trading, ...): it cannot be checked.
struct UnexplainedShare {
    std::string id;      ///< the source's id (aliases resolved), e.g. "mining"
    std::string name;    ///< its English display name
    double weight = 0.0; ///< fraction of the mix
};

/// The shares' total weight (0 to 1).
double total_weight(const std::vector<UnexplainedShare>& shares);
/// Their ids, comma-separated in their order: "mining, trading".
std::string id_list(const std::vector<UnexplainedShare>& shares);

/// A claimed mix resolved: the asset classes with a return series, and the shares named after
/// sources without one (in the data file's order).
struct ResolvedMix {
    std::vector<MixComponent> explained;
    std::vector<UnexplainedShare> unexplained;

    bool empty() const { return explained.empty() && unexplained.empty(); }
    /// The sum of the unexplained shares' weights (0 to 1).
    double unexplained_weight() const { return total_weight(unexplained); }
};

/// Resolves a claimed mix (asset-class id or alias -> weight) against `market` and the built-in
/// unexplained sources. Weights of keys naming the same class or source are added.
/// \throws InputError naming `field` and listing the accepted ids when a key is unknown or
/// names a non-return series, or when the weights are not fractions that add up to 1.
ResolvedMix resolve_mix(const std::map<std::string, double>& mix, const MarketData& market,
                        const std::string& field);

/// Parses "bonds=0.4,gold=0.3,metals=0.3" (weights as fractions or percentages "40%").
/// \throws InputError naming `field` on malformed text; does not resolve the ids.
std::map<std::string, double> parse_mix(std::string_view text, const std::string& field);

struct PlausiblePayout {
    std::vector<MixComponent> mix; ///< the explained share: asset classes with a series
    /// The shares with no public return series (none: empty).
    std::vector<UnexplainedShare> unexplained;
    /// The annual rate the unexplained share is counted at: the safe rate of the offer's
    /// currency and term (the benchmark), what the money could earn safely.
    double unexplained_rate = 0.0;
    double year_fraction = 0.0;
    double principal = 0.0;
    /// Weighted long-run geometric mean: sum of weight * geometric mean (annual, compounded),
    /// plus unexplained_weight * unexplained_rate.
    double central_annual_rate = 0.0;
    /// principal * (1 + central_annual_rate)^t.
    double central_payout = 0.0;
    /// Weighted best single year: sum of weight * best-year return (annual), plus
    /// unexplained_weight * unexplained_rate (a share with no record has no best year).
    double optimistic_annual_rate = 0.0;
    /// principal * (1 + optimistic_annual_rate * t): the best year pro-rated linearly to the
    /// term, which for terms under a year is the more generous of linear and compound.
    double optimistic_payout = 0.0;
    /// The highest best year of any single claimed asset class, annual (-1 when the mix has no
    /// explained share).
    double highest_best_year = 0.0;
    /// The unexplained shares' total weight (0 when none) and their ids ("mining, trading").
    double unexplained_weight() const { return total_weight(unexplained); }
    std::string unexplained_ids() const { return id_list(unexplained); }
    std::string highest_best_year_id;
    int highest_best_year_year = 0;

    double advertised_payout = 0.0;
    /// advertised - central, advertised - optimistic (major units; negative when below).
    double gap_to_central = 0.0;
    double gap_to_optimistic = 0.0;
    /// Advertised gain as a multiple of the central and the optimistic gain; empty where that
    /// gain is not positive.
    std::optional<double> gain_multiple_of_central;
    std::optional<double> gain_multiple_of_optimistic;
    /// Annual simple rate the advertised payout implies (HPR / t), to compare with best years.
    double advertised_simple_annual_rate = 0.0;
    /// advertised_simple_annual_rate - optimistic_annual_rate: how far beyond even the mix's
    /// best year the advertised pace lies (annual, simple).
    double beyond_best_year = 0.0;
};

/// The plausible payout of `principal` held for `year_fraction` years in `mix`, beside
/// `advertised_payout`; the unexplained share is counted at `safe_rate` (annual, the safe rate
/// of the offer's currency and term). \pre principal > 0, year_fraction > 0, mix not empty.
PlausiblePayout plausible_payout(const ResolvedMix& mix, double principal, double advertised_payout,
                                 double year_fraction, double safe_rate);

} // namespace candor::core
