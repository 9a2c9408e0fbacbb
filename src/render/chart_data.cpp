#include "chart_data.hpp"

#include "core/asset.hpp"
#include "core/chart_paths.hpp"
#include "i18n/tr.hpp"
#include "present/digits.hpp"
#include "present/ladder_text.hpp"
#include "present/number_format.hpp"
#include "present/offer_label.hpp"
#include "present/visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace candor::render {

using i18n::tr;

namespace {

std::string currency_of(const core::Analysis& a) {
    return a.offer.principal.asset().code;
}

/// The scenario's name in the current language.
std::string scenario_name(const core::ScenarioOutcome& s) {
    return present::data_label(s.name);
}

} // namespace

ChartData value_over_term_chart(const core::OfferResult& r) {
    const auto& a = r.analysis();
    const double principal = a.offer.principal.to_major();
    const std::string cur = currency_of(a);
    ChartData d;
    d.right_to_left = present::right_to_left();
    // TRANSLATORS: chart title.
    d.title = tr("Value over the term");
    // TRANSLATORS: x axis of a chart; days since the start of the term.
    d.x = Axis{tr("Day of the term"), AxisFormat::Days, "", 0.0, static_cast<double>(a.term_days)};
    // TRANSLATORS: y axis of a chart; {0} is a currency or asset code such as USDT.
    d.y = Axis{fmt::format(fmt::runtime(tr("Value ({0})")), cur), AxisFormat::Money, cur, {}, {}};

    Series adv{tr("Advertised"), {}, 0, true};
    Series bench{tr("Benchmark"), {}, 1, true};
    Series expected;
    if (r.scenario) {
        // TRANSLATORS: legend entry; {0} is the scenario name.
        expected =
            Series{fmt::format(fmt::runtime(tr("Expected ({0})")), scenario_name(*r.scenario)),
                   {},
                   2,
                   true};
    }
    for (const core::ValuePoint& p : core::value_over_term(r)) {
        adv.points.push_back({p.day, p.advertised});
        bench.points.push_back({p.day, p.benchmark});
        if (r.scenario) {
            expected.points.push_back({p.day, p.expected});
        }
    }
    d.series.push_back(std::move(adv));
    d.series.push_back(std::move(bench));
    if (r.scenario) {
        d.series.push_back(std::move(expected));
    }
    // TRANSLATORS: label of a reference line at the amount invested.
    d.marks.push_back({tr("Principal"), principal, -1});
    if (const auto& plausible = r.evaluation.plausible) {
        // TRANSLATORS: reference line: what the claimed assets could pay on long-run averages.
        d.marks.push_back({tr("Plausible (long-run average)"), plausible->central_payout, 3});
        // TRANSLATORS: reference line: what the claimed assets paid in their best year on record.
        d.marks.push_back({tr("Best year (upper bound)"), plausible->optimistic_payout, 4});
    }
    // TRANSLATORS: caption under the value chart.
    d.caption = tr("The advertised line accrues at the offer's continuous rate to the payout "
                   "promised at maturity; the benchmark compounds at its annual rate.");
    return d;
}

ChartData rollover_chart(const core::OfferResult& r, const std::vector<Magnitude>& magnitudes) {
    const auto& a = r.analysis();
    const double principal = a.offer.principal.to_major();
    const std::string cur = currency_of(a);
    ChartData d;
    d.right_to_left = present::right_to_left();
    // TRANSLATORS: chart title.
    d.title = tr("If every payout were rolled over");
    // TRANSLATORS: x axis of a chart, in years.
    d.x = Axis{tr("Years"), AxisFormat::Years, "", 0.0, {}};
    // TRANSLATORS: y axis; {0} is a currency code. The scale is logarithmic.
    d.y = Axis{fmt::format(fmt::runtime(tr("Value ({0}, log scale)")), cur),
               AxisFormat::Power10,
               cur,
               {},
               {}};
    const double log_p = std::log10(principal);
    Series adv{tr("Advertised, rolled over"), {{0.0, log_p}}, 0, true};
    for (const auto& pt : a.rollover) {
        adv.points.push_back({static_cast<double>(pt.years), pt.log10_value});
    }
    Series bench{tr("Benchmark"), {}, 1, true};
    const int max_years = a.rollover.empty() ? 10 : a.rollover.back().years;
    const std::vector<double> bench_log = core::benchmark_rollover_log10(a, max_years);
    for (std::size_t y = 0; y < bench_log.size(); ++y) {
        bench.points.push_back({static_cast<double>(y), bench_log[y]});
    }
    d.series.push_back(std::move(adv));
    d.series.push_back(std::move(bench));
    // Magnitudes are in US dollars; mark them only where the offer is valued in dollars.
    if (core::reporting_currency(a.offer.principal.asset()) == "USD") {
        for (const auto& m : magnitudes) {
            if (m.value > 0.0) {
                d.marks.push_back({m.label, std::log10(m.value), -1});
            }
        }
    }
    // TRANSLATORS: caption under the rollover chart.
    d.caption = tr("Each term's return reinvested for the next term, at the advertised pace. "
                   "Dashed grey lines are real-world amounts for scale.");
    return d;
}

