// Assets amounts are denominated in (src/core/asset.hpp): lookups by code regardless of case,
// minor units as ISO 4217 and the tokens' conventions give them, the currency a non-fiat asset
// is valued in, and the field named when a code is unknown.
#include "core/asset.hpp"

#include "core/input_error.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace candor::core;

TEST_CASE("assets are found by code in any case") {
    const auto usd = find_asset("usd");
    REQUIRE(usd.has_value());
    CHECK(usd->code == "USD");
    CHECK(usd->kind == AssetKind::Fiat);
    CHECK(find_asset("UsDt")->code == "USDT");
    CHECK_FALSE(find_asset("").has_value());
    CHECK_FALSE(find_asset("US").has_value());
    CHECK_FALSE(find_asset("USDX").has_value());
}

TEST_CASE("every known code is found in any case, and near misses are not") {
    for (const Asset& a : known_assets()) {
        CAPTURE(a.code);
        std::string lower = a.code;
        for (char& c : lower) {
            c = static_cast<char>(c - 'A' + 'a');
        }
        for (const std::string& code : {a.code, lower, " " + a.code, a.code + " ", a.code + "S",
                                        a.code.substr(1), std::string(1, '\0') + a.code}) {
            CAPTURE(code);
            const auto found = find_asset(code);
            const bool same_letters = code == a.code || code == lower;
            CHECK(found.has_value() == same_letters); // no code is another with a letter more
            if (same_letters) {
                REQUIRE(found.has_value());
                CHECK(found->code == a.code);
                CHECK(found->decimals == a.decimals);
            }
        }
    }
    CHECK_FALSE(find_asset("USD\xc3\xa9").has_value()); // a non-ASCII letter
    CHECK_FALSE(find_asset("U5D").has_value());
    CHECK_FALSE(find_asset("USDTT").has_value());
}

TEST_CASE("minor units follow ISO 4217 for currencies") {
    CHECK(find_asset("USD")->decimals == 2);
    CHECK(find_asset("EUR")->decimals == 2);
    CHECK(find_asset("JPY")->decimals == 0);
    CHECK(find_asset("JPY")->display_decimals == 0);
}

TEST_CASE("stablecoins are valued in the currency they track, other coins in USD") {
    const Asset usdt = asset_or_throw("USDT", "--asset");
    CHECK(usdt.kind == AssetKind::Stablecoin);
    CHECK(usdt.pegged_to == "USD");
    CHECK(reporting_currency(usdt) == "USD");
    const Asset btc = asset_or_throw("BTC", "--asset");
    CHECK(btc.kind == AssetKind::Volatile);
    CHECK(btc.pegged_to.empty());
    CHECK(btc.decimals > 2); // amounts of a coin are kept below the cent
    CHECK(reporting_currency(btc) == "USD");
    CHECK(reporting_currency(asset_or_throw("EUR", "--asset")) == "EUR");
}

TEST_CASE("the table lists fiat first, each code once, in upper case") {
    const auto& all = known_assets();
    REQUIRE_FALSE(all.empty());
    std::set<std::string> codes;
    bool seen_non_fiat = false;
    for (const Asset& a : all) {
        CAPTURE(a.code);
        CHECK(codes.insert(a.code).second);
        for (const char c : a.code) {
            CHECK_FALSE((c >= 'a' && c <= 'z'));
        }
        if (a.kind != AssetKind::Fiat) {
            seen_non_fiat = true;
        } else {
            CHECK_FALSE(seen_non_fiat);
        }
        CHECK(a.display_decimals <= a.decimals);
        CHECK(find_asset(a.code)->code == a.code);
    }
}

TEST_CASE("an unknown code is refused naming the field and what was typed") {
    try {
        (void)asset_or_throw("dollars", "--asset");
        FAIL("accepted");
    } catch (const InputError& e) {
        CHECK(e.field() == "--asset");
        CHECK(e.got() == "dollars");
    }
}
