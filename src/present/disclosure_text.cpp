#include "disclosure_text.hpp"

#include "number_format.hpp"
#include "visible_text.hpp"

#include "core/asset.hpp"
#include "core/money.hpp"
#include "i18n/tr.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace candor::present {

using i18n::tr_noop;
using i18n::trn_noop;

namespace {

struct Entry {
    std::string_view id;
    const char* text;
    const char* plural = nullptr; ///< the plural source text, when the message holds a count
    const char* count = nullptr;  ///< the parameter whose value picks the plural form
};

/// An entry whose text holds a count ({days}, {years}): singular and plural source texts, and
/// the name of the parameter whose value chooses between them (ngettext's n).
constexpr Entry counted(std::string_view id, const char* count, i18n::PluralText text) {
    return {id, text.singular, text.plural, count};
}

// The English source strings. Placeholders are named after the message's parameters (see
// src/core/disclosures.cpp); translators may reorder them but must keep their names.
const Entry entries[] = {
    counted("annual_equivalent.headline", "days",
            // TRANSLATORS: {term_return} the return over the term, {days} its length, {apr} the
            // simple annual rate, {ear} the effective (compounded) annual rate; all percentages.
            trn_noop("{term_return} over {days} day is {apr} a year simple (APR), or {ear} a "
                     "year compounded (EAR)",
                     "{term_return} over {days} days is {apr} a year simple (APR), or {ear} a "
                     "year compounded (EAR)")),
    counted(
        "annual_equivalent.headline_overflow", "days",
        // TRANSLATORS: {log10_annual_growth} is a large number in words, e.g. "794 quadrillion".
        trn_noop("{term_return} over {days} day is {apr} a year simple (APR); compounded "
                 "for a year, money would grow by a factor of about {log10_annual_growth}",
                 "{term_return} over {days} days is {apr} a year simple (APR); compounded "
                 "for a year, money would grow by a factor of about {log10_annual_growth}")),
    {"annual_equivalent.detail",
     // TRANSLATORS: {benchmark_rate} is the benchmark's annual rate, e.g. 4.21%.
     tr_noop("Annual figures make offers with different terms comparable. The APR scales the "
             "term's return to a year without reinvesting; the EAR assumes each payout is "
             "reinvested at the same terms for a whole year. For comparison, the benchmark pays "
             "{benchmark_rate} a year.")},
    {"benchmark_gap.headline",
     // TRANSLATORS: three amounts with their currency.
     tr_noop("Advertised payout {advertised_payout}; the claimed assets would plausibly pay "
             "{central_payout} at their long-run average, {optimistic_payout} in their best "
             "years")},
    {"benchmark_gap.detail",
     // TRANSLATORS: {central_rate} and {optimistic_rate} are annual percentages, {gap_to_central}
     // an amount.
     tr_noop("Weighted as claimed, the assets have returned {central_rate} a year over the long "
             "run and {optimistic_rate} if each repeated its best calendar year on record. The "
             "advertised payout is {gap_to_central} above the long-run figure, though within the "
             "best-year one.")},
    {"benchmark_gap.detail_beyond",
     // TRANSLATORS: {central_rate} and {optimistic_rate} are annual percentages, {gap_to_central}
     // an amount.
     tr_noop("Weighted as claimed, the assets have returned {central_rate} a year over the long "
             "run and {optimistic_rate} if each repeated its best calendar year on record. The "
             "advertised payout is {gap_to_central} above the long-run figure and beyond even "
             "the best-year one: on their record, the assets named do not account for it.")},
    {"unexplained_mix.headline",
     // TRANSLATORS: {unexplained_share} a percentage; {sources} the ids of sources such as
     // mining or trading, as typed in the claimed mix (left untranslated).
     tr_noop("{unexplained_share} of the claimed mix ({sources}) has no public return series; "
             "it cannot be checked")},
    {"unexplained_mix.detail",
     // TRANSLATORS: {safe_rate} an annual percentage: the safe rate of the offer's currency and
     // term (the benchmark).
     tr_noop("No published record shows what these sources return, so the plausible payout "
             "counts this share at the safe rate of {safe_rate} a year, what the money could earn "
             "safely in the same currency and term, and the rest of the mix at its asset "
             "classes' returns. This is not a finding about the offer: ask the platform how the "
             "return of this share can be verified.")},
    counted("break_even.headline", "days",
            // TRANSLATORS: {default_probability} a percentage, {days} the term in days.
            trn_noop("The offer is worth no more than the benchmark if the chance that the payer "
                     "fails within the {days} day is {default_probability} or more",
                     "The offer is worth no more than the benchmark if the chance that the payer "
                     "fails within the {days} days is {default_probability} or more")),
    {"break_even.detail_ordinary",
     // TRANSLATORS: {benchmark_rate} and {recovery} are percentages; {one_year_survival} a
     // probability as a percentage. Said of an offer whose premium over the safe rate is
     // within ordinary spreads.
     tr_noop("The offer pays no more over the safe rate of {benchmark_rate} a year than ordinary "
             "credit and term spreads do: this is the usual price of a small risk, not a sign of "
             "a large one. Recovering {recovery} of the principal on failure, a payer facing the "
             "same risk term after term would have a {one_year_survival} chance of lasting a "
             "year.")},
    {"break_even.detail",
     // TRANSLATORS: {benchmark_rate} and {recovery} are percentages; {one_year_survival} a
     // probability as a percentage.
     tr_noop("Against a benchmark paying {benchmark_rate} a year, and recovering {recovery} of "
             "the principal on failure, the extra payout only compensates for that much risk. A "
             "payer facing the same risk term after term would have a {one_year_survival} chance "
             "of lasting a year.")},
    // The overall verdict (core/verdict.hpp), one headline per grade.
    {"verdict.in_line_with_safe_rates",
     // TRANSLATORS: {ear} the offer's effective annual rate, {safe_rate} the safe rate of the
     // same currency and term; both percentages.
     tr_noop("In line with safe rates: {ear} a year, against {safe_rate} for a safe investment "
             "in the same currency and term")},
    {"verdict.above_safe_rates",
     // TRANSLATORS: {premium} the offer's rate above the safe rate, {ceiling} the largest such
     // premium that ordinary credit risk and the assets' long-run returns explain.
     tr_noop("Above safe rates: {ear} a year against {safe_rate}, a premium of {premium}, within "
             "what ordinary credit risk and long-run asset returns have paid (up to {ceiling})")},
    {"verdict.above_claimed_long_run",
     // TRANSLATORS: {long_run_premium} what the claimed assets earned over safe rates on average.
     tr_noop("Above what the claimed assets have returned over the long run: {ear} a year, "
             "{premium} over the safe rate of {safe_rate}, against a long-run premium of "
             "{long_run_premium}")},
    {"verdict.above_asset_long_run",
     // TRANSLATORS: no assets were claimed; {long_run_premium} is the premium of the asset class
     // with the highest long-run return in the data.
     tr_noop("Above what any asset class has returned over the long run: {ear} a year, "
             "{premium} over the safe rate of {safe_rate}, against at most {long_run_premium}")},
    {"verdict.above_best_year",
     // TRANSLATORS: {best_year_premium} the premium if every claimed asset repeated its best year
     // on record at once (an upper bound).
     tr_noop(
         "Above the best year on record of every claimed asset at once: {ear} a year, "
         "{premium} over the safe rate of {safe_rate} (best-year premium {best_year_premium})")},
    {"verdict.above_asset_best_year",
     // TRANSLATORS: no assets were claimed; {best_year_premium} is the best year of the asset
     // class with the highest long-run return in the data.
     tr_noop("Above the best year on record of any asset class: {ear} a year, {premium} over "
             "the safe rate of {safe_rate} (best-year premium {best_year_premium})")},
    {"verdict.above_unchecked_mix",
     // TRANSLATORS: every source of the claimed mix has no public return series (mining,
     // trading, ...); {ordinary_spread} the premium ordinary credit risk has paid.
     tr_noop("Above what ordinary credit risk pays, and the claimed sources have no public return "
             "series to account for the rest: {ear} a year, {premium} over the safe rate of "
             "{safe_rate} (ordinary spreads up to {ordinary_spread})")},
    counted("verdict.beyond_any_return", "years",
            // TRANSLATORS: {years} a number of years such as 9.3 (the plural form is chosen
            // by it; a number with decimals takes the form of 100).
            trn_noop("Beyond any financial return: {ear} a year; rolled over at this pace, after "
                     "inflation, the principal would outgrow world GDP within {years} year",
                     "Beyond any financial return: {ear} a year; rolled over at this pace, after "
                     "inflation, the principal would outgrow world GDP within {years} years")),
    counted("verdict.beyond_any_return_overflow", "years",
            // TRANSLATORS: {log10_annual_growth} a large number in words such as "794 quadrillion";
            // {years} a number of years (a number with decimals takes the plural form of 100).
            trn_noop("Beyond any financial return: compounded for a year, money would grow by a "
                     "factor of about {log10_annual_growth}; rolled over, the principal would "
                     "outgrow world GDP within {years} year",
                     "Beyond any financial return: compounded for a year, money would grow by a "
                     "factor of about {log10_annual_growth}; rolled over, the principal would "
                     "outgrow world GDP within {years} years")),
    counted("rollover.headline", "years",
            // TRANSLATORS: {years} a number of years, {principal} and {value} amounts,
            // {magnitude} a name such as "World GDP for one year" and {magnitude_value} its
            // amount in USD.
            trn_noop("Rolled over for {years} year at this pace, {principal} would become "
                     "{value}, more than {magnitude} ({magnitude_value})",
                     "Rolled over for {years} years at this pace, {principal} would become "
                     "{value}, more than {magnitude} ({magnitude_value})")),
    {"rollover.detail",
     // TRANSLATORS: {smallest} and {largest} are names of real-world amounts; the *_years
     // placeholders are numbers of years.
     tr_noop("The balance would pass {smallest} after {smallest_years} years and {largest} "
             "after {largest_years} years. No payer can keep paying at this pace for long, "
             "because money on that scale does not exist; a pace like this can be kept up, if "
             "at all, only for some investors and for a limited time.")},
    {"beyond_best_year.headline",
     // TRANSLATORS: {advertised_rate} and {highest_best_year} are annual percentages,
     // {best_asset} an asset-class name, {highest_best_year_year} a calendar year.
     tr_noop("The advertised pace of {advertised_rate} a year is beyond the best year on record "
             "of every claimed asset; the highest was {best_asset} at {highest_best_year} in "
             "{highest_best_year_year}")},
    {"beyond_best_year.detail",
     tr_noop("Even if each asset named had repeated its best calendar year on record throughout "
             "the term, none would have paid the advertised rate. Best years are the top of the "
             "record, not a typical outcome.")},
    counted("volatile_principal.headline", "days",
            // TRANSLATORS: {asset} a code such as XRP, {days} a number of days, {one_sd_move}
            // and {advertised_return} percentages.
            trn_noop("The principal is held in {asset}: a typical move of its price over {days} "
                     "day (one standard deviation, {one_sd_move}) set beside the advertised gain "
                     "of {advertised_return}",
                     "The principal is held in {asset}: a typical move of its price over {days} "
                     "days (one standard deviation, {one_sd_move}) set beside the advertised gain "
                     "of {advertised_return}")),
    counted("volatile_principal.headline_exceeds", "days",
            // TRANSLATORS: {asset} a code such as XRP, {days} a number of days, {one_sd_move}
            // and {advertised_return} percentages.
            trn_noop("The principal is held in {asset}: a typical move of its price over {days} "
                     "day (one standard deviation, {one_sd_move}) is larger than the advertised "
                     "gain of {advertised_return}",
                     "The principal is held in {asset}: a typical move of its price over {days} "
                     "days (one standard deviation, {one_sd_move}) is larger than the advertised "
                     "gain of {advertised_return}")),
    {"volatile_principal.detail",
     // TRANSLATORS: {asset} a code such as XRP, {annual_volatility} a percentage,
     // {one_sd_amount} an amount.
     tr_noop("{asset}'s price moves by about {annual_volatility} in a typical year (one standard "
             "deviation). Over the term, about one time in three the move is larger than "
             "{one_sd_amount} on this principal, up or down, so what the principal is worth at "
             "the end depends on that move as well as on the advertised gain.")},
    {"volatile_principal.detail_exceeds",
     // TRANSLATORS: {asset} a code such as XRP, {annual_volatility} a percentage,
     // {one_sd_amount} an amount.
     tr_noop("{asset}'s price moves by about {annual_volatility} in a typical year (one standard "
             "deviation). Over the term, about one time in three the move is larger than "
             "{one_sd_amount} on this principal, up or down; a fall of that size would outweigh "
             "the advertised gain if the principal is returned in {asset}.")},
    counted("volatile_principal.headline_unknown", "days",
            // TRANSLATORS: {asset} a code such as XRP, {advertised_return} a percentage, {days}
            // a number of days.
            trn_noop("The principal is held in {asset}: its price over the {days} day adds to or "
                     "takes away from the advertised gain of {advertised_return}",
                     "The principal is held in {asset}: its price over the {days} days adds to "
                     "or takes away from the advertised gain of {advertised_return}")),
    {"volatile_principal.detail_unknown",
     // TRANSLATORS: {asset} a code such as XRP.
     tr_noop("No volatility figure for {asset} is available here, so the size of a typical move "
             "over the term cannot be shown. Whoever holds {asset} bears its price moves, "
             "whatever the advertised yield.")},
    {"fees_taxes.headline_erased",
     // TRANSLATORS: {taken}, {gross_gain} and {net_gain} are amounts with their currency.
     tr_noop("Fees and tax of {taken} take the whole advertised gain of {gross_gain}; the net "
             "result is {net_gain}")},
    {"fees_taxes.headline",
     // TRANSLATORS: {taken_share} a percentage; {taken} and {gross_gain} amounts.
     tr_noop("Fees and tax take {taken_share} of the advertised gain ({taken} of {gross_gain})")},
    {"fees_taxes.detail",
     // TRANSLATORS: {net_payout} and {invested} are amounts with their currency.
     tr_noop("Entry and exit fees and tax on the gain are due whatever the investment earns. "
             "What is left is {net_payout} for {invested} paid in.")},
    {"real_return.headline",
     // TRANSLATORS: {inflation} a percentage; {real_payout} an amount.
     tr_noop("After inflation of {inflation} a year, the payout is worth {real_payout} in "
             "today's money")},
    {"real_return.detail",
     // TRANSLATORS: {real_rate} a percentage per year.
     tr_noop("Inflation lowers what a later payment buys. After inflation (and any fees and tax) "
             "the offer's effective annual rate is {real_rate} (growth of money divided by growth "
             "of prices, the Fisher relation).")},
    {"real_return.detail_no_rate",
     tr_noop("Inflation lowers what a later payment buys. The real annual rate after inflation, "
             "fees and tax cannot be stated here: either nothing is left after fees and tax, "
             "or the rate is too large to write out.")},
    {"claim.guaranteed.headline", tr_noop("The offer claims guaranteed returns")},
    {"claim.guaranteed.detail",
     tr_noop("Every investment carries risk. The SEC and FINRA list promises of guaranteed or "
             "high returns with little or no risk among the warning signs of investment "
             "fraud. Ask who guarantees the return and with what assets.")},
    {"claim.referral.headline", tr_noop("The offer pays bonuses for bringing in new investors")},
    {"claim.referral.detail",
     tr_noop("Rewards for recruiting others mean part of the money may come from new investors "
             "rather than from returns. FINRA warns against sellers who ask you to bring people "
             "you know into an investment.")},
    {"insured.headline",
     // TRANSLATORS: {scheme} the id of a deposit-insurance scheme such as FDIC or FSCS; {limit}
     // its coverage limit with its currency. The user, not the platform, stated the coverage.
     tr_noop("Assuming, as you stated, that the deposit is covered by the {scheme} up to {limit}")},
    {"insured.detail_margin",
     // TRANSLATORS: {in_line_margin} a percentage such as 1.00%.
     tr_noop("The rate is no more than {in_line_margin} a year above the safe rate of its "
             "currency and term: what insured deposits pay. The scheme pays principal and "
             "accrued interest up to its limit if the institution fails. Check that the "
             "institution is a member of the scheme: the coverage is your statement, not the "
             "offer's.")},
    {"insured.detail_spreads",
     // TRANSLATORS: {premium}, {in_line_margin} and {ordinary_spread} are percentages.
     tr_noop("The rate is {premium} a year above the safe rate of its currency and term: more "
             "than insured deposits usually pay ({in_line_margin}), but within ordinary term and "
             "credit spreads (up to {ordinary_spread}), which an institution may pay for money "
             "locked up longer or for its own credit. Up to the limit the scheme, not the "
             "institution, bears the risk of failure.")},
    {"insured.detail_beyond",
     // TRANSLATORS: {ordinary_spread} a percentage.
     tr_noop("The rate is beyond ordinary term and credit spreads over the safe rate (up to "
             "{ordinary_spread} a year): no insured deposit pays this much. Insurance does not "
             "make such a rate plausible, so the scenarios do not credit the coverage. Check "
             "that the offer really is a deposit at a member institution of the scheme.")},
    {"insured_uncovered.headline",
     // TRANSLATORS: {uncovered}, {payout} and {limit} are amounts with their currency; {scheme}
     // the id of a deposit-insurance scheme.
     tr_noop("{uncovered} of the payout of {payout} lies above the {scheme} limit of {limit} and "
             "is not covered")},
    {"insured_uncovered.detail",
     // TRANSLATORS: {covered} an amount with its currency.
     tr_noop("Only {covered} is paid by the scheme if the institution fails; the rest is a claim "
             "on the institution like any other and falls under the chosen scenario. Keeping no "
             "more than the limit at each institution keeps all of it covered.")},
    {"claim.insurance.headline", tr_noop("The offer claims that deposits are insured")},
    {"claim.insurance.detail",
     tr_noop("Deposit insurance such as the FDIC's covers deposits at insured banks, not crypto "
             "assets or investment products. Check the claim with the insurer named; regulators "
             "have warned about false claims of insurance.")},
    {"claim.lockup.headline", tr_noop("The money is locked up for the term")},
    {"claim.lockup.detail",
     tr_noop("While funds are locked, you cannot withdraw them if the payer's situation "
             "changes. Platforms that failed in 2022 froze withdrawals before their customers "
             "could leave.")},
    {"claim.unregistered.headline",
     tr_noop("The issuer or seller is not registered with a financial regulator")},
    {"claim.unregistered.detail",
     tr_noop("The SEC and FINRA note that much investment fraud involves unregistered sellers "
             "and unregistered products. Check registration (in the US, on Investor.gov and "
             "FINRA BrokerCheck) before sending money.")},
    {"claim.pressure.headline", tr_noop("The offer pushes you to act fast")},
    {"claim.pressure.detail",
     tr_noop("Deadlines, limited places and bonuses that expire leave no time to check an "
             "offer. The SEC lists pressure to buy right away among the red flags of fraud; a "
             "sound investment will still be there after you have checked it.")},
};

/// Decimals that keep a small percentage visible: 0.0131 -> 2, 1.2e-8 -> 7.
int percent_decimals(double fraction) {
    const double pct = std::fabs(fraction * 100.0);
    if (pct == 0.0 || pct >= 0.01 || !std::isfinite(pct)) {
        return 2;
    }
    const int d = static_cast<int>(std::ceil(-std::log10(pct))) + 1;
    return d > 12 ? 12 : d;
}

const Entry* find_entry(std::string_view message_id) {
    for (const auto& e : entries) {
        if (e.id == message_id) {
            return &e;
        }
    }
    return nullptr;
}

/// The English source of `e` for these parameters: its plural form when the count is not 1.
/// Also the count (ngettext's n) in `n`.
const char* source_for(const Entry& e, const std::vector<core::Value>& params, unsigned long& n) {
    n = 1;
    if (e.plural == nullptr) {
        return e.text;
    }
    for (const auto& p : params) {
        if (p.name == e.count) {
            n = i18n::plural_count(p.number);
            break;
        }
    }
    return n == 1 ? e.text : e.plural;
}

/// The place of the first '{' or '}' in `s` from `from` on, or its size (memchr reads many bytes
/// at a time; a text has a few hundred).
std::size_t next_brace(std::string_view s, std::size_t from) {
    const char* begin = s.data() + from;
    const std::size_t n = s.size() - from;
    const void* open = std::memchr(begin, '{', n);
    const std::size_t until =
        open == nullptr ? n : static_cast<std::size_t>(static_cast<const char*>(open) - begin);
    const void* close = std::memchr(begin, '}', until);
    const std::size_t at = close == nullptr
                               ? until
                               : static_cast<std::size_t>(static_cast<const char*>(close) - begin);
    return from + at;
}

/// `pattern` with each "{name}" replaced by the value of the parameter of that name, as
/// append_value(parameter) appends it to `out`, and
/// "{{", "}}" by a brace: what fmt::vformat makes of it with named arguments, without building
/// an argument store. False (`out` unfinished) for anything else, such as a format spec, a
/// position or an unknown name (no parameter's name holds ':' or '!'), which fmt then formats
/// or refuses.
template <class AppendValue>
bool substitute(std::string_view pattern, const std::vector<core::Value>& params, std::string& out,
                AppendValue append_value) {
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t brace = next_brace(pattern, i);
        out.append(pattern.substr(i, brace - i));
        if (brace == pattern.size()) {
            return true;
        }
        if (brace + 1 < pattern.size() && pattern[brace + 1] == pattern[brace]) {
            out += pattern[brace]; // "{{" or "}}"
            i = brace + 2;
            continue;
        }
        const std::size_t close = pattern.find('}', brace);
        if (pattern[brace] == '}' || close == std::string_view::npos) {
            return false;
        }
        const std::string_view name = pattern.substr(brace + 1, close - brace - 1);
        const auto found = std::find_if(params.begin(), params.end(),
                                        [&](const core::Value& p) { return p.name == name; });
        if (found == params.end()) {
            return false;
        }
        append_value(*found);
        i = close + 1;
    }
    return true;
}

