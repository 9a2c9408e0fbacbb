#include "offer_form.hpp"

#include "core/evaluation.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/plausible.hpp"
#include "core/scenario_data.hpp"
#include "present/error_text.hpp"
#include "present/number_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>

namespace candor::app {

using core::InputError;

namespace {

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

/// A percent field: "27", "27%", "27 %" -> 0.27.
double parse_percent(const std::string& text, const char* field_id, const char* expected) {
    std::string s = trim(text);
    if (!s.empty() && s.back() == '%') {
        s = trim(s.substr(0, s.size() - 1));
    }
    return present::parse_number(s, field_id, expected) / 100.0;
}

long parse_days(const std::string& text) {
    const char* expected = core::Term::days_expected;
    // In the language's digits, as every number field ("٢٠" in Arabic).
    const double v = present::parse_number(trim(text), field::days, expected);
    if (v != std::floor(v) || v < 1.0 || v > static_cast<double>(core::Term::max_days)) {
        throw InputError(field::days, expected, text);
    }
    return static_cast<long>(v);
}

/// A wrong field whose accepted input is the marked text `expected` (no placeholders).
FieldError field_error(const char* field_id, const char* expected, const std::string& got) {
    return FieldError::from(field_id, InputError(field_id, expected, got));
}

/// Runs `parse`, turning an InputError into a FieldError for `field_id`.
template <typename T>
std::optional<T> attempt(std::vector<FieldError>& errors, const char* field_id,
                         const std::function<T()>& parse) {
    try {
        return parse();
    } catch (const InputError& e) {
        errors.push_back(FieldError::from(field_id, e));
        return std::nullopt;
    }
}

/// Maps the field names core's validate() uses onto the form's ids.
std::string form_field_of(const std::string& core_field, const OfferFormInput& in) {
    if (core_field == "benchmark-rate") {
        return field::benchmark;
    }
    if (core_field == "payout" && in.payout_mode == PayoutMode::Rate) {
        return field::rate;
    }
    if (core_field == "term") {
        // A term the day count counts as no time: the field that ends it.
        return in.term_mode == TermMode::Dates ? field::end : field::days;
    }
    if (core_field == "start" || core_field == "end" || core_field == "days") {
        return core_field;
    }
    if (core_field == "day_count" || core_field == "day-count") {
        return field::day_count;
    }
    if (core_field == "hazard") {
        return field::fail_year;
    }
    if (core_field == "recovery_delay") {
        return field::recovery_delay;
    }
    if (core_field == "recovery_spread" || core_field == "volatility" || core_field == "drift" ||
        core_field == "depeg_probability" || core_field == "depeg_loss") {
        return field::scenario;
    }
    return core_field;
}

} // namespace

FieldError FieldError::from(std::string field_id, const core::InputError& error) {
    return {std::move(field_id), present::expected_text(error), error.got(),
            error.expected_template(), error.values()};
}

const FieldError* FormResult::error_for(const std::string& field_id) const {
    const auto it = std::find_if(errors.begin(), errors.end(),
                                 [&](const FieldError& e) { return e.field == field_id; });
    return it == errors.end() ? nullptr : &*it;
}

std::vector<std::pair<std::string, double>> parse_mix(const std::string& text) {
    const char* expected =
        CANDOR_N_("asset classes with weights in percent, e.g. sovereign_bonds=60, gold=40");
    std::vector<std::pair<std::string, double>> out;
    const std::string all = trim(text);
    if (all.empty()) {
        return out;
    }
    std::size_t pos = 0;
    while (pos <= all.size()) {
        const std::size_t comma = all.find_first_of(",;\n", pos);
        const std::string part =
            trim(all.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        pos = comma == std::string::npos ? all.size() + 1 : comma + 1;
        if (part.empty()) {
            continue;
        }
        const auto sep = part.find_first_of("=:");
        if (sep == std::string::npos) {
            throw InputError(field::mix, expected, part);
        }
        const std::string id = trim(part.substr(0, sep));
        if (id.empty() || !std::all_of(id.begin(), id.end(), [](unsigned char c) {
                return std::isalnum(c) != 0 || c == '_' || c == '-';
            })) {
            throw InputError(field::mix, expected, part);
        }
        // Commas separate the pairs, so weights keep the locale-free form (60, 12.5).
        std::string wt = trim(part.substr(sep + 1));
        if (!wt.empty() && wt.back() == '%') {
            wt = trim(wt.substr(0, wt.size() - 1));
        }
        const double w = core::parse_number(wt, field::mix, expected) / 100.0;
        if (!(w >= 0.0 && w <= 1.0)) {
            throw InputError(field::mix, CANDOR_N_("weights from 0% to 100%"), part);
        }
        if (std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.first == id; })) {
            throw InputError(field::mix, CANDOR_N_("each asset class once"), id);
        }
        out.emplace_back(id, w);
    }
    double total = 0.0;
    for (const auto& p : out) {
        total += p.second;
    }
    if (!out.empty() && std::fabs(total - 1.0) > 1e-6) {
        throw InputError(field::mix, CANDOR_N_("weights that add up to 100%"),
                         plain_number(total * 100.0, 4) + "%");
    }
    return out;
}

