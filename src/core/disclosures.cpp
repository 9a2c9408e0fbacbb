#include "disclosures.hpp"

#include "asset.hpp"
#include "input_error.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <functional>
#include <mutex>
#include <set>

namespace candor::core {

std::string_view detail::interned_text(std::string_view text) {
    static std::mutex guard;
    static std::set<std::string, std::less<>> texts; // a node's text never moves
    const std::lock_guard<std::mutex> lock(guard);
    auto it = texts.find(text);
    if (it == texts.end()) {
        it = texts.emplace(text).first;
    }
    return *it;
}

ValueName ValueName::interned(std::string_view name) {
    return {Stored{}, detail::interned_text(name)};
}

namespace {

constexpr double ln10 = 2.302585092994046;

Value frac(ValueName name, double x) {
    return {name, ValueKind::Fraction, x, {}};
}
Value amount(ValueName name, double x, const std::string& currency) {
    return {name, ValueKind::Amount, x, currency};
}
Value log10_amount(ValueName name, double log10_x, const std::string& currency) {
    return {name, ValueKind::Log10, log10_x, currency};
}
Value multiple(ValueName name, double x) {
    return {name, ValueKind::Multiple, x, {}};
}
Value years(ValueName name, double x) {
    return {name, ValueKind::Years, x, {}};
}
Value days(ValueName name, long d) {
    return {name, ValueKind::Days, static_cast<double>(d), {}};
}
Value year(ValueName name, int y) {
    return {name, ValueKind::Year, static_cast<double>(y), {}};
}
Value text(ValueName name, std::string t) {
    return {name, ValueKind::Text, 0.0, std::move(t)};
}

/// An amount that may be too large for a double: an Amount when finite and below 1e15,
/// otherwise its logarithm.
Value big_amount(ValueName name, double log10_x, const std::string& currency) {
    if (log10_x < 15.0) {
        return amount(name, std::pow(10.0, log10_x), currency);
    }
    return log10_amount(name, log10_x, currency);
}

const Value* find_value(const std::vector<Value>& v, std::string_view name) {
    for (const auto& x : v) {
        if (x.name == name) {
            return &x;
        }
    }
    return nullptr;
}

/// Message parameters taken from the disclosure's own values by name (plus extra texts).
std::vector<Value> pick(const std::vector<Value>& values,
                        std::initializer_list<std::string_view> names,
                        std::vector<Value> extra = {}) {
    std::vector<Value> out;
    out.reserve(names.size() + extra.size());
    for (const auto n : names) {
        if (const Value* v = find_value(values, n)) {
            out.push_back(*v);
        }
    }
    for (auto& e : extra) {
        out.push_back(std::move(e));
    }
    return out;
}

std::string currency_of(const Analysis& a) {
    return a.offer.principal.asset().code;
}

// ---- rules, in the order of docs/disclosures.md --------------------------------------------

std::optional<Disclosure> annual_equivalent(const DisclosureInput& in) {
    const Analysis& a = *in.analysis;
    // A one-year term needs no restating (half a day of tolerance for day counts).
    if (std::fabs(a.year_fraction - 1.0) <= 0.5 / 365.0) {
        return std::nullopt;
    }
    Disclosure d;
    d.id = "annual_equivalent";
    const auto& n = a.nominal;
    d.values = {frac("term_return", n.holding_period_return), days("days", a.term_days),
                frac("apr", n.simple_annual_rate), frac("benchmark_rate", a.benchmark_rate)};
    if (n.effective_annual_rate) {
        d.values.push_back(frac("ear", *n.effective_annual_rate));
    }
    d.values.push_back({"log10_annual_growth", ValueKind::Log10, n.log10_effective_growth, {}});
    const auto& th = in.thresholds;
    if (!n.effective_annual_rate || *n.effective_annual_rate > th.ear_warning) {
        d.severity = Severity::Warning;
    } else if (*n.effective_annual_rate > th.ear_caution) {
        d.severity = Severity::Caution;
    } else {
        d.severity = Severity::Info;
    }
    if (n.effective_annual_rate) {
        d.headline = {"annual_equivalent.headline",
                      pick(d.values, {"term_return", "days", "apr", "ear"})};
    } else {
        d.headline = {"annual_equivalent.headline_overflow",
                      pick(d.values, {"term_return", "days", "apr", "log10_annual_growth"})};
    }
    d.detail = {"annual_equivalent.detail", pick(d.values, {"benchmark_rate"})};
    return d;
}

std::optional<Disclosure> benchmark_gap(const DisclosureInput& in) {
    if (!in.plausible || in.plausible->mix.empty()) {
        return std::nullopt;
    }
    const PlausiblePayout& p = *in.plausible;
    const Analysis& a = *in.analysis;
    const std::string cur = currency_of(a);
    const double eps = 1e-9 * std::max(1.0, p.principal);
    if (p.advertised_payout <= p.central_payout + eps) {
        return std::nullopt;
    }
    Disclosure d;
    d.id = "benchmark_gap";
    const bool beyond = p.advertised_payout > p.optimistic_payout + eps;
    d.severity = beyond ? Severity::Warning : Severity::Caution;
    d.values = {amount("advertised_payout", p.advertised_payout, cur),
                amount("central_payout", p.central_payout, cur),
                amount("optimistic_payout", p.optimistic_payout, cur),
                frac("central_rate", p.central_annual_rate),
                frac("optimistic_rate", p.optimistic_annual_rate),
                amount("gap_to_central", p.gap_to_central, cur),
                amount("gap_to_optimistic", p.gap_to_optimistic, cur)};
    if (p.gain_multiple_of_central) {
        d.values.push_back(multiple("gain_multiple_of_central", *p.gain_multiple_of_central));
    }
    if (p.gain_multiple_of_optimistic) {
        d.values.push_back(multiple("gain_multiple_of_optimistic", *p.gain_multiple_of_optimistic));
    }
    d.headline = {"benchmark_gap.headline",
                  pick(d.values, {"advertised_payout", "central_payout", "optimistic_payout"})};
    d.detail = {beyond ? MessageId("benchmark_gap.detail_beyond")
                       : MessageId("benchmark_gap.detail"),
                pick(d.values, {"central_rate", "optimistic_rate", "gap_to_central"})};
    return d;
}

std::optional<Disclosure> unexplained_mix(const DisclosureInput& in) {
    if (!in.plausible || in.plausible->unexplained.empty()) {
        return std::nullopt;
    }
    const PlausiblePayout& p = *in.plausible;
    Disclosure d;
    d.id = "unexplained_mix";
    // Cannot be checked either way: a caution to ask, not a finding.
    d.severity = Severity::Caution;
    d.values = {frac("unexplained_share", p.unexplained_weight()),
                frac("explained_share", 1.0 - p.unexplained_weight()),
                frac("safe_rate", p.unexplained_rate)};
    d.headline = {"unexplained_mix.headline",
                  pick(d.values, {"unexplained_share"}, {text("sources", p.unexplained_ids())})};
    d.detail = {"unexplained_mix.detail", pick(d.values, {"safe_rate"})};
    return d;
}

std::optional<Disclosure> break_even_rule(const DisclosureInput& in) {
    const Analysis& a = *in.analysis;
    if (!a.break_even) {
        return std::nullopt;
    }
    // A deposit stated insured in full: a failure pays it all, so the premium is not a price
    // of default risk; the insured disclosure explains it instead.
    if (in.insured && in.insured->credited() && !(in.insured->uncovered > 0.0)) {
        return std::nullopt;
    }
    const BreakEven& b = *a.break_even;
    Disclosure d;
    d.id = "break_even";
    // A premium within ordinary spreads of the safe rate is the usual price of a small risk.
    const bool ordinary = in.verdict_level && *in.verdict_level <= 1;
    d.severity = ordinary ? Severity::Info
                 : b.one_year_survival < in.thresholds.one_year_survival_warning
                     ? Severity::Warning
                     : Severity::Caution;
    d.values = {frac("default_probability", b.default_probability),
                frac("survival_probability", b.survival_probability),
                frac("annual_hazard", b.annual_hazard),
                frac("one_year_survival", b.one_year_survival),
                frac("recovery", a.assumptions.recovery),
                frac("benchmark_rate", a.benchmark_rate),
                amount("benchmark_payout", a.benchmark_payout.to_major(), currency_of(a)),
                days("days", a.term_days)};
    d.headline = {"break_even.headline", pick(d.values, {"default_probability", "days"})};
    d.detail = {ordinary ? MessageId("break_even.detail_ordinary") : MessageId("break_even.detail"),
                pick(d.values, {"benchmark_rate", "recovery", "one_year_survival"})};
    return d;
}

std::optional<Disclosure> rollover_rule(const DisclosureInput& in) {
    const Analysis& a = *in.analysis;
    const auto& mags = in.market->magnitudes();
    const double c = a.nominal.continuous_annual_rate;
    if (mags.empty() || !(c > 0.0) || reporting_currency(a.offer.principal.asset()) != "USD") {
        return std::nullopt;
    }
    const double p = a.offer.principal.to_major();
    const int n = in.thresholds.rollover_years;
    const double log10_end = (std::log(p) + c * n) / ln10;
    const Magnitude* largest_passed = nullptr;
    for (const auto& m : mags) { // smallest first
        if (std::log10(m.value) <= log10_end) {
            largest_passed = &m;
        }
    }
    if (largest_passed == nullptr) {
        return std::nullopt;
    }
    const std::string cur = currency_of(a);
    Disclosure d;
    d.id = "rollover";
    d.severity = Severity::Warning;
    d.values = {years("years", n),
                amount("principal", p, cur),
                big_amount("value", log10_end, cur),
                {"log10_value", ValueKind::Log10, log10_end, {}}};
    for (const auto& m : mags) {
        d.values.push_back(amount(ValueName::interned("magnitude_" + m.id), m.value, "USD"));
        d.values.push_back(
            years(ValueName::interned("years_to_" + m.id), std::log(m.value / p) / c));
    }
    const Magnitude& smallest = mags.front();
    const Magnitude& largest = mags.back();
    d.headline = {"rollover.headline",
                  pick(d.values, {"years", "principal", "value"},
                       {text("magnitude", largest_passed->name),
                        amount("magnitude_value", largest_passed->value, "USD")})};
    auto yrs = [&](const Magnitude& m) { return std::log(m.value / p) / c; };
    d.detail = {"rollover.detail",
                {text("smallest", smallest.name), years("smallest_years", yrs(smallest)),
                 text("largest", largest.name), years("largest_years", yrs(largest))}};
    return d;
}

std::optional<Disclosure> beyond_best_year(const DisclosureInput& in) {
    if (!in.plausible || in.plausible->mix.empty()) {
        return std::nullopt;
    }
    const PlausiblePayout& p = *in.plausible;
    if (!(p.advertised_simple_annual_rate > p.highest_best_year)) {
        return std::nullopt;
    }
    std::string best_name;
    for (const auto& c : p.mix) {
        if (c.id == p.highest_best_year_id) {
            best_name = c.name;
        }
    }
    Disclosure d;
    d.id = "beyond_best_year";
    d.severity = Severity::Warning;
    d.values = {frac("advertised_rate", p.advertised_simple_annual_rate),
                frac("highest_best_year", p.highest_best_year),
                year("highest_best_year_year", p.highest_best_year_year)};
    if (p.highest_best_year > 0.0) {
        d.values.push_back(multiple("multiple_of_best_year",
                                    p.advertised_simple_annual_rate / p.highest_best_year));
    }
    d.headline = {"beyond_best_year.headline",
                  pick(d.values, {"advertised_rate", "highest_best_year", "highest_best_year_year"},
                       {text("best_asset", best_name)})};
    d.detail = {"beyond_best_year.detail", {}};
    return d;
}

std::optional<Disclosure> volatile_principal(const DisclosureInput& in) {
    const Analysis& a = *in.analysis;
    if (a.offer.held.kind != AssetKind::Volatile) {
        return std::nullopt;
    }
    Disclosure d;
    d.id = "volatile_principal";
    const Value asset = text("asset", a.offer.held.code);
    const double hpr = a.nominal.holding_period_return;
    if (!in.held_asset_annual_volatility) {
        d.severity = Severity::Caution;
        d.values = {frac("advertised_return", hpr), days("days", a.term_days)};
        d.headline = {"volatile_principal.headline_unknown",
                      pick(d.values, {"advertised_return", "days"}, {asset})};
        d.detail = {"volatile_principal.detail_unknown", {asset}};
        return d;
    }
    const double vol = *in.held_asset_annual_volatility;
    // Under a random walk of log prices the standard deviation grows with the square root of
    // time: sigma_T = sigma_annual * sqrt(T) (Hull, Options, Futures and Other Derivatives,
    // ch. 15, "volatility").
    const double one_sd = vol * std::sqrt(a.year_fraction);
    d.severity = one_sd >= hpr ? Severity::Warning : Severity::Caution;
    d.values = {frac("annual_volatility", vol), frac("one_sd_move", one_sd),
                amount("one_sd_amount", one_sd * a.offer.principal.to_major(), currency_of(a)),
                frac("advertised_return", hpr), days("days", a.term_days)};
    d.headline = {one_sd >= hpr ? MessageId("volatile_principal.headline_exceeds")
                                : MessageId("volatile_principal.headline"),
                  pick(d.values, {"one_sd_move", "advertised_return", "days"}, {asset})};
    d.detail = {one_sd >= hpr ? MessageId("volatile_principal.detail_exceeds")
                              : MessageId("volatile_principal.detail"),
                pick(d.values, {"annual_volatility", "one_sd_amount"}, {asset})};
    return d;
}

std::optional<Disclosure> fees_taxes(const DisclosureInput& in) {
    const Analysis& a = *in.analysis;
    const Assumptions& s = a.assumptions;
    if (s.entry_fee.flat == 0.0 && s.entry_fee.percent == 0.0 && s.exit_fee.flat == 0.0 &&
        s.exit_fee.percent == 0.0 && s.tax_on_gains == 0.0) {
        return std::nullopt;
    }
    const double p = a.offer.principal.to_major();
    const double invested = p + s.entry_fee.on(p);
    const double gross_gain = a.advertised_payout.to_major() - p;
    const double net_payout = a.net ? a.net->payout : 0.0;
    const double net_gain = net_payout - invested;
    const double taken = gross_gain - net_gain;
    const bool erased = net_gain <= 0.0;
    const double share = gross_gain > 0.0 ? taken / gross_gain : 1.0;
    if (!erased && share < in.thresholds.fee_share_caution) {
        return std::nullopt;
    }
    const std::string cur = currency_of(a);
    Disclosure d;
    d.id = "fees_taxes";
    d.severity = erased ? Severity::Warning : Severity::Caution;
    d.values = {amount("gross_gain", gross_gain, cur), amount("net_gain", net_gain, cur),
                amount("taken", taken, cur),           frac("taken_share", share),
                amount("invested", invested, cur),     amount("net_payout", net_payout, cur)};
    d.headline = {erased ? MessageId("fees_taxes.headline_erased")
                         : MessageId("fees_taxes.headline"),
                  pick(d.values, {"taken", "gross_gain", "net_gain", "taken_share"})};
    d.detail = {"fees_taxes.detail", pick(d.values, {"net_payout", "invested"})};
    return d;
}

std::optional<Disclosure> real_return(const DisclosureInput& in) {
    const Analysis& a = *in.analysis;
    if (a.assumptions.annual_inflation == 0.0) {
        return std::nullopt;
    }
    const std::optional<double> real =
        a.net ? a.net_real_effective_annual_rate : a.real_effective_annual_rate;
    const double p = a.offer.principal.to_major();
    Disclosure d;
    d.id = "real_return";
    const bool loses = (real && *real < 0.0) || a.real_payout < p || !a.net;
    d.severity = loses ? Severity::Caution : Severity::Info;
    d.values = {frac("inflation", a.assumptions.annual_inflation),
                amount("real_payout", a.real_payout, currency_of(a)),
                amount("principal", p, currency_of(a))};
    if (real) {
        d.values.push_back(frac("real_rate", *real));
    }
    d.headline = {"real_return.headline", pick(d.values, {"inflation", "real_payout"})};
    d.detail = {real ? MessageId("real_return.detail") : MessageId("real_return.detail_no_rate"),
                pick(d.values, {"real_rate"})};
    return d;
}

std::optional<Disclosure> insured_rule(const DisclosureInput& in) {
    if (!in.insured) {
        return std::nullopt;
    }
    return insured_disclosure(*in.insured);
}

/// The part of an insured deposit's payout above the scheme's limit: a claim like any other.
std::optional<Disclosure> insured_uncovered(const DisclosureInput& in) {
    if (!in.insured || !in.insured->credited() || !(in.insured->uncovered > 0.0)) {
        return std::nullopt;
    }
    const InsuredDeposit& i = *in.insured;
    const std::string& cur = i.scheme.currency;
    Disclosure d;
    d.id = "insured_uncovered";
    d.severity = Severity::Caution;
    d.values = {amount("uncovered", i.uncovered, cur), amount("payout", i.payout, cur),
                amount("limit", i.scheme.limit, cur), amount("covered", i.covered, cur)};
    d.headline = {"insured_uncovered.headline",
                  pick(d.values, {"uncovered", "payout", "limit"}, {text("scheme", i.scheme.id)})};
    d.detail = {"insured_uncovered.detail", pick(d.values, {"covered"})};
    return d;
}

Severity claim_severity(Claim c) {
    switch (c) {
    case Claim::Guaranteed:
    case Claim::Unregistered:
        return Severity::Warning;
    case Claim::Referral:
    case Claim::Insurance:
    case Claim::LockUp:
    case Claim::Pressure:
        return Severity::Caution;
    }
    return Severity::Caution;
}

} // namespace

Disclosure insured_disclosure(const InsuredDeposit& i) {
    const std::string& cur = i.scheme.currency;
    Disclosure d;
    d.id = "insured";
    d.severity = i.standing == InsuredStanding::BeyondDeposits ? Severity::Warning : Severity::Info;
    d.values = {
        amount("limit", i.scheme.limit, cur),     amount("payout", i.payout, cur),
        amount("covered", i.covered, cur),        amount("uncovered", i.uncovered, cur),
        frac("in_line_margin", i.in_line_margin), frac("ordinary_spread", i.ordinary_spread)};
    if (!i.overflow) {
        d.values.push_back(frac("premium", i.premium));
    }
    d.headline = {"insured.headline", pick(d.values, {"limit"}, {text("scheme", i.scheme.id)})};
    switch (i.standing) {
    case InsuredStanding::WithinMargin:
        d.detail = {"insured.detail_margin", pick(d.values, {"in_line_margin"})};
        break;
    case InsuredStanding::WithinSpreads:
        d.detail = {"insured.detail_spreads",
                    pick(d.values, {"premium", "in_line_margin", "ordinary_spread"})};
        break;
    case InsuredStanding::BeyondDeposits:
        d.detail = {"insured.detail_beyond", pick(d.values, {"ordinary_spread"})};
        break;
    }
    return d;
}

std::string_view severity_id(Severity s) {
    switch (s) {
    case Severity::Info:
        return "info";
    case Severity::Caution:
        return "caution";
    case Severity::Warning:
        return "warning";
    }
    return "info";
}

std::string_view claim_id(Claim c) {
    switch (c) {
    case Claim::Guaranteed:
        return "guaranteed";
    case Claim::Referral:
        return "referral";
    case Claim::Insurance:
        return "insurance";
    case Claim::LockUp:
        return "lockup";
    case Claim::Unregistered:
        return "unregistered";
    case Claim::Pressure:
        return "pressure";
    }
    return "guaranteed";
}

const std::vector<Claim>& all_claims() {
    static const std::vector<Claim> list{Claim::Guaranteed, Claim::Referral,     Claim::Insurance,
                                         Claim::LockUp,     Claim::Unregistered, Claim::Pressure};
    return list;
}

std::vector<Claim> parse_claims(std::string_view text, const std::string& field) {
    std::string accepted;
    for (const Claim c : all_claims()) {
        accepted += (accepted.empty() ? "" : ", ") + std::string(claim_id(c));
    }
    const char* const expected = CANDOR_N_("claim ids separated by commas, from: {0}");
    std::vector<Claim> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const auto comma = std::min(text.find(',', pos), text.size());
        std::string item;
        for (const char ch : text.substr(pos, comma - pos)) {
            if (ch == ' ' || ch == '\t' || ch == '-' || ch == '_') {
                continue; // "lock-up", "lock_up" and " lockup" all name one claim
            }
            item += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        }
        const auto it = std::find_if(all_claims().begin(), all_claims().end(),
                                     [&](Claim c) { return claim_id(c) == item; });
        if (it == all_claims().end()) {
            throw InputError(field, expected, std::string(text.substr(pos, comma - pos)),
                             {accepted});
        }
        if (std::find(out.begin(), out.end(), *it) == out.end()) {
            out.push_back(*it);
        }
        pos = comma + 1;
    }
    return out;
}