ChartData outcome_chart(const core::OfferResult& r) {
    const auto& a = r.analysis();
    const double principal = a.offer.principal.to_major();
    const double payout = a.advertised_payout.to_major();
    const std::string cur = currency_of(a);
    ChartData d;
    d.right_to_left = present::right_to_left();
    // TRANSLATORS: chart title.
    d.title = tr("Outcomes at maturity");
    // TRANSLATORS: x axis; {0} is a currency code.
    d.x = Axis{fmt::format(fmt::runtime(tr("Payout ({0})")), cur), AxisFormat::Money, cur, {}, {}};
    // TRANSLATORS: y axis of the outcome histogram.
    d.y = Axis{tr("Probability"), AxisFormat::Percent, "", 0.0, {}};
    // TRANSLATORS: legend entry for the histogram bars.
    d.series.push_back(Series{tr("Chance of each payout"), {}, 1, false});
    d.loss_below = principal;
    // TRANSLATORS: label of the shaded region of payouts below the principal.
    d.loss_label = tr("Loss");

    double expected = payout;
    if (r.scenario && !r.scenario->distribution.empty()) {
        d.bins = r.scenario->distribution;
        expected = r.scenario->stats.expected_payout;
    } else {
        const core::TwoPointOutcome tp = core::two_point_outcome(r);
        const double span = std::max(payout, principal) - std::min(tp.on_failure, principal);
        const double w = std::max(span, 1.0) * 0.004;
        // Payouts are never negative: a point mass at zero sits on [0, 2w).
        d.bins.push_back(
            {std::max(0.0, payout - w), std::max(0.0, payout - w) + 2.0 * w, tp.survival});
        if (tp.survival < 1.0) {
            const double lo = std::max(0.0, tp.on_failure - w);
            d.bins.push_back({lo, lo + 2.0 * w, 1.0 - tp.survival});
        }
        expected = r.scenario ? r.scenario->stats.expected_payout : tp.expected;
    }
    d.x_marks.push_back({tr("Principal"), principal, -1});
    // TRANSLATORS: label of a vertical line at the expected (probability-weighted) payout.
    d.x_marks.push_back({tr("Expected"), expected, 2});
    if (r.scenario) {
        // TRANSLATORS: caption; {0} scenario name, {1} chance of losing money.
        d.caption = fmt::format(
            fmt::runtime(tr("Under the scenario \"{0}\": chance of a loss {1}.")),
            scenario_name(*r.scenario), present::percent(r.scenario->stats.probability_of_loss, 1));
    } else if (a.break_even) {
        // TRANSLATORS: caption; {0} is a probability such as 21.3%.
        d.caption = fmt::format(
            fmt::runtime(tr("At the break-even chance of failure ({0} within the term), with the "
                            "assumed recovery: on average no better than the benchmark.")),
            present::percent(a.break_even->default_probability, 1));
    } else {
        // TRANSLATORS: caption when no failure risk is assumed.
        d.caption = tr("No chance of failure assumed: the advertised payout with certainty.");
    }
    return d;
}