FormDefaults FormDefaults::builtin() {
    const auto& market = core::MarketData::builtin();
    // The built-in data live for the whole program: a non-owning pointer.
    return {market.default_benchmark().current->value, market.default_inflation().current->value,
            std::shared_ptr<const core::MarketData>(&market, [](const core::MarketData*) {})};
}

namespace {

/// The parts of the offer read from its own fields (each empty when its field is wrong).
struct OfferParts {
    std::optional<core::Asset> held;
    std::optional<core::Money> principal;
    std::optional<core::DayCount> day_count;
    std::optional<core::Term> term;
    std::optional<core::Money> payout;
    std::optional<core::Rate> rate;
    std::optional<std::vector<std::pair<std::string, double>>> mix;
};

// Asset held, then the principal (in the held asset unless it names its own currency).
void parse_principal(const OfferFormInput& in, std::vector<FieldError>& errs, OfferParts& o) {
    const char* expected = CANDOR_N_("a positive amount, e.g. 5000 or 5,000.00 USDT");
    o.held = attempt<core::Asset>(
        errs, field::asset, [&] { return core::asset_or_throw(trim(in.asset), field::asset); });
    o.principal = attempt<core::Money>(errs, field::principal, [&] {
        if (trim(in.principal).empty()) {
            throw InputError(field::principal, expected, "");
        }
        return present::parse_money(in.principal, o.held, field::principal);
    });
    if (o.principal && o.principal->minor() <= 0) {
        errs.push_back(field_error(field::principal, expected, in.principal));
    }
    o.day_count = attempt<core::DayCount>(errs, field::day_count, [&] {
        return core::parse_day_count(trim(in.day_count), field::day_count);
    });
}

void parse_term(const OfferFormInput& in, std::vector<FieldError>& errs, OfferParts& o) {
    if (in.term_mode == TermMode::Days) {
        if (const auto days =
                attempt<long>(errs, field::days, [&] { return parse_days(in.days); })) {
            o.term = core::Term::of_days(*days);
        }
        return;
    }
    const auto start = attempt<core::Date>(
        errs, field::start, [&] { return core::parse_date(trim(in.start), field::start); });
    const auto end = attempt<core::Date>(
        errs, field::end, [&] { return core::parse_date(trim(in.end), field::end); });
    if (start && end) {
        o.term = attempt<core::Term>(errs, field::end,
                                     [&] { return core::Term::between(*start, *end); });
    }
}

// The advertised payout or rate, and the claimed mix.
void parse_advertised(const OfferFormInput& in, std::vector<FieldError>& errs, OfferParts& o) {
    if (in.payout_mode == PayoutMode::Payout) {
        o.payout = attempt<core::Money>(errs, field::payout, [&] {
            if (trim(in.payout).empty()) {
                throw InputError(field::payout,
                                 CANDOR_N_("the payout promised at maturity, e.g. 6350"), "");
            }
            return present::parse_money(in.payout,
                                        o.principal ? std::optional(o.principal->asset()) : o.held,
                                        field::payout);
        });
    } else {
        const auto comp = attempt<core::CompoundingChoice>(errs, field::compounding, [&] {
            return core::parse_compounding(trim(in.compounding), field::compounding);
        });
        const auto value = attempt<double>(errs, field::rate, [&] {
            return parse_percent(in.rate, field::rate,
                                 CANDOR_N_("an annual rate in percent, e.g. 27"));
        });
        if (comp && value) {
            o.rate = attempt<core::Rate>(errs, field::rate, [&] {
                return core::Rate(*value, comp->compounding, comp->frequency,
                                  o.day_count.value_or(core::DayCount::Act365F));
            });
        }
    }
    o.mix = attempt<std::vector<std::pair<std::string, double>>>(errs, field::mix,
                                                                 [&] { return parse_mix(in.mix); });
}

/// A fee field; empty is none.
void parse_fee_field(const std::string& text, const char* id, std::vector<FieldError>& errs,
                     core::Fee& out) {
    if (trim(text).empty()) {
        return;
    }
    if (auto fee = attempt<core::Fee>(errs, id, [&] { return core::parse_fee(text, id); })) {
        out = *fee;
    }
}

// Range checks on the assumptions, each against its own field.
void check_assumption_ranges(const OfferFormInput& in, const core::Assumptions& a, FormResult& r) {
    const auto range = [&](double v, double lo, double hi, const char* id, const char* expected,
                           const std::string& got) {
        if (!r.error_for(id) && !(v >= lo && v <= hi)) {
            r.errors.push_back(field_error(id, expected, got));
        }
    };
    range(a.benchmark_rate, -0.5, 1.0, field::benchmark,
          CANDOR_N_("an annual rate from -50% to 100%"), in.benchmark);
    range(a.annual_inflation, -0.5, 10.0, field::inflation,
          CANDOR_N_("an annual rate from -50% to 1000%"), in.inflation);
    range(a.tax_on_gains, 0.0, 1.0, field::tax, CANDOR_N_("a percentage from 0 to 100"), in.tax);
    range(a.recovery, 0.0, 1.0, field::recovery, CANDOR_N_("a percentage from 0 to 100"),
          in.recovery);
}

// Assumptions: empty fields take the built-in defaults.
core::Assumptions parse_assumptions(const OfferFormInput& in, const FormDefaults& defaults,
                                    FormResult& r) {
    auto& errs = r.errors;
    core::Assumptions a;
    const auto percent_or = [&](const std::string& text, const char* id, const char* expected,
                                double fallback) {
        if (trim(text).empty()) {
            return fallback;
        }
        return attempt<double>(errs, id, [&] { return parse_percent(text, id, expected); })
            .value_or(fallback);
    };
    // A typed benchmark or inflation is the user's statement; an empty one follows the safe
    // rates of the offer's currency and term (core::resolve_rates).
    a.benchmark_rate =
        percent_or(in.benchmark, field::benchmark, CANDOR_N_("an annual rate in percent, e.g. 4.3"),
                   defaults.benchmark_rate);
    if (!trim(in.benchmark).empty() ||
        defaults.benchmark_chosen) { // a series chosen in Preferences
        a.benchmark_basis.kind = core::BasisKind::Stated;
    }
    a.annual_inflation =
        percent_or(in.inflation, field::inflation, CANDOR_N_("an annual rate in percent, e.g. 2.7"),
                   defaults.annual_inflation);
    if (!trim(in.inflation).empty()) {
        a.inflation_basis.kind = core::BasisKind::Stated;
    }
    a.tax_on_gains = percent_or(in.tax, field::tax, CANDOR_N_("a percentage from 0 to 100"), 0.0);
    a.recovery =
        percent_or(in.recovery, field::recovery, CANDOR_N_("a percentage from 0 to 100"), 0.0);
    parse_fee_field(in.entry_fee, field::entry_fee, errs, a.entry_fee);
    parse_fee_field(in.exit_fee, field::exit_fee, errs, a.exit_fee);
    check_assumption_ranges(in, a, r);
    return a;
}

/// A figure typed over the scenario preset: `parse` reads it, `ok` checks its range.
void scenario_figure(const std::string& text, const char* id, const char* expected,
                     std::vector<FieldError>& errs, const std::function<double()>& parse,
                     const std::function<bool(double)>& ok, std::optional<double>& out) {
    if (trim(text).empty()) {
        return;
    }
    if (const auto v = attempt<double>(errs, id, parse)) {
        if (ok(*v)) {
            out = *v;
        } else {
            errs.push_back(field_error(id, expected, text));
        }
    }
}

// The counterparty scenario: a preset, optionally edited.
std::optional<ScenarioRequest> parse_scenario(const OfferFormInput& in, const core::Assumptions& a,
                                              std::vector<FieldError>& errs) {
    if (trim(in.scenario).empty()) {
        return std::nullopt;
    }
    ScenarioRequest sr;
    sr.preset = trim(in.scenario);
    if (core::ScenarioPresets::builtin().find(sr.preset) == nullptr) {
        errs.push_back(
            field_error(field::scenario, CANDOR_N_("one of the scenario presets"), in.scenario));
    }
    const char* fail_expected = CANDOR_N_("a percentage from 0 to below 100");
    scenario_figure(
        in.fail_year, field::fail_year, fail_expected, errs,
        [&] { return parse_percent(in.fail_year, field::fail_year, fail_expected); },
        [](double p) { return p >= 0.0 && p < 1.0; }, sr.annual_failure);
    const char* delay_expected = CANDOR_N_("years from 0 to 50, e.g. 1.5");
    scenario_figure(
        in.recovery_delay, field::recovery_delay, delay_expected, errs,
        [&] {
            return present::parse_number(trim(in.recovery_delay), field::recovery_delay,
                                         delay_expected);
        },
        [](double d) { return d >= 0.0 && d <= core::ScenarioLimits::max_delay_years; },
        sr.recovery_delay_years);
    if (!trim(in.recovery).empty()) {
        sr.recovery = a.recovery;
    }
    return sr;
}

core::Offer offer_of(const OfferFormInput& in, const OfferParts& p) {
    core::Offer o;
    o.name = trim(in.name).empty() ? std::string("Offer") : trim(in.name);
    o.principal = *p.principal;
    o.held = *p.held;
    o.term = *p.term;
    o.day_count = *p.day_count;
    o.advertised_payout = p.payout;
    o.advertised_rate = p.rate;
    if (p.mix) {
        for (const auto& [id, w] : *p.mix) {
            o.claimed_mix[id] = w;
        }
    }
    o.insured = trim(in.insured);
    return o;
}

// Whole-offer checks (currency of the payout, dates the day count needs, ...).
void check_whole_offer(const core::Offer& o, const core::Assumptions& a,
                       const std::optional<ScenarioRequest>& scenario,
                       const FormDefaults& defaults) {
    core::validate(o);
    core::validate(a);
    // The analysis itself may still reject the combination (e.g. fees above the principal).
    (void)core::analyze(o, a);
    // Every asset class of the claimed mix must be in the market data.
    (void)core::resolve_mix(o.claimed_mix, *defaults.market, field::mix);
    if (scenario) {
        core::ScenarioModel m = core::scenario_model(o, a);
        core::ScenarioPresets::builtin().get(scenario->preset, field::scenario).apply_to(m);
        core::validate(m);
    }
}

} // namespace

