#include <doctest/doctest.h>

#include "core/data_error.hpp"
#include "core/input_error.hpp"
#include "core/scenario_data.hpp"

#include <string>

using namespace candor::core;

TEST_CASE("built-in presets load, each with its sources") {
    const auto& p = ScenarioPresets::builtin();
    for (const char* id :
         {"insured-bank-deposit", "investment-grade-bond", "crypto-lender-2022", "ponzi-scheme"}) {
        const ScenarioPreset* s = p.find(id);
        REQUIRE(s != nullptr);
        CHECK_FALSE(s->sources.empty());
        CHECK_FALSE(s->basis.empty());
        ScenarioModel m;
        m.principal = 100;
        m.payout = 110;
        m.term_years = 1;
        s->apply_to(m);
        CHECK_NOTHROW(validate(m));
    }
    CHECK(p.find("insured-bank-deposit")->recovery == 1.0);
    CHECK_THROWS_AS(p.get("nope", "--scenario"), InputError);
}

TEST_CASE("price-risk table: accessor for volatile assets only") {
    CHECK(annual_volatility("BTC").has_value());
    CHECK(*annual_volatility("btc") == *annual_volatility("BTC"));
    for (const char* code : {"ETH", "XRP", "SOL"}) {
        REQUIRE(annual_volatility(code).has_value());
        CHECK(*annual_volatility(code) > 0.0);
    }
    CHECK_FALSE(annual_volatility("USDT").has_value());
    CHECK_FALSE(annual_volatility("USD").has_value());
    CHECK(annual_drift("ETH").has_value());
    const auto* d = PriceRiskTable::builtin().depeg("usdc");
    REQUIRE(d != nullptr);
    CHECK(d->loss_given_depeg > 0.0);
    ScenarioModel m;
    PriceRiskTable::builtin().apply_to("USDT", m);
    CHECK(m.depeg_probability > 0.0);
    CHECK(m.volatility == 0.0);
}

TEST_CASE("a malformed presets file names the key and the line") {
    const std::string text = R"({
  "schema_version": 1,
  "presets": [
    {"id": "a", "name": "A", "hazard": 0.1, "recovery": 0.4, "recovery_spread": 0,
     "recovery_delay_years": 1, "basis": "b", "calibrated_max_premium": 0.2, "calibrated_basis": "c",
     "sources": [{"title": "t", "publisher": "p", "date": "2020"}]},
    {"id": "b", "name": "B",
     "hazard": -1, "recovery": 0.4, "recovery_spread": 0,
     "recovery_delay_years": 1, "basis": "b",
     "sources": [{"title": "t", "publisher": "p", "date": "2020"}]}
  ]
})";
    try {
        ScenarioPresets::parse(text, "mine.json");
        FAIL("expected a DataError");
    } catch (const DataError& e) {
        const std::string what = e.what();
        INFO(what);
        CHECK(what.find("mine.json:8") != std::string::npos);
        CHECK(what.find("presets[1].hazard") != std::string::npos);
    }
    const std::string beta = R"({"schema_version": 1, "presets": [
    {"id": "a", "name": "A", "hazard": 0.1, "recovery": 0.1, "recovery_spread": 0.4,
     "recovery_delay_years": 1, "basis": "b",
     "sources": [{"title": "t", "publisher": "p", "date": "2020"}]}]})";
    CHECK_THROWS_AS(ScenarioPresets::parse(beta, "beta.json"), DataError);
    CHECK_THROWS_AS(PriceRiskTable::parse(R"({"schema_version": 1, "volatile": [
      {"asset": "BTC", "annual_volatility": -1, "annual_drift": 0, "period": "p", "basis": "b",
       "source": {"title": "t", "publisher": "p", "date": "2020"}}], "stablecoins": []})",
                                          "risk.json"),
                    DataError);
}