ChartData survival_chart(const core::OfferResult& r) {
    const auto& a = r.analysis();
    ChartData d;
    d.right_to_left = present::right_to_left();
    // TRANSLATORS: chart title: the chance that the platform is still paying.
    d.title = tr("Chance the platform is still paying");
    const double horizon = std::max(1.0, a.year_fraction * 1.25);
    d.x = Axis{tr("Years"), AxisFormat::Years, "", 0.0, horizon};
    // TRANSLATORS: y axis of the survival chart.
    d.y = Axis{tr("Survival probability"), AxisFormat::Percent, "", 0.0, 1.0};
    const auto curve = [&](double hazard) {
        std::vector<Point> pts;
        for (const core::SurvivalPoint& p : core::survival_curve(hazard, horizon, 60)) {
            pts.push_back({p.years, p.survival});
        }
        return pts;
    };
    if (a.break_even) {
        // TRANSLATORS: legend: the survival the offer needs to be worth the benchmark.
        d.series.push_back(
            Series{tr("Break-even survival"), curve(a.break_even->annual_hazard), 0, true});
        // TRANSLATORS: reference line; {0} is a probability.
        d.marks.push_back({fmt::format(fmt::runtime(tr("Break-even one-year survival {0}")),
                                       present::percent(a.break_even->one_year_survival, 1)),
                           a.break_even->one_year_survival, -1});
    }
    if (r.scenario) {
        d.series.push_back(
            Series{scenario_name(*r.scenario), curve(r.scenario->model.hazard), 2, true});
    }
    // TRANSLATORS: vertical line at the end of the offer's term.
    d.x_marks.push_back({tr("End of term"), a.year_fraction, -1});
    // TRANSLATORS: caption under the survival chart; {0} is the formula e^(−λt), where λ is
    // the annual hazard and t the time in years.
    d.caption = fmt::format(
        fmt::runtime(tr("With a constant annual hazard λ, the chance that the platform is still "
                        "paying after t years is {0}. Below the break-even curve the offer is "
                        "worth less than the benchmark.")),
        "\u2066e^(−λt)\u2069");
    return d;
}

namespace {

/// The safe rung's label and source: the benchmark the user stated, what a coin pays its
/// holders, or the safe rate in the currency for the term.
void describe_safe_rung(const core::RateBasis& basis, Rung& out) {
    const unsigned long days = static_cast<unsigned long>(std::max(0L, basis.term_days));
    if (basis.kind == core::BasisKind::Stated) {
        // TRANSLATORS: rung of the rate ladder: a benchmark rate the user gave.
        out.label = tr("Benchmark you stated");
    } else if (basis.kind == core::BasisKind::CoinNative) {
        // TRANSLATORS: rung of the rate ladder; {0} a coin such as ETH.
        out.label =
            fmt::format(fmt::runtime(tr("What {0} itself pays its holders")), basis.currency);
    } else {
        // TRANSLATORS: rung of the rate ladder; {0} a currency, {1} days.
        out.label = fmt::format(fmt::runtime(i18n::trn("Safe rate in {0} for {1} day",
                                                       "Safe rate in {0} for {1} days", days)),
                                basis.currency, present::number(static_cast<double>(days), 0));
    }
    out.detail =
        basis.kind == core::BasisKind::Stated
            ? std::string()
            : fmt::format(fmt::runtime(tr("{0} ({1})")),
                          present::data_label(basis.figures().series), basis.figures().as_of);
    out.style_slot = 1;
}

/// The label, source and style of a rung of an asset class or of a collapsed scheme.
void describe_data_rung(const core::LadderRung& g, Rung& out) {
    if (g.kind == core::RungKind::AssetLongRun) {
        // TRANSLATORS: rung of the rate ladder; {0} an asset class, {1} a period of years.
        out.label = fmt::format(fmt::runtime(tr("{0}, long-run average {1}")),
                                present::data_label(g.name), g.as_of);
        out.detail = present::visible_text(g.source);
        out.style_slot = 4;
    } else if (g.kind == core::RungKind::AssetBestYear) {
        // TRANSLATORS: rung of the rate ladder; {0} an asset class, {1} a year.
        out.label = fmt::format(fmt::runtime(tr("{0}, best year ({1})")),
                                present::data_label(g.name), g.as_of);
        out.detail = present::visible_text(g.source);
        out.style_slot = 3;
    } else {
        // Names of schemes are proper nouns: shown as recorded, not translated.
        // TRANSLATORS: rung of the rate ladder; {0} a scheme's name, {1} the year it
        // collapsed.
        out.label = fmt::format(fmt::runtime(tr("{0}, promised (collapsed {1})")),
                                present::visible_text(g.name), present::editable_number(g.year, 0));
        // TRANSLATORS: the source of a collapsed scheme's rung; {0} what it promised, {1}
        // the court or regulator record.
        out.detail =
            fmt::format(fmt::runtime(tr("{0}. Record: {1}")), present::data_label(g.description),
                        present::visible_text(g.source));
        out.style_slot = -1;
    }
}

Rung rung_of(const core::LadderRung& g, const core::OfferResult& r) {
    const auto& a = r.analysis();
    Rung out;
    out.log10_rate = g.rate.log10_rate;
    // TRANSLATORS: a rate on the ladder; {0} is a percentage.
    out.value = fmt::format(fmt::runtime(tr("{0} a year")), present::annual_rate_text(g.rate));
    switch (g.kind) {
    case core::RungKind::Offer:
        // TRANSLATORS: the offer's rung on the rate ladder.
        out.label = tr("This offer");
        out.detail = present::offer_name(a.offer.name);
        out.style_slot = 0;
        out.highlighted = true;
        break;
    case core::RungKind::Safe:
        describe_safe_rung(a.assumptions.benchmark_basis, out);
        break;
    case core::RungKind::InsuredDeposit:
        // TRANSLATORS: rung of the rate ladder; {0} a currency, {1} a margin such as 1.00%.
        out.label = fmt::format(fmt::runtime(tr("Best insured deposits in {0} (safe rate + {1})")),
                                a.assumptions.benchmark_basis.currency,
                                present::percent(r.evaluation.verdict.in_line_margin));
        // TRANSLATORS: where the insured-deposit rung of the rate ladder comes from.
        out.detail = tr("Candor's assumption: the best insured bank deposits pay up to this "
                        "margin over the safe rate");
        out.style_slot = 2;
        out.weight = 2;
        break;
    case core::RungKind::AssetLongRun:
    case core::RungKind::AssetBestYear:
    case core::RungKind::CollapsedScheme:
        describe_data_rung(g, out);
        // Where not every label can be read (a classroom slide), the offer and the safe rate
        // stay, then the schemes' promises, then the assets' long run; best years go first.
        out.weight = g.kind == core::RungKind::CollapsedScheme ? 1
                     : g.kind == core::RungKind::AssetLongRun  ? 2
                                                               : 3;
        break;
    }
    return out;
}

} // namespace