/// The locale-free form of the values a record shows most (rates, amounts below a billion,
/// days) appended to `out`, in place; false, with `out` unchanged, for a value format_value()
/// writes itself.
bool append_locale_free(std::string& out, const core::Value& v) {
    using core::ValueKind;
    switch (v.kind) {
    case ValueKind::Fraction:
        if (v.number == 0.0) {
            out += "0%";
            return true;
        }
        core::append_grouped(out, v.number * 100.0, percent_decimals(v.number));
        out += '%';
        return true;
    case ValueKind::Amount: {
        const auto asset = core::find_asset(v.text);
        if (!asset || std::fabs(v.number) >= 1e9) {
            return false;
        }
        core::append_grouped(out, v.number, asset->display_decimals);
        out += ' ';
        out += asset->code;
        return true;
    }
    case ValueKind::Days:
        core::append_grouped(out, v.number, 0);
        return true;
    default:
        return false;
    }
}

std::string value_text(const core::Value& v, TextStyle style);

/// One value as shown, appended to `out`: the locale-free forms in place, the rest through
/// value_text().
void append_value(std::string& out, const core::Value& v, TextStyle style) {
    if (style == TextStyle::LocaleFree && append_locale_free(out, v)) {
        return;
    }
    out += value_text(v, style);
}

