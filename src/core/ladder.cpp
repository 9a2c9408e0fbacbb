#include "ladder.hpp"

#include "asset.hpp"
#include "evaluation.hpp"
#include "find_by_id.hpp"
#include "json_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>

namespace candor::embedded {
std::string_view collapsed_schemes_json();
} // namespace candor::embedded

namespace candor::core {

namespace {

SchemePromise read_promise(const JsonReader::Node& scheme) {
    SchemePromise p;
    const bool has_return = scheme.has("promise");
    const bool has_premium = scheme.has("premium");
    if (has_return == has_premium) {
        scheme.fail("promise", CANDOR_N_("expected exactly one of 'promise' and 'premium'"));
    }
    if (has_premium) {
        const auto n = scheme.at("premium");
        p.is_premium = true;
        p.premium = n.number("value", 0.0, 1.0);
        p.premium_currency = n.string("currency");
        const auto asset = find_asset(p.premium_currency);
        if (!asset || asset->kind != AssetKind::Fiat) {
            n.fail("currency", CANDOR_N_("expected an ISO 4217 currency code, got '{0}'"),
                   {p.premium_currency});
        }
        p.premium_currency = asset->code;
        p.premium_term_days = n.integer("term_days", 1, 36500);
        p.what = n.string("what");
        return p;
    }
    const auto n = scheme.at("promise");
    p.return_value = n.number("return", 0.0, 1000.0);
    if (!(p.return_value > 0.0)) {
        n.fail("return", CANDOR_N_("expected a return above 0"));
    }
    const bool days = n.has("period_days");
    const bool months = n.has("period_months");
    if (days == months) {
        n.fail("period_days",
               CANDOR_N_("expected exactly one of 'period_days' and 'period_months'"));
    }
    p.period_years = days ? static_cast<double>(n.integer("period_days", 1, 36500)) / 365.0
                          : static_cast<double>(n.integer("period_months", 1, 1200)) / 12.0;
    p.what = n.string("what");
    return p;
}

CollapsedScheme read_scheme(const JsonReader::Node& n) {
    CollapsedScheme s;
    s.id = n.string("id");
    s.name = n.string("name");
    s.description = n.string("description");
    s.promise = read_promise(n);
    const auto ran = n.at("ran");
    s.ran_from = ran.string("from");
    s.ran_to = ran.string("to");
    // ISO dates of any precision ("1920", "1920-08", "1920-08-09") order as text.
    if (s.ran_to.compare(0, 4, s.ran_from, 0, 4) < 0) {
        ran.fail("to", CANDOR_N_("expected a date not before 'from'"));
    }
    s.record = read_source(n.at("record"));
    s.check = n.string("check");
    if (const auto in = n.find("inflows")) {
        InflowPreset p;
        p.scheme = s.id;
        p.name = s.name;
        p.last_flow = in->number("last_day", 1e-9, 1e15) * 365.0;
        p.total = in->number("total", 1e-9, 1e18);
        p.years = in->number("years", 1.0 / 365.0, 200.0);
        if (!(p.last_flow * p.years > p.total)) {
            in->fail("total", CANDOR_N_("expected less than 365 x last_day x years (deposits "
                                        "that grew over the period)"));
        }
        s.inflows = p;
        s.inflows_source = read_source(in->at("source"));
    }
    return s;
}

/// The year of an ISO date ("2008-12-11" -> 2008); 0 when it has none.
int year_of(const std::string& date) {
    int y = 0;
    for (std::size_t i = 0; i < date.size() && i < 4; ++i) {
        if (date[i] < '0' || date[i] > '9') {
            return 0;
        }
        y = y * 10 + (date[i] - '0');
    }
    return date.size() >= 4 ? y : 0;
}

std::string source_text(const Source& s) {
    return fmt::format("{}, {}, {}", s.title, s.publisher, s.date);
}

LadderRung rung(RungKind kind, std::string id, std::string name, AnnualRate rate, std::string as_of,
                std::string source, int year = 0) {
    LadderRung r;
    r.kind = kind;
    r.id = std::move(id);
    r.name = std::move(name);
    r.rate = rate;
    r.year = year;
    r.as_of = std::move(as_of);
    r.source = std::move(source);
    return r;
}

/// An annual rate stated as such (a yield, a mean return).
AnnualRate annual(double r) {
    return annualise(r, 1.0);
}

} // namespace

CollapsedSchemes CollapsedSchemes::parse(std::string_view json_text, const std::string& file_name) {
    const JsonReader doc(json_text, file_name);
    const auto root = doc.root();
    root.integer("schema_version", 1, 1);
    CollapsedSchemes out;
    out.file_name_ = file_name;
    const auto list = root.at("schemes");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto n = list.at(i);
        CollapsedScheme s = read_scheme(n);
        if (!ids.insert(s.id).second) {
            n.fail("id", CANDOR_N_("duplicate id '{0}'"), {s.id});
        }
        out.schemes_.push_back(std::move(s));
    }
    return out;
}

const CollapsedSchemes& CollapsedSchemes::builtin() {
    static const CollapsedSchemes s =
        parse(embedded::collapsed_schemes_json(), "collapsed_schemes.json (built-in)");
    return s;
}

