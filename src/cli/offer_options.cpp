#include "offer_options.hpp"

#include "core/deposit_insurance.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/plausible.hpp"
#include "core/unexplained_sources.hpp"
#include "i18n/tr.hpp"
#include "present/claim_text.hpp"

#include <fmt/format.h>

#include <fmt/format.h>

#include <charconv>

namespace candor::cli {

using core::InputError;

void add_offer_options(CLI::App& cmd, OfferFlags& f) {
    f.example_opt = cmd.add_option("--example", f.example,
                                   i18n::tr("Use a built-in example (see `candor-cli examples`); "
                                            "without NAME, the first"))
                        ->type_name("NAME")
                        ->expected(0, 1);
    cmd.add_option("--name", f.name, i18n::tr("A label for the offer"));
    cmd.add_option("--principal", f.principal,
                   i18n::tr("Amount paid in, e.g. 5000 or \"30000 USD\""));
    cmd.add_option("--asset", f.asset,
                   i18n::tr("Asset the principal is held in: USDT, USDC, BTC, ETH, "
                            "XRP, SOL or a currency code"));
    cmd.add_option("--days", f.days, i18n::tr("Term in days"));
    cmd.add_option("--start", f.start, i18n::tr("Start date, YYYY-MM-DD"));
    cmd.add_option("--end", f.end, i18n::tr("Maturity date, YYYY-MM-DD"));
    cmd.add_option("--day-count", f.day_count,
                   i18n::tr("ACT/365F (default), ACT/360, ACT/ACT-ISDA, 30/360"));
    cmd.add_option("--payout", f.payout, i18n::tr("Advertised payout at maturity, e.g. 6350"));
    cmd.add_option("--rate", f.rate,
                   i18n::tr("Advertised annual rate as a fraction (instead of --payout)"));
    cmd.add_option(
        "--compounding", f.compounding,
        i18n::tr("How --rate compounds: simple (default), annual, semiannual, quarterly, "
                 "monthly, daily, continuous"));
    cmd.add_option("--inflation", f.inflation,
                   i18n::tr("Annual inflation as a fraction (default: built-in CPI)"));
    cmd.add_option("--fee", f.fee,
                   i18n::tr("Entry fee: flat (10), percentage (1%) or both (10+1%)"));
    cmd.add_option("--exit-fee", f.exit_fee,
                   i18n::tr("Exit fee on the payout: flat, percentage or both"));
    cmd.add_option("--tax", f.tax, i18n::tr("Tax rate on gains as a fraction, e.g. 0.2"));
    cmd.add_option(
        "--benchmark-rate", f.benchmark_rate,
        i18n::tr("Benchmark annual rate as a fraction (default: built-in 3-month T-bill)"));
    cmd.add_option("--recovery", f.recovery,
                   i18n::tr("Fraction of principal recovered if the platform fails (default 0)"));
    cmd.add_option("--data", f.data_file,
                   i18n::tr("A benchmarks JSON file replacing the built-in data"));
    std::string mix_ids;
    for (const std::string& id : core::MarketData::builtin().mix_ids()) {
        mix_ids += (mix_ids.empty() ? "" : ", ") + id;
    }
    // TRANSLATORS: {0} the asset-class ids, {1} the ids of sources such as mining or trading
    // that have no public return series (data/unexplained_sources.json).
    cmd.add_option("--mix", f.mix,
                   fmt::format(fmt::runtime(i18n::tr(
                                   "Claimed mix of underlying assets as id=weight pairs, e.g. "
                                   "bonds=0.4,gold=0.3,metals=0.3 (ids: {0}; aliases in "
                                   "docs/data.md). Named but not checkable, having no public "
                                   "return series: {1}")),
                               mix_ids, core::UnexplainedSources::builtin().id_list()));
    f.insured_opt =
        cmd.add_option("--insured", f.insured,
                       i18n::tr("State that the offer is a deposit at an institution covered by "
                                "a deposit-insurance scheme: without SCHEME, the scheme of its "
                                "currency; or a scheme id such as FDIC, EU-DGS, FSCS"))
            ->type_name("SCHEME")
            ->expected(0, 1);
    cmd.add_option(
        "--claims", f.claims,
        // TRANSLATORS: help of --claims; {0} the claim ids (guaranteed, referral, ...), which
        // stay in English: they are typed as shown.
        fmt::format(fmt::runtime(i18n::tr("Offer claims to tick: {0} (comma-separated)")),
                    present::claim_id_list()));
}

void require_text_or_json(const std::string& format) {
    if (format != "text" && format != "json") {
        throw InputError("--format", CANDOR_N_("text or json"), format);
    }
}

double parse_rate(const std::string& text, const std::string& field, const char* expected) {
    if (!text.empty() && text.back() == '%') {
        return core::parse_number(text.substr(0, text.size() - 1), field, expected) / 100.0;
    }
    return core::parse_number(text, field, expected);
}

namespace {

long parse_days(const std::string& text) {
    long v = 0;
    const auto* first = text.data();
    const auto* last = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last) {
        throw InputError("--days", core::Term::days_expected, text);
    }
    if (v <= 0 || v > core::Term::max_days) {
        throw InputError("--days", core::Term::days_expected, text);
    }
    return v;
}

} // namespace

