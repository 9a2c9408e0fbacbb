// present/key_figures.hpp: every key figure has one label and one value, formatted in the
// current language; figures that do not apply say so; the benchmark column is filled only
// for figures the benchmark has.
#include "language_guard.hpp"
#include "present/key_figures.hpp"
#include "present/number_format.hpp"

#include "core/analysis.hpp"
#include "core/money.hpp"
#include "core/request.hpp"
#include "i18n/tr.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace candor;
using present::KeyFigureId;

namespace {

using test::LanguageGuard;

core::Assumptions stated(double benchmark, double inflation) {
    core::Assumptions a;
    a.benchmark_rate = benchmark;
    a.annual_inflation = inflation;
    a.benchmark_basis.kind = core::BasisKind::Stated;
    a.inflation_basis.kind = core::BasisKind::Stated;
    return a;
}

/// 5,000 USDT for 20 days paying `payout` USDT, benchmark 4.3%, inflation 3%.
core::Analysis usdt_offer(const char* payout) {
    const core::Asset usdt = core::asset_or_throw("USDT", "asset");
    const core::Offer o{"offer",
                        core::parse_money("5000", usdt, "principal"),
                        usdt,
                        core::Term::of_days(20),
                        core::DayCount::Act365F,
                        core::parse_money(payout, usdt, "payout"),
                        std::nullopt,
                        {},
                        {}};
    return core::analyze(o, stated(0.043, 0.03));
}

core::OfferResult with_scenario(const core::Analysis& a) {
    core::OfferResult r;
    r.evaluation.analysis = a;
    core::ScenarioOutcome s;
    s.preset = "test";
    s.name = "Test preset";
    s.stats.expected_payout = 5123.456;
    s.stats.probability_of_loss = 0.125;
    s.stats.median_payout = 6350.0;
    s.stats.p05_payout = 0.0;
    r.scenario = s;
    return r;
}

} // namespace

TEST_CASE("key figures of an analysis in English: labels, values and the benchmark column") {
    const core::Analysis a = usdt_offer("6350");
    const auto payout = present::key_figure(KeyFigureId::Payout, a);
    CHECK(payout.key == "payout");
    CHECK(payout.label == "Payout at maturity");
    CHECK(payout.value == "6,350.00 USDT");
    REQUIRE(payout.benchmark.has_value());
    CHECK(*payout.benchmark == present::money(a.benchmark_payout));
    CHECK(payout.emphasis);

    const auto hpr = present::key_figure(KeyFigureId::ReturnOverTerm, a);
    CHECK(hpr.value == "27.00%");
    CHECK(hpr.key == "hpr");

    const auto real = present::key_figure(KeyFigureId::RealRate, a);
    CHECK_FALSE(real.benchmark.has_value());
    CHECK(real.note == "inflation 3.00%");
    CHECK(present::with_note(real) == real.value + " (inflation 3.00%)");

    const auto be = present::key_figure(KeyFigureId::BreakEven, a);
    CHECK(be.label == "Break-even chance of failure within the term");
    CHECK(be.value == present::percent(a.break_even->default_probability));
    CHECK(present::key_figure(KeyFigureId::Term, a).value == "20 days (ACT/365F)");
}

TEST_CASE("figures that do not apply say so instead of showing a number") {
    // 5,001 USDT: less than the benchmark pays, so no failure risk is needed to explain it.
    const core::Analysis a = usdt_offer("5001");
    REQUIRE_FALSE(a.break_even.has_value());
    CHECK(present::key_figure(KeyFigureId::BreakEven, a).value == "none needed");
    const auto survival = present::key_figure(KeyFigureId::Survival, a);
    CHECK_FALSE(survival.applies);
    CHECK(survival.value == "n/a");
    // Scenario figures need the evaluated offer.
    const auto expected = present::key_figure(KeyFigureId::ExpectedPayout, a);
    CHECK_FALSE(expected.applies);
    core::OfferResult r;
    r.evaluation.analysis = a;
    CHECK(present::key_figure(KeyFigureId::LossChance, r).value == "n/a");
    CHECK(present::key_figure(KeyFigureId::PlausibleCentral, r).value == "n/a");
}

TEST_CASE("scenario key figures come from the result's statistics") {
    const core::OfferResult r = with_scenario(usdt_offer("6350"));
    const auto rows = present::key_figures(
        r, {KeyFigureId::ExpectedPayout, KeyFigureId::LossChance, KeyFigureId::P05Payout});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].value == "5,123.46 USDT");
    CHECK(rows[0].label == "Expected payout under the scenario");
    CHECK(rows[1].value == "12.50%");
    CHECK(rows[2].value == "0.00 USDT");
    CHECK(rows[2].key == "p05");
}

TEST_CASE("every key figure has its own label and machine id") {
    std::set<std::string> labels;
    std::set<std::string> keys;
    for (const KeyFigureId id : present::all_key_figures()) {
        CAPTURE(present::key_figure_key(id));
        CHECK_FALSE(present::key_figure_label(id).empty());
        CHECK(labels.insert(present::key_figure_label(id)).second);
        CHECK(keys.insert(present::key_figure_key(id)).second);
    }
    CHECK(keys.size() == 26);
}

TEST_CASE("key figures in German: translated labels and German numbers") {
    const LanguageGuard de("de");
    const core::Analysis a = usdt_offer("6350");
    const auto payout = present::key_figure(KeyFigureId::Payout, a);
    CHECK(payout.value == "6.350,00 USDT");
    CHECK(payout.label != "Payout at maturity");
    CHECK(payout.label == i18n::tr("Payout at maturity"));
    CHECK(present::key_figure(KeyFigureId::ReturnOverTerm, a).value ==
          "27,00\u00a0%"); // no-break space
    const auto rolled = present::rollover_figures(a);
    REQUIRE(rolled.size() == 4);
    CHECK(rolled[0].label.find('1') != std::string::npos);
    CHECK(rolled[0].label != "after 1 year");
}
