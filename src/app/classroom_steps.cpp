#include "classroom_steps.hpp"

#include "i18n/tr.hpp"
#include "present/disclosure_text.hpp"
#include "present/ladder_text.hpp"
#include "present/number_format.hpp"

#include <fmt/format.h>

namespace candor::app {

using i18n::tr;
namespace pf = present;

namespace {

/// Where the promise sits on the rate ladder: how many collapsed schemes promised less, and
/// the range from the safe rate to the schemes' promises.
ClassroomStep ladder_step(const OfferResults& r) {
    const core::LadderRung* offer = nullptr;
    const core::LadderRung* safe = nullptr;
    const core::LadderRung* low = nullptr;
    const core::LadderRung* high = nullptr;
    unsigned long schemes = 0;
    for (const core::LadderRung& g : r.ladder) {
        if (g.kind == core::RungKind::Offer) {
            offer = &g;
        } else if (g.kind == core::RungKind::Safe) {
            safe = &g;
        } else if (g.kind == core::RungKind::CollapsedScheme) {
            ++schemes;
            low = low == nullptr ? &g : low; // the ladder is sorted, lowest first
            high = &g;
        }
    }
    unsigned long below = 0;
    for (const core::LadderRung& g : r.ladder) {
        if (g.kind == core::RungKind::CollapsedScheme && offer != nullptr &&
            g.rate.log10_growth < offer->rate.log10_growth) {
            ++below;
        }
    }
    ClassroomStep step{StepKind::Ladder, tr("The rate ladder"), std::string(), std::string()};
    if (offer == nullptr) {
        return step;
    }
    // TRANSLATORS: {0} how many collapsed schemes promised less than the offer, {1} how many
    // schemes the ladder shows.
    step.headline = fmt::format(
        fmt::runtime(i18n::trn("Above the promise of {0} of {1} collapsed scheme",
                               "Above the promises of {0} of {1} collapsed schemes", schemes)),
        pf::number(static_cast<double>(below), 0), pf::number(static_cast<double>(schemes), 0));
    if (safe != nullptr && low != nullptr && high != nullptr) {
        // TRANSLATORS: {0} the offer's annual rate, {1} the safe rate, {2} and {3} the lowest
        // and highest annual rates collapsed schemes promised.
        step.detail = fmt::format(
            fmt::runtime(tr("This offer: {0} a year. Safe rate in the same currency and term: "
                            "{1}. Schemes that later collapsed promised from {2} to {3} a "
                            "year.")),
            pf::annual_rate_text(offer->rate), pf::annual_rate_text(safe->rate),
            pf::annual_rate_text(low->rate), pf::annual_rate_text(high->rate));
    }
    return step;
}

ClassroomStep promise_step(const OfferResults& r) {
    const core::Analysis& a = r.analysis();
    const core::Asset& cur = a.offer.principal.asset();
    return {
        StepKind::Promise, tr("The promise"),
        // TRANSLATORS: {0} the principal, {1} the advertised payout ("→" reads "becomes").
        fmt::format(fmt::runtime(tr("{0} → {1}")), pf::money(a.offer.principal),
                    pf::money(a.advertised_payout)),
        // TRANSLATORS: {0} days, {1} the gain, {2} the gain as a percentage of the principal.
        fmt::format(fmt::runtime(i18n::trn("in {0} day: a gain of {1}, {2} of the principal",
                                           "in {0} days: a gain of {1}, {2} of the principal",
                                           static_cast<unsigned long>(a.term_days))),
                    pf::number(static_cast<double>(a.term_days), 0),
                    pf::money(a.advertised_payout.to_major() - a.offer.principal.to_major(), cur),
                    pf::percent(a.nominal.holding_period_return)) +
            // The verdict, the first thing every surface says.
            "\n" +
            fmt::format(fmt::runtime(tr("Verdict: {0}")),
                        pf::verdict_headline(r.evaluation.verdict)) +
            // The user's statement that the offer is an insured deposit, said with it.
            (r.evaluation.insured
                 ? "\n" + pf::render(core::insured_disclosure(*r.evaluation.insured)).headline
                 : std::string())};
}

ClassroomStep annual_step(const OfferResults& r) {
    const core::Analysis& a = r.analysis();
    const std::string na = tr("too large to write out");
    return {StepKind::AnnualEquivalent, tr("Its annual equivalent"),
            // TRANSLATORS: {0} an effective annual rate, e.g. 7,741.80%.
            fmt::format(fmt::runtime(tr("{0} a year")),
                        pf::percent(a.nominal.effective_annual_rate, na)),
            // TRANSLATORS: {0} the simple annual rate (APR), {1} the benchmark's annual rate.
            fmt::format(fmt::runtime(tr("compounded each term (EAR). Simple rate (APR): {0}. "
                                        "A safe investment in the same currency and term pays "
                                        "{1}.")),
                        pf::percent(a.nominal.simple_annual_rate), pf::percent(a.benchmark_rate))};
}

ClassroomStep plausible_step(const OfferResults& r) {
    const core::Analysis& a = r.analysis();
    const core::Asset& cur = a.offer.principal.asset();
    if (r.evaluation.plausible) {
        const core::PlausiblePayout& p = *r.evaluation.plausible;
        return {StepKind::Plausible, tr("A plausible payout"), pf::money(p.central_payout, cur),
                // TRANSLATORS: {0} the payout if every claimed asset repeated its best year on
                // record at once (an upper bound), {1} the advertised payout.
                fmt::format(fmt::runtime(tr("what the claimed assets paid on long-run average over "
                                            "the same term; even every asset's best year at once, "
                                            "an upper bound, gives {0}, against {1} advertised")),
                            pf::money(p.optimistic_payout, cur), pf::money(a.advertised_payout))};
    }
    return {StepKind::Plausible, tr("A plausible payout"), pf::money(a.benchmark_payout),
            // TRANSLATORS: {0} the benchmark rate, {1} days, {2} the advertised payout.
            fmt::format(fmt::runtime(i18n::trn("what the benchmark at {0} a year pays over the "
                                               "same {1} day, against {2} advertised",
                                               "what the benchmark at {0} a year pays over the "
                                               "same {1} days, against {2} advertised",
                                               static_cast<unsigned long>(a.term_days))),
                        pf::percent(a.benchmark_rate),
                        pf::number(static_cast<double>(a.term_days), 0),
                        pf::money(a.advertised_payout))};
}

ClassroomStep break_even_step(const core::Analysis& a) {
    if (!a.break_even) {
        return {StepKind::BreakEven, tr("The break-even risk"), tr("none needed"),
                tr("The advertised payout does not beat the benchmark.")};
    }
    return {StepKind::BreakEven, tr("The break-even risk"),
            // TRANSLATORS: {0} a probability, {1} days.
            fmt::format(fmt::runtime(i18n::trn("{0} chance of failing within {1} day",
                                               "{0} chance of failing within {1} days",
                                               static_cast<unsigned long>(a.term_days))),
                        pf::percent(a.break_even->default_probability, 1),
                        pf::number(static_cast<double>(a.term_days), 0)),
            // TRANSLATORS: {0} a probability.
            fmt::format(fmt::runtime(tr("With that risk the offer is worth no more than the "
                                        "benchmark. Over a year it means surviving with only "
                                        "{0} probability.")),
                        pf::percent(a.break_even->one_year_survival, 1))};
}

ClassroomStep rollover_step(const core::Analysis& a) {
    const core::Asset& cur = a.offer.principal.asset();
    const core::RolloverPoint& last = a.rollover.back();
    const core::RolloverPoint& first = a.rollover.front();
    return {StepKind::Rollover, tr("The rollover"),
            pf::large_amount(last.value, last.log10_value, cur),
            // TRANSLATORS: {0} years, {1} the amount after one year.
            fmt::format(fmt::runtime(i18n::trn("if every term's payout were reinvested for {0} "
                                               "year (after one year: {1})",
                                               "if every term's payout were reinvested for {0} "
                                               "years (after one year: {1})",
                                               static_cast<unsigned long>(last.years))),
                        pf::number(last.years, 0),
                        pf::large_amount(first.value, first.log10_value, cur))};
}

ClassroomStep outcomes_step(const OfferResults& r) {
    const core::Asset& cur = r.analysis().offer.principal.asset();
    const core::ScenarioStats& st = r.scenario->stats;
    return {StepKind::Outcomes, tr("The outcome distribution"),
            // TRANSLATORS: {0} a probability.
            fmt::format(fmt::runtime(tr("{0} chance of getting back less than you put in")),
                        pf::percent(st.probability_of_loss, 1)),
            // TRANSLATORS: {0} scenario name, {1} expected payout, {2} and {3} the 5th and 95th
            // percentiles of the payout.
            fmt::format(fmt::runtime(tr("Under \"{0}\": expected payout {1}; nine times in ten "
                                        "between {2} and {3}.")),
                        r.scenario->name, pf::money(st.expected_payout, cur),
                        pf::money(st.p05_payout, cur), pf::money(st.p95_payout, cur))};
}

} // namespace

std::vector<ClassroomStep> classroom_steps(const OfferResults& r) {
    const core::Analysis& a = r.analysis();
    std::vector<ClassroomStep> steps;
    steps.push_back(promise_step(r));
    steps.push_back(annual_step(r));
    // Where that annual rate sits among safe, asset and collapsed-scheme rates.
    if (!r.ladder.empty()) {
        steps.push_back(ladder_step(r));
    }
    steps.push_back(plausible_step(r));
    steps.push_back(break_even_step(a));
    if (!a.rollover.empty()) {
        steps.push_back(rollover_step(a));
    }
    if (r.scenario) {
        steps.push_back(outcomes_step(r));
    }
    return steps;
}

} // namespace candor::app
