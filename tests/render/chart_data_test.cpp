#include "render/chart_data.hpp"

#include "core/chart_paths.hpp"
#include "core/examples.hpp"
#include "core/request.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace candor;

namespace {

/// The example through core's executor, under `preset` when one is named.
core::OfferResult example(const char* id, const char* preset = nullptr) {
    const auto& e = core::find_example(id);
    core::OfferRequest q{e.offer, core::Assumptions::defaults(), {}, std::nullopt};
    if (preset != nullptr) {
        q.scenario = core::ScenarioRequest{preset, {}, {}, {}, false, {}};
    }
    return core::execute(q, core::MarketData::builtin());
}

} // namespace

TEST_CASE("value chart: plots core's value paths, principal to payouts") {
    const auto r = example("platform-a-usdt");
    const auto& a = r.analysis();
    const auto d = render::value_over_term_chart(r);
    REQUIRE(d.series.size() == 2); // no scenario: advertised and benchmark
    const auto paths = core::value_over_term(r);
    REQUIRE(d.series[0].points.size() == paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        CHECK(d.series[0].points[i].x == paths[i].day);
        CHECK(d.series[0].points[i].y == paths[i].advertised);
        CHECK(d.series[1].points[i].y == paths[i].benchmark);
    }
    CHECK(d.series[0].points.back().y ==
          doctest::Approx(a.advertised_payout.to_major()).epsilon(1e-9));
    CHECK(d.y.unit == "USDT");
}

TEST_CASE("value chart: a scenario adds the expected value, plausible payouts add marks") {
    const auto r = example("platform-a-usdt", "crypto-lender-2022");
    REQUIRE(r.scenario);
    const auto d = render::value_over_term_chart(r);
    REQUIRE(d.series.size() == 3);
    // At maturity the expected value is the scenario's expected payout.
    CHECK(d.series[2].points.back().y ==
          doctest::Approx(r.scenario->stats.expected_payout).epsilon(1e-9));
    REQUIRE(r.evaluation.plausible);
    REQUIRE(d.marks.size() == 3);
    CHECK(d.marks[1].value == r.evaluation.plausible->central_payout);
    CHECK(d.marks[2].value == r.evaluation.plausible->optimistic_payout);
}

TEST_CASE("rollover chart: log10 values from core, magnitudes only for dollar offers") {
    const auto r = example("platform-a-usdt");
    const auto mags = render::default_magnitudes();
    const auto d = render::rollover_chart(r, mags);
    CHECK(d.y.format == render::AxisFormat::Power10);
    CHECK(d.series[0].points.front().y == doctest::Approx(std::log10(5000.0)));
    CHECK(d.series[0].points.back().y == doctest::Approx(r.analysis().rollover.back().log10_value));
    const auto bench = core::benchmark_rollover_log10(r.analysis(), 10);
    REQUIRE(d.series[1].points.size() == bench.size());
    CHECK(d.series[1].points.back().y == bench.back());
    REQUIRE(d.marks.size() == mags.size()); // USDT is valued in US dollars
    CHECK(d.marks[0].value == doctest::Approx(std::log10(mags[0].value)));

    // An offer in euros gets no dollar magnitudes.
    auto offer = core::find_example("platform-a-usdt").offer;
    offer.principal = core::Money::from_major(5000, *core::find_asset("EUR"));
    offer.held = *core::find_asset("EUR");
    offer.advertised_payout = core::Money::from_major(6350, *core::find_asset("EUR"));
    const core::OfferResult eur =
        core::execute(core::OfferRequest{offer, core::Assumptions::defaults(), {}, std::nullopt},
                      core::MarketData::builtin());
    CHECK(render::rollover_chart(eur, mags).marks.empty());
}

TEST_CASE("outcome chart: the two-point mixture at break-even, losses below the principal") {
    const auto r = example("platform-a-usdt");
    const auto d = render::outcome_chart(r);
    REQUIRE(r.analysis().break_even.has_value());
    REQUIRE(d.bins.size() == 2);
    const core::TwoPointOutcome tp = core::two_point_outcome(r);
    CHECK(d.bins[0].probability == tp.survival);
    CHECK(d.bins[1].probability == doctest::Approx(1.0 - tp.survival));
    REQUIRE(d.loss_below.has_value());
    CHECK(*d.loss_below == 5000.0);
    // The expected payout at break-even is the benchmark payout.
    CHECK(d.x_marks[1].value ==
          doctest::Approx(r.analysis().benchmark_payout.to_major()).epsilon(1e-6));
}

TEST_CASE("outcome chart: a scenario's own distribution and expected payout") {
    const auto r = example("platform-a-usdt", "crypto-lender-2022");
    REQUIRE(r.scenario);
    REQUIRE_FALSE(r.scenario->distribution.empty());
    const auto d = render::outcome_chart(r);
    CHECK(d.bins.size() == r.scenario->distribution.size());
    CHECK(d.x_marks[1].value == r.scenario->stats.expected_payout);
}

TEST_CASE("survival chart: core's curves, through the break-even survival at the term's end") {
    const auto r = example("platform-a-usdt", "crypto-lender-2022");
    const auto d = render::survival_chart(r);
    REQUIRE(d.series.size() == 2);
    const double horizon = d.x.max.value_or(0.0);
    const auto be = core::survival_curve(r.analysis().break_even->annual_hazard, horizon, 60);
    const auto sc = core::survival_curve(r.scenario->model.hazard, horizon, 60);
    REQUIRE(d.series[0].points.size() == be.size());
    for (std::size_t i = 0; i < be.size(); ++i) {
        CHECK(d.series[0].points[i].y == be[i].survival);
        CHECK(d.series[1].points[i].y == sc[i].survival);
    }
    CHECK(d.x_marks.front().value == doctest::Approx(r.analysis().year_fraction));
}
