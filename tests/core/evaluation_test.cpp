#include <doctest/doctest.h>

#include "core/evaluation.hpp"
#include "core/examples.hpp"
#include "core/market_data.hpp"

using namespace candor::core;

TEST_CASE("the plausible payout beside the advertised one, and the gap") {
    const Example& ex = find_example("platform-a-usdt");
    const MarketData& market = MarketData::builtin();

    // With its claimed mix: the mix's long-run average.
    const Evaluation with_mix = evaluate(ex.offer, Assumptions::defaults(), market, {});
    REQUIRE(with_mix.plausible);
    CHECK(plausible_payout(with_mix) == with_mix.plausible->central_payout);
    CHECK(advertised_gap(with_mix) ==
          doctest::Approx(6350.0 - with_mix.plausible->central_payout).epsilon(1e-15));

    // Without a mix: the benchmark over the same term.
    Offer plain = ex.offer;
    plain.claimed_mix.clear();
    const Evaluation no_mix = evaluate(plain, Assumptions::defaults(), market, {});
    REQUIRE_FALSE(no_mix.plausible);
    CHECK(plausible_payout(no_mix) == no_mix.analysis.benchmark_payout.to_major());
    CHECK(advertised_gap(no_mix) ==
          doctest::Approx(6350.0 - no_mix.analysis.benchmark_payout.to_major()).epsilon(1e-15));
}
