#include "benchmark_text.hpp"

#include "digits.hpp"
#include "number_format.hpp"
#include "offer_label.hpp"

#include "i18n/tr.hpp"

#include <fmt/compile.h>
#include <fmt/format.h>

#include <cmath>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>

namespace candor::present {

using i18n::tr;
using i18n::trn;

namespace {

/// Appends each of `parts` to `out`.
void add(std::string& out, std::initializer_list<std::string_view> parts) {
    for (const std::string_view p : parts) {
        out += p;
    }
}

/// Appends "30 days 3.72% (1-month par yield ..., 2026-01-02)", English and locale-free.
void add_point(std::string& out, const core::RatePoint& p) {
    fmt::format_to(std::back_inserter(out), FMT_COMPILE("{} days {:.4g}% ({}, {})"), p.term_days,
                   p.rate * 100.0, p.what, p.as_of);
}

/// Appends the title, publisher and date of `s`, those it has.
void add_source(std::string& out, const core::Source& s) {
    out += s.title;
    for (const std::string* part : {&s.publisher, &s.date}) {
        if (!part->empty()) {
            add(out, {", ", *part});
        }
    }
}

std::string days_count(long days) {
    return number(static_cast<double>(days), 0);
}

} // namespace

void append_rate_source_text(std::string& out, const core::RateBasis& b) {
    using core::BasisKind;
    const core::RateFigures& f = b.figures();
    if (b.kind == BasisKind::Stated) {
        out += "stated by the user";
        return;
    }
    // Appended part by part: a bulk record writes two of these.
    out.reserve(out.size() + 320);
    if (!f.inflation_index.empty()) {
        if (b.kind == BasisKind::NoData) {
            add(out, {"no inflation data for ", b.currency, "; US ", f.inflation_index, ", ",
                      f.as_of, " used instead"});
        } else {
            add(out, {b.currency, " inflation: ", f.inflation_index, ", ", f.as_of});
        }
    } else if (b.kind == BasisKind::CoinNative) {
        if (f.series.empty()) {
            add(out, {"no native yield known for ", b.currency, ": 0% used"});
        } else {
            add(out, {b.currency, " native yield: ", f.series});
        }
        add(out, {"; paid in ", b.currency, " itself, its price risk is shown separately"});
    } else {
        if (b.kind == BasisKind::NoData) {
            add(out,
                {"no safe-rate data for ", b.currency, "; the US dollar rate is used instead: "});
        }
        fmt::format_to(std::back_inserter(out), FMT_COMPILE("{}, {} days: "), f.series,
                       b.term_days);
        if (f.points.size() == 2) {
            out += "interpolated between ";
            add_point(out, f.points[0]);
            out += " and ";
            add_point(out, f.points[1]);
        } else if (!f.points.empty()) {
            add_point(out, f.points[0]);
        }
        if (b.kind == BasisKind::BeyondCurve) {
            out += "; the term lies beyond the longest maturity published, whose rate is used";
        }
    }
    if (!f.source.title.empty()) {
        out += ". Source: ";
        add_source(out, f.source);
    }
    if (!f.check.empty()) {
        add(out, {" (", f.check, ")"});
    }
}

std::string rate_source_text(const core::RateBasis& b) {
    std::string out;
    append_rate_source_text(out, b);
    return out;
}

std::string benchmark_line(const core::Analysis& a) {
    using core::BasisKind;
    const core::RateBasis& b = a.assumptions.benchmark_basis;
    const core::RateFigures& f = b.figures();
    const std::string rate = percent(a.benchmark_rate);
    const auto days = static_cast<unsigned long>(std::max(0L, b.term_days));
    switch (b.kind) {
    case BasisKind::Stated:
        // TRANSLATORS: {0} an annual rate the user typed.
        return fmt::format(fmt::runtime(tr("Benchmark: {0} a year, as stated.")), rate);
    case BasisKind::Curve:
        // TRANSLATORS: {0} an annual rate, {1} a currency code, {2} a number of days, {3} the
        // name of the series (e.g. US Treasury), {4} the date of its nearest figure.
        return fmt::format(fmt::runtime(trn("Benchmark: {0} a year, the safe rate in {1} for {2} "
                                            "day ({3}, {4}).",
                                            "Benchmark: {0} a year, the safe rate in {1} for {2} "
                                            "days ({3}, {4}).",
                                            days)),
                           rate, b.currency, days_count(b.term_days), data_label(f.series),
                           with_locale_digits(f.as_of));
    case BasisKind::BeyondCurve: {
        const long longest = f.points.empty() ? 0 : f.points.back().term_days;
        // TRANSLATORS: {0} an annual rate, {1} a currency code, {2} the longest maturity
        // published in days, {3} the series, {4} its date.
        return fmt::format(
            fmt::runtime(trn("Benchmark: {0} a year, the safe rate in {1} at its longest "
                             "published maturity, {2} day ({3}, {4}); the offer's term is longer.",
                             "Benchmark: {0} a year, the safe rate in {1} at its longest "
                             "published maturity, {2} days ({3}, {4}); the offer's term is "
                             "longer.",
                             static_cast<unsigned long>(std::max(0L, longest)))),
            rate, b.currency, days_count(longest), data_label(f.series),
            with_locale_digits(f.as_of));
    }
    case BasisKind::NoData:
        // TRANSLATORS: {0} an annual rate, {1} the offer's currency code, {2} a number of days.
        return fmt::format(fmt::runtime(trn("Benchmark: {0} a year. Candor has no safe-rate data "
                                            "for {1}: the US dollar rate for {2} day is used "
                                            "instead.",
                                            "Benchmark: {0} a year. Candor has no safe-rate data "
                                            "for {1}: the US dollar rate for {2} days is used "
                                            "instead.",
                                            days)),
                           rate, b.currency, days_count(b.term_days));
    case BasisKind::CoinNative:
        // TRANSLATORS: {0} an annual rate (may be 0%), {1} a coin such as BTC or ETH.
        return fmt::format(
            fmt::runtime(tr("Benchmark: {0} a year, what {1} itself pays its holders (the payout "
                            "is in {1}; its price risk is shown separately).")),
            rate, b.currency);
    }
    return {};
}

std::string inflation_line(const core::Analysis& a) {
    using core::BasisKind;
    const core::RateBasis& b = a.assumptions.inflation_basis;
    const core::RateFigures& f = b.figures();
    const std::string rate = percent(a.assumptions.annual_inflation);
    if (b.kind == BasisKind::Stated) {
        // TRANSLATORS: {0} an annual inflation rate the user typed.
        return fmt::format(fmt::runtime(tr("Inflation: {0} a year, as stated.")), rate);
    }
    if (b.kind == BasisKind::NoData) {
        // TRANSLATORS: {0} an annual rate, {1} a currency code.
        return fmt::format(
            fmt::runtime(tr("Inflation: {0} a year. Candor has no inflation data for {1}: US "
                            "inflation is used instead.")),
            rate, b.currency);
    }
    // TRANSLATORS: {0} an annual rate, {1} a currency code, {2} the period of the figure.
    return fmt::format(fmt::runtime(tr("Inflation: {0} a year in {1} (12 months to {2}).")), rate,
                       b.currency, with_locale_digits(f.as_of));
}

std::string unexplained_mix_line(const core::Analysis& a,
                                 const std::optional<core::PlausiblePayout>& plausible) {
    using core::BasisKind;
    if (!plausible || plausible->unexplained.empty()) {
        return {};
    }
    const std::string ids = plausible->unexplained_ids();
    const double weight = plausible->unexplained_weight();
    const double pct = weight * 100.0;
    const std::string share = percent(weight, std::fabs(pct - std::round(pct)) < 1e-9 ? 0 : 1);
    const std::string rate = percent(plausible->unexplained_rate);
    const core::RateBasis& b = a.assumptions.benchmark_basis;
    const core::RateFigures& f = b.figures();
    if (b.kind == BasisKind::Stated || b.kind == BasisKind::CoinNative || f.series.empty()) {
        // TRANSLATORS: {0} a percentage of the claimed mix, {1} ids such as "mining, trading"
        // (left untranslated), {2} the benchmark's annual rate.
        return fmt::format(fmt::runtime(tr("Unchecked share: {0} of the claimed mix ({1}) has no "
                                           "public return series and is counted at the "
                                           "benchmark, {2} a year: what the money could earn "
                                           "safely.")),
                           share, ids, rate);
    }
    // TRANSLATORS: {0} a percentage of the claimed mix, {1} ids such as "mining, trading" (left
    // untranslated), {2} an annual rate, {3} a currency code, {4} the series the rate comes from
    // (e.g. US Treasury), {5} the date of its figure.
    return fmt::format(fmt::runtime(tr("Unchecked share: {0} of the claimed mix ({1}) has no "
                                       "public return series and is counted at the safe rate in "
                                       "{3}, {2} a year ({4}, {5}): what the money could earn "
                                       "safely.")),
                       share, ids, rate, b.currency, data_label(f.series),
                       with_locale_digits(f.as_of));
}

std::string scenario_label(const core::ScenarioOutcome& s) {
    if (!s.floored) {
        return data_label(s.name);
    }
    // TRANSLATORS: {0} a scenario preset's name; its failure hazard was raised to the break-even
    // level because the offer lies beyond the range the preset was drawn from.
    return fmt::format(fmt::runtime(tr("{0} (hazard raised to break-even)")), data_label(s.name));
}

} // namespace candor::present