core::Assumptions default_assumptions(const OfferFlags& f, const core::MarketData& market) {
    core::Assumptions a = core::Assumptions::defaults(market);
    if (!f.data_file.empty()) {
        // A --data file's own benchmark and inflation series are the user's statement.
        a.benchmark_basis.kind = core::BasisKind::Stated;
        a.inflation_basis.kind = core::BasisKind::Stated;
    }
    return a;
}

std::shared_ptr<const core::MarketData> market_data(const OfferFlags& f) {
    if (f.data_file.empty()) {
        return {&core::MarketData::builtin(), [](const core::MarketData*) {}};
    }
    return std::make_shared<core::MarketData>(core::MarketData::load_file(f.data_file));
}

namespace {

/// The flag a core field name stands for, with what was typed for it (empty when the value
/// came from an example or a default), so that errors name the flag and echo the typed text.
struct Typed {
    std::string flag;
    std::string text;
};

Typed typed_for(const OfferFlags& f, const std::string& field) {
    if (field == "term") {
        // A term its day count counts as no time: the flag that set it.
        for (const auto& [flag, text] : {std::pair{"--end", &f.end}, std::pair{"--days", &f.days},
                                         std::pair{"--day-count", &f.day_count}}) {
            if (!text->empty()) {
                return {flag, *text};
            }
        }
        return {"--days", ""};
    }
    const std::pair<const char*, const std::string*> fields[] = {
        {"principal", &f.principal},
        {"payout", &f.payout},
        {"rate", &f.rate},
        {"mix", &f.mix},
        {"days", &f.days},
        {"start", &f.start},
        {"end", &f.end},
        {"day-count", &f.day_count},
        {"benchmark-rate", &f.benchmark_rate},
        {"inflation", &f.inflation},
        {"recovery", &f.recovery},
        {"tax", &f.tax},
        {"insured", &f.insured}};
    for (const auto& [name, text] : fields) {
        if (field == name) {
            return {"--" + field, *text};
        }
    }
    return {"--" + field, ""};
}

/// The principal and the asset it is held in (the principal's currency by default).
std::pair<core::Money, core::Asset> principal_and_asset(const OfferFlags& f,
                                                        const std::optional<core::Offer>& base) {
    std::optional<core::Asset> held;
    if (!f.asset.empty()) {
        held = core::asset_or_throw(f.asset, "--asset");
    } else if (base) {
        held = base->held;
    }
    if (!f.principal.empty()) {
        const core::Money principal = core::parse_money(f.principal, held, "--principal");
        return {principal, held ? *held : principal.asset()};
    }
    if (!base) {
        throw InputError("--principal", CANDOR_N_("an amount such as 5000 with --asset USDT"), "");
    }
    return {base->principal, *held};
}

core::Term term_of(const OfferFlags& f, const std::optional<core::Offer>& base) {
    if (!f.end.empty() && f.start.empty()) {
        throw InputError("--start", CANDOR_N_("a start date (YYYY-MM-DD) to go with --end"), "");
    }
    if (!f.start.empty()) {
        const core::Date start = core::parse_date(f.start, "--start");
        if (!f.end.empty()) {
            if (!f.days.empty()) {
                throw InputError(
                    "--days", CANDOR_N_("either --days or --end with --start, not both"), f.days);
            }
            return core::Term::between(start, core::parse_date(f.end, "--end"));
        }
        if (!f.days.empty()) {
            return core::Term::from_start(start, parse_days(f.days));
        }
        throw InputError("--end", CANDOR_N_("a maturity date or --days to go with --start"), "");
    }
    if (!f.days.empty()) {
        return core::Term::of_days(parse_days(f.days));
    }
    if (!base) {
        throw InputError("--days", CANDOR_N_("a number of days, or --start and --end dates"), "");
    }
    return base->term;
}

/// The advertised payout or rate (--payout, --rate with --compounding, or the example's).
void set_advertised(core::Offer& o, const OfferFlags& f, const std::optional<core::Offer>& base) {
    if (!f.payout.empty() && !f.rate.empty()) {
        throw InputError("--rate", CANDOR_N_("either --payout or --rate, not both"), f.rate);
    }
    if (!f.compounding.empty() && f.rate.empty()) {
        throw InputError("--compounding", CANDOR_N_("to be used with --rate"), f.compounding);
    }
    if (!f.payout.empty()) {
        o.advertised_payout = core::parse_money(f.payout, o.principal.asset(), "--payout");
    } else if (!f.rate.empty()) {
        const double r =
            parse_rate(f.rate, "--rate", CANDOR_N_("an annual rate as a fraction, e.g. 0.27"));
        const auto c =
            f.compounding.empty()
                ? core::CompoundingChoice{core::Compounding::Simple, core::Frequency::Annual}
                : core::parse_compounding(f.compounding, "--compounding");
        o.advertised_rate = core::Rate(r, c.compounding, c.frequency, o.day_count);
    } else if (base) {
        o.advertised_payout = base->advertised_payout;
        o.advertised_rate = base->advertised_rate;
    } else {
        throw InputError("--payout", CANDOR_N_("the advertised payout (or --rate)"), "");
    }
}

core::Offer offer_of(const OfferFlags& f) {
    std::optional<core::Offer> base;
    if (f.example_opt != nullptr && f.example_opt->count() > 0) {
        base = core::find_example(f.example).offer;
    }
    const auto [principal, held] = principal_and_asset(f, base);
    core::Offer o{f.name.empty() ? (base ? base->name : std::string("Offer")) : f.name,
                  principal,
                  held,
                  term_of(f, base),
                  base ? base->day_count : core::DayCount::Act365F,
                  std::nullopt,
                  std::nullopt,
                  base ? base->claimed_mix : std::map<std::string, double>{},
                  base ? base->insured : std::string()};
    if (!f.mix.empty()) {
        o.claimed_mix = core::parse_mix(f.mix, "--mix");
    }
    if (!f.day_count.empty()) {
        o.day_count = core::parse_day_count(f.day_count, "--day-count");
    }
    if (f.insured_opt != nullptr && f.insured_opt->count() > 0) {
        o.insured = f.insured.empty() ? std::string(core::insured_auto) : f.insured;
    }
    set_advertised(o, f, base);
    return o;
}

core::Assumptions assumptions_of(const OfferFlags& f, const core::MarketData& market) {
    core::Assumptions a = default_assumptions(f, market);
    if (!f.benchmark_rate.empty()) {
        a.benchmark_rate = parse_rate(f.benchmark_rate, "--benchmark-rate",
                                      CANDOR_N_("an annual rate as a fraction, e.g. 0.043"));
        a.benchmark_basis.kind = core::BasisKind::Stated;
    }
    if (!f.inflation.empty()) {
        a.annual_inflation = parse_rate(f.inflation, "--inflation",
                                        CANDOR_N_("an annual rate as a fraction, e.g. 0.03"));
        a.inflation_basis.kind = core::BasisKind::Stated;
    }
    if (!f.recovery.empty()) {
        a.recovery =
            parse_rate(f.recovery, "--recovery", CANDOR_N_("a fraction from 0 to 1, e.g. 0.4"));
    }
    if (!f.tax.empty()) {
        a.tax_on_gains = parse_rate(f.tax, "--tax", CANDOR_N_("a fraction from 0 to 1, e.g. 0.2"));
    }
    if (!f.fee.empty()) {
        a.entry_fee = core::parse_fee(f.fee, "--fee");
    }
    if (!f.exit_fee.empty()) {
        a.exit_fee = core::parse_fee(f.exit_fee, "--exit-fee");
    }
    return a;
}

} // namespace

Request build_request(const OfferFlags& f) {
    Request req;
    req.market = market_data(f);
    req.offer = offer_of(f);
    if (!f.claims.empty()) {
        req.claims = core::parse_claims(f.claims, "--claims");
    }
    req.assumptions = assumptions_of(f, *req.market);
    // Range errors name the flag and show the value as it was typed.
    try {
        core::validate(req.assumptions);
        core::validate(req.offer);
        // Every mix key must name an asset class of the data in use (built-in or --data).
        (void)core::resolve_mix(req.offer.claimed_mix, *req.market, "mix");
    } catch (const InputError& e) {
        const Typed t = typed_for(f, e.field());
        throw t.text.empty() ? e.renamed(t.flag) : e.renamed(t.flag).with_got(t.text);
    }
    return req;
}

} // namespace candor::cli
