#include <doctest/doctest.h>

#include "core/input_error.hpp"
#include "core/money.hpp"
#include "i18n/tr.hpp"
#include "language_guard.hpp"
#include "present/digits.hpp"
#include "present/number_format.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace candor;
namespace pf = candor::present;

namespace {

/// Selects a language for one test case and goes back to English afterwards.
using LocaleGuard = test::LanguageGuard;

const std::vector<std::string> all_languages = {"en", "es", "pt_BR", "fr",
                                                "de", "tr", "ar",    "ar@latn"};

core::Asset asset(const char* code) {
    return *core::find_asset(code);
}

// U+00A0 no-break space, U+202F narrow no-break space, U+061C Arabic letter mark.
const std::string nbsp = "\u00a0";
const std::string nnbsp = "\u202f";
const std::string alm = "\u061c";

} // namespace

TEST_CASE("English output is unchanged: comma groups, point decimals, no space before %") {
    LocaleGuard g("en");
    CHECK(pf::number(1234.5, 1) == "1,234.5");
    CHECK(pf::percent(0.27) == "27.00%");
    CHECK(pf::percent(77.41837) == "7,741.84%");
    CHECK(pf::percent(-0.005, 1) == "-0.5%");
    CHECK(pf::money(core::Money::from_major(5011.548, asset("USDT"))) == "5,011.55 USDT");
    CHECK(pf::money(14827213516044.61, asset("USDT")) == "14,827,213,516,044.61 USDT");
    CHECK(pf::power_of_ten(5.63, 1) == "10^5.6");
    CHECK(pf::large_amount(std::nullopt, 22.6, asset("USDT")) == "about 39.8 sextillion USDT");
    CHECK(pf::duration_years(1.66) == "1.7 years");
    CHECK(pf::duration_years(20.0 / 365.0) == "20 days");
    CHECK(pf::duration_years(1.0 / 365.0) == "1 day");
}

