#include "report_builder.hpp"

#include "core/day_count.hpp"
#include "core/rate.hpp"
#include "i18n/tr.hpp"
#include "present/benchmark_text.hpp"
#include "present/claim_text.hpp"
#include "present/disclosure_text.hpp"
#include "present/ladder_text.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "present/visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <set>
#include <string>
#include <vector>

namespace candor::render {

using i18n::tr;
namespace pf = present;

namespace {

std::string today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

const core::Asset& cur(const core::OfferResult& r) {
    return r.analysis().offer.principal.asset();
}

std::string money_major(const core::OfferResult& r, double v) {
    return pf::money(v, cur(r));
}

std::string na() {
    // TRANSLATORS: table cell when a figure does not apply or was not computed.
    return tr("n/a");
}

std::string too_large() {
    // TRANSLATORS: table cell for a rate too large to represent.
    return tr("too large to show");
}

TableRow section(const std::string& title) {
    return TableRow{{title}, true, false};
}

/// A row with one cell per offer.
template <class F>
TableRow row(const std::string& label, const std::vector<core::OfferResult>& offers, F&& cell,
             bool emphasis = false) {
    TableRow r;
    r.cells.push_back(label);
    for (const auto& o : offers) {
        r.cells.push_back(cell(o));
    }
    r.emphasis = emphasis;
    return r;
}

/// "20 days (ACT/365F)": the count in the language's digits, the noun in its plural form.
std::string term_text(const core::OfferResult& o) {
    const long days = o.analysis().term_days;
    // TRANSLATORS: a term in a report table; {0} number of days, {1} day-count convention,
    // e.g. "20 days (ACT/365F)".
    return fmt::format(fmt::runtime(i18n::trn("{0} day ({1})", "{0} days ({1})",
                                              static_cast<unsigned long>(days))),
                       present::number(static_cast<double>(days), 0),
                       core::day_count_name(o.analysis().offer.day_count));
}

std::string scenario_name(const core::OfferResult& o) {
    return o.scenario ? present::scenario_label(*o.scenario) : na();
}

Table comparison_table(const std::vector<core::OfferResult>& offers, bool compact) {
    Table t;
    t.header.emplace_back();
    for (const auto& o : offers) {
        t.header.push_back(present::offer_name(o.analysis().offer.name));
    }
    const bool any_plausible = std::any_of(offers.begin(), offers.end(), [](const auto& o) {
        return o.evaluation.plausible.has_value();
    });
    const bool any_scenario = std::any_of(offers.begin(), offers.end(),
                                          [](const auto& o) { return o.scenario.has_value(); });

    // TRANSLATORS: table section: what the offer promises and what it could plausibly pay.
    t.rows.push_back(section(tr("Payout at maturity")));
    if (!compact) {
        // TRANSLATORS: table row: the amount invested.
        t.rows.push_back(row(tr("Principal"), offers, [](const core::OfferResult& o) {
            return pf::money(o.analysis().offer.principal);
        }));
        // TRANSLATORS: table row: the term; the cell reads e.g. "20 days (ACT/365F)".
        t.rows.push_back(
            row(tr("Term"), offers, [](const core::OfferResult& o) { return term_text(o); }));
    }
    // TRANSLATORS: table row: the payout the offer promises.
    t.rows.push_back(row(
        tr("Advertised payout"), offers,
        [](const core::OfferResult& o) { return pf::money(o.analysis().advertised_payout); },
        true));
    if (any_plausible) {
        // TRANSLATORS: table row: payout from the claimed assets at their long-run average.
        t.rows.push_back(row(
            tr("Plausible payout (long-run average)"), offers,
            [](const core::OfferResult& o) {
                const auto& p = o.evaluation.plausible;
                return p ? money_major(o, p->central_payout) : na();
            },
            true));
        // TRANSLATORS: table row: payout from the claimed assets in their best year on record.
        t.rows.push_back(
            row(tr("Best-year payout (upper bound)"), offers, [](const core::OfferResult& o) {
                const auto& p = o.evaluation.plausible;
                return p ? money_major(o, p->optimistic_payout) : na();
            }));
    }
    t.rows.push_back(row(
        // TRANSLATORS: table row: what the benchmark (e.g. T-bills) pays over the same term.
        tr("Benchmark payout"), offers, [](const core::OfferResult& o) {
            // TRANSLATORS: {0} an amount, {1} the benchmark's annual rate.
            return fmt::format(fmt::runtime(tr("{0} at {1}")),
                               pf::money(o.analysis().benchmark_payout),
                               pf::percent(o.analysis().benchmark_rate));
        }));

    // TRANSLATORS: table section of annual rates.
    t.rows.push_back(section(tr("Annual rates")));
    if (!compact) {
        // TRANSLATORS: table row: the return over the whole term, not annualised.
        t.rows.push_back(row(tr("Return over the term"), offers, [](const core::OfferResult& o) {
            return pf::percent(o.analysis().nominal.holding_period_return);
        }));
        // TRANSLATORS: table row: simple annual rate.
        t.rows.push_back(
            row(tr("Simple annual rate (APR)"), offers, [](const core::OfferResult& o) {
                return pf::percent(o.analysis().nominal.simple_annual_rate);
            }));
    }
    // TRANSLATORS: table row: effective annual rate, before inflation (not the simple rate).
    t.rows.push_back(row(
        tr("Effective annual rate (EAR), before inflation"), offers,
        [](const core::OfferResult& o) {
            return pf::percent(o.analysis().nominal.effective_annual_rate, too_large());
        },
        true));
    // TRANSLATORS: table row: effective annual rate after inflation.
    t.rows.push_back(row(tr("Real (after inflation)"), offers, [](const core::OfferResult& o) {
        // TRANSLATORS: {0} a rate, {1} the inflation assumed.
        return fmt::format(fmt::runtime(tr("{0} (inflation {1})")),
                           pf::percent(o.analysis().real_effective_annual_rate, too_large()),
                           pf::percent(o.analysis().assumptions.annual_inflation));
    }));
    // TRANSLATORS: table row: effective annual rate after fees and tax.
    t.rows.push_back(row(tr("Net of fees and tax"), offers, [](const core::OfferResult& o) {
        if (!o.analysis().net) {
            // TRANSLATORS: cell when fees and tax take the whole payout.
            return tr("nothing left");
        }
        return pf::percent(o.analysis().net->effective_annual_rate, too_large());
    }));
    if (!compact) {
        // TRANSLATORS: table row: effective annual rate after fees, tax and inflation.
        t.rows.push_back(row(tr("Net and real"), offers, [](const core::OfferResult& o) {
            return pf::percent(o.analysis().net_real_effective_annual_rate, too_large());
        }));
    }

    // TRANSLATORS: table section about the risk of not being paid.
    t.rows.push_back(section(tr("Risk of not being paid")));
    // TRANSLATORS: table row: the chance of failure that makes the offer no better than the
    // benchmark.
    t.rows.push_back(row(
        tr("Break-even chance of failure within the term"), offers,
        [](const core::OfferResult& o) {
            return o.analysis().break_even
                       ? pf::percent(o.analysis().break_even->default_probability)
                       : na();
        },
        true));
    if (!compact) {
        // TRANSLATORS: table row: the one-year survival implied by the break-even chance.
        t.rows.push_back(
            row(tr("Implied chance of lasting a year"), offers, [](const core::OfferResult& o) {
                return o.analysis().break_even
                           ? pf::percent(o.analysis().break_even->one_year_survival)
                           : na();
            }));
    }
    if (any_scenario) {
        // TRANSLATORS: table row: the counterparty scenario chosen for the offer.
        t.rows.push_back(row(tr("Scenario"), offers, scenario_name));
        // TRANSLATORS: table row: probability-weighted payout under the scenario.
        t.rows.push_back(row(
            tr("Expected payout under the scenario"), offers,
            [](const core::OfferResult& o) {
                return o.scenario ? money_major(o, o.scenario->stats.expected_payout) : na();
            },
            true));
        // TRANSLATORS: table row: chance of getting back less than the principal.
        t.rows.push_back(row(
            tr("Chance of a loss under the scenario"), offers,
            [](const core::OfferResult& o) {
                return o.scenario ? pf::percent(o.scenario->stats.probability_of_loss) : na();
            },
            true));
    }
    if (!compact) {
        // TRANSLATORS: table row: value after rolling the offer over for ten years.
        t.rows.push_back(
            row(tr("Rolled over for 10 years"), offers, [](const core::OfferResult& o) {
                if (o.analysis().rollover.empty()) {
                    return na();
                }
                const auto& p = o.analysis().rollover.back();
                return pf::large_amount(p.value, p.log10_value, cur(o));
            }));
    }
    return t;
}

ChartGrid charts_of(const core::OfferResult& o, const std::vector<Magnitude>& magnitudes,
                    double row_height) {
    ChartGrid g;
    g.columns = 2;
    g.row_height = row_height;
    for (ChartKind k : {ChartKind::ValueOverTerm, ChartKind::Rollover,
                        ChartKind::OutcomeDistribution, ChartKind::Survival}) {
        g.charts.push_back({k, chart_for(k, o, magnitudes)});
    }
    return g;
}

/// Each offer's rate ladder, then where its collapsed-scheme rungs come from.
void add_ladders(std::vector<Block>& blocks, const std::vector<core::OfferResult>& offers) {
    if (offers.empty()) {
        return;
    }
    // TRANSLATORS: section heading: each offer's annual rate among safe rates, asset returns
    // and the promises of collapsed schemes.
    blocks.emplace_back(Heading{tr("The rate ladder"), 1});
    ChartGrid g;
    g.columns = offers.size() > 1 ? 2 : 1;
    g.row_height = offers.size() > 1 ? 300.0 : 340.0;
    for (const auto& o : offers) {
        ChartData d = ladder_chart(o);
        if (offers.size() > 1) {
            d.title = present::offer_name(o.analysis().offer.name);
        }
        g.charts.push_back({ChartKind::Ladder, std::move(d)});
    }
    blocks.emplace_back(std::move(g));
    Table t;
    // TRANSLATORS: column headings of the table of collapsed schemes under the rate ladder.
    t.header = {tr("Scheme"), tr("What it promised"), tr("Record"), tr("A year")};
    t.column_weights = {1.2, 2.2, 2.2, 0.8};
    t.figures_from = 3;
    for (const core::LadderRung& g2 : offers.front().ladder) {
        if (g2.kind != core::RungKind::CollapsedScheme) {
            continue;
        }
        t.rows.push_back({{present::visible_text(g2.name), present::data_label(g2.description),
                           present::visible_text(g2.source), present::annual_rate_text(g2.rate)}});
    }
    if (!t.rows.empty()) {
        blocks.emplace_back(std::move(t));
        // TRANSLATORS: note under the table of collapsed schemes.
        blocks.emplace_back(Paragraph{
            tr("Promises as the records state them, annualised by Candor (compounded). None of "
               "these records could be re-checked from the machine that compiled them; some "
               "figures are from memory and are marked so in the data file "
               "(collapsed_schemes.json)."),
            true});
    }
}

/// The verdict's severity on the page: concern rises with its level.
core::Severity verdict_severity(const core::Verdict& v) {
    if (v.level >= 3) {
        return core::Severity::Warning;
    }
    return v.level == 2 ? core::Severity::Caution : core::Severity::Info;
}

/// Each offer's overall verdict, with what it was measured against: the first thing said.
void add_verdicts(std::vector<Block>& blocks, const std::vector<core::OfferResult>& offers) {
    // TRANSLATORS: section heading: the overall verdict on each offer.
    blocks.emplace_back(Heading{tr("Verdict"), 1});
    for (const auto& o : offers) {
        if (offers.size() > 1) {
            blocks.emplace_back(Heading{present::offer_name(o.analysis().offer.name), 2});
        }
        const core::Verdict& v = o.evaluation.verdict;
        // TRANSLATORS: badge of the verdict in a report.
        // The user's statement that the offer is an insured deposit, said with the verdict.
        const std::string insured =
            o.evaluation.insured
                ? " " + present::render(core::insured_disclosure(*o.evaluation.insured)).headline +
                      "."
                : std::string();
        blocks.emplace_back(Disclosure{verdict_severity(v), tr("Verdict"),
                                       present::verdict_headline(v),
                                       present::benchmark_line(o.analysis()) + " " +
                                           present::inflation_line(o.analysis()) + insured});
    }
}

void add_disclosures(std::vector<Block>& blocks, const core::OfferResult& o, std::size_t limit) {
    std::vector<present::DisclosureText> sorted = present::render(o.evaluation.disclosures);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    if (sorted.size() > limit) {
        sorted.resize(limit);
    }
    for (const auto& d : sorted) {
        blocks.emplace_back(
            Disclosure{d.severity, present::severity_label(d.severity), d.headline, d.detail});
    }
    if (sorted.empty()) {
        // TRANSLATORS: shown when no disclosure was produced for an offer.
        blocks.emplace_back(Paragraph{tr("No disclosures were produced for this offer."), true});
    }
}

void add_method(std::vector<Block>& blocks, bool compact) {
    // TRANSLATORS: section heading.
    blocks.emplace_back(Heading{tr("Method"), 1});
    blocks.emplace_back(Paragraph{
        // TRANSLATORS: introduction of the methodology section.
        tr("All figures follow from the offer as advertised and the stated assumptions. "
           "Symbols: P principal, A advertised payout, t term in years (actual days / 365; the "
           "day count only accrues an advertised rate), b benchmark annual rate, i inflation, R "
           "share of the principal recovered if the platform fails."),
        false});
    std::string formulas = "HPR = A / P - 1\n"
                           "APR = HPR / t                    EAR = (1 + HPR)^(1/t) - 1\n"
                           "real EAR = (1 + EAR) / (1 + i) - 1   (Fisher)\n"
                           "B = P (1 + b)^t                  (benchmark payout)\n"
                           "q A + (1 - q) R P = B   =>   q = (B - R P) / (A - R P)\n"
                           "annual hazard h = -ln(q) / t     one-year survival = q^(1/t)";
    if (!compact) {
        formulas += "\n"
                    "rolled over n years: P exp(n ln(1 + HPR) / t)\n"
                    "scenario: S = exp(-lambda t); E[payout] = S A + (1 - S) R P (1 + b)^(-D)";
    }
    blocks.emplace_back(Paragraph{formulas, false, true});
    if (!compact) {
        blocks.emplace_back(Paragraph{
            // TRANSLATORS: explanation of the break-even formula.
            tr("q is the chance of the platform surviving the term that makes the offer worth "
               "exactly the benchmark on average; 1 - q is the break-even chance of failure. A "
               "platform that fails more often than that is worth less than the benchmark, "
               "whatever it advertises. Scenario figures assume a constant annual hazard lambda, "
               "a recovery R paid D years after failure and discounted at the benchmark rate b. "
               "Details and sources: docs/methodology.md."),
            true});
    }
}

void add_sources(std::vector<Block>& blocks, const std::vector<core::OfferResult>& offers,
                 const core::MarketData& market) {
    // TRANSLATORS: section heading.
    blocks.emplace_back(Heading{tr("Data sources"), 1});
    std::vector<std::string> ids{market.default_benchmark().id, market.default_inflation().id};
    for (const auto& o : offers) {
        for (const auto& [id, w] : o.analysis().offer.claimed_mix) {
            if (w > 0.0 && std::find(ids.begin(), ids.end(), id) == ids.end()) {
                ids.push_back(id);
            }
        }
    }
    Table t;
    // TRANSLATORS: column headings of the data-sources table.
    t.header = {tr("Series"), tr("Figure used"), tr("Source"), tr("Date")};
    t.column_weights = {1.3, 1.4, 2.6, 0.7};
    t.figures_from = 4;
    for (const auto& id : ids) {
        const core::AssetClass* c = market.find(id);
        if (c == nullptr) {
            continue;
        }
        std::string figure;
        if (c->current) {
            // TRANSLATORS: {0} a rate, {1} its as-of date.
            figure = fmt::format(fmt::runtime(tr("{0} (as of {1})")),
                                 pf::percent(c->current->value), c->current->as_of);
        } else {
            // TRANSLATORS: {0} a rate, {1} a period such as 1928-2025.
            figure = fmt::format(fmt::runtime(tr("{0} a year on average, {1}")),
                                 pf::percent(c->geometric_mean), c->period);
        }
        std::string source = c->source.title;
        if (!c->source.publisher.empty()) {
            source += ", " + c->source.publisher;
        }
        t.rows.push_back(
            TableRow{{present::data_label(c->name), figure, present::visible_text(source),
                      present::visible_text(c->source.date)}});
    }
    blocks.emplace_back(std::move(t));
    // TRANSLATORS: {0} is the name of the benchmarks data file.
    blocks.emplace_back(
        Paragraph{fmt::format(fmt::runtime(tr("Benchmark data: {0}.")), market.file_name()), true});
}

std::string mix_text(const core::Offer& offer) {
    if (offer.claimed_mix.empty()) {
        return na();
    }
    std::string s;
    for (const auto& [id, w] : offer.claimed_mix) {
        if (!s.empty()) {
            s += ", ";
        }
        s += id + " " + pf::percent(w, 0);
    }
    return s;
}

std::string fee_text(const core::Fee& f) {
    if (f.flat == 0.0 && f.percent == 0.0) {
        // TRANSLATORS: no fee.
        return tr("none");
    }
    std::string s;
    if (f.flat != 0.0) {
        s = pf::number(f.flat, 2);
    }
    if (f.percent != 0.0) {
        s += (s.empty() ? "" : " + ") + pf::percent(f.percent);
    }
    return s;
}

void add_inputs(std::vector<Block>& blocks, const std::vector<core::OfferResult>& offers) {
    // TRANSLATORS: section heading: the inputs the report was computed from.
    blocks.emplace_back(Heading{tr("Inputs"), 1});
    Table t;
    t.header.emplace_back();
    for (const auto& o : offers) {
        t.header.push_back(present::offer_name(o.analysis().offer.name));
    }
    t.rows.push_back(row(tr("Principal"), offers, [](const core::OfferResult& o) {
        return pf::money(o.analysis().offer.principal);
    }));
    // TRANSLATORS: inputs row: the asset the principal is held in.
    t.rows.push_back(row(tr("Held in"), offers,
                         [](const core::OfferResult& o) { return o.analysis().offer.held.code; }));
    t.rows.push_back(
        row(tr("Term"), offers, [](const core::OfferResult& o) { return term_text(o); }));
    // TRANSLATORS: inputs row: the payout or rate as the offer states it.
    t.rows.push_back(row(tr("As advertised"), offers, [](const core::OfferResult& o) {
        const auto& off = o.analysis().offer;
        if (off.advertised_payout) {
            return pf::money(*off.advertised_payout);
        }
        if (off.advertised_rate) {
            return pf::percent(off.advertised_rate->value()) + " " +
                   std::string(core::compounding_name(off.advertised_rate->compounding(),
                                                      off.advertised_rate->frequency()));
        }
        return na();
    }));
    // TRANSLATORS: inputs row: the assets the platform claims to hold, with weights.
    t.rows.push_back(row(tr("Claimed asset mix"), offers,
                         [](const core::OfferResult& o) { return mix_text(o.analysis().offer); }));
    // TRANSLATORS: inputs row.
    t.rows.push_back(row(tr("Benchmark rate"), offers, [](const core::OfferResult& o) {
        return pf::percent(o.analysis().assumptions.benchmark_rate);
    }));
    // TRANSLATORS: inputs row.
    t.rows.push_back(row(tr("Inflation"), offers, [](const core::OfferResult& o) {
        return pf::percent(o.analysis().assumptions.annual_inflation);
    }));
    // TRANSLATORS: inputs row: share of the principal recovered if the platform fails.
    t.rows.push_back(row(tr("Recovery on failure"), offers, [](const core::OfferResult& o) {
        return pf::percent(o.analysis().assumptions.recovery, 0);
    }));
    // TRANSLATORS: inputs row: fees charged on entry and on exit.
    t.rows.push_back(row(tr("Fees (entry / exit)"), offers, [](const core::OfferResult& o) {
        return fee_text(o.analysis().assumptions.entry_fee) + " / " +
               fee_text(o.analysis().assumptions.exit_fee);
    }));
    // TRANSLATORS: inputs row.
    t.rows.push_back(row(tr("Tax on gains"), offers, [](const core::OfferResult& o) {
        return pf::percent(o.analysis().assumptions.tax_on_gains, 0);
    }));
    t.rows.push_back(row(tr("Scenario"), offers, scenario_name));
    // TRANSLATORS: inputs row: the red-flag claims the user ticked.
    t.rows.push_back(row(tr("Claims ticked"), offers, [](const core::OfferResult& o) {
        if (o.claims.empty()) {
            return tr("none");
        }
        std::string s;
        for (const core::Claim c : o.claims) {
            s += (s.empty() ? "" : ", ") + present::claim_label(c);
        }
        return s;
    }));
    blocks.emplace_back(std::move(t));
}

} // namespace

Report build_report(const std::vector<core::OfferResult>& offers, const ReportOptions& options) {
    Report r;
    const std::string date = options.printed_date.empty() ? today_utc() : options.printed_date;
    const core::MarketData& market =
        options.market != nullptr ? *options.market : core::MarketData::builtin();
    const std::vector<Magnitude> magnitudes =
        options.magnitudes.empty() ? default_magnitudes() : options.magnitudes;
    r.one_page = options.handout;
    r.right_to_left = present::right_to_left();
    for (std::size_t d = 0; d < r.digits.size(); ++d) {
        r.digits[d] = present::number(static_cast<double>(d), 0);
    }
    if (!options.title.empty()) {
        r.title = options.title;
    } else if (offers.size() == 1) {
        r.title = present::offer_name(offers.front().analysis().offer.name);
    } else {
        // TRANSLATORS: report title; {0} is the number of offers (2 or more).
        r.title = fmt::format(
            fmt::runtime(i18n::trn("Comparison of {0} offer", "Comparison of {0} offers",
                                   static_cast<unsigned long>(offers.size()))),
            present::number(static_cast<double>(offers.size()), 0));
    }
    // TRANSLATORS: subtitle; {0} is the date printed.
    r.subtitle =
        fmt::format(fmt::runtime(tr("Advertised and plausible payouts, printed {0}")), date);
    if (!options.input_name.empty()) {
        // TRANSLATORS: appended to the subtitle; {0} is the input file or example name.
        r.subtitle +=
            fmt::format(fmt::runtime(tr(", from {0}")), present::visible_text(options.input_name));
    }
    // TRANSLATORS: running header at the top of each page; {0} is the report title.
    r.running_header = fmt::format(fmt::runtime(tr("Candor: {0}")), r.title);
    // TRANSLATORS: page footer; {0} program version, {1} date printed.
    r.footer = fmt::format(fmt::runtime(tr("Candor {0}, printed {1}. For learning; not financial "
                                           "advice.")),
                           options.version, date);
    // TRANSLATORS: page number in the footer; {0} this page, {1} the number of pages.
    r.page_number_format = tr("Page {0} of {1}");

    auto& b = r.blocks;
    add_verdicts(b, offers);
    if (options.handout) {
        b.emplace_back(comparison_table(offers, true));
        if (offers.size() > 1) {
            // The handout has room for the charts of one offer: the first.
            b.emplace_back(Heading{present::offer_name(offers.front().analysis().offer.name), 2});
        }
        b.emplace_back(charts_of(offers.front(), magnitudes, 150.0));
        // TRANSLATORS: section heading.
        b.emplace_back(Heading{tr("What the numbers imply"), 1});
        for (const auto& o : offers) {
            if (offers.size() > 1) {
                b.emplace_back(Heading{present::offer_name(o.analysis().offer.name), 2});
            }
            add_disclosures(b, o, offers.size() > 1 ? 2 : 4);
        }
        add_method(b, true);
        return r;
    }

    // TRANSLATORS: section heading: the offers compared side by side.
    b.emplace_back(Heading{tr("Side by side"), 1});
    b.emplace_back(comparison_table(offers, false));
    add_ladders(b, offers);
    // TRANSLATORS: section heading.
    b.emplace_back(Heading{tr("Disclosures"), 1});
    for (const auto& o : offers) {
        b.emplace_back(Heading{present::offer_name(o.analysis().offer.name), 2});
        add_disclosures(b, o, 1000);
    }
    // TRANSLATORS: section heading.
    b.emplace_back(Heading{tr("Charts"), 1});
    for (const auto& o : offers) {
        b.emplace_back(Heading{present::offer_name(o.analysis().offer.name), 2});
        b.emplace_back(charts_of(o, magnitudes, 200.0));
    }
    add_method(b, false);
    add_sources(b, offers, market);
    add_inputs(b, offers);
    return r;
}

} // namespace candor::render
