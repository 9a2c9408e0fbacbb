#include "key_figures.hpp"

#include "benchmark_text.hpp"
#include "number_format.hpp"

#include "core/day_count.hpp"
#include "i18n/tr.hpp"

#include <fmt/format.h>

namespace candor::present {

using i18n::tr;
using Id = KeyFigureId;

namespace {

struct Spec {
    Id id;
    const char* key;
    bool emphasis;
};

/// Every figure with its machine id, in reading order; emphasis as the reports' summary.
const std::vector<Spec>& specs() {
    static const std::vector<Spec> list = {
        {Id::Principal, "principal", false},
        {Id::Term, "term", false},
        {Id::Payout, "payout", true},
        {Id::Gain, "gain", false},
        {Id::BenchmarkPayout, "benchmark_payout", false},
        {Id::PlausibleCentral, "plausible_central", true},
        {Id::PlausibleBest, "plausible_best", false},
        {Id::ReturnOverTerm, "hpr", false},
        {Id::SimpleRate, "apr", false},
        {Id::EffectiveRate, "ear", true},
        {Id::ContinuousRate, "continuous", false},
        {Id::RealPayout, "real_payout", false},
        {Id::RealRate, "real_ear", false},
        {Id::NetPayout, "net", false},
        {Id::NetRate, "net_ear", false},
        {Id::NetRealRate, "net_real_ear", false},
        {Id::BreakEven, "break_even", true},
        {Id::AnnualHazard, "hazard", false},
        {Id::Survival, "survival", false},
        {Id::DoublingTime, "doubling", false},
        {Id::Rollover, "rollover", false},
        {Id::Scenario, "scenario", false},
        {Id::ExpectedPayout, "expected", true},
        {Id::LossChance, "loss", true},
        {Id::MedianPayout, "median", false},
        {Id::P05Payout, "p05", false},
    };
    return list;
}

const Spec& spec(Id id) {
    return specs().at(static_cast<std::size_t>(id));
}

std::string not_applicable() {
    // TRANSLATORS: a key figure that does not apply to the offer or was not computed.
    return tr("n/a");
}

/// "20 days (ACT/365F)": the count in the language's digits, the noun in its plural form.
std::string term_text(const core::Analysis& a) {
    const long days = a.term_days;
    // TRANSLATORS: a term among the key figures; {0} number of days, {1} day-count
    // convention, e.g. "20 days (ACT/365F)".
    return fmt::format(fmt::runtime(i18n::trn("{0} day ({1})", "{0} days ({1})",
                                              static_cast<unsigned long>(days))),
                       number(static_cast<double>(days), 0),
                       core::day_count_name(a.offer.day_count));
}

/// Figures on both sides (the offer and the benchmark): payouts and rates.
bool fill_compared(KeyFigure& f, const core::Analysis& a) {
    const auto& cur = a.offer.principal.asset();
    const double principal = a.offer.principal.to_major();
    switch (f.id) {
    case Id::Payout:
        f.value = money(a.advertised_payout);
        f.benchmark = money(a.benchmark_payout);
        return true;
    case Id::Gain:
        f.value = money(a.advertised_payout.to_major() - principal, cur);
        f.benchmark = money(a.benchmark_payout.to_major() - principal, cur);
        return true;
    case Id::ReturnOverTerm:
        f.value = percent(a.nominal.holding_period_return);
        f.benchmark = percent(a.benchmark.holding_period_return);
        return true;
    case Id::SimpleRate:
        f.value = percent(a.nominal.simple_annual_rate);
        f.benchmark = percent(a.benchmark.simple_annual_rate);
        return true;
    case Id::EffectiveRate:
        f.value = percent(a.nominal.effective_annual_rate, too_large_text());
        f.benchmark = percent(a.benchmark.effective_annual_rate, too_large_text());
        return true;
    case Id::ContinuousRate:
        f.value = percent(a.nominal.continuous_annual_rate);
        f.benchmark = percent(a.benchmark.continuous_annual_rate);
        return true;
    default:
        return false;
    }
}

/// Figures of the offer after inflation, fees and tax.
bool fill_adjusted(KeyFigure& f, const core::Analysis& a) {
    const auto& cur = a.offer.principal.asset();
    switch (f.id) {
    case Id::RealPayout:
        f.value = money(a.real_payout, cur);
        return true;
    case Id::RealRate:
        f.value = percent(a.real_effective_annual_rate, too_large_text());
        // TRANSLATORS: note to the real rate: {0} the inflation assumed, e.g. 2.74%.
        f.note =
            fmt::format(fmt::runtime(tr("inflation {0}")), percent(a.assumptions.annual_inflation));
        return true;
    case Id::NetPayout:
        // TRANSLATORS: a net payout when fees and tax take the whole payout.
        f.value = a.net ? money(a.net->payout, cur) : tr("nothing left");
        return true;
    case Id::NetRate:
        f.value =
            a.net ? percent(a.net->effective_annual_rate, too_large_text()) : tr("nothing left");
        return true;
    case Id::NetRealRate:
        f.value = a.net ? percent(a.net_real_effective_annual_rate, too_large_text())
                        : tr("nothing left");
        return true;
    default:
        return false;
    }
}

/// The break-even figures, and those of growth at the advertised pace.
bool fill_risk(KeyFigure& f, const core::Analysis& a) {
    const auto& b = a.break_even;
    switch (f.id) {
    case Id::BreakEven:
        // TRANSLATORS: break-even chance of failure when the payout does not beat the
        // benchmark: no failure risk is needed to explain it.
        f.value = b ? percent(b->default_probability) : tr("none needed");
        return true;
    case Id::AnnualHazard:
        f.applies = b.has_value();
        f.value = b ? percent(b->annual_hazard) : not_applicable();
        return true;
    case Id::Survival:
        f.applies = b.has_value();
        f.value = b ? percent(b->one_year_survival) : not_applicable();
        return true;
    case Id::DoublingTime:
        f.value = duration_years(a.doubling_time_years);
        return true;
    case Id::Rollover:
        f.applies = !a.rollover.empty();
        f.value = a.rollover.empty()
                      ? not_applicable()
                      : large_amount(a.rollover.back().value, a.rollover.back().log10_value,
                                     a.offer.principal.asset());
        return true;
    default:
        return false;
    }
}

void fill_analysis(KeyFigure& f, const core::Analysis& a) {
    if (fill_compared(f, a) || fill_adjusted(f, a) || fill_risk(f, a)) {
        return;
    }
    switch (f.id) {
    case Id::Principal:
        f.value = money(a.offer.principal);
        return;
    case Id::Term:
        f.value = term_text(a);
        return;
    case Id::BenchmarkPayout:
        f.value = money(a.benchmark_payout);
        // TRANSLATORS: note to the benchmark's payout: {0} its annual rate, e.g. 4.21%.
        f.note = fmt::format(fmt::runtime(tr("at {0} a year")), percent(a.benchmark_rate));
        return;
    default:
        f.applies = false;
        f.value = not_applicable();
        return;
    }
}

/// The figures only an evaluated offer has: its plausible payout and its scenario.
void fill_result(KeyFigure& f, const core::OfferResult& r) {
    const auto& cur = r.analysis().offer.principal.asset();
    const auto& p = r.evaluation.plausible;
    const auto& s = r.scenario;
    const bool from_mix = f.id == Id::PlausibleCentral || f.id == Id::PlausibleBest;
    f.applies = from_mix ? p.has_value() : s.has_value();
    if (!f.applies) {
        f.value = not_applicable();
        return;
    }
    switch (f.id) {
    case Id::PlausibleCentral:
        f.value = money(p->central_payout, cur);
        return;
    case Id::PlausibleBest:
        f.value = money(p->optimistic_payout, cur);
        return;
    case Id::Scenario:
        f.value = scenario_label(*s);
        return;
    case Id::ExpectedPayout:
        f.value = money(s->stats.expected_payout, cur);
        return;
    case Id::LossChance:
        f.value = percent(s->stats.probability_of_loss);
        return;
    case Id::MedianPayout:
        f.value = money(s->stats.median_payout, cur);
        return;
    default:
        f.value = money(s->stats.p05_payout, cur);
        return;
    }
}

bool needs_result(Id id) {
    switch (id) {
    case Id::PlausibleCentral:
    case Id::PlausibleBest:
    case Id::Scenario:
    case Id::ExpectedPayout:
    case Id::LossChance:
    case Id::MedianPayout:
    case Id::P05Payout:
        return true;
    default:
        return false;
    }
}

KeyFigure blank(Id id) {
    KeyFigure f;
    f.id = id;
    f.key = spec(id).key;
    f.label = key_figure_label(id);
    f.emphasis = spec(id).emphasis;
    return f;
}

} // namespace

std::string too_large_text() {
    // TRANSLATORS: a rate too large to write out, in a table of figures.
    return tr("too large to show");
}

std::string key_figure_key(KeyFigureId id) {
    return spec(id).key;
}

const std::vector<KeyFigureId>& all_key_figures() {
    static const std::vector<KeyFigureId> ids = [] {
        std::vector<KeyFigureId> v;
        for (const Spec& s : specs()) {
            v.push_back(s.id);
        }
        return v;
    }();
    return ids;
}

KeyFigure key_figure(KeyFigureId id, const core::Analysis& a) {
    KeyFigure f = blank(id);
    fill_analysis(f, a);
    return f;
}

KeyFigure key_figure(KeyFigureId id, const core::OfferResult& r) {
    KeyFigure f = blank(id);
    if (needs_result(id)) {
        fill_result(f, r);
    } else {
        fill_analysis(f, r.analysis());
    }
    return f;
}

std::vector<KeyFigure> key_figures(const core::OfferResult& r,
                                   const std::vector<KeyFigureId>& ids) {
    std::vector<KeyFigure> out;
    out.reserve(ids.size());
    for (const KeyFigureId id : ids) {
        out.push_back(key_figure(id, r));
    }
    return out;
}

std::vector<KeyFigure> key_figures(const core::Analysis& a, const std::vector<KeyFigureId>& ids) {
    std::vector<KeyFigure> out;
    out.reserve(ids.size());
    for (const KeyFigureId id : ids) {
        out.push_back(key_figure(id, a));
    }
    return out;
}

std::string with_note(const KeyFigure& f) {
    if (f.note.empty()) {
        return f.value;
    }
    // TRANSLATORS: a key figure with a note on what it was computed with: {0} the figure,
    // {1} the note, e.g. "5.12% (inflation 2.74%)".
    return fmt::format(fmt::runtime(tr("{0} ({1})")), f.value, f.note);
}

std::vector<KeyFigure> rollover_figures(const core::Analysis& a) {
    std::vector<KeyFigure> out;
    for (const auto& p : a.rollover) {
        if (p.years != 1 && p.years != 2 && p.years != 5 && p.years != 10) {
            continue;
        }
        KeyFigure f = blank(Id::Rollover);
        // TRANSLATORS: the value rolled over until then; {0} is a whole number of years.
        f.label = fmt::format(fmt::runtime(i18n::trn("after {0} year", "after {0} years",
                                                     static_cast<unsigned long>(p.years))),
                              number(p.years, 0));
        f.value = large_amount(p.value, p.log10_value, a.offer.principal.asset());
        f.note = power_of_ten(p.log10_value, 1);
        out.push_back(std::move(f));
    }
    return out;
}

namespace {

/// Labels of the figures after inflation, fees and tax, of risk, growth and the scenario.
std::string key_figure_label_rest(KeyFigureId id) {
    switch (id) {
    case Id::RealPayout:
        // TRANSLATORS: key figure: the payout in start-of-term money.
        return tr("Real payout (today's money)");
    case Id::RealRate:
        // TRANSLATORS: key figure: effective annual rate after inflation.
        return tr("Real effective annual rate");
    case Id::NetPayout:
        // TRANSLATORS: key figure: the payout after fees and tax.
        return tr("Net payout after fees and tax");
    case Id::NetRate:
        // TRANSLATORS: key figure: effective annual rate after fees and tax.
        return tr("Net effective annual rate");
    case Id::NetRealRate:
        // TRANSLATORS: key figure: effective annual rate after fees, tax and inflation.
        return tr("Net real effective annual rate");
    case Id::BreakEven:
        // TRANSLATORS: key figure: the chance of failure that makes the offer no better than
        // the benchmark.
        return tr("Break-even chance of failure within the term");
    case Id::AnnualHazard:
        // TRANSLATORS: key figure: the constant annual hazard of failure implied by the
        // break-even chance.
        return tr("Implied annual hazard");
    case Id::Survival:
        // TRANSLATORS: key figure: the one-year survival implied by the break-even chance.
        return tr("Implied chance of lasting a year");
    case Id::DoublingTime:
        // TRANSLATORS: key figure: years to double the principal at the advertised pace.
        return tr("Doubling time at this pace");
    case Id::Rollover:
        // TRANSLATORS: key figure: value after rolling the offer over for ten years.
        return tr("Rolled over for 10 years");
    case Id::Scenario:
        // TRANSLATORS: key figure: the counterparty scenario chosen for the offer.
        return tr("Scenario");
    case Id::ExpectedPayout:
        // TRANSLATORS: key figure: probability-weighted payout under the scenario.
        return tr("Expected payout under the scenario");
    case Id::LossChance:
        // TRANSLATORS: key figure: chance of getting back less than the principal.
        return tr("Chance of a loss under the scenario");
    case Id::MedianPayout:
        // TRANSLATORS: key figure: median payout under the scenario.
        return tr("Median payout under the scenario");
    default:
        // TRANSLATORS: key figure: the payout exceeded in 95% of the scenario's outcomes.
        return tr("5th percentile of the payout");
    }
}

} // namespace

std::string key_figure_label(KeyFigureId id) {
    switch (id) {
    case Id::Principal:
        // TRANSLATORS: key figure: the amount invested.
        return tr("Principal");
    case Id::Term:
        // TRANSLATORS: key figure: the term; the value reads e.g. "20 days (ACT/365F)".
        return tr("Term");
    case Id::Payout:
        // TRANSLATORS: key figure: what is paid at the end of the term.
        return tr("Payout at maturity");
    case Id::Gain:
        // TRANSLATORS: key figure: the payout less the principal.
        return tr("Gain");
    case Id::BenchmarkPayout:
        // TRANSLATORS: key figure: what the benchmark (e.g. T-bills) pays over the same term.
        return tr("Benchmark payout");
    case Id::PlausibleCentral:
        // TRANSLATORS: key figure: payout from the declared assets at their long-run average.
        return tr("Plausible payout (long-run average)");
    case Id::PlausibleBest:
        // TRANSLATORS: key figure: payout from the declared assets in their best year.
        return tr("Best-year payout (upper bound)");
    case Id::ReturnOverTerm:
        // TRANSLATORS: key figure: the return over the whole term, not annualised.
        return tr("Return over the term");
    case Id::SimpleRate:
        // TRANSLATORS: key figure: simple annual rate.
        return tr("Simple annual rate (APR)");
    case Id::EffectiveRate:
        // TRANSLATORS: key figure: effective annual rate, before inflation (not the simple
        // rate).
        return tr("Effective annual rate (EAR), before inflation");
    case Id::ContinuousRate:
        // TRANSLATORS: key figure: continuously compounded annual rate.
        return tr("Continuous annual rate");
    default:
        return key_figure_label_rest(id);
    }
}

} // namespace candor::present
