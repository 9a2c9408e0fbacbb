#include "help_pages.hpp"

#include "core/market_data.hpp"
#include "core/safe_rates.hpp"
#include "core/scenario.hpp"
#include "core/scenario_data.hpp"
#include "core/unexplained_sources.hpp"
#include "i18n/tr.hpp"
#include "method_text.hpp"
#include "number_format.hpp"
#include "text_match.hpp"

#include <fmt/format.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>

namespace candor::present {

namespace {

using i18n::tr;

struct TermText {
    const char* id;
    const char* term;
    const char* definition;
    const char* see_also; ///< ids of related terms, separated by spaces
};

// The glossary's source texts; translated when the page is made.
constexpr TermText term_texts[] = {
    {"hpr", i18n::tr_noop("Holding-period return"),
     i18n::tr_noop("What an offer pays over its whole term, as a share of what you pay in: "
                   "payout divided by principal, minus 1."),
     "apr ear"},
    {"apr", i18n::tr_noop("Simple annual rate (APR)"),
     i18n::tr_noop("The holding-period return divided by the term in years, with no "
                   "compounding. 27% in 20 days is an APR of 493%."),
     "hpr ear rates"},
    {"ear", i18n::tr_noop("Effective annual rate (EAR)"),
     i18n::tr_noop("What a year would pay if the same return were earned term after term: "
                   "(1 + return)^(1/years) - 1. The fairest way to compare offers of "
                   "different lengths."),
     "apr rates"},
    {"rates", i18n::tr_noop("Simple, effective and continuous rates"),
     i18n::tr_noop("Three ways of writing one growth: simple grows in a straight line, "
                   "effective is compounded once a year, continuous is compounded at every "
                   "instant (ln(growth) / years). One offer gives three different numbers."),
     "apr ear"},
    {"day_count", i18n::tr_noop("Day count"),
     i18n::tr_noop("The rule that turns days into a fraction of a year: ACT/365F divides "
                   "the days by 365, ACT/360 by 360. It changes every annual rate a little."),
     "apr"},
    {"benchmark", i18n::tr_noop("Benchmark"),
     i18n::tr_noop("What a safe alternative pays over the same term: the safe rate of the "
                   "offer's currency for its length, from government bills and the central "
                   "bank, unless you type your own."),
     "break_even real_return"},
    {"real_return", i18n::tr_noop("Real return"),
     i18n::tr_noop("The return after inflation: what the money will buy, not how many "
                   "units it counts. (1 + rate) / (1 + inflation) - 1."),
     "benchmark"},
    {"hazard", i18n::tr_noop("Hazard"),
     i18n::tr_noop("How likely a platform is to go under, as a constant intensity per "
                   "year: with hazard h the chance of still standing after t years is "
                   "e^(-h t)."),
     "scenario chance_of_loss"},
    {"recovery", i18n::tr_noop("Recovery"),
     i18n::tr_noop("The share of your money paid back after a platform collapses, often "
                   "years later and often little."),
     "scenario hazard"},
    {"scenario", i18n::tr_noop("Scenario"),
     i18n::tr_noop("A set of figures for what happens if the platform collapses: its "
                   "hazard, the recovery and how long the recovery takes, drawn from "
                   "real collapses."),
     "hazard recovery chance_of_loss"},
    {"chance_of_loss", i18n::tr_noop("Chance of loss"),
     i18n::tr_noop("Under the scenario, the probability that you get back less than you "
                   "paid in."),
     "scenario"},
    {"break_even", i18n::tr_noop("Break-even chance of failure"),
     i18n::tr_noop("The chance of failure at which the offer is worth no more than the "
                   "benchmark. If the real risk is this or more, the high payout does not "
                   "make up for it."),
     "benchmark hazard"},
    {"insured", i18n::tr_noop("Insured deposit"),
     i18n::tr_noop("Money at a bank covered by a public scheme such as the FDIC, up to a "
                   "limit. A platform saying that it is insured is not the same thing."),
     "benchmark"},
    {"ponzi", i18n::tr_noop("Ponzi dynamics"),
     i18n::tr_noop("Paying earlier investors with the money of newer ones instead of "
                   "earnings. It lasts only while new money grows fast enough, and then "
                   "it stops."),
     "no_series"},
    {"plausible", i18n::tr_noop("Plausible payout"),
     i18n::tr_noop("What the assets a platform names have paid on average over the long "
                   "run, over the same term: the most an honest fund of them could be "
                   "expected to pay."),
     "no_series benchmark"},
    {"no_series", i18n::tr_noop("No public return series"),
     i18n::tr_noop("Mining, trading, arbitrage, AI trading, staking and liquidity mining "
                   "have no public record of what they earn, so a yield said to come from "
                   "them cannot be checked."),
     "plausible ponzi"},
};

std::string paragraph(const std::string& text) {
    return "<p>" + html_escape(text) + "</p>\n";
}

std::string heading(int level, const std::string& text) {
    return fmt::format("<h{0}>{1}</h{0}>\n", level, html_escape(text));
}

std::string link(const std::string& href, const std::string& text) {
    return "<a href=\"" + html_escape(href) + "\">" + html_escape(text) + "</a>";
}

std::string source_text(const core::Source& s) {
    // TRANSLATORS: a data figure's source: {0} the publisher, {1} the date it was published
    // or read (YYYY-MM).
    return fmt::format(fmt::runtime(tr("{0}, {1}")), s.publisher, s.date);
}

std::string rates_section() {
    std::string out = heading(2, tr("Rates from a payout"));
    out += paragraph(method_introduction());
    out += "<ul>\n";
    for (const std::string& line : method_formula_lines(true, FormulaRun::unbroken)) {
        out += "<li>" + html_escape(line) + "</li>\n";
    }
    out += "</ul>\n";
    return out;
}

std::string benchmark_section() {
    std::string out = heading(2, tr("Benchmark and inflation"));
    out += paragraph(tr("An empty Benchmark field means the safe rate of the offer's currency "
                        "at its term, read between the published points below; an empty "
                        "Inflation field means that currency's latest 12-month inflation. A "
                        "figure you type replaces them."));
    out += "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n<tr><th>" +
           html_escape(tr("Currency")) + "</th><th>" + html_escape(tr("Benchmark")) + "</th><th>" +
           html_escape(tr("Inflation")) + "</th><th>" + html_escape(tr("Source and date")) +
           "</th></tr>\n";
    for (const core::SafeRateCurve& c : core::SafeRates::builtin().curves()) {
        if (c.points.empty()) {
            continue;
        }
        const core::RatePoint& p = c.points.front();
        out += "<tr><td>" + html_escape(c.currency) + "</td><td>" + html_escape(tr(c.name)) +
               "</td><td>" + html_escape(percent(c.inflation.value)) + " (" +
               html_escape(c.inflation.as_of) + ")</td><td>" + html_escape(source_text(p.source)) +
               "</td></tr>\n";
    }
    out += "</table>\n";
    return out;
}

std::string plausible_section() {
    std::string out = heading(2, tr("Plausible payout"));
    out += paragraph(tr("The claimed mix earns each asset class's long-run average return "
                        "(geometric mean) over the offer's term; the optimistic figure uses "
                        "each class's best year on record."));
    out += "<ul>\n";
    for (const core::AssetClass& a : core::MarketData::builtin().asset_classes()) {
        if (!a.is_return()) {
            continue;
        }
        // TRANSLATORS: {0} an asset class, {1} its long-run average return a year, {2} the
        // years it was measured over, {3} its source and date.
        out +=
            "<li>" +
            html_escape(fmt::format(fmt::runtime(tr("{0}: {1} a year over {2} ({3})")), tr(a.name),
                                    percent(a.geometric_mean), a.period, source_text(a.source))) +
            "</li>\n";
    }
    out += "</ul>\n";
    out += paragraph(tr("Sources with no public return series cannot be checked:"));
    out += "<ul>\n";
    for (const core::UnexplainedSource& s : core::UnexplainedSources::builtin().sources()) {
        out += "<li>" + html_escape(tr(s.name) + " (" + s.id + "): " + source_text(s.source)) +
               "</li>\n";
    }
    out += "</ul>\n";
    return out;
}

std::string scenario_section() {
    std::string out = heading(2, tr("Scenarios and the chance of loss"));
    out += paragraph(tr("A scenario gives the platform a hazard, a recovery and a delay. The "
                        "expected payout and the chance of loss follow from them; beyond the "
                        "figures a preset was drawn from, its hazard is raised to break-even."));
    out += "<ul>\n";
    for (const auto& p : core::ScenarioPresets::builtin().presets()) {
        // TRANSLATORS: {0} a scenario's name, {1} its chance of failing within a year, {2} its
        // recovery, {3} its first source and date.
        out +=
            "<li>" +
            html_escape(fmt::format(
                fmt::runtime(tr("{0}: failure within a year {1}, recovery {2} ({3})")), tr(p.name),
                percent(core::annual_probability_from_hazard(p.hazard)), percent(p.recovery),
                p.sources.empty() ? std::string() : source_text(p.sources.front()))) +
            "</li>\n";
    }
    out += "</ul>\n";
    return out;
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::vector<GlossaryEntry> glossary() {
    std::vector<GlossaryEntry> out;
    for (const TermText& t : term_texts) {
        GlossaryEntry e{t.id, tr(t.term), tr(t.definition), {}};
        std::string_view rest = t.see_also;
        while (!rest.empty()) {
            const auto space = std::min(rest.find(' '), rest.size());
            e.see_also.emplace_back(rest.substr(0, space));
            rest.remove_prefix(std::min(space + 1, rest.size()));
        }
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const GlossaryEntry& a, const GlossaryEntry& b) {
        return folded_less(a.term, b.term);
    });
    return out;
}

bool glossary_matches(const GlossaryEntry& entry, std::string_view filter) {
    return contains_folded(entry.term, filter) || contains_folded(entry.definition, filter);
}

std::string glossary_html(std::string_view filter) {
    const std::vector<GlossaryEntry> all = glossary();
    std::string out = "<html><body>\n" + heading(1, tr("Glossary"));
    std::size_t shown = 0;
    for (const GlossaryEntry& e : all) {
        if (!glossary_matches(e, filter)) {
            continue;
        }
        ++shown;
        out += "<a name=\"" + e.id + "\"></a>" + heading(3, e.term) + paragraph(e.definition);
        std::string see;
        for (const std::string& id : e.see_also) {
            const auto it = std::find_if(all.begin(), all.end(),
                                         [&](const GlossaryEntry& o) { return o.id == id; });
            if (it != all.end()) {
                see += (see.empty() ? "" : ", ") + link("#" + id, it->term);
            }
        }
        if (!see.empty()) {
            out += "<p><i>" + html_escape(tr("See also:")) + "</i> " + see + "</p>\n";
        }
    }
    if (shown == 0) {
        out += paragraph(
            fmt::format(fmt::runtime(tr("No term matches \"{0}\".")), std::string(filter)));
    }
    return out + "</body></html>\n";
}

std::string start_page_html() {
    std::string out = "<html><body>\n" + heading(1, tr("Getting started"));
    out += paragraph(tr("Candor reads a fixed-term yield offer honestly: it sets the payout "
                        "advertised beside what safe savings and the claimed assets pay, shows "
                        "the risk the gap implies and says what the numbers mean. It is for "
                        "learning, not financial advice."));
    out += heading(2, tr("Read an offer in three steps"));
    out += "<ol>\n<li>" +
           html_escape(tr("Type what you pay in, for how long and what the offer promises "
                          "back.")) +
           "</li>\n<li>" +
           html_escape(tr("Add what the platform says its yield comes from, and tick the claims "
                          "it makes.")) +
           "</li>\n<li>" +
           html_escape(tr("Read the verdict, then the cards: advertised, plausible, the gap and "
                          "what to expect if the platform fails.")) +
           "</li>\n</ol>\n";
    out += "<p>" + link("candor:example", tr("Open the example")) + " &nbsp; " +
           link("candor:new", tr("Enter an offer")) + " &nbsp; " +
           link("candor:open", tr("Open a file")) + "</p>\n";
    out += "<p>" + link("candor:methodology", tr("How each figure is computed")) + " &nbsp; " +
           link("candor:glossary", tr("Glossary")) + "</p>\n";
    return out + "</body></html>\n";
}

std::string methodology_html() {
    std::string out = "<html><body>\n" + heading(1, tr("Methodology"));
    out += paragraph(tr("Every figure comes from the same computation in the window, the "
                        "command-line tool and the printed report. The data are built in, each "
                        "figure with its source and date."));
    out += rates_section() + benchmark_section() + plausible_section() + scenario_section();
    out += "<p>" + link("candor:glossary", tr("Glossary")) + "</p>\n";
    return out + "</body></html>\n";
}

} // namespace candor::present
