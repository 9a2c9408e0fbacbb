#include "safe_rates.hpp"

#include "asset.hpp"
#include "find_by_id.hpp"
#include "json_reader.hpp"
#include "offer.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <utility>

namespace candor::embedded {
std::string_view safe_rates_json();
} // namespace candor::embedded

namespace candor::core {

namespace {

RatePoint read_point(const JsonReader::Node& n) {
    RatePoint p;
    p.term_days = n.integer("term_days", 1, Term::max_days);
    p.rate = n.number("rate", -0.5, 10.0);
    p.as_of = n.string("as_of");
    p.what = n.string("what");
    p.source = read_source(n.at("source"));
    p.check = n.string("check");
    return p;
}

InflationFigure read_inflation(const JsonReader::Node& n) {
    return {n.number("value", -0.5, 10.0), n.string("as_of"), n.string("index"),
            read_source(n.at("source")), n.string("check")};
}

SafeRateCurve read_curve(const JsonReader::Node& n) {
    SafeRateCurve c;
    c.currency = n.string("currency");
    const auto asset = find_asset(c.currency);
    if (!asset || asset->kind != AssetKind::Fiat) {
        n.fail("currency", CANDOR_N_("expected an ISO 4217 currency code, got '{0}'"),
               {c.currency});
    }
    c.currency = asset->code;
    c.name = n.string("name");
    const auto points = n.at("points");
    for (std::size_t i = 0; i < points.size(); ++i) {
        c.points.push_back(read_point(points.at(i)));
        if (i > 0 && c.points[i].term_days <= c.points[i - 1].term_days) {
            n.fail("points", CANDOR_N_("expected points in increasing order of term_days"));
        }
    }
    if (c.points.empty()) {
        n.fail("points", CANDOR_N_("expected at least one point"));
    }
    c.inflation = read_inflation(n.at("inflation"));
    c.note = n.optional_string("note").value_or("");
    return c;
}

CoinYield read_coin(const JsonReader::Node& n) {
    CoinYield y;
    y.asset = n.string("asset");
    const auto asset = find_asset(y.asset);
    if (!asset || asset->kind != AssetKind::Volatile) {
        n.fail("asset", CANDOR_N_("expected a crypto asset code such as BTC or ETH, got '{0}'"),
               {y.asset});
    }
    y.asset = asset->code;
    y.rate = n.number("rate", 0.0, 1.0);
    y.what = n.string("what");
    y.source = read_source(n.at("source"));
    y.check = n.string("check");
    return y;
}

/// The figures of `points` (one, or two in order of term) of curve `c`: those of the nearest,
/// the last.
std::shared_ptr<const RateFigures> point_figures(const SafeRateCurve& c,
                                                 std::vector<RatePoint> points) {
    auto f = std::make_shared<RateFigures>();
    f->series = c.name;
    const RatePoint& nearest = points.back();
    f->as_of = nearest.as_of;
    f->source = nearest.source;
    f->check = nearest.check;
    f->points = std::move(points);
    return f;
}

std::shared_ptr<const RateFigures> inflation_figures_of(const SafeRateCurve& c) {
    auto f = std::make_shared<RateFigures>();
    f->series = c.name;
    f->inflation_index = c.inflation.index;
    f->as_of = c.inflation.as_of;
    f->source = c.inflation.source;
    f->check = c.inflation.check;
    return f;
}

std::shared_ptr<const RateFigures> coin_figures_of(const CoinYield& y) {
    auto f = std::make_shared<RateFigures>();
    f->series = y.what;
    f->source = y.source;
    f->check = y.check;
    return f;
}

/// The indices of the points a term's rate is read from: the one at or just below it and the
/// one above (equal when one point is enough).
std::pair<std::size_t, std::size_t> indices_around(const SafeRateCurve& c, long term_days) {
    const auto above = std::find_if(c.points.begin(), c.points.end(),
                                    [&](const RatePoint& p) { return p.term_days >= term_days; });
    if (above == c.points.end()) {
        return {c.points.size() - 1, c.points.size() - 1};
    }
    const auto i = static_cast<std::size_t>(above - c.points.begin());
    if (i == 0 || above->term_days == term_days) {
        return {i, i};
    }
    return {i - 1, i};
}

} // namespace

std::string_view basis_kind_id(BasisKind k) {
    switch (k) {
    case BasisKind::Stated:
        return "stated";
    case BasisKind::Curve:
        return "curve";
    case BasisKind::BeyondCurve:
        return "beyond_curve";
    case BasisKind::CoinNative:
        return "coin_native";
    case BasisKind::NoData:
        return "no_data";
    }
    return "curve";
}

SafeRates SafeRates::parse(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    root.integer("schema_version", 1, 1);
    SafeRates r;
    r.file_name_ = file_name;
    const auto curves = root.at("currencies");
    for (std::size_t i = 0; i < curves.size(); ++i) {
        r.curves_.push_back(read_curve(curves.at(i)));
    }
    if (r.curve("USD") == nullptr) {
        root.fail("currencies",
                  CANDOR_N_("expected a USD entry (the fallback for other currencies)"));
    }
    const auto v = root.at("verdict");
    r.verdict_.in_line_margin = v.number("in_line_margin", 0.0, 0.2);
    r.verdict_.in_line_margin_basis = v.string("in_line_margin_basis");
    r.verdict_.outgrow_gdp_years = v.number("outgrow_gdp_years", 1.0, 200.0);
    r.verdict_.outgrow_gdp_years_basis = v.string("outgrow_gdp_years_basis");
    const auto coins = root.at("coin_native_yields");
    for (std::size_t i = 0; i < coins.size(); ++i) {
        r.coins_.push_back(read_coin(coins.at(i)));
    }
    r.make_figures();
    return r;
}

void SafeRates::make_figures() {
    for (const SafeRateCurve& c : curves_) {
        CurveFigures f;
        for (std::size_t i = 0; i < c.points.size(); ++i) {
            f.at_point.push_back(point_figures(c, {c.points[i]}));
            if (i + 1 < c.points.size()) {
                f.between.push_back(point_figures(c, {c.points[i], c.points[i + 1]}));
            }
        }
        f.inflation = inflation_figures_of(c);
        curve_figures_.push_back(std::move(f));
    }
    for (const CoinYield& y : coins_) {
        coin_figures_.push_back(coin_figures_of(y));
    }
}

namespace {

/// The place of `item` in `items`, which must hold that very object (not an equal one).
template <class T> std::size_t index_of(const std::vector<T>& items, const T& item) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (&items[i] == &item) {
            return i;
        }
    }
    throw std::invalid_argument("safe rates: an entry of another data set");
}

} // namespace