/// `pattern` with the named values appended to `out`: substitute() where it can, writing each
/// value in place, else fmt::vformat. \throws fmt::format_error for a pattern fmt refuses,
/// with `out` as it was.
void append_named(std::string& out, const char* pattern, const std::vector<core::Value>& params,
                  TextStyle style) {
    const std::size_t start = out.size();
    const auto in_place = [&](const core::Value& p) { append_value(out, p, style); };
    if (substitute(pattern, params, out, in_place)) {
        return;
    }
    out.resize(start);
    std::vector<std::string> shown;
    shown.reserve(params.size()); // fmt::arg refers to each: no reallocation
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& p : params) {
        shown.push_back(format_value(p, style));
        store.push_back(fmt::arg(p.name.c_str(), shown.back()));
    }
    out += fmt::vformat(pattern, store);
}

/// The message `e` with `params` appended to `out`: its translation (Localized), else its
/// English source; nothing when fmt refuses both.
void append_with(std::string& out, const Entry& e, const std::vector<core::Value>& params,
                 TextStyle style) {
    unsigned long n = 1;
    const char* source = source_for(e, params, n);
    if (style == TextStyle::Localized) {
        try {
            const std::string pattern =
                e.plural == nullptr ? i18n::tr(e.text) : i18n::trn(e.text, e.plural, n);
            append_named(out, pattern.c_str(), params, style);
            return;
        } catch (const fmt::format_error&) {
            // A translation with a wrong placeholder: fall back to the English source.
        }
    }
    try {
        append_named(out, source, params, style);
    } catch (const fmt::format_error&) {
        // Nothing written: the caller shows the message id.
    }
}

} // namespace