FormResult parse_offer_form(const OfferFormInput& in, const FormDefaults& defaults) {
    FormResult r;
    OfferParts parts;
    parse_principal(in, r.errors, parts);
    parse_term(in, r.errors, parts);
    parse_advertised(in, r.errors, parts);
    const core::Assumptions a = parse_assumptions(in, defaults, r);
    const std::optional<ScenarioRequest> scenario = parse_scenario(in, a, r.errors);
    // Claims ticked in the checklist.
    std::vector<core::Claim> claims;
    try {
        claims = core::merge_claims(in.claims, {}, field::claims);
    } catch (const InputError& e) {
        r.errors.push_back(FieldError::from(field::claims, e));
    }
    if (!r.errors.empty() || !parts.held || !parts.principal || !parts.term || !parts.day_count) {
        return r;
    }
    core::Offer o = offer_of(in, parts);
    try {
        check_whole_offer(o, a, scenario, defaults);
    } catch (const InputError& e) {
        r.errors.push_back(FieldError::from(form_field_of(e.field(), in), e));
        return r;
    }
    r.offer = std::move(o);
    r.assumptions = a;
    r.scenario = scenario;
    r.claims = std::move(claims);
    return r;
}

std::string plain_number(double value, int max_decimals) {
    std::string s = fmt::format("{:.{}f}", value, max_decimals);
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') {
            s.pop_back();
        }
        if (!s.empty() && s.back() == '.') {
            s.pop_back();
        }
    }
    if (s == "-0") {
        s = "0";
    }
    return s;
}

