// The plausible payout of a claimed mix (src/core/plausible.hpp): parsing and resolving the
// mix, and the central and optimistic figures worked by hand.
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/plausible.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace candor::core;

TEST_CASE("parse_mix reads id=weight pairs, fractions or percentages") {
    const auto m = parse_mix("bonds=0.4, gold=30%,metals=0.3", "--mix");
    REQUIRE(m.size() == 3);
    CHECK(m.at("bonds") == doctest::Approx(0.4));
    CHECK(m.at("gold") == doctest::Approx(0.3));
    CHECK(m.at("metals") == doctest::Approx(0.3));
    CHECK(parse_mix("gold=0.5,gold=0.5", "--mix").at("gold") == doctest::Approx(1.0));
}

TEST_CASE("parse_mix names the flag on malformed text") {
    for (const char* bad : {"", "gold", "gold=", "=0.5", "gold=half", "gold=0.5,,bonds=0.5"}) {
        CAPTURE(bad);
        try {
            (void)parse_mix(bad, "--mix");
            FAIL("accepted");
        } catch (const InputError& e) {
            CHECK(e.field() == "--mix");
            CHECK(e.expected().find("bonds=0.4") != std::string::npos);
        }
    }
}

TEST_CASE("resolve_mix maps aliases to ids and merges keys naming one class") {
    const auto mix = resolve_mix({{"sovereign_bonds", 0.3},
                                  {"treasuries", 0.1},
                                  {"gold", 0.2},
                                  {"industrial_metals", 0.15},
                                  {"infrastructure", 0.1},
                                  {"clean_energy", 0.15}},
                                 MarketData::builtin(), "mix")
                         .explained;
    REQUIRE(mix.size() == 5);
    double total = 0.0;
    for (const auto& c : mix) {
        total += c.weight;
        if (c.id == "treasury_10y") {
            CHECK(c.weight == doctest::Approx(0.4));
        }
    }
    CHECK(total == doctest::Approx(1.0));
}

TEST_CASE("resolve_mix rejects unknown ids, inflation and bad totals, listing accepted ids") {
    const MarketData& md = MarketData::builtin();
    try {
        (void)resolve_mix({{"unobtainium", 1.0}}, md, "--mix");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.field() == "--mix");
        CHECK(e.got() == "unobtainium");
        CHECK(e.expected().find("treasury_10y") != std::string::npos);
        CHECK(e.expected().find("bonds") != std::string::npos);
        // The sources with no series are accepted too, and listed as such.
        CHECK(e.expected().find("cannot be checked: mining, trading, ai_trading") !=
              std::string::npos);
    }
    CHECK_THROWS_AS((void)resolve_mix({{"us_cpi", 1.0}}, md, "--mix"), InputError);
    try {
        (void)resolve_mix({{"gold", 0.5}, {"bonds", 0.4}}, md, "--mix");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.field() == "--mix");
        CHECK(e.got() == "0.9");
    }
    CHECK_THROWS_AS((void)resolve_mix({{"gold", 1.5}}, md, "--mix"), InputError);
    CHECK(resolve_mix({}, md, "--mix").empty());
}

TEST_CASE("plausible_payout: central from geometric means, optimistic from best years") {
    // Two classes, half each, worked by hand.
    const std::vector<MixComponent> mix{
        {"a", "A", 0.5, 0.06, 0.07, {1979, 1.20}, {1981, -0.30}},
        {"b", "B", 0.5, 0.04, 0.05, {1982, 0.30}, {2022, -0.18}},
    };
    const PlausiblePayout p = plausible_payout({mix, {}}, 1000.0, 1100.0, 0.5, 0.04);
    CHECK(p.unexplained_weight() == 0.0);
    CHECK(p.central_annual_rate == doctest::Approx(0.05));
    CHECK(p.central_payout == doctest::Approx(1000.0 * std::sqrt(1.05)));
    CHECK(p.optimistic_annual_rate == doctest::Approx(0.75));
    CHECK(p.optimistic_payout == doctest::Approx(1375.0)); // 1000 * (1 + 0.75 * 0.5)
    CHECK(p.highest_best_year == doctest::Approx(1.20));
    CHECK(p.highest_best_year_id == "a");
    CHECK(p.highest_best_year_year == 1979);
    CHECK(p.advertised_simple_annual_rate == doctest::Approx(0.2));
    CHECK(p.beyond_best_year == doctest::Approx(-0.55));
    CHECK(p.gap_to_central == doctest::Approx(1100.0 - 1000.0 * std::sqrt(1.05)));
    REQUIRE(p.gain_multiple_of_central);
    CHECK(*p.gain_multiple_of_central ==
          doctest::Approx(100.0 / (1000.0 * std::sqrt(1.05) - 1000.0)));
    REQUIRE(p.gain_multiple_of_optimistic);
    CHECK(*p.gain_multiple_of_optimistic == doctest::Approx(100.0 / 375.0));
}

TEST_CASE("plausible_payout leaves the multiple empty when the mix's gain is not positive") {
    const std::vector<MixComponent> mix{{"c", "C", 1.0, -0.01, 0.003, {2021, 0.27}, {2018, -0.13}}};
    const PlausiblePayout p = plausible_payout({mix, {}}, 1000.0, 1010.0, 1.0, 0.04);
    CHECK(p.central_payout == doctest::Approx(990.0));
    CHECK_FALSE(p.gain_multiple_of_central);
    CHECK(p.gain_multiple_of_optimistic);
}

