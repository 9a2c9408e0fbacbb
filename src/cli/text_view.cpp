#include "text_view.hpp"

#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace candor::cli {

using i18n::tr;
namespace pf = present;

namespace {

/// Pads `s` to `width` display columns (counting UTF-8 code points, not bytes).
std::string pad(const std::string& s, std::size_t width) {
    std::size_t cols = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0U) != 0x80U) {
            ++cols;
        }
    }
    return cols >= width ? s + " " : s + std::string(width - cols, ' ');
}

void row(std::ostream& out, const std::string& label, const std::string& left,
         const std::string& right) {
    out << "  " << pad(label, 32) << pad(left, 22) << right << '\n';
}

} // namespace

void print_analysis_text(const core::Analysis& a, std::ostream& out) {
    const auto& o = a.offer;
    const auto& cur = o.principal.asset();
    const std::string na = tr("n/a (too large)");
    out << o.name << '\n';
    // TRANSLATORS: {0} principal, {1} held asset, {2} number of days, {3} day-count name.
    out << fmt::format(fmt::runtime(tr("{0} held in {1} for {2} days ({3})")),
                       pf::money(o.principal), o.held.code, a.term_days,
                       core::day_count_name(o.day_count))
        << "\n\n";

    row(out, "", tr("Advertised"),
        fmt::format(fmt::runtime(tr("Benchmark at {0}")), pf::percent(a.benchmark_rate)));
    row(out, tr("Payout at maturity"), pf::money(a.advertised_payout),
        pf::money(a.benchmark_payout));
    row(out, tr("Gain"), pf::money(a.advertised_payout.to_major() - o.principal.to_major(), cur),
        pf::money(a.benchmark_payout.to_major() - o.principal.to_major(), cur));
    row(out, tr("Return over the term"), pf::percent(a.nominal.holding_period_return),
        pf::percent(a.benchmark.holding_period_return));
    row(out, tr("Simple annual rate (APR)"), pf::percent(a.nominal.simple_annual_rate),
        pf::percent(a.benchmark.simple_annual_rate));
    row(out, tr("Effective annual rate (EAR)"), pf::percent(a.nominal.effective_annual_rate, na),
        pf::percent(a.benchmark.effective_annual_rate, na));
    row(out, tr("Continuous annual rate"), pf::percent(a.nominal.continuous_annual_rate),
        pf::percent(a.benchmark.continuous_annual_rate));
    out << '\n';

    // TRANSLATORS: {0} is the inflation rate, e.g. 2.74%.
    out << fmt::format(fmt::runtime(tr("After inflation of {0} a year:")),
                       pf::percent(a.assumptions.annual_inflation))
        << '\n';
    row(out, tr("Real payout (today's money)"), pf::money(a.real_payout, cur), "");
    row(out, tr("Real effective annual rate"), pf::percent(a.real_effective_annual_rate, na), "");
    out << tr("After fees and tax:") << '\n';
    if (a.net) {
        row(out, tr("Net payout"), pf::money(a.net->payout, cur), "");
        row(out, tr("Net effective annual rate"), pf::percent(a.net->effective_annual_rate, na),
            "");
        row(out, tr("Net real effective annual rate"),
            pf::percent(a.net_real_effective_annual_rate, na), "");
    } else {
        out << "  " << tr("Fees and tax take the whole payout.") << '\n';
    }
    out << '\n';

    out << tr("Break-even risk:") << '\n';
    if (a.break_even) {
        const auto& b = *a.break_even;
        // TRANSLATORS: {0} probability, {1} days, {2} recovery share.
        out << "  "
            << fmt::format(
                   fmt::runtime(tr("The advertised payout is worth no more than the benchmark if "
                                   "the chance of the platform failing within the {1} days is "
                                   "{0} (recovering {2} of the principal).")),
                   pf::percent(b.default_probability), a.term_days,
                   pf::percent(a.assumptions.recovery, 0))
            << '\n';
        row(out, tr("Break-even failure chance"), pf::percent(b.default_probability), "");
        row(out, tr("Implied annual hazard"), pf::percent(b.annual_hazard), "");
        row(out, tr("Implied chance to last a year"), pf::percent(b.one_year_survival), "");
    } else {
        out << "  "
            << tr("The advertised payout does not exceed the benchmark: no failure risk is "
                  "needed to explain it.")
            << '\n';
    }
    out << '\n';

    out << tr("If each term's return were rolled over:") << '\n';
    for (const auto& p : a.rollover) {
        if (p.years == 1 || p.years == 2 || p.years == 5 || p.years == 10) {
            row(out,
                fmt::format(fmt::runtime(i18n::trn("after {0} year", "after {0} years",
                                                   static_cast<unsigned long>(p.years))),
                            p.years),
                pf::large_amount(p.value, p.log10_value, cur),
                fmt::format("(10^{:.1f})", p.log10_value));
        }
    }
}

} // namespace candor::cli
