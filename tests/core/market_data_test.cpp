#include "core/data_error.hpp"
#include "core/market_data.hpp"
#include "core/offer.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace candor::core;

TEST_CASE("the built-in benchmark data loads and has sources") {
    const MarketData& md = MarketData::builtin();
    const AssetClass& bill = md.default_benchmark();
    CHECK(bill.id == "tbill_3m");
    REQUIRE(bill.current.has_value());
    CHECK(bill.current->value > 0.0);
    CHECK_FALSE(bill.current->as_of.empty());
    for (const auto& a : md.asset_classes()) {
        CAPTURE(a.id);
        CHECK_FALSE(a.source.title.empty());
        CHECK_FALSE(a.source.date.empty());
        CHECK(a.geometric_mean <= a.arithmetic_mean);
    }
    const Assumptions d = Assumptions::defaults();
    CHECK(d.benchmark_rate == bill.current->value);
    CHECK(d.annual_inflation == md.default_inflation().current->value);
}

TEST_CASE("a benchmarks file is validated with key and line") {
    std::string text = R"({
  "schema_version": 1,
  "defaults": {"benchmark": "b", "inflation": "b"},
  "asset_classes": [
    {"id": "b", "name": "Bills", "kind": "return",
     "arithmetic_mean": 0.03, "geometric_mean": 0.04, "period": "1928-2025",
     "best_year": {"year": 1981, "return": 0.14}, "worst_year": {"year": 2014, "return": 0.0},
     "current": {"value": 0.04, "as_of": "2025", "what": "x"},
     "source": {"title": "t", "publisher": "p", "date": "2026-01"}}
  ]
})";
    try {
        (void)MarketData::parse(text, "b.json");
        FAIL("accepted a geometric mean above the arithmetic mean");
    } catch (const DataError& e) {
        CHECK(e.key() == "asset_classes[0].geometric_mean");
        CHECK(e.line() == 6);
    }
    const auto fixed = text.replace(text.find("0.04, \"period\""), 4, "0.02");
    const MarketData md = MarketData::parse(fixed, "b.json");
    CHECK(md.get("b").geometric_mean == 0.02);
    CHECK_THROWS_AS(MarketData::load_file("/nonexistent/benchmarks.json"), DataError);
}