namespace {

std::string fee_text(const core::Fee& f) {
    std::string s;
    if (f.flat != 0.0) {
        s = plain_number(f.flat, 8);
    }
    if (f.percent != 0.0) {
        s += (s.empty() ? "" : "+") + plain_number(f.percent * 100.0, 6) + "%";
    }
    return s;
}

/// The amount as the user would type it: digits only, in the asset's minor units.
std::string amount_text(const core::Money& m) {
    return present::editable_number(m.to_major(), m.asset().decimals);
}

} // namespace

OfferFormInput form_from_offer(const core::Offer& o, const core::Assumptions& a,
                               std::string scenario, std::vector<std::string> claims) {
    OfferFormInput in;
    in.name = o.name;
    in.asset = o.held.code;
    in.principal = amount_text(o.principal);
    if (o.principal.asset().code != o.held.code) {
        in.principal += " " + o.principal.asset().code;
    }
    if (o.term.start()) {
        in.term_mode = TermMode::Dates;
        in.start = core::format_date(*o.term.start());
        in.end = core::format_date(*o.term.maturity());
    } else {
        in.term_mode = TermMode::Days;
    }
    in.days = present::editable_number(static_cast<double>(o.term.days()), 0);
    in.day_count = std::string(core::day_count_name(o.day_count));
    if (o.advertised_payout) {
        in.payout_mode = PayoutMode::Payout;
        in.payout = amount_text(*o.advertised_payout);
    } else if (o.advertised_rate) {
        in.payout_mode = PayoutMode::Rate;
        in.rate = present::editable_number(o.advertised_rate->value() * 100.0, 8);
        in.compounding = std::string(core::compounding_name(o.advertised_rate->compounding(),
                                                            o.advertised_rate->frequency()));
    }
    in.entry_fee = fee_text(a.entry_fee);
    in.exit_fee = fee_text(a.exit_fee);
    in.tax = a.tax_on_gains == 0.0 ? "" : present::editable_number(a.tax_on_gains * 100.0, 8);
    in.recovery = a.recovery == 0.0 ? "" : present::editable_number(a.recovery * 100.0, 8);
    if (a.inflation_basis.kind == core::BasisKind::Stated) {
        in.inflation = present::editable_number(a.annual_inflation * 100.0, 8);
    }
    if (a.benchmark_basis.kind == core::BasisKind::Stated) {
        in.benchmark = present::editable_number(a.benchmark_rate * 100.0, 8);
    }
    std::string mix;
    for (const auto& [id, w] : o.claimed_mix) {
        mix += (mix.empty() ? "" : ", ") + id + "=" + plain_number(w * 100.0, 4);
    }
    in.mix = mix;
    in.scenario = std::move(scenario);
    in.claims = std::move(claims);
    in.insured = o.insured;
    return in;
}

} // namespace candor::app
