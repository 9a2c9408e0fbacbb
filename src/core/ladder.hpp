#pragma once
/// \file ladder.hpp
/// The rate ladder: an offer's annual rate set beside the safe rate of its currency and term,
/// the best insured deposits, the long-run and best-year returns of the asset classes it claims
/// to hold, and the promises of schemes that later collapsed, from court and regulator records
/// (data/collapsed_schemes.json). Every rung is an effective annual rate computed here; render
/// draws them on a log scale (docs/methodology.md, "The rate ladder").

#include "market_data.hpp"
#include "ponzi.hpp"
#include "safe_rates.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

struct Evaluation;

/// A promise as a record states it: a return over a period (`return_value` over
/// `period_years`), or a premium over the safe rate of a currency (`premium` over the rate of
/// `premium_currency` at `premium_term_days`).
struct SchemePromise {
    bool is_premium = false;
    double return_value = 0.0; ///< fraction over the period
    double period_years = 0.0; ///< period_days / 365 or period_months / 12
    double premium = 0.0;      ///< fraction per year over the safe rate
    std::string premium_currency;
    long premium_term_days = 0;
    std::string what; ///< English: the promise in the record's words, what is plotted
};

/// A scheme that later collapsed, and what it promised.
struct CollapsedScheme {
    std::string id;
    std::string name;        ///< a proper noun: not translated
    std::string description; ///< English; front ends translate it
    SchemePromise promise;
    std::string ran_from; ///< "1919-12"
    std::string ran_to;   ///< "1920-08-09": the collapse
    Source record;        ///< the court or regulator record
    std::string check;    ///< how far the figure could be checked
    /// Its deposits as fitted in the literature (the Ponzi model's preset inflows), if any.
    std::optional<InflowPreset> inflows;
    Source inflows_source;
};

class CollapsedSchemes {
  public:
    /// The built-in data (data/collapsed_schemes.json as compiled in).
    static const CollapsedSchemes& builtin();
    /// \throws DataError naming file, key and line.
    static CollapsedSchemes parse(std::string_view json_text, const std::string& file_name);
    static CollapsedSchemes load_file(const std::string& path);

    const std::vector<CollapsedScheme>& schemes() const { return schemes_; }
    const CollapsedScheme* find(std::string_view id) const;
    /// The first scheme with fitted inflows; nullptr when none has them.
    const CollapsedScheme* with_inflows() const;
    const std::string& file_name() const { return file_name_; }

  private:
    std::vector<CollapsedScheme> schemes_;
    std::string file_name_;
};

/// An annual rate as every rung states it: the effective annual rate, its base-10 logarithm
/// of growth (always finite) and the base-10 logarithm of the rate itself (the ladder's scale).
struct AnnualRate {
    std::optional<double> effective;  ///< EAR; empty where it overflows a double
    double log10_growth = 0.0;        ///< log10(1 + EAR)
    std::optional<double> log10_rate; ///< log10(EAR); empty when EAR <= 0
};

/// The one annualising formula: a return `r` over `years` years, compounded,
/// (1 + r)^(1 / years) - 1, computed in logarithms so that it never overflows.
/// \pre r > -1, years > 0.
AnnualRate annualise(double r, double years);
/// The same from an annual growth already in logarithms: log10(1 + EAR).
AnnualRate annual_rate_from_log10_growth(double log10_growth);

enum class RungKind {
    Offer,           ///< the offer's effective annual rate
    Safe,            ///< the safe rate of its currency and term (the benchmark)
    InsuredDeposit,  ///< the best insured deposits: the safe rate plus the in-line margin (not
                     ///< for a coin, nor when the benchmark is stated)
    AssetLongRun,    ///< an asset class's long-run (geometric mean) return
    AssetBestYear,   ///< its best calendar year on record
    CollapsedScheme, ///< a collapsed scheme's promise, annualised
};

/// "offer", "safe", "insured_deposit", "asset_long_run", "asset_best_year", "collapsed_scheme".
std::string_view rung_kind_id(RungKind k);

struct LadderRung {
    RungKind kind = RungKind::Offer;
    std::string id;   ///< "offer", "safe", "insured_deposit", an asset class id, a scheme id
    std::string name; ///< English: the offer's, series', class's or scheme's name
    AnnualRate rate;
    int year = 0;            ///< the best year (AssetBestYear); the year of the collapse (scheme)
    std::string as_of;       ///< date or period of the figure
    std::string source;      ///< English, locale-free: where the figure comes from
    std::string description; ///< English (schemes: what was promised); front ends translate it
};

/// The ladder of an evaluated offer, lowest rate first (ties in the order above). The asset
/// classes are the claimed mix's, or, with no mix, the class with the highest long-run return
/// in `market` (as the verdict does). A premium promise is added to the safe rate of its
/// currency at its term in `rates`.
std::vector<LadderRung> rate_ladder(const Evaluation& e, const MarketData& market,
                                    const CollapsedSchemes& schemes, const SafeRates& rates);

} // namespace candor::core
