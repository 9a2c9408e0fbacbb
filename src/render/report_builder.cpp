#include "report_builder.hpp"

#include "core/day_count.hpp"
#include "core/rate.hpp"
#include "i18n/tr.hpp"
#include "present/benchmark_text.hpp"
#include "present/claim_text.hpp"
#include "present/digits.hpp"
#include "present/disclosure_text.hpp"
#include "present/key_figures.hpp"
#include "present/ladder_text.hpp"
#include "present/method_text.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "present/visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <set>
#include <string>
#include <string_view>
#include <utility>
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

std::string na() {
    // TRANSLATORS: table cell when a figure does not apply or was not computed.
    return tr("n/a");
}

TableRow section(const std::string& title) {
    return TableRow{{title}, true, false};
}

/// A row with one cell per offer.
template <class F>
TableRow row(const std::string& label, const std::vector<core::OfferResult>& offers, F&& cell) {
    TableRow r;
    r.cells.push_back(label);
    for (const auto& o : offers) {
        r.cells.push_back(cell(o));
    }
    return r;
}

using Id = pf::KeyFigureId;

/// A row of key figure `id` with one cell per offer: each offer's value with its note.
TableRow figure_row(Id id, const std::vector<core::OfferResult>& offers) {
    TableRow r;
    r.cells.push_back(pf::key_figure_label(id));
    for (const auto& o : offers) {
        const pf::KeyFigure f = pf::key_figure(id, o);
        r.cells.push_back(pf::with_note(f));
        r.emphasis = f.emphasis;
    }
    return r;
}

/// A section heading and the rows of `ids`.
void add_section(Table& t, const std::string& title, const std::vector<Id>& ids,
                 const std::vector<core::OfferResult>& offers) {
    t.rows.push_back(section(title));
    for (const Id id : ids) {
        t.rows.push_back(figure_row(id, offers));
    }
}

template <class P> bool any_of(const std::vector<core::OfferResult>& offers, P&& p) {
    return std::any_of(offers.begin(), offers.end(), std::forward<P>(p));
}

/// The payouts: what the offer promises, what its declared mix could pay, the benchmark.
std::vector<Id> payout_figures(const std::vector<core::OfferResult>& offers, bool compact) {
    std::vector<Id> ids;
    if (!compact) {
        ids = {Id::Principal, Id::Term};
    }
    ids.push_back(Id::Payout);
    if (any_of(offers, [](const auto& o) { return o.evaluation.plausible.has_value(); })) {
        ids.insert(ids.end(), {Id::PlausibleCentral, Id::PlausibleBest});
    }
    ids.push_back(Id::BenchmarkPayout);
    return ids;
}

std::vector<Id> rate_figures(bool compact) {
    if (compact) {
        return {Id::EffectiveRate, Id::RealRate, Id::NetRate};
    }
    return {Id::ReturnOverTerm, Id::SimpleRate, Id::EffectiveRate,
            Id::RealRate,       Id::NetRate,    Id::NetRealRate};
}

std::vector<Id> risk_figures(const std::vector<core::OfferResult>& offers, bool compact) {
    std::vector<Id> ids = {Id::BreakEven};
    if (!compact) {
        ids.push_back(Id::Survival);
    }
    if (any_of(offers, [](const auto& o) { return o.scenario.has_value(); })) {
        ids.insert(ids.end(), {Id::Scenario, Id::ExpectedPayout, Id::LossChance});
    }
    if (!compact) {
        ids.push_back(Id::Rollover);
    }
    return ids;
}