const char* disclosure_source_text(std::string_view message_id) {
    const Entry* e = find_entry(message_id);
    return e == nullptr ? nullptr : e->text;
}

namespace {

/// A value as format_value() shows it, for every value but the locale-free forms
/// append_locale_free() writes (only append_value() calls it).
std::string value_text(const core::Value& v, TextStyle style) {
    using core::ValueKind;
    const bool local = style == TextStyle::Localized;
    const auto num = [&](double x, int decimals) {
        return local ? number(x, decimals) : core::format_grouped(x, decimals);
    };
    const auto translated = [&](const char* source) {
        return local ? i18n::tr(source) : std::string(source);
    };
    switch (v.kind) {
    case ValueKind::Fraction: // locale-free: append_locale_free
        return percent(v.number, v.number == 0.0 ? 0 : percent_decimals(v.number));
    case ValueKind::Amount: {
        const auto asset = core::find_asset(v.text);
        if (!asset) {
            return num(v.number, 2) + (v.text.empty() ? "" : " " + v.text);
        }
        const double mag = std::fabs(v.number);
        if (mag >= 1e15) {
            const double exponent = std::log10(mag);
            return local ? large_amount(std::nullopt, exponent, *asset)
                         : fmt::format("about 10^{:.0f} {}", std::floor(exponent), asset->code);
        }
        // TRANSLATORS: {0} a number such as 27.4, {1} a currency code: "27.4 trillion USD".
        const char* trillion = i18n::tr_noop("{0} trillion {1}");
        // TRANSLATORS: {0} a number such as 4.5, {1} a currency code: "4.5 billion USD".
        const char* billion = i18n::tr_noop("{0} billion {1}");
        if (mag >= 1e12) {
            return fmt::format(fmt::runtime(translated(trillion)), num(v.number / 1e12, 1),
                               asset->code);
        }
        if (mag >= 1e9) {
            return fmt::format(fmt::runtime(translated(billion)), num(v.number / 1e9, 1),
                               asset->code);
        }
        return money(v.number, *asset); // locale-free: append_locale_free
    }
    case ValueKind::Log10: {
        if (v.text.empty()) {
            // A factor in words a learner reads: "794 quadrillion" rather than 10^17.9.
            return local ? large_number(v.number) : fmt::format("10^{:.1f}", v.number);
        }
        if (!local) {
            return fmt::format("about 10^{:.0f} {}", std::floor(v.number), v.text);
        }
        // An amount too large to write out, as number_format's large_amount writes it.
        if (const auto asset = core::find_asset(v.text)) {
            return large_amount(std::nullopt, v.number, *asset);
        }
        return fmt::format(fmt::runtime(i18n::tr("about {0} {1}")), large_number(v.number), v.text);
    }
    case ValueKind::Multiple: {
        // TRANSLATORS: {0} is a ratio, e.g. "12.5 times".
        const char* times = i18n::tr_noop("{0} times");
        return fmt::format(fmt::runtime(translated(times)), num(v.number, 1));
    }
    case ValueKind::Years:
        return num(v.number, v.number == std::floor(v.number) ? 0 : 1);
    case ValueKind::Days: // locale-free: append_locale_free
        return number(v.number, 0);
    case ValueKind::Year:
        return editable_number(v.number, 0); // no grouping, the language's digits
    case ValueKind::Text:                    // names from data files, which may be the user's
        return visible_text(translated(v.text.c_str()));
    }
    return {};
}

} // namespace