TEST_CASE("every locale formats the way CLDR says its readers write numbers") {
    struct Row {
        const char* lang;
        std::string number;  // 1234567.891 with 2 decimals
        std::string percent; // 0.2708
        std::string small;   // 1234.5 with 2 decimals (Spanish does not group 4 digits)
    };
    const Row rows[] = {
        {"en", "1,234,567.89", "27.08%", "1,234.50"},
        {"de", "1.234.567,89", "27,08" + nbsp + "%", "1.234,50"},
        {"fr", "1" + nnbsp + "234" + nnbsp + "567,89", "27,08" + nbsp + "%",
         "1" + nnbsp + "234,50"},
        {"es", "1.234.567,89", "27,08" + nbsp + "%", "1234,50"},
        {"pt_BR", "1.234.567,89", "27,08%", "1.234,50"},
        {"tr", "1.234.567,89", "%27,08", "1.234,50"},
        {"ar", "١٬٢٣٤٬٥٦٧٫٨٩", "٢٧٫٠٨٪" + alm, "١٬٢٣٤٫٥٠"},
        {"ar@latn", "1,234,567.89", "27.08\u200e%\u200e", "1,234.50"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        LocaleGuard g(r.lang);
        CHECK(pf::current_locale() == r.lang);
        CHECK(pf::number(1234567.891, 2) == r.number);
        CHECK(pf::percent(0.2708) == r.percent);
        CHECK(pf::number(1234.5, 2) == r.small);
    }
}

TEST_CASE("the machine's C locale does not matter: set_locale alone decides") {
    LocaleGuard g("en");
    pf::set_locale("de");
    CHECK(pf::current_locale() == "de");
    CHECK(pf::number(1234.5, 2) == "1.234,50");
    pf::set_locale("pt-BR.UTF-8");
    CHECK(pf::number(0.5, 1) == "0,5");
    pf::set_locale("");
    CHECK(pf::current_locale() == "en");
    CHECK(pf::number(1234.5, 2) == "1,234.50");
}

TEST_CASE("rounding is decided once, half to even, the same in every language") {
    // 0.125 and 0.375 are exact in binary: half to even gives 0.12 and 0.38.
    for (const auto& lang : all_languages) {
        CAPTURE(lang);
        LocaleGuard g(lang);
        const std::string a = pf::number(0.125, 2);
        const std::string b = pf::number(0.375, 2);
        // Compare the digits only (strip separators and marks): the same rounded value.
        auto digits = [](const std::string& s) {
            std::string out;
            for (std::size_t i = 0; i < s.size(); ++i) {
                const auto c = static_cast<unsigned char>(s[i]);
                if (c >= '0' && c <= '9') {
                    out.push_back(static_cast<char>(c));
                } else if (c == 0xD9 && i + 1 < s.size()) { // Arabic-Indic digits U+0660..0669
                    const auto d = static_cast<unsigned char>(s[i + 1]);
                    if (d >= 0xA0 && d <= 0xA9) {
                        out.push_back(static_cast<char>('0' + (d - 0xA0)));
                        ++i;
                    }
                }
            }
            return out;
        };
        CHECK(digits(a) == "012");
        CHECK(digits(b) == "038");
    }
}

TEST_CASE("dates in each locale's medium style") {
    const core::Date d(2026, 11, 25);
    {
        LocaleGuard g("en");
        CHECK(pf::date(d) == "Nov 25, 2026");
    }
    {
        LocaleGuard g("de");
        CHECK(pf::date(d) == "25.11.2026");
    }
    {
        LocaleGuard g("fr");
        CHECK(pf::date(d) == "25 nov. 2026");
    }
    {
        LocaleGuard g("tr");
        CHECK(pf::date(d) == "25 Kas 2026");
    }
}

TEST_CASE("money formats and parses back exactly in every locale") {
    struct Case {
        const char* asset;
        double major;
    };
    const Case cases[] = {{"USD", 0.01},       {"USD", 5000.0},   {"USD", 1234567.89},
                          {"USDT", 6350.0},    {"USDT", 5011.31}, {"EUR", 999999999.99},
                          {"BTC", 0.00012345}, {"BTC", 21.5},     {"USD", 12.3}};
    for (const auto& lang : all_languages) {
        LocaleGuard g(lang);
        for (const Case& c : cases) {
            CAPTURE(lang);
            CAPTURE(c.asset);
            CAPTURE(c.major);
            const core::Money m = core::Money::from_major(c.major, asset(c.asset));
            const std::string shown = pf::money(m);
            CAPTURE(shown);
            CHECK(pf::parse_money(shown, std::nullopt, "principal") == m);
            // The number alone, in the field's default asset.
            const std::string number_only = shown.substr(0, shown.rfind(' '));
            CHECK(pf::parse_money(number_only, asset(c.asset), "principal") == m);
            // The code may come first.
            CHECK(pf::parse_money(std::string(c.asset) + " " + number_only, std::nullopt,
                                  "principal") == m);
        }
    }
}

TEST_CASE("numbers and rates format and parse back in every locale") {
    const double values[] = {0.0, 1.5, 1234.5, -42.25, 1234567.75, 0.001};
    for (const auto& lang : all_languages) {
        CAPTURE(lang);
        LocaleGuard g(lang);
        for (double v : values) {
            CAPTURE(v);
            CHECK(pf::parse_number(pf::number(v, 3), "x", "a number") == doctest::Approx(v));
        }
        // Percentages read back as fractions, wherever the locale puts the sign.
        for (double r : {0.0421, 0.27, 77.4184, -0.005}) {
            CAPTURE(r);
            CHECK(pf::parse_rate(pf::percent(r), "rate", "a rate") == doctest::Approx(r));
        }
    }
}

TEST_CASE("what people type is read in their locale's conventions") {
    {
        LocaleGuard g("de");
        CHECK(pf::parse_number("1.234,5", "x", "n") == 1234.5);
        CHECK(pf::parse_number(" 1234,5 ", "x", "n") == 1234.5);
        CHECK(pf::parse_rate("4,21 %", "x", "n") == doctest::Approx(0.0421));
        CHECK(pf::parse_rate("4,21%", "x", "n") == doctest::Approx(0.0421));
        CHECK(pf::parse_rate("0,0421", "x", "n") == doctest::Approx(0.0421));
        CHECK(pf::parse_money("5.000,00 USDT", std::nullopt, "principal") ==
              core::Money::from_major(5000.0, asset("USDT")));
    }
    {
        LocaleGuard g("fr");
        // Any space groups digits: ASCII, no-break or narrow no-break.
        CHECK(pf::parse_number("1 234,5", "x", "n") == 1234.5);
        CHECK(pf::parse_number("1" + nbsp + "234,5", "x", "n") == 1234.5);
        CHECK(pf::parse_number("1" + nnbsp + "234,5", "x", "n") == 1234.5);
    }
    {
        LocaleGuard g("tr");
        CHECK(pf::parse_rate("%4,21", "x", "n") == doctest::Approx(0.0421));
    }
    {
        LocaleGuard g("ar");
        // Arabic-Indic digits, and Latin digits as typed on most keyboards.
        CHECK(pf::parse_number("١٬٢٣٤٫٥", "x", "n") == 1234.5);
        CHECK(pf::parse_number("1234.5", "x", "n") == 1234.5);
        CHECK(pf::parse_number("1,234.5", "x", "n") == 1234.5);
        CHECK(pf::parse_rate("٤٫٢١٪", "x", "n") == doctest::Approx(0.0421));
    }
    {
        LocaleGuard g("en");
        CHECK(pf::parse_money("5,000.00", asset("USDT"), "principal") ==
              core::Money::from_major(5000.0, asset("USDT")));
        // Exact decimal rounding to the minor unit, half to even.
        CHECK(pf::parse_money("0.125 USD", std::nullopt, "fee").minor() == 12);
        CHECK(pf::parse_money("0.135 USD", std::nullopt, "fee").minor() == 14);
    }
}

TEST_CASE("ambiguous or malformed numbers are refused with the field named") {
    struct Bad {
        const char* lang;
        const char* text;
    };
    const Bad bad[] = {
        {"de", "1.5"},     // a German reader cannot mean one and a half
        {"de", "5000.50"}, // English decimals in a German field
        {"de", "1,2,3"},   {"en", "1,2345"}, {"en", "1.234,5"}, {"fr", "12,34.5"}, {"en", ""},
        {"en", "abc"},     {"en", "1e5"},    {"en", "5 5"},     {"es", "--5"},     {"ar", "USDT"},
    };
    for (const Bad& b : bad) {
        CAPTURE(b.lang);
        CAPTURE(b.text);
        LocaleGuard g(b.lang);
        try {
            (void)pf::parse_number(b.text, "principal", "a number");
            FAIL("accepted");
        } catch (const core::InputError& e) {
            CHECK(e.field() == "principal");
            CHECK(e.got() == b.text);
        }
        CHECK_THROWS_AS(pf::parse_money(b.text, asset("USD"), "principal"), core::InputError);
    }
    LocaleGuard g("de");
    try {
        (void)pf::parse_money("5.000,00 XYZW", std::nullopt, "principal");
        FAIL("accepted an unknown asset");
    } catch (const core::InputError& e) {
        CHECK(e.field() == "principal");
        CHECK(e.got() == "5.000,00 XYZW"); // as the user typed it, not rewritten
    }
}

TEST_CASE("words around numbers are translated with the numbers") {
    LocaleGuard g("de");
    CHECK(pf::large_amount(std::nullopt, 22.6, asset("USDT")) == "etwa 39,8 Trilliarden USDT");
    CHECK(pf::duration_years(1.66) == "1,7 Jahre");
    CHECK(pf::duration_years(20.0 / 365.0) == "20 Tage");
    CHECK(pf::duration_years(1.0 / 365.0) == "1 Tag");
    CHECK(pf::duration_years(std::numeric_limits<double>::infinity()) == "nie");
}

TEST_CASE("large numbers are written in words a class reads, in each language's scale") {
    {
        LocaleGuard g("en");
        CHECK(pf::large_number(5.0) == "100,000");
        CHECK(pf::large_number(std::log10(1.2345e9)) == "1.23 billion");
        CHECK(pf::large_number(15.0) == "1 quadrillion");
        CHECK(pf::large_number(22.6) == "39.8 sextillion"); // 10^22.6 = 3.98e22
        CHECK(pf::large_number(std::log10(2.5e21)) == "2.5 sextillion");
        // Three significant digits are decided first: 999.96 quintillion is 1 sextillion.
        CHECK(pf::large_number(std::log10(999.96e18)) == "1 sextillion");
        CHECK(pf::large_number(35.0) == "100 decillion");
        CHECK(pf::large_number(45.2) == "a number with 46 digits");
        CHECK(pf::large_amount(1e16, 16.0, asset("USDT")) == "about 10 quadrillion USDT");
        CHECK(pf::large_amount(std::nullopt, 50.0, asset("USDT")) ==
              "an amount of USDT with 51 digits");
        CHECK(pf::large_amount(std::nullopt, std::numeric_limits<double>::quiet_NaN(),
                               asset("USDT")) == "n/a");
    }
    {
        // German counts in the long scale: 10^18 is a Trillion, 10^21 a Trilliarde.
        LocaleGuard g("de");
        CHECK(pf::large_number(std::log10(1.2345e9)) == "1,23 Milliarden");
        CHECK(pf::large_number(15.0) == "1 Billiarde");
        CHECK(pf::large_number(std::log10(1.5e18)) == "1,5 Trillionen");
        CHECK(pf::large_number(22.6) == "39,8 Trilliarden");
        CHECK(pf::large_number(45.2) == "eine Zahl mit 46 Ziffern");
    }
    {
        LocaleGuard g("tr");
        CHECK(pf::large_number(std::log10(1.2345e9)) == "1,23 milyar");
        CHECK(pf::large_number(22.6) == "39,8 seksilyon");
        CHECK(pf::large_amount(std::nullopt, 22.6, asset("USDT")) ==
              "yaklaşık 39,8 seksilyon USDT");
    }
    {
        LocaleGuard g("ar");
        CHECK(pf::large_number(std::log10(1.2345e9)) == "١٫٢٣ مليار");
        CHECK(pf::large_number(22.6) == "٣٩٫٨ سكستيليون");
        CHECK(pf::large_number(45.2) == "عدد مكوّن من ٤٦ خانة");
    }
}

TEST_CASE("Arabic plurals use all six forms") {
    LocaleGuard g("ar");
    CHECK(pf::duration_years(1.0 / 365.0) == "يوم واحد");
    CHECK(pf::duration_years(2.0 / 365.0) == "يومان");
    CHECK(pf::duration_years(5.0 / 365.0) == "٥ أيام");
    CHECK(pf::duration_years(20.0 / 365.0) == "٢٠ يومًا");
    CHECK(pf::duration_years(200.0 / 365.0) == "٢٠٠ يوم");
}

TEST_CASE("numbers for input fields: no grouping, no trailing zeros, and they read back") {
    struct Row {
        const char* lang;
        const char* expected; // 1234.5 with up to 8 decimals
    };
    const Row rows[] = {{"en", "1234.5"}, {"de", "1234,5"}, {"fr", "1234,5"},
                        {"tr", "1234,5"}, {"ar", "١٢٣٤٫٥"}, {"ar@latn", "1234.5"}};
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        LocaleGuard g(r.lang);
        CHECK(pf::editable_number(1234.5, 8) == r.expected);
        for (double v : {0.0, 4.21, 27.0, 6350.0, 0.000123, -0.5, 12345678.125}) {
            CAPTURE(v);
            CHECK(pf::parse_number(pf::editable_number(v, 8), "x", "n") == doctest::Approx(v));
        }
    }
    // A number near the largest double, as typed: written back in full, it reads back the
    // same (it was "0.000inf", from rounding 1.2e308 x 10^6; numbers fuzz target).
    for (const char* lang : {"en", "tr"}) {
        CAPTURE(lang);
        LocaleGuard g(lang);
        const double v = 1.2111111222611253e308;
        const std::string shown = pf::editable_number(v, 6);
        CHECK(shown.find("inf") == std::string::npos);
        CHECK(pf::parse_number(shown, "x", "n") == v);
    }
    LocaleGuard g("en");
    CHECK(pf::editable_number(-0.0000001, 2) == "0");
    CHECK(pf::editable_number(2.675, 2) == pf::number(2.675, 2)); // the same rounding
    CHECK(pf::editable_number(27.0, 8) == "27");
}

