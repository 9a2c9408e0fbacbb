#include "text_view.hpp"

#include "i18n/tr.hpp"
#include "present/benchmark_text.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace candor::cli {

using i18n::tr;
namespace pf = present;

namespace {

/// Whether the UTF-8 sequence at s[i] is a zero-width directional mark (LRM, RLM, ALM,
/// embeddings, isolates), which ICU puts around Arabic numbers and take no column.
bool is_bidi_mark(const std::string& s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    if (i + 1 < s.size() && b(i) == 0xD8 && b(i + 1) == 0x9C) {
        return true; // U+061C ARABIC LETTER MARK
    }
    if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x80) {
        const unsigned c = b(i + 2);
        return c == 0x8E || c == 0x8F || (c >= 0xAA && c <= 0xAE); // U+200E/F, U+202A..E
    }
    if (i + 2 < s.size() && b(i) == 0xE2 && b(i + 1) == 0x81) {
        const unsigned c = b(i + 2);
        return c >= 0xA6 && c <= 0xA9; // U+2066..2069
    }
    return false;
}

/// Display columns of `s`: UTF-8 code points, not bytes, and not the zero-width directional
/// marks.
std::size_t columns(const std::string& s) {
    std::size_t cols = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0U) != 0x80U && !is_bidi_mark(s, i)) {
            ++cols;
        }
    }
    return cols;
}

/// Pads `s` to `width` display columns.
std::string pad(const std::string& s, std::size_t width) {
    const std::size_t cols = columns(s);
    return cols >= width ? s + " " : s + std::string(width - cols, ' ');
}

/// Width of the label column: 32, or more when a translation's labels are longer.
std::size_t g_label_width = 32;

void row(std::ostream& out, const std::string& label, const std::string& left,
         const std::string& right) {
    out << "  " << pad(label, g_label_width) << pad(left, 22) << right << '\n';
}

} // namespace

void print_wrapped(const std::string& lead, const std::string& text, std::size_t indent,
                   std::size_t width, std::ostream& out);

void print_analysis_text(const core::Analysis& a, std::ostream& out) {
    const auto& o = a.offer;
    const auto& cur = o.principal.asset();
    const std::string na = tr("n/a (too large)");
    const auto days = static_cast<unsigned long>(a.term_days);
    g_label_width = 32;
    for (const char* label :
         {"Payout at maturity", "Gain", "Return over the term", "Simple annual rate (APR)",
          "Effective annual rate (EAR)", "Continuous annual rate", "Real payout (today's money)",
          "Real effective annual rate", "Net payout", "Net effective annual rate",
          "Net real effective annual rate", "Break-even failure chance", "Implied annual hazard",
          "Implied chance to last a year"}) {
        g_label_width = std::max(g_label_width, columns(tr(label)) + 2);
    }
    out << pf::offer_name(o.name) << '\n';
    // TRANSLATORS: {0} principal, {1} held asset, {2} number of days, {3} day-count
    // convention (ACT/365F, ...).
    out << fmt::format(fmt::runtime(i18n::trn("{0} held in {1} for {2} day ({3})",
                                              "{0} held in {1} for {2} days ({3})", days)),
                       pf::money(o.principal), o.held.code,
                       pf::number(static_cast<double>(days), 0), core::day_count_name(o.day_count))
        << '\n';
    out << pf::benchmark_line(a) << '\n' << pf::inflation_line(a) << "\n\n";

    // TRANSLATORS: column heading; {0} is the benchmark's annual rate, e.g. 4.21%.
    const std::string benchmark_heading =
        fmt::format(fmt::runtime(tr("Benchmark at {0}")), pf::percent(a.benchmark_rate));
    // TRANSLATORS: column heading: the figures as the offer advertises them.
    row(out, "", tr("Advertised"), benchmark_heading);
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
        // TRANSLATORS: {0} probability, {1} number of days, {2} recovery share.
        print_wrapped(
            "  ",
            fmt::format(
                fmt::runtime(i18n::trn(
                    "The advertised payout is worth no more than the benchmark if the chance "
                    "of the platform failing within the {1} day is {0} or more (recovering {2} "
                    "of the principal).",
                    "The advertised payout is worth no more than the benchmark if the chance "
                    "of the platform failing within the {1} days is {0} or more (recovering {2} "
                    "of the principal).",
                    days)),
                pf::percent(b.default_probability), pf::number(static_cast<double>(days), 0),
                pf::percent(a.assumptions.recovery, 0)),
            2, 94, out);
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
            // TRANSLATORS: {0} is a whole number of years.
            row(out,
                fmt::format(fmt::runtime(i18n::trn("after {0} year", "after {0} years",
                                                   static_cast<unsigned long>(p.years))),
                            pf::number(p.years, 0)),
                pf::large_amount(p.value, p.log10_value, cur),
                "(" + pf::power_of_ten(p.log10_value, 1) + ")");
        }
    }
}

/// `lead` then `text`, wrapped at `width` display columns (code points, bidi marks not
/// counted); lines after the first indented by `indent` spaces; each line ended.
void print_wrapped(const std::string& lead, const std::string& text, std::size_t indent,
                   std::size_t width, std::ostream& out) {
    std::string line = lead;
    bool has_word = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto space = text.find(' ', pos);
        if (space == std::string::npos) {
            space = text.size();
        }
        const std::string word = text.substr(pos, space - pos);
        if (has_word && columns(line) + 1 + columns(word) > width) {
            out << line << '\n';
            line.assign(indent, ' ');
            has_word = false;
        }
        line += (has_word ? " " : "") + word;
        has_word = true;
        pos = space + 1;
    }
    if (has_word) {
        out << line << '\n';
    }
}

void print_verdict_text(const core::Verdict& v, std::ostream& out) {
    // TRANSLATORS: {0} the overall verdict, a sentence; the first line of the analysis.
    print_wrapped("", fmt::format(fmt::runtime(tr("Verdict: {0}")), present::verdict_headline(v)),
                  2, 94, out);
}

void print_learning_notice(std::ostream& out) {
    // TRANSLATORS: the last line of the text analysis, as in the reports' footer.
    out << '\n' << tr("Candor is for learning; this is not financial advice.") << '\n';
}

void print_disclosures_text(const std::vector<present::DisclosureText>& list, std::ostream& out) {
    if (list.empty()) {
        return;
    }
    out << '\n' << tr("What the numbers imply:") << '\n';
    constexpr std::size_t indent = 6;
    constexpr std::size_t width = 94;
    for (const auto& d : list) {
        out << "  [" << present::severity_label(d.severity) << "] " << d.headline << '\n';
        // The detail wrapped at about 94 columns, indented under the headline.
        print_wrapped(std::string(indent, ' '), d.detail, indent, width, out);
    }
}

} // namespace candor::cli