CollapsedSchemes CollapsedSchemes::load_file(const std::string& path) {
    return parse(read_text_file(path), path);
}

const CollapsedScheme* CollapsedSchemes::find(std::string_view id) const {
    return find_by_id(schemes_, id);
}

const CollapsedScheme* CollapsedSchemes::with_inflows() const {
    const auto it = std::find_if(schemes_.begin(), schemes_.end(),
                                 [](const CollapsedScheme& s) { return s.inflows.has_value(); });
    return it == schemes_.end() ? nullptr : &*it;
}

AnnualRate annual_rate_from_log10_growth(double log10_growth) {
    AnnualRate a;
    a.log10_growth = log10_growth;
    const double ln_growth = log10_growth * std::numbers::ln10;
    const double ear = std::expm1(ln_growth);
    if (std::isfinite(ear)) {
        a.effective = ear;
    }
    if (log10_growth > 0.0) {
        // log10(EAR) = log10((1 + EAR)(1 - 1/(1 + EAR))) = g + log10(-expm1(-ln(1 + EAR))):
        // finite also where EAR itself overflows.
        a.log10_rate = log10_growth + std::log10(-std::expm1(-ln_growth));
    }
    return a;
}

AnnualRate annualise(double r, double years) {
    return annual_rate_from_log10_growth(std::log1p(r) / years / std::numbers::ln10);
}

std::string_view rung_kind_id(RungKind k) {
    switch (k) {
    case RungKind::Offer:
        return "offer";
    case RungKind::Safe:
        return "safe";
    case RungKind::InsuredDeposit:
        return "insured_deposit";
    case RungKind::AssetLongRun:
        return "asset_long_run";
    case RungKind::AssetBestYear:
        return "asset_best_year";
    case RungKind::CollapsedScheme:
        return "collapsed_scheme";
    }
    return "offer";
}

std::vector<LadderRung> rate_ladder(const Evaluation& e, const MarketData& market,
                                    const CollapsedSchemes& schemes, const SafeRates& rates) {
    const Analysis& a = e.analysis;
    std::vector<LadderRung> out;
    out.push_back(rung(RungKind::Offer, "offer", a.offer.name,
                       annual_rate_from_log10_growth(a.nominal.log10_effective_growth), "", ""));

    const RateBasis& basis = a.assumptions.benchmark_basis;
    const RateFigures& figures = basis.figures();
    const bool stated = basis.kind == BasisKind::Stated;
    out.push_back(rung(RungKind::Safe, "safe", stated ? std::string("stated") : figures.series,
                       annual(a.benchmark_rate), figures.as_of,
                       stated ? std::string("stated by the user") : source_text(figures.source)));
    // Insured deposits pay at best the in-line margin over the safe rate (safe_rates.json,
    // verdict.in_line_margin and its basis); a coin has no insured deposits, and a benchmark
    // the user stated is no safe rate of a currency.
    if (basis.kind != BasisKind::CoinNative && !stated) {
        const double ln = std::log1p(a.benchmark_rate) + std::log1p(e.verdict.in_line_margin);
        out.push_back(rung(RungKind::InsuredDeposit, "insured_deposit", figures.series,
                           annual_rate_from_log10_growth(ln / std::numbers::ln10), figures.as_of,
                           "safe rate plus the in-line margin of safe_rates.json (verdict)"));
    }

    std::vector<const AssetClass*> classes;
    if (e.plausible) {
        for (const MixComponent& c : e.plausible->mix) {
            if (const AssetClass* ac = market.find(c.id)) {
                classes.push_back(ac);
            }
        }
    } else {
        const AssetClass* best = nullptr;
        for (const AssetClass& c : market.asset_classes()) {
            if (c.is_return() && c.geometric_mean > (best ? best->geometric_mean : 0.0)) {
                best = &c;
            }
        }
        if (best != nullptr) {
            classes.push_back(best);
        }
    }
    for (const AssetClass* c : classes) {
        const std::string src = source_text(c->source);
        out.push_back(rung(RungKind::AssetLongRun, c->id, c->name, annual(c->geometric_mean),
                           c->period, src));
        out.push_back(rung(RungKind::AssetBestYear, c->id, c->name, annual(c->best_year.value),
                           std::to_string(c->best_year.year), src, c->best_year.year));
    }

    for (const CollapsedScheme& s : schemes.schemes()) {
        const SchemePromise& p = s.promise;
        AnnualRate r;
        if (p.is_premium) {
            const SafeRateCurve* curve = rates.curve(p.premium_currency);
            const double base = curve != nullptr ? curve_rate(*curve, p.premium_term_days) : 0.0;
            r = annual(base + p.premium);
        } else {
            r = annualise(p.return_value, p.period_years);
        }
        out.push_back(rung(RungKind::CollapsedScheme, s.id, s.name, r, s.ran_to,
                           source_text(s.record), year_of(s.ran_to)));
        out.back().description = s.description;
    }

    std::stable_sort(out.begin(), out.end(), [](const LadderRung& x, const LadderRung& y) {
        return x.rate.log10_growth < y.rate.log10_growth;
    });
    return out;
}

} // namespace candor::core
