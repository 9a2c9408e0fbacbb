#include "render/chart_data.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <numeric>

using namespace candor;

namespace {

render::OfferResults example(const char* id) {
    const auto& e = core::find_example(id);
    return {core::analyze(e.offer, core::Assumptions::defaults())};
}

} // namespace

TEST_CASE("value chart: from the principal to the advertised and benchmark payouts") {
    const auto r = example("platform-a-usdt");
    const auto& a = r.analysis;
    const auto d = render::value_over_term_chart(r);
    REQUIRE(d.series.size() == 2); // no scenario yet: advertised and benchmark
    const auto& adv = d.series[0].points;
    const auto& bench = d.series[1].points;
    CHECK(adv.front().x == 0.0);
    CHECK(adv.front().y == doctest::Approx(5000.0));
    CHECK(adv.back().x == doctest::Approx(static_cast<double>(a.term_days)));
    CHECK(adv.back().y == doctest::Approx(a.advertised_payout.to_major()).epsilon(1e-9));
    CHECK(bench.back().y == doctest::Approx(a.benchmark_payout.to_major()).epsilon(1e-6));
    CHECK(d.y.unit == "USDT");
}

TEST_CASE("value chart: a scenario adds the expected value, plausible payouts add marks") {
    auto r = example("platform-a-usdt");
    r.scenario = render::ScenarioOutcome{"Test", 2.0, 0.3, 0.0, 0.0, 0.0, {}, {}, {}, {}};
    r.plausible = render::PlausiblePayout{5010.0, 5060.0};
    const auto d = render::value_over_term_chart(r);
    REQUIRE(d.series.size() == 3);
    const double t = r.analysis.year_fraction;
    const double s = std::exp(-2.0 * t);
    const double expected_end =
        s * r.analysis.advertised_payout.to_major() + (1 - s) * 0.3 * 5000.0;
    CHECK(d.series[2].points.back().y == doctest::Approx(expected_end).epsilon(1e-9));
    CHECK(d.marks.size() == 3);
    CHECK(d.marks[1].value == 5010.0);
    CHECK(d.marks[2].value == 5060.0);
}

TEST_CASE("rollover chart: log10 values from core, magnitudes only for dollar offers") {
    const auto r = example("platform-a-usdt");
    const auto mags = render::default_magnitudes();
    const auto d = render::rollover_chart(r, mags);
    CHECK(d.y.format == render::AxisFormat::Power10);
    CHECK(d.series[0].points.front().y == doctest::Approx(std::log10(5000.0)));
    CHECK(d.series[0].points.back().y == doctest::Approx(r.analysis.rollover.back().log10_value));
    CHECK(d.series[1].points.back().y ==
          doctest::Approx(std::log10(5000.0) + 10 * std::log10(1 + r.analysis.benchmark_rate)));
    REQUIRE(d.marks.size() == mags.size()); // USDT is valued in US dollars
    CHECK(d.marks[0].value == doctest::Approx(std::log10(mags[0].value)));

    // An offer in euros gets no dollar magnitudes.
    auto offer = core::find_example("platform-a-usdt").offer;
    offer.principal = core::Money::from_major(5000, *core::find_asset("EUR"));
    offer.held = *core::find_asset("EUR");
    offer.advertised_payout = core::Money::from_major(6350, *core::find_asset("EUR"));
    const render::OfferResults eur{core::analyze(offer, core::Assumptions::defaults())};
    CHECK(render::rollover_chart(eur, mags).marks.empty());
}

TEST_CASE("outcome chart: the two-point mixture at break-even, losses below the principal") {
    const auto r = example("platform-a-usdt");
    const auto d = render::outcome_chart(r);
    REQUIRE(r.analysis.break_even.has_value());
    REQUIRE(d.bins.size() == 2);
    const double total = d.bins[0].probability + d.bins[1].probability;
    CHECK(total == doctest::Approx(1.0));
    CHECK(d.bins[0].probability == doctest::Approx(r.analysis.break_even->survival_probability));
    REQUIRE(d.loss_below.has_value());
    CHECK(*d.loss_below == 5000.0);
    // The expected payout at break-even is the benchmark payout.
    CHECK(d.x_marks[1].value ==
          doctest::Approx(r.analysis.benchmark_payout.to_major()).epsilon(1e-6));
}

TEST_CASE("outcome chart: a scenario's own distribution is used when it has one") {
    auto r = example("platform-a-usdt");
    render::ScenarioOutcome s;
    s.name = "Test";
    s.expected_payout = 4000.0;
    s.probability_of_loss = 0.4;
    s.distribution = {{0, 1000, 0.4}, {6000, 6400, 0.6}};
    r.scenario = s;
    const auto d = render::outcome_chart(r);
    CHECK(d.bins.size() == 2);
    CHECK(d.x_marks[1].value == 4000.0);
}

TEST_CASE("survival chart: passes through the break-even survival at the end of the term") {
    const auto r = example("platform-a-usdt");
    const auto d = render::survival_chart(r);
    REQUIRE(d.series.size() == 1);
    const double h = r.analysis.break_even->annual_hazard;
    for (const auto& p : d.series[0].points) {
        CHECK(p.y == doctest::Approx(std::exp(-h * p.x)));
    }
    CHECK(std::exp(-h * r.analysis.year_fraction) ==
          doctest::Approx(r.analysis.break_even->survival_probability));
    CHECK(d.x_marks.front().value == doctest::Approx(r.analysis.year_fraction));
}
