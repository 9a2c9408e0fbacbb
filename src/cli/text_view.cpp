#include "text_view.hpp"

#include "i18n/tr.hpp"
#include "present/benchmark_text.hpp"
#include "present/display_width.hpp"
#include "present/key_figures.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "present/ponzi_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace candor::cli {

using i18n::tr;
namespace pf = present;

void print_wrapped(const std::string& lead, const std::string& text, std::size_t indent,
                   std::size_t width, std::ostream& out);

namespace {

/// Width of the label column: 32, or more when a translation's labels are longer.
std::size_t g_label_width = 32;

void row(std::ostream& out, const std::string& label, const std::string& left,
         const std::string& right) {
    out << "  " << pf::pad_to_width(label, g_label_width)
        << (right.empty() ? left : pf::pad_to_width(left, 22) + right) << '\n';
}

void row(std::ostream& out, const pf::KeyFigure& f) {
    row(out, f.label, f.value, f.benchmark.value_or(""));
}

using Id = pf::KeyFigureId;

/// The figures of the text view, by section.
const std::vector<Id> compared = {Id::Payout,     Id::Gain,          Id::ReturnOverTerm,
                                  Id::SimpleRate, Id::EffectiveRate, Id::ContinuousRate};
const std::vector<Id> after_inflation = {Id::RealPayout, Id::RealRate};
const std::vector<Id> after_fees = {Id::NetPayout, Id::NetRate, Id::NetRealRate};
const std::vector<Id> break_even = {Id::BreakEven, Id::AnnualHazard, Id::Survival};

void set_label_width(const core::Analysis& a) {
    g_label_width = 32;
    for (const auto* ids : {&compared, &after_inflation, &after_fees, &break_even}) {
        for (const Id id : *ids) {
            g_label_width =
                std::max(g_label_width, pf::display_width(pf::key_figure_label(id)) + 2);
        }
    }
    for (const auto& f : pf::rollover_figures(a)) {
        g_label_width = std::max(g_label_width, pf::display_width(f.label) + 2);
    }
}

void print_heading(const core::Analysis& a, const std::optional<core::PlausiblePayout>& plausible,
                   std::ostream& out) {
    const auto& o = a.offer;
    const auto days = static_cast<unsigned long>(a.term_days);
    out << pf::offer_name(o.name) << '\n';
    // TRANSLATORS: {0} principal, {1} held asset, {2} number of days, {3} day-count
    // convention (ACT/365F, ...).
    out << fmt::format(fmt::runtime(i18n::trn("{0} held in {1} for {2} day ({3})",
                                              "{0} held in {1} for {2} days ({3})", days)),
                       pf::money(o.principal), o.held.code,
                       pf::number(static_cast<double>(days), 0), core::day_count_name(o.day_count))
        << '\n';
    out << pf::benchmark_line(a) << '\n' << pf::inflation_line(a) << '\n';
    if (const std::string unchecked = pf::unexplained_mix_line(a, plausible); !unchecked.empty()) {
        print_wrapped("", unchecked, 0, 94, out);
    }
    out << '\n';
}

void print_break_even(const core::Analysis& a, std::ostream& out) {
    out << tr("Break-even risk:") << '\n';
    if (!a.break_even) {
        out << "  "
            << tr("The advertised payout does not exceed the benchmark: no failure risk is "
                  "needed to explain it.")
            << '\n';
        return;
    }
    const auto days = static_cast<unsigned long>(a.term_days);
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
            pf::percent(a.break_even->default_probability),
            pf::number(static_cast<double>(days), 0), pf::percent(a.assumptions.recovery, 0)),
        2, 94, out);
    for (const auto& f : pf::key_figures(a, break_even)) {
        row(out, f);
    }
}

} // namespace

void print_analysis_text(const core::Analysis& a, std::ostream& out,
                         const std::optional<core::PlausiblePayout>& plausible) {
    set_label_width(a);
    print_heading(a, plausible, out);
    // TRANSLATORS: column heading; {0} is the benchmark's annual rate, e.g. 4.21%.
    const std::string benchmark_heading =
        fmt::format(fmt::runtime(tr("Benchmark at {0}")), pf::percent(a.benchmark_rate));
    // TRANSLATORS: column heading: the figures as the offer advertises them.
    row(out, "", tr("Advertised"), benchmark_heading);
    for (const auto& f : pf::key_figures(a, compared)) {
        row(out, f);
    }
    out << '\n';
    // TRANSLATORS: {0} is the inflation rate, e.g. 2.74%.
    out << fmt::format(fmt::runtime(tr("After inflation of {0} a year:")),
                       pf::percent(a.assumptions.annual_inflation))
        << '\n';
    for (const auto& f : pf::key_figures(a, after_inflation)) {
        row(out, f.label, f.value, "");
    }
    out << tr("After fees and tax:") << '\n';
    for (const auto& f : pf::key_figures(a, after_fees)) {
        row(out, f);
    }
    out << '\n';
    print_break_even(a, out);
    out << '\n';
    out << tr("If each term's return were rolled over:") << '\n';
    for (const auto& f : pf::rollover_figures(a)) {
        row(out, f.label, f.value, "(" + f.note + ")");
    }
}

/// `lead` then `text`, wrapped at `width` display columns (present::display_width); lines
/// after the first indented by `indent` spaces; each line ended.
void print_wrapped(const std::string& lead, const std::string& text, std::size_t indent,
                   std::size_t width, std::ostream& out) {
    const std::size_t lead_cols = pf::display_width(lead);
    const auto lines = pf::wrap_to_width(text, width > lead_cols ? width - lead_cols : 1,
                                         width > indent ? width - indent : 1);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out << (i == 0 ? lead : std::string(indent, ' ')) << lines[i] << '\n';
    }
}

void print_verdict_text(const core::Verdict& v, std::ostream& out) {
    // TRANSLATORS: {0} the overall verdict, a sentence; the first line of the analysis.
    print_wrapped("", fmt::format(fmt::runtime(tr("Verdict: {0}")), present::verdict_headline(v)),
                  2, 94, out);
}

void print_ponzi_text(const core::PonziReading& reading, std::ostream& out) {
    // TRANSLATORS: heading of what the Ponzi model says about the offer.
    out << '\n' << tr("Paid from new deposits (Ponzi model)") << '\n';
    for (const std::string& line : pf::ponzi_reading_lines(reading)) {
        print_wrapped("  ", line, 2, 94, out);
    }
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