namespace {

/// A claim's rule id and its headline's and detail's ("claim.referral", ...), made once.
const std::array<MessageId, 3>& claim_ids(Claim c) {
    static const auto ids =
        interned_ids(all_claims(), claim_id, "claim.",
                     std::array<std::string_view, 3>{"", ".headline", ".detail"});
    return ids.at(static_cast<std::size_t>(c));
}

} // namespace

std::vector<Disclosure> disclose(const DisclosureInput& in) {
    using Rule = std::optional<Disclosure> (*)(const DisclosureInput&);
    // In the order of docs/disclosures.md, which is the order within a severity.
    static constexpr std::array<Rule, 11> rules{
        annual_equivalent, benchmark_gap,    unexplained_mix,    break_even_rule,
        rollover_rule,     beyond_best_year, volatile_principal, fees_taxes,
        real_return,       insured_rule,     insured_uncovered};
    std::vector<Disclosure> out;
    out.reserve(rules.size() + all_claims().size()); // every rule at most once
    const auto add = [&](std::optional<Disclosure> d) {
        if (d) {
            out.push_back(std::move(*d));
        }
    };
    for (const Rule rule : rules) {
        add(rule(in));
    }
    for (const Claim c : all_claims()) {
        if (std::find(in.claims.begin(), in.claims.end(), c) == in.claims.end()) {
            continue;
        }
        const auto& [rule, headline, detail] = claim_ids(c);
        add(Disclosure{rule, claim_severity(c), {}, {headline, {}}, {detail, {}}});
    }
    // Most severe first, in rule order within a severity: a stable insertion sort, which needs
    // no buffer (std::stable_sort asks for one) for these few items.
    const auto before = [](const Disclosure& x, const Disclosure& y) {
        return static_cast<int>(x.severity) > static_cast<int>(y.severity);
    };
    for (auto it = out.begin(); it != out.end(); ++it) {
        std::rotate(std::upper_bound(out.begin(), it, *it, before), it, std::next(it));
    }
    return out;
}

std::optional<PlausiblePayout> plausible_for(const Analysis& a, const MarketData& market) {
    if (a.offer.claimed_mix.empty()) {
        return std::nullopt;
    }
    const ResolvedMix mix = resolve_mix(a.offer.claimed_mix, market, "mix");
    // The share with no public return series is counted at the benchmark: the safe rate of the
    // offer's currency and term (or the rate the user stated for it).
    return plausible_payout(mix, a.offer.principal.to_major(), a.advertised_payout.to_major(),
                            a.year_fraction, a.benchmark_rate);
}

} // namespace candor::core
