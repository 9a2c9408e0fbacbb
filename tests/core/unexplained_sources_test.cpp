// data/unexplained_sources.json (src/core/unexplained_sources.hpp): the built-in list, lookups
// by id and alias, and a broken file refused with its key.
#include "core/data_error.hpp"
#include "core/market_data.hpp"
#include "core/unexplained_sources.hpp"

#include <doctest/doctest.h>

using namespace candor::core;

TEST_CASE("the built-in sources with no public return series, each with a dated source") {
    const UnexplainedSources& u = UnexplainedSources::builtin();
    CHECK(u.id_list() == "mining, trading, ai_trading, arbitrage, staking, liquidity_mining");
    for (const UnexplainedSource& s : u.sources()) {
        CAPTURE(s.id);
        CHECK_FALSE(s.name.empty());
        CHECK_FALSE(s.why.empty());
        CHECK_FALSE(s.source.publisher.empty());
        CHECK(s.source.date.size() >= 7);
        // Never also an asset class: a mix id means one thing.
        CHECK(MarketData::builtin().resolve(s.id) == nullptr);
        for (const std::string& alias : s.aliases) {
            CHECK(MarketData::builtin().resolve(alias) == nullptr);
        }
    }
    REQUIRE(u.resolve("Cloud_Mining") != nullptr);
    CHECK(u.resolve("Cloud_Mining")->id == "mining");
    CHECK(u.resolve("yield_farming")->id == "liquidity_mining");
    CHECK(u.resolve("gold") == nullptr);
}

TEST_CASE("a sources file with an id given twice is refused, naming the key") {
    const std::string text = R"({"schema_version": 1, "sources": [
      {"id": "mining", "name": "A", "why": "w",
       "source": {"title": "t", "publisher": "p", "url": "u", "date": "2024-01"}},
      {"id": "x", "name": "B", "aliases": ["mining"], "why": "w",
       "source": {"title": "t", "publisher": "p", "url": "u", "date": "2024-01"}}]})";
    try {
        (void)UnexplainedSources::parse(text, "u.json");
        FAIL("accepted");
    } catch (const DataError& e) {
        CHECK(e.file() == "u.json");
        CHECK(e.key().find("aliases[0]") != std::string::npos);
        CHECK(e.line() == 4);
    }
}