std::string format_value(const core::Value& v, TextStyle style) {
    std::string out;
    append_value(out, v, style);
    return out;
}

void append_message(std::string& out, const core::Message& m, TextStyle style) {
    const Entry* e = find_entry(m.id.view());
    const std::size_t start = out.size();
    if (e != nullptr) {
        append_with(out, *e, m.params, style);
    }
    if (out.size() == start) {
        out += m.id.view();
    }
}

std::string render_message(const core::Message& m, TextStyle style) {
    std::string out;
    append_message(out, m, style);
    return out;
}

DisclosureText render(const core::Disclosure& d, TextStyle style) {
    return {std::string(d.id.view()), d.severity, render_message(d.headline, style),
            render_message(d.detail, style)};
}

std::vector<DisclosureText> render(const std::vector<core::Disclosure>& list) {
    std::vector<DisclosureText> out;
    out.reserve(list.size());
    for (const auto& d : list) {
        out.push_back(render(d));
    }
    return out;
}

std::string severity_label(core::Severity s) {
    switch (s) {
    case core::Severity::Info:
        return i18n::tr("Info");
    case core::Severity::Caution:
        return i18n::tr("Caution");
    case core::Severity::Warning:
        return i18n::tr("Warning");
    }
    return {};
}

std::string verdict_headline(const core::Verdict& v, TextStyle style) {
    return render_message(v.headline, style);
}

nlohmann::ordered_json verdict_json(const core::Verdict& v) {
    return {{"id", std::string(core::verdict_id(v.id))},
            {"level", v.level},
            {"headline", verdict_headline(v, TextStyle::LocaleFree)}};
}

nlohmann::ordered_json disclosures_json(const std::vector<core::Disclosure>& list) {
    auto arr = nlohmann::ordered_json::array();
    for (const auto& d : list) {
        const DisclosureText t = render(d, TextStyle::LocaleFree);
        nlohmann::ordered_json values = nlohmann::ordered_json::object();
        for (const auto& v : d.values) {
            if (v.kind != core::ValueKind::Text) {
                values[std::string(v.name.view())] = v.number;
            }
        }
        arr.push_back({{"id", d.id.view()},
                       {"severity", std::string(core::severity_id(d.severity))},
                       {"headline", t.headline},
                       {"detail", t.detail},
                       {"values", values}});
    }
    return arr;
}

} // namespace candor::present