TEST_CASE("the built-in example's mix: advertised 6,350 lies far beyond even the best years") {
    // 5,000 USDT for 20 days (ACT/365F) with the mix of data/examples.json.
    const auto mix = resolve_mix({{"sovereign_bonds", 0.3},
                                  {"gold", 0.2},
                                  {"industrial_metals", 0.15},
                                  {"infrastructure", 0.2},
                                  {"clean_energy", 0.15}},
                                 MarketData::builtin(), "mix");
    const PlausiblePayout p = plausible_payout(mix, 5000.0, 6350.0, 20.0 / 365.0, 0.04);
    // Weighted geometric means: .3*.0453 + .2*.0561 + .15*(-.0086) + .2*.093 + .15*.0676
    CHECK(p.central_annual_rate == doctest::Approx(0.05232).epsilon(1e-4));
    // Weighted best years: .3*.3281 + .2*1.2655 + .15*.2705 + .2*.283 + .15*1.418
    CHECK(p.optimistic_annual_rate == doctest::Approx(0.661405).epsilon(1e-6));
    CHECK(p.optimistic_payout == doctest::Approx(5000.0 * (1 + 0.661405 * 20.0 / 365.0)));
    CHECK(p.optimistic_payout < 5200.0);
    CHECK(p.beyond_best_year > 4.0);
}

TEST_CASE("sources with no public return series are accepted and counted at the safe rate") {
    const MarketData& md = MarketData::builtin();
    const AssetClass& gold = md.get("gold");
    // mining=60, gold=40 (an alias, "bitcoin_mining", merges with its id).
    const ResolvedMix mix =
        resolve_mix({{"mining", 0.5}, {"bitcoin_mining", 0.1}, {"gold", 0.4}}, md, "mix");
    REQUIRE(mix.explained.size() == 1);
    CHECK(mix.explained[0].id == "gold");
    CHECK(mix.explained[0].weight == doctest::Approx(0.4));
    REQUIRE(mix.unexplained.size() == 1);
    CHECK(mix.unexplained[0].id == "mining");
    CHECK(mix.unexplained[0].name == "Crypto mining");
    CHECK(mix.unexplained_weight() == doctest::Approx(0.6));

    // 1,000 for a year, a safe rate of 4%: 40% at gold's long run and best year, 60% at 4%.
    const PlausiblePayout p = plausible_payout(mix, 1000.0, 1500.0, 1.0, 0.04);
    CHECK(p.unexplained_weight() == doctest::Approx(0.6));
    CHECK(p.unexplained_rate == 0.04);
    CHECK(p.central_annual_rate == doctest::Approx(0.4 * gold.geometric_mean + 0.6 * 0.04));
    CHECK(p.central_payout == doctest::Approx(1000.0 * (1.0 + 0.4 * gold.geometric_mean + 0.024)));
    CHECK(p.optimistic_annual_rate == doctest::Approx(0.4 * gold.best_year.value + 0.6 * 0.04));
    CHECK(p.highest_best_year == gold.best_year.value);
    CHECK(p.highest_best_year_id == "gold");

    // Listed in the data file's order, whatever the order typed.
    const ResolvedMix two = resolve_mix({{"trading", 0.4}, {"mining", 0.6}}, md, "mix");
    REQUIRE(two.unexplained.size() == 2);
    CHECK(two.unexplained[0].id == "mining");
    CHECK(two.unexplained[1].id == "trading");
}

TEST_CASE("a mix that is all unexplained pays the safe rate and has no best year") {
    const MarketData& md = MarketData::builtin();
    const ResolvedMix mix = resolve_mix({{"ai_trading", 0.8}, {"forex", 0.2}}, md, "mix");
    CHECK(mix.explained.empty());
    CHECK_FALSE(mix.empty());
    CHECK(mix.unexplained_weight() == doctest::Approx(1.0));
    const PlausiblePayout p = plausible_payout(mix, 1000.0, 1200.0, 0.5, 0.05);
    CHECK(p.central_annual_rate == doctest::Approx(0.05));
    CHECK(p.central_payout == doctest::Approx(1000.0 * std::sqrt(1.05)));
    CHECK(p.optimistic_annual_rate == doctest::Approx(0.05));
    CHECK(p.optimistic_payout == doctest::Approx(1025.0));
    CHECK(p.highest_best_year == -1.0);
    CHECK(p.highest_best_year_id.empty());
}

TEST_CASE("a mix naming an unknown id is still refused, naming the field") {
    const MarketData& md = MarketData::builtin();
    try {
        (void)resolve_mix({{"mining", 0.5}, {"unobtainium", 0.5}}, md, "--mix");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.field() == "--mix");
        CHECK(e.got() == "unobtainium");
        CHECK(e.expected_template() ==
              std::string("asset-class ids from: {0}; or, with no public return series, cannot "
                          "be checked: {1}"));
        REQUIRE(e.values().size() == 2);
        CHECK(e.values()[1] == "mining, trading, ai_trading, arbitrage, staking, liquidity_mining");
    }
    // Weights are checked over both parts: 0.5 + 0.3 is not 1.
    try {
        (void)resolve_mix({{"mining", 0.5}, {"gold", 0.3}}, md, "mix");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.field() == "mix");
        CHECK(e.got() == "0.8");
    }
    CHECK_THROWS_AS((void)resolve_mix({{"staking", 1.2}}, md, "mix"), InputError);
}