std::shared_ptr<const RateFigures> SafeRates::figures_at(const SafeRateCurve& curve,
                                                         long term_days) const {
    const CurveFigures& f = curve_figures_.at(index_of(curves_, curve));
    const auto [lo, hi] = indices_around(curve, term_days);
    return lo == hi ? f.at_point.at(lo) : f.between.at(lo);
}

std::shared_ptr<const RateFigures> SafeRates::inflation_figures(const SafeRateCurve& curve) const {
    return curve_figures_.at(index_of(curves_, curve)).inflation;
}

std::shared_ptr<const RateFigures> SafeRates::coin_figures(const CoinYield& coin) const {
    return coin_figures_.at(index_of(coins_, coin));
}

const RateFigures& RateBasis::figures() const {
    static const RateFigures none;
    return read_from != nullptr ? *read_from : none;
}

const SafeRates& SafeRates::builtin() {
    static const SafeRates r = parse(embedded::safe_rates_json(), "safe_rates.json (built-in)");
    return r;
}

SafeRates SafeRates::load_file(const std::string& path) {
    return parse(read_text_file(path), path);
}

const SafeRateCurve* SafeRates::curve(std::string_view currency) const {
    const auto it = std::find_if(curves_.begin(), curves_.end(), [&](const SafeRateCurve& c) {
        return same_code(c.currency, currency);
    });
    return it == curves_.end() ? nullptr : &*it;
}

const CoinYield* SafeRates::coin(std::string_view asset) const {
    const auto it = std::find_if(coins_.begin(), coins_.end(),
                                 [&](const CoinYield& c) { return same_code(c.asset, asset); });
    return it == coins_.end() ? nullptr : &*it;
}

double curve_rate(const SafeRateCurve& c, long term_days, bool* beyond) {
    if (beyond != nullptr) {
        *beyond = term_days > c.points.back().term_days;
    }
    const auto [lo, hi] = indices_around(c, term_days);
    const RatePoint& a = c.points[lo];
    if (lo == hi) {
        return a.rate;
    }
    const RatePoint& b = c.points[hi];
    const double w = static_cast<double>(term_days - a.term_days) /
                     static_cast<double>(b.term_days - a.term_days);
    return a.rate + w * (b.rate - a.rate);
}

std::string benchmark_currency(const Offer& offer) {
    const Asset& a = offer.principal.asset();
    return a.kind == AssetKind::Stablecoin ? a.pegged_to : a.code;
}

BenchmarkChoice benchmark_for(const Offer& offer, const SafeRates& rates) {
    const long days = offer.term.days();
    const std::string currency = benchmark_currency(offer);
    const SafeRateCurve& usd = *rates.curve("USD");
    BenchmarkChoice out;
    if (offer.principal.asset().kind == AssetKind::Volatile) {
        // A payout in a coin: the coin's own protocol yield, zero where it has none; inflation
        // of the dollar, the currency crypto assets are priced in.
        const CoinYield* coin = rates.coin(currency);
        out.rate = coin != nullptr ? coin->rate : 0.0;
        out.basis = {BasisKind::CoinNative, currency, days,
                     coin != nullptr ? rates.coin_figures(*coin) : nullptr};
        out.inflation = usd.inflation.value;
        out.inflation_basis = {BasisKind::CoinNative, usd.currency, 0,
                               rates.inflation_figures(usd)};
        return out;
    }
    const SafeRateCurve* own = rates.curve(currency);
    const SafeRateCurve& curve = own != nullptr ? *own : usd;
    bool beyond = false;
    out.rate = curve_rate(curve, days, &beyond);
    const BasisKind kind = own == nullptr ? BasisKind::NoData
                           : beyond       ? BasisKind::BeyondCurve
                                          : BasisKind::Curve;
    // Without data of its own, the offer's currency is named beside the dollar's figures.
    out.basis = {kind, currency, days, rates.figures_at(curve, days)};
    out.inflation = curve.inflation.value;
    out.inflation_basis = {own == nullptr ? BasisKind::NoData : BasisKind::Curve, currency, 0,
                           rates.inflation_figures(curve)};
    return out;
}

} // namespace candor::core
