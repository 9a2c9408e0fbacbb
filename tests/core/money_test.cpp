#include "core/input_error.hpp"
#include "core/money.hpp"

#include <doctest/doctest.h>

using namespace candor::core;

namespace {
const Asset usdt = *find_asset("USDT");
const Asset usd = *find_asset("USD");
} // namespace

TEST_CASE("assets carry their conventional decimals") {
    CHECK(find_asset("usd")->decimals == 2);
    CHECK(find_asset("JPY")->decimals == 0);
    CHECK(find_asset("KWD")->decimals == 3);
    CHECK(find_asset("USDT")->decimals == 6);
    CHECK(find_asset("BTC")->decimals == 8);
    CHECK(find_asset("XRP")->decimals == 6);
    CHECK(find_asset("SOL")->decimals == 9);
    CHECK(find_asset("XRP")->kind == AssetKind::Volatile);
    CHECK(find_asset("USDC")->kind == AssetKind::Stablecoin);
    CHECK_FALSE(find_asset("DOGECOIN").has_value());
    CHECK(reporting_currency(*find_asset("USDT")) == "USD");
}

TEST_CASE("parse_money accepts the usual ways of writing an amount") {
    struct Row {
        const char* text;
        std::int64_t minor;
        const char* code;
    };
    const Row rows[] = {
        {"5000", 5'000'000'000, "USDT"},
        {"5,000.00", 5'000'000'000, "USDT"},
        {"5000 USDT", 5'000'000'000, "USDT"},
        {"USDT 5000", 5'000'000'000, "USDT"},
        {" 6,350 ", 6'350'000'000, "USDT"},
        {"30000 USD", 3'000'000, "USD"},
        {"1,234,567.5 usd", 123'456'750, "USD"},
        {"5e3", 5'000'000'000, "USDT"},
        {"0.5", 500'000, "USDT"},
        {".25", 250'000, "USDT"},
        {"1 BTC", 100'000'000, "BTC"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.text);
        const Money m = parse_money(r.text, usdt, "principal");
        CHECK(m.minor() == r.minor);
        CHECK(m.asset().code == r.code);
    }
}

TEST_CASE("digits beyond the minor unit round half to even, once") {
    CHECK(parse_money("1.005", usd, "x").minor() == 100);  // tie -> even (100)
    CHECK(parse_money("1.015", usd, "x").minor() == 102);  // tie -> even (102)
    CHECK(parse_money("1.0051", usd, "x").minor() == 101); // above the tie
    CHECK(parse_money("1.0049", usd, "x").minor() == 100);
    CHECK(parse_money("0.005", usd, "x").minor() == 0);
    CHECK(parse_money("0.015", usd, "x").minor() == 2);
    CHECK(Money::from_major(2.5, *find_asset("JPY")).minor() == 2);
    CHECK(Money::from_major(3.5, *find_asset("JPY")).minor() == 4);
}

TEST_CASE("parse_money rejects garbage with a message naming the field") {
    for (const char* bad : {"", "abc", "nan", "inf", "5,00", "5,0000", "1e400", "12 XYZ",
                            "5000 USD USD", "1..2", "--5", "1e", "5 0"}) {
        CAPTURE(bad);
        try {
            (void)parse_money(bad, usdt, "principal");
            FAIL("accepted " << bad);
        } catch (const InputError& e) {
            CHECK(e.field() == "principal");
            CHECK(std::string(e.what()).rfind("principal: expected", 0) == 0);
        }
    }
    CHECK_THROWS_AS(parse_money("5000", std::nullopt, "principal"), InputError);
    CHECK_THROWS_AS(parse_money("99999999999999999", usd, "principal"), InputError);
}

TEST_CASE("formatting groups thousands and rounds to display digits half to even") {
    CHECK(format_money(parse_money("5011.548728", usdt, "x")) == "5,011.55 USDT");
    CHECK(format_money(parse_money("0.125", usdt, "x")) == "0.12 USDT");
    CHECK(format_money(parse_money("0.135", usdt, "x")) == "0.14 USDT");
    CHECK(format_money(parse_money("1234567.891", usd, "x")) == "1,234,567.89 USD");
    CHECK(format_money(parse_money("-12.5", usd, "x")) == "-12.50 USD");
    CHECK(format_money(Money(1234, *find_asset("JPY"))) == "1,234 JPY");
    CHECK(fmt::format("{}", parse_money("6350", usdt, "x")) == "6,350.00 USDT");
    CHECK(format_grouped(999.995, 2) == "1,000.00");
    // 1e308 scaled by 10^6 overflows a double: it was written "0.000inf" (numbers fuzz target).
    const std::string huge = format_grouped(-1e308, 6);
    CHECK(huge.rfind("-100,000,000,000,000,001,097,906,362,944,", 0) == 0);
    CHECK(huge.size() == 1 + 309 + 102 + 7);
    CHECK(huge.substr(huge.size() - 7) == ".000000");
    // Whole numbers below 2^64 are written through an integer, larger ones by fmt: the same digits.
    CHECK(format_grouped(18446744073709549568.0, 0) == "18,446,744,073,709,549,568"); // below 2^64
    CHECK(format_grouped(18446744073709551616.0, 0) == "18,446,744,073,709,551,616"); // 2^64
    CHECK(format_grouped(9007199254740993.0, 0) == "9,007,199,254,740,992");          // 2^53 + 1
    CHECK(format_grouped(123456789.125, 2) == "123,456,789.12");
    CHECK(format_grouped(0.004, 2) == "0.00");
    CHECK(format_grouped(-0.004, 2) == "0.00");
}

TEST_CASE("parse_number rejects non-finite and malformed numbers") {
    CHECK(parse_number("0.043", "rate", "a rate") == doctest::Approx(0.043));
    CHECK(parse_number("-1e-3", "rate", "a rate") == doctest::Approx(-0.001));
    for (const char* bad : {"nan", "inf", "-inf", "1e400", "0x10", "4,3", "", "abc"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parse_number(bad, "rate", "a rate"), InputError);
    }
}
