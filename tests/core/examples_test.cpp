#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"

#include <doctest/doctest.h>

using namespace candor::core;

TEST_CASE("the built-in examples are the two offers the project started from") {
    const auto& list = builtin_examples();
    REQUIRE(list.size() >= 2);
    const Offer& a = find_example("").offer; // the first
    CHECK(format_money(a.principal) == "5,000.00 USDT");
    CHECK(a.term.days() == 20);
    CHECK(format_money(*a.advertised_payout) == "6,350.00 USDT");
    const Offer& b = find_example("platform-a-xrp").offer;
    CHECK(format_money(b.principal) == "30,000.00 USD");
    CHECK(b.held.code == "XRP");
    CHECK(b.term.days() == 30);
    CHECK(format_money(*b.advertised_payout) == "44,400.00 USD");
    for (const auto& e : list) {
        CHECK(e.offer.name.find("Example") != std::string::npos); // neutral names only
    }
    CHECK_THROWS_WITH_AS(find_example("nope"), doctest::Contains("platform-a-usdt"), InputError);
}

TEST_CASE("a malformed examples file names the key and the line") {
    const char* text = R"({
  "schema_version": 1,
  "examples": [
    {"id": "x", "name": "X", "principal": "5000", "asset": "USDT", "days": 20, "payout": "6350"},
    {"id": "y", "name": "Y", "principal": "5000", "asset": "USDT",
     "days": 0, "payout": "6350"}
  ]
})";
    try {
        (void)parse_examples(text, "ex.json");
        FAIL("accepted days = 0");
    } catch (const DataError& e) {
        CHECK(e.key() == "examples[1].days");
        CHECK(e.line() == 6);
        CHECK(std::string(e.what()).find("ex.json:6: examples[1].days") == 0);
    }
    CHECK_THROWS_WITH_AS(parse_examples("{\n  \"schema_version\": 1,\n  oops\n}", "bad.json"),
                         doctest::Contains("bad.json:3"), DataError);
    CHECK_THROWS_WITH_AS(
        parse_examples(R"({"schema_version": 1, "examples": [{"id": "x", "name": "X",
          "principal": "abc", "asset": "USDT", "days": 20, "payout": "6350"}]})",
                       "p.json"),
        doctest::Contains("examples[0].principal"), DataError);
}
