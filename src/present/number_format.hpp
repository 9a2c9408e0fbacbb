#pragma once
/// \file number_format.hpp
/// How numbers are shown to people, and read back from them: percentages, amounts, plain
/// numbers, dates, in the conventions of the current locale ("1.234,56" in German,
/// "1 234,56" with a narrow no-break space in French, Arabic-Indic digits in Arabic).
///
/// The conventions come from ICU (CLDR data), never from the machine's generated C locales,
/// so the output is the same on every system. Rounding is always decided first, half to
/// even, on the exact decimal value (as core::format_grouped does), and ICU only lays out
/// the rounded digits, so every language shows the same rounded number.
///
/// The current locale is process-wide: set_locale() when it is given, otherwise the language
/// chosen with i18n::init() (the --lang flag, the app's preference or the environment).
/// Machine outputs (JSON, CSV) must not use these functions; they stay locale-free.

#include "core/day_count.hpp"
#include "core/money.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace candor::present {

/// Selects the locale for every function below: a gettext-style language ("de", "pt_BR",
/// "fr_CA", "ar"), optionally with the modifier "@latn" ("ar@latn": Arabic with Latin
/// digits). An empty string goes back to following i18n::current_language().
void set_locale(const std::string& language);
/// The language whose conventions are in use, e.g. "de" or "ar@latn".
std::string current_locale();
/// Whether the current locale's script is written right to left (Arabic), per ICU's likely
/// subtags: front ends mirror their layout when it is.
bool right_to_left();

/// 0.27 -> "27.00%" (en), "27,00 %" (de, fr, es), "27,00%" (pt_BR), "%27,00" (tr),
/// "٢٧٫٠٠٪" (ar); huge values keep grouping: 77.418 -> "7,741.80%". Like every formatter here,
/// a value that is not finite is shown as "n/a" (translated), never as infinity or NaN.
std::string percent(double fraction, int decimals = 2);
/// Like percent(), or `fallback` when the value is absent.
std::string percent(const std::optional<double>& fraction, const std::string& fallback,
                    int decimals = 2);
/// 5011.548 in USDT -> "5,011.55 USDT" (en), "5.011,55 USDT" (de).
std::string money(const core::Money& m);
/// A major-unit amount in an asset, rounded half to even to its display digits.
std::string money(double major, const core::Asset& asset);
/// The largest power of ten large_number() writes with scale words (10^35: 100 decillion).
constexpr int largest_worded_power = 35;
/// A large magnitude in words a learner reads, from its base-10 logarithm (so that amounts
/// beyond a double have words too), rounded to three significant digits: below a million the
/// number itself ("250,000"); then ICU's long compact form up to the trillions ("12.3 billion",
/// "12,3 Milliarden"); from 10^15 on the scale words of the catalog, short scale in English,
/// long scale where the language uses it ("39.8 sextillion", "39,8 Trilliarden" in German,
/// "39,8 seksilyon" in Turkish); past largest_worded_power, "a number with 46 digits".
std::string large_number(double log10_value);
/// An amount that may overflow: shown in full below 1e15, else in words ("about 39.8 sextillion
/// USDT", large_number()), or past the scale words by its count of digits (translated).
std::string large_amount(const std::optional<double>& value, double log10_value,
                         const core::Asset& asset);
/// A plain number with grouping: 1234.5 (1 decimal) -> "1,234.5" (en), "1.234,5" (de).
std::string number(double value, int decimals);
/// Years as "1.7 years" / "20 days" when under a year / "never", translated.
std::string duration_years(double years);
/// A power of ten written with the locale's digits: (5.63, 1) -> "10^5.6" (en), "10^5,6" (de).
std::string power_of_ten(double exponent, int decimals);
/// A calendar date in the locale's medium style: "Nov 25, 2026" (en), "25.11.2026" (de),
/// "25 nov. 2026" (fr).
std::string date(const core::Date& d);

/// A number as a person would type it into an input field of the current locale: no digit
/// grouping, at most `max_decimals` fraction digits (rounded half to even), trailing zeros
/// dropped: (4.2100, 8) -> "4.21" (en), "4,21" (de), "٤٫٢١" (ar). parse_number() reads it back.
std::string editable_number(double value, int max_decimals);

/// Reads a number written the way the current locale writes it: "1.234,5" in German,
/// "1 234,5" (any space) in French, Arabic-Indic or Latin digits in Arabic. Digit groups must
/// be well formed ("1.5" is not a German number); plain digits ("1234") are always accepted.
/// \throws core::InputError naming `field`, with `expected` as the message.
double parse_number(std::string_view text, const std::string& field, const std::string& expected);

/// Reads an amount as parse_number() does, with an optional asset code before or after it
/// ("5.000,00 USDT", "USDT 5.000"); without a code it is in `default_asset`. Digits beyond the
/// asset's minor unit are rounded half to even on the exact decimal value.
/// \throws core::InputError naming `field` for bad text, unknown assets and out-of-range sizes.
core::Money parse_money(std::string_view text, const std::optional<core::Asset>& default_asset,
                        const std::string& field);

/// Reads a rate: with a percent sign where the locale puts it ("4,21 %", "%4,21") it is a
/// percentage (0.0421); without one it is a fraction written as a locale number ("0,0421").
/// \throws core::InputError naming `field`, with `expected` as the message.
double parse_rate(std::string_view text, const std::string& field, const std::string& expected);

} // namespace candor::present
