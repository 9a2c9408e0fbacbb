#pragma once
/// \file safe_rates.hpp
/// Safe rates by currency and maturity (data/safe_rates.json): for each currency, the central
/// bank's policy rate (the 1-day point) and government bill and bond yields at the maturities
/// found, and the latest 12-month inflation; for coins, their native protocol yields. An offer
/// is benchmarked against the rate of the currency its payout is promised in, at its term
/// (benchmark_for). Each figure carries its source, date and how far it could be checked.

#include "market_data.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

struct Offer;

/// One published yield of a curve.
struct RatePoint {
    long term_days = 0;
    double rate = 0.0; ///< fraction per year, as the market quotes it
    std::string as_of; ///< "2025-12-31"
    std::string what;  ///< which instrument, e.g. "10-year Bund yield"
    Source source;
    std::string check; ///< how far the figure could be checked
};

struct InflationFigure {
    double value = 0.0; ///< 12-month change, fraction
    std::string as_of;
    std::string index; ///< e.g. "CPI-U, all items, 12 months (BLS)"
    Source source;
    std::string check;
};

/// A currency's safe rates, shortest term first.
struct SafeRateCurve {
    std::string currency; ///< ISO 4217 code
    std::string name;     ///< English description of the series, e.g. "US Treasury"
    std::vector<RatePoint> points;
    InflationFigure inflation;
    std::string note;
};

/// The yield a coin pays its holders through its protocol (staking), in the coin itself.
struct CoinYield {
    std::string asset;
    double rate = 0.0;
    std::string what;
    Source source;
    std::string check;
};

/// The thresholds of the overall verdict that are Candor's own assumptions (verdict.hpp).
struct VerdictRules {
    double in_line_margin = 0.01;  ///< premium over the safe rate still "in line", per year
    double outgrow_gdp_years = 30; ///< "beyond any return" if the principal outgrows world GDP
                                   ///< within this many years at the offer's real pace
    std::string in_line_margin_basis;
    std::string outgrow_gdp_years_basis;
};

/// The published figures an assumed rate was read from, with their texts: one or two points of
/// a curve, a curve's inflation figure, or a coin's yield. SafeRates makes each set once, when
/// its data is read, and every offer read at the same place shares it: an offer copies none of
/// these texts.
struct RateFigures {
    std::string series;            ///< English name of the series ("US Treasury", "ETH staking")
    std::vector<RatePoint> points; ///< the one or two published points a rate comes from
    std::string inflation_index;   ///< for inflation: the index and its period
    std::string as_of;
    Source source; ///< of the nearest point (or of the inflation figure, or of the coin's yield)
    std::string check; ///< how far that figure could be checked
};

class SafeRates {
  public:
    /// The built-in data (data/safe_rates.json as compiled in).
    static const SafeRates& builtin();
    /// \throws DataError naming file, key and line.
    static SafeRates parse(std::string_view json_text, const std::string& file_name);
    static SafeRates load_file(const std::string& path);

    const std::vector<SafeRateCurve>& curves() const { return curves_; }
    const std::vector<CoinYield>& coins() const { return coins_; }
    /// nullptr when the currency (or coin) has no entry.
    const SafeRateCurve* curve(std::string_view currency) const;
    const CoinYield* coin(std::string_view asset) const;
    const VerdictRules& verdict_rules() const { return verdict_; }
    const std::string& file_name() const { return file_name_; }

    /// The figures of the point or two points curve_rate() reads `curve` at `term_days` from.
    /// `curve` is one of this object's curves() (another's throws std::invalid_argument), as
    /// `coin` below is one of its coins().
    std::shared_ptr<const RateFigures> figures_at(const SafeRateCurve& curve, long term_days) const;
    /// The figures of `curve`'s inflation.
    std::shared_ptr<const RateFigures> inflation_figures(const SafeRateCurve& curve) const;
    /// The figures of `coin` (one of coins()).
    std::shared_ptr<const RateFigures> coin_figures(const CoinYield& coin) const;

  private:
    /// A curve's figures, made once: each point alone, each point with the next, inflation.
    struct CurveFigures {
        std::vector<std::shared_ptr<const RateFigures>> at_point;
        std::vector<std::shared_ptr<const RateFigures>> between;
        std::shared_ptr<const RateFigures> inflation;
    };
    void make_figures();

    VerdictRules verdict_;
    std::vector<SafeRateCurve> curves_;
    std::vector<CoinYield> coins_;
    std::vector<CurveFigures> curve_figures_; ///< one per curve, in the order of curves_
    std::vector<std::shared_ptr<const RateFigures>> coin_figures_; ///< one per coin
    std::string file_name_;
};

/// Where an assumed rate (the benchmark, or inflation) comes from.
enum class BasisKind {
    Stated,      ///< the user stated it (flag, file, form)
    Curve,       ///< the safe rate of the currency at the term (interpolated between points)
    BeyondCurve, ///< the term lies beyond the longest maturity: that maturity's rate
    CoinNative,  ///< a payout in a coin: the coin's native protocol yield (zero where none)
    NoData,      ///< no data for the currency: the US dollar figures instead, said so
};

/// "stated", "curve", "beyond_curve", "coin_native", "no_data" (JSON, CSV).
std::string_view basis_kind_id(BasisKind k);

struct RateBasis {
    /// Before benchmark_for() resolves it, Curve means "take it from the data".
    BasisKind kind = BasisKind::Curve;
    std::string currency; ///< the currency or coin the figure is in ("USD" for a USDT offer)
    long term_days = 0;   ///< the term it was read at (0 for inflation)
    /// What the figure was read from; null for a stated figure, before benchmark_for(), and for
    /// a coin without a native yield.
    std::shared_ptr<const RateFigures> read_from;

    /// *read_from, or figures with empty texts and no points.
    [[nodiscard]] const RateFigures& figures() const;
};

/// The currency an offer's payout is benchmarked in: the principal's currency, a stablecoin's
/// peg, or the coin itself for a payout in a volatile coin.
std::string benchmark_currency(const Offer& offer);

struct BenchmarkChoice {
    double rate = 0.0;
    RateBasis basis;
    double inflation = 0.0;
    RateBasis inflation_basis;
};

/// The safe rate for the offer's currency and term, and that currency's inflation.
BenchmarkChoice benchmark_for(const Offer& offer, const SafeRates& rates);

/// The rate of `curve` at `term_days`: linear between the points around it, the first point's
/// below it, the last point's beyond it (with `beyond` set).
double curve_rate(const SafeRateCurve& curve, long term_days, bool* beyond = nullptr);

} // namespace candor::core
