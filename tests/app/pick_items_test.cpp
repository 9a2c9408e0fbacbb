// What the pick-lists offer and write (src/app/pick_items.hpp), without a display.
#include "app/pick_items.hpp"

#include "core/asset.hpp"
#include "core/market_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace candor;
using namespace candor::app;

TEST_CASE("the mix pick-list: grouped by kind, sources with no return series last") {
    const auto items = mix_pick_items(core::MarketData::builtin());
    REQUIRE_FALSE(items.empty());
    CHECK(items.front().group == "cash_bonds");
    CHECK(items.back().group == "no_series");
    // Groups are contiguous.
    std::vector<std::string> groups;
    for (const PickItem& i : items) {
        if (groups.empty() || groups.back() != i.group) {
            CHECK(std::find(groups.begin(), groups.end(), i.group) == groups.end());
            groups.push_back(i.group);
        }
    }
    CHECK(groups == std::vector<std::string>{"cash_bonds", "commodities", "equities", "no_series"});
    const auto mining = std::find_if(items.begin(), items.end(),
                                     [](const PickItem& i) { return i.id == "mining"; });
    REQUIRE(mining != items.end());
    CHECK(mining->name == "Crypto mining");
    CHECK(pick_matches(*mining, "MIN"));
    CHECK(pick_matches(*mining, "public return"));
    CHECK_FALSE(pick_matches(*mining, "gold"));
}

TEST_CASE("the asset pick-list: currencies by name, stablecoins, then crypto") {
    const auto items = asset_pick_items();
    const auto find = [&](const std::string& id) {
        return std::find_if(items.begin(), items.end(),
                            [&](const PickItem& i) { return i.id == id; });
    };
    REQUIRE(find("EUR") != items.end());
    CHECK(find("EUR")->group == "fiat");
    CHECK(find("USDT")->group == "stablecoin");
    CHECK(find("USDT")->name == "Tether");
    CHECK(find("BTC")->group == "crypto");
    CHECK(find("EUR") < find("USDT"));
    CHECK(find("USDT") < find("BTC"));
    CHECK(items.size() == core::known_assets().size());
}

TEST_CASE("choices are written into the mix field: typed weights kept, the rest shared") {
    CHECK(mix_with("", {"mining", "trading"}) == "mining=50, trading=50");
    CHECK(mix_with("gold=60", {"gold", "us_equities", "treasury_10y"}) ==
          "gold=60, us_equities=20, treasury_10y=20");
    CHECK(mix_with("gold=60%, bonds=40", {"gold"}) == "gold=60");
    CHECK(mix_with("", {"a", "b", "c"}) == "a=33, b=33, c=34");
    CHECK(mix_with("gold=100", {"gold", "mining"}) == "gold=100, mining=0");
    CHECK(mix_ids_in("gold=60, bonds: 40; x") == std::vector<std::string>{"gold", "bonds"});
}