ChartData ladder_chart(const core::OfferResult& r) {
    ChartData d;
    d.right_to_left = present::right_to_left();
    // TRANSLATORS: chart title: the offer's annual rate among other annual rates.
    d.title = tr("The rate ladder");
    // TRANSLATORS: heading of the column of the ladder's data table that says where each rate
    // comes from.
    d.x = Axis{tr("Source"), AxisFormat::Number, "", {}, {}};
    // TRANSLATORS: the scale of the rate ladder.
    d.y = Axis{tr("Annual rate, compounded (log scale)"), AxisFormat::Percent, "", {}, {}};
    // TRANSLATORS: caption under the rate ladder.
    d.caption = tr("Each rung is a rate a year, compounded. The top rungs are what schemes that "
                   "later collapsed promised, as court or regulator records state it.");
    for (const core::LadderRung& g : r.ladder) {
        d.rungs.push_back(rung_of(g, r));
    }
    return d;
}

ChartData chart_for(ChartKind kind, const core::OfferResult& r,
                    const std::vector<Magnitude>& magnitudes) {
    switch (kind) {
    case ChartKind::ValueOverTerm:
        return value_over_term_chart(r);
    case ChartKind::Rollover:
        return rollover_chart(r, magnitudes);
    case ChartKind::OutcomeDistribution:
        return outcome_chart(r);
    case ChartKind::Survival:
        return survival_chart(r);
    case ChartKind::Ladder:
        return ladder_chart(r);
    }
    return value_over_term_chart(r);
}

std::vector<Magnitude> magnitudes_of(const core::MarketData& market) {
    std::vector<Magnitude> out;
    for (const auto& m : market.magnitudes()) {
        // TRANSLATORS: a real-world amount marked on the rollover chart; {0} its name (e.g.
        // World GDP), {1} its year or date.
        out.push_back({fmt::format(fmt::runtime(tr("{0} ({1})")), present::data_label(m.name),
                                   present::with_locale_digits(m.as_of)),
                       m.value});
    }
    return out;
}

std::vector<Magnitude> default_magnitudes() {
    return magnitudes_of(core::MarketData::builtin());
}

} // namespace candor::render
