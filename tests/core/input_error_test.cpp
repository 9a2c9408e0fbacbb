// Core's error texts: the marked (translatable) part is fixed; lists and values go in through
// placeholders, so that a catalog's msgid matches exactly.
#include "core/data_error.hpp"
#include "core/disclosures.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace candor::core;

TEST_CASE("fill_placeholders puts values into {n} and leaves anything else alone") {
    CHECK(fill_placeholders("from {0} to {1}", {"1", "9"}) == "from 1 to 9");
    CHECK(fill_placeholders("{1} before {0}", {"a", "b"}) == "b before a");
    CHECK(fill_placeholders("no value for {2}", {"a"}) == "no value for {2}");
    CHECK(fill_placeholders("braces {x} and {", {"a"}) == "braces {x} and {");
    CHECK(fill_placeholders("", {}).empty());
}

TEST_CASE("an unknown example: the marked text is fixed, the ids come as a value") {
    try {
        (void)find_example("no-such-example");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.expected_template() == "the id of a built-in example: {0}");
        REQUIRE(e.values().size() == 1);
        CHECK(e.values()[0].find("platform-a-usdt") != std::string::npos);
        CHECK(e.expected() == "the id of a built-in example: " + e.values()[0]);
        CHECK(e.got() == "no-such-example");
        const InputError renamed = e.renamed("--example");
        CHECK(renamed.field() == "--example");
        CHECK(renamed.expected_template() == e.expected_template());
        CHECK(renamed.values() == e.values());
    }
}

TEST_CASE("an unknown claim: the accepted ids come as a value") {
    try {
        (void)parse_claims("magic", "--claims");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.expected_template() == "claim ids separated by commas, from: {0}");
        REQUIRE(e.values().size() == 1);
        CHECK(e.values()[0].find("guaranteed") != std::string::npos);
    }
}

TEST_CASE("data file errors keep file, key and line - their text is a fixed template") {
    try {
        (void)MarketData::load_file("/nonexistent/benchmarks.json");
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(e.file() == "/nonexistent/benchmarks.json");
        CHECK(e.problem_template() == "cannot be opened for reading");
        CHECK(std::string(e.what()) ==
              "/nonexistent/benchmarks.json: cannot be opened for reading");
    }
    try {
        (void)MarketData::parse("{\n  \"asset_classes\": [\n", "bad.json");
        FAIL("no error");
    } catch (const DataError& e) {
        CHECK(e.file() == "bad.json");
        CHECK(e.line() > 0);
        CHECK(e.problem_template() == "not valid JSON");
    }
    const DataError wrapped("offers.candor", "offers[0].days",
                            InputError("days", "a whole number of days from 1 to 36500", "0"), 7);
    CHECK(wrapped.problem_template() == "expected {0}");
    REQUIRE(wrapped.cause() != nullptr);
    CHECK(wrapped.cause()->expected_template() == "a whole number of days from 1 to 36500");
    CHECK(std::string(wrapped.what()) ==
          "offers.candor:7: offers[0].days: expected a whole number of days from 1 to 36500");
}