TEST_CASE("text direction follows the language") {
    for (const char* lang : {"ar", "ar@latn"}) {
        LocaleGuard g(lang);
        CHECK(pf::right_to_left());
    }
    for (const char* lang : {"en", "es", "pt_BR", "fr", "de", "tr"}) {
        LocaleGuard g(lang);
        CHECK_FALSE(pf::right_to_left());
    }
}

TEST_CASE("a figure that is not finite is never shown as infinity or NaN, in any language") {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    {
        LocaleGuard g("en");
        CHECK(pf::percent(inf) == "n/a");
        CHECK(pf::percent(-inf) == "n/a");
        CHECK(pf::number(nan, 2) == "n/a");
        CHECK(pf::money(inf, asset("USD")) == "n/a USD");
    }
    for (const auto& lang : all_languages) {
        CAPTURE(lang);
        LocaleGuard g(lang);
        for (const std::string& s : {pf::percent(inf), pf::percent(-nan), pf::number(inf, 0)}) {
            CHECK(s.find("\xE2\x88\x9E") == std::string::npos); // ∞
            CHECK(s.find("NaN") == std::string::npos);
            CHECK(s == i18n::tr("n/a"));
        }
    }
}

TEST_CASE("digits in text that is not a number follow the language: data dates, seeds") {
    CHECK(pf::with_locale_digits("2025-11") == "2025-11");
    {
        LocaleGuard g("ar");
        CHECK(pf::with_locale_digits("2025-11-30") == "٢٠٢٥-١١-٣٠");
        CHECK(pf::with_locale_digits("18446744073709551615") == "١٨٤٤٦٧٤٤٠٧٣٧٠٩٥٥١٦١٥");
    }
    {
        LocaleGuard g("ar@latn");
        CHECK(pf::with_locale_digits("2025-11") == "2025-11");
    }
    {
        LocaleGuard g("de");
        CHECK(pf::with_locale_digits("M2 2025-12") == "M2 2025-12");
    }
}

TEST_CASE("date_text: ISO dates in the language's digits, read back in either digits") {
    const candor::core::Date d(2026, 1, 30);
    {
        LocaleGuard g("de");
        CHECK(pf::date_text(d) == "2026-01-30");
        CHECK(pf::parse_date_text(" 2026-01-30 ") == d);
    }
    {
        LocaleGuard g("ar");
        CHECK(pf::date_text(d) == "٢٠٢٦-٠١-٣٠");
        CHECK(pf::parse_date_text("٢٠٢٦-٠١-٣٠") == d);
        CHECK(pf::parse_date_text("\u200f٢٠٢٦-٠١-٣٠") == d); // a direction mark is ignored
        CHECK(pf::parse_date_text("2026-01-30") == d);
    }
    // Only that form: an order that some read day first and others month first is no date.
    for (const char* bad : {"01/30/2026", "30.01.2026", "02/03/2026", "2026-02-30", "2026-1-30", "",
                            "2026-01-30x", "\xff"}) {
        CAPTURE(bad);
        CHECK_FALSE(pf::parse_date_text(bad));
    }
}