/// The key figures of every offer side by side (present/key_figures.hpp), in three sections.
Table comparison_table(const std::vector<core::OfferResult>& offers, bool compact) {
    Table t;
    t.header.emplace_back();
    for (const auto& o : offers) {
        t.header.push_back(present::offer_name(o.analysis().offer.name));
    }
    // TRANSLATORS: table section: what the offer promises and what it could plausibly pay.
    add_section(t, tr("Payouts"), payout_figures(offers, compact), offers);
    // TRANSLATORS: table section of annual rates.
    add_section(t, tr("Annual rates"), rate_figures(compact), offers);
    // TRANSLATORS: table section about the risk of not being paid.
    add_section(t, tr("Risk of not being paid"), risk_figures(offers, compact), offers);
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
        std::string assumptions = present::benchmark_line(o.analysis());
        assumptions += " ";
        assumptions += present::inflation_line(o.analysis());
        // The rate a share with no public return series is counted at: an assumption.
        if (const std::string unchecked =
                present::unexplained_mix_line(o.analysis(), o.evaluation.plausible);
            !unchecked.empty()) {
            assumptions += " ";
            assumptions += unchecked;
        }
        assumptions += insured;
        blocks.emplace_back(Disclosure{verdict_severity(v), tr("Verdict"),
                                       present::verdict_headline(v), std::move(assumptions)});
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

/// The method's formulas, one a line (present::method_formula_lines); the compact handout
/// leaves out the rollover and the scenario.
std::string method_formulas(bool compact) {
    std::string text;
    for (const std::string& line : present::method_formula_lines(!compact)) {
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

void add_method(std::vector<Block>& blocks, bool compact) {
    // TRANSLATORS: section heading.
    blocks.emplace_back(Heading{tr("Method"), 1});
    blocks.emplace_back(Paragraph{present::method_introduction(), false});
    blocks.emplace_back(Paragraph{method_formulas(compact), false, true});
    if (!compact) {
        blocks.emplace_back(Paragraph{
            // TRANSLATORS: explanation of the break-even formula; λ (lambda) is the symbol of
            // the annual hazard in the formulas above.
            tr("q is the chance of the platform surviving the term that makes the offer worth "
               "exactly the benchmark on average; 1 − q is the break-even chance of failure. A "
               "platform that fails more often than that is worth less than the benchmark, "
               "whatever it advertises. Scenario figures assume a constant annual hazard λ, "
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
    t.rows.push_back(figure_row(Id::Principal, offers));
    // TRANSLATORS: inputs row: the asset the principal is held in.
    t.rows.push_back(row(tr("Held in"), offers,
                         [](const core::OfferResult& o) { return o.analysis().offer.held.code; }));
    t.rows.push_back(figure_row(Id::Term, offers));
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
    t.rows.push_back(figure_row(Id::Scenario, offers));
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

namespace {

/// The report's title: the one given, the offer's name, or "Comparison of N offers".
std::string report_title(const std::vector<core::OfferResult>& offers,
                         const ReportOptions& options) {
    if (!options.title.empty()) {
        return options.title;
    }
    if (offers.size() == 1) {
        return present::offer_name(offers.front().analysis().offer.name);
    }
    // TRANSLATORS: report title; {0} is the number of offers (2 or more).
    return fmt::format(fmt::runtime(i18n::trn("Comparison of {0} offer", "Comparison of {0} offers",
                                              static_cast<unsigned long>(offers.size()))),
                       present::number(static_cast<double>(offers.size()), 0));
}

/// Everything around the blocks: direction, digits, title, subtitle, header and footer.
void set_frame(Report& r, const std::vector<core::OfferResult>& offers,
               const ReportOptions& options, const std::string& date) {
    r.one_page = options.handout;
    r.right_to_left = present::right_to_left();
    for (std::size_t d = 0; d < r.digits.size(); ++d) {
        r.digits[d] = present::number(static_cast<double>(d), 0);
    }
    r.title = report_title(offers, options);
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
}

/// The one-page handout: the short table, the first offer's charts, the most severe
/// disclosures and the key formulas.
void add_handout(std::vector<Block>& b, const std::vector<core::OfferResult>& offers,
                 const std::vector<Magnitude>& magnitudes) {
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
}

/// The full report after the verdicts (docs/reports.md, "What the report holds").
void add_full_report(std::vector<Block>& b, const std::vector<core::OfferResult>& offers,
                     const std::vector<Magnitude>& magnitudes, const core::MarketData& market) {
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
}

} // namespace

Report build_report(const std::vector<core::OfferResult>& offers, const ReportOptions& options) {
    Report r;
    const std::string date = options.printed_date.empty() ? today_utc() : options.printed_date;
    const core::MarketData& market =
        options.market != nullptr ? *options.market : core::MarketData::builtin();
    const std::vector<Magnitude> magnitudes =
        options.magnitudes.empty() ? default_magnitudes() : options.magnitudes;
    set_frame(r, offers, options, date);
    add_verdicts(r.blocks, offers);
    if (options.handout) {
        add_handout(r.blocks, offers, magnitudes);
    } else {
        add_full_report(r.blocks, offers, magnitudes, market);
    }
    return r;
}

} // namespace candor::render
