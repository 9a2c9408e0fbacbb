#include "number_format.hpp"

#include "core/input_error.hpp"
#include "i18n/tr.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>
#include <unicode/datefmt.h>
#include <unicode/decimfmt.h>
#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/numfmt.h>
#include <unicode/numsys.h>
#include <unicode/plurrule.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <utility>

namespace candor::present {

namespace {

namespace num = icu::number;

std::mutex g_mutex;
std::string g_override; // guarded by g_mutex

/// "pt-BR.UTF-8" -> "pt_BR"; "ar@latn" -> ICU "ar@numbers=latn"; "C"/"POSIX"/"" -> "en".
icu::Locale icu_locale(const std::string& language) {
    std::string base = language;
    std::string modifier;
    if (const auto at = base.find('@'); at != std::string::npos) {
        modifier = base.substr(at + 1);
        base.resize(at);
    }
    if (const auto dot = base.find('.'); dot != std::string::npos) {
        base.resize(dot);
    }
    for (char& c : base) {
        if (c == '-') {
            c = '_';
        }
    }
    if (base.empty() || base == "C" || base == "POSIX") {
        base = "en";
    }
    if (modifier == "latn") {
        base += "@numbers=latn";
    } else if (modifier.find('=') != std::string::npos) {
        base += "@" + modifier; // an ICU keyword list, e.g. numbers=arab
    }
    return icu::Locale::createCanonical(base.c_str());
}

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

enum class Style { Plain, Percent, Editable };

/// One formatter per (locale, fraction digits, style), built on first use and kept: ICU's
/// LocalizedNumberFormatter is immutable and safe to use from several threads.
const num::LocalizedNumberFormatter& formatter(const std::string& language, int decimals,
                                               Style style) {
    static std::map<std::tuple<std::string, int, Style>, num::LocalizedNumberFormatter> cache;
    const std::lock_guard lock(g_mutex);
    const auto key = std::make_tuple(language, decimals, style);
    if (auto it = cache.find(key); it != cache.end()) {
        return it->second;
    }
    auto f = num::NumberFormatter::withLocale(icu_locale(language))
                 .precision(style == Style::Editable ? num::Precision::minMaxFraction(0, decimals)
                                                     : num::Precision::fixedFraction(decimals))
                 .roundingMode(UNUM_ROUND_HALFEVEN);
    if (style == Style::Editable) {
        f = f.grouping(UNUM_GROUPING_OFF);
    }
    if (style == Style::Percent) {
        f = f.unit(icu::MeasureUnit::getPercent());
    }
    return cache.emplace(key, std::move(f)).first->second;
}

/// Lays out an already rounded plain decimal ("-1234.50") in the current locale.
std::string layout(const std::string& plain_decimal, int decimals, Style style) {
    UErrorCode status = U_ZERO_ERROR;
    const auto& f = formatter(current_locale(), decimals, style);
    const num::FormattedNumber formatted = f.formatDecimal(plain_decimal.c_str(), status);
    icu::UnicodeString s = formatted.toString(status);
    if (U_FAILURE(status)) {
        return plain_decimal; // ICU data missing: still show the number, in the C form
    }
    return to_utf8(s);
}

/// Rounds half to even to `decimals` digits exactly as core::format_grouped does, and returns
/// the digits without grouping: 1234.565 (2) -> "1234.56" or "1234.57" as core decides.
std::string rounded_plain(double value, int decimals) {
    std::string s = core::format_grouped(value, decimals);
    std::erase(s, ',');
    return s;
}

std::string format_value(double value, int decimals, Style style) {
    if (!std::isfinite(value)) {
        // No figure is ever shown as infinity or NaN: one that overflows or does not exist is
        // not available.
        return i18n::tr("n/a");
    }
    return layout(rounded_plain(value, decimals), decimals, style);
}

// --- parsing ---------------------------------------------------------------------------

bool is_space_or_mark(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x200E ||
           c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

icu::UnicodeString trimmed(const icu::UnicodeString& s) {
    int32_t begin = 0;
    int32_t end = s.length();
    while (begin < end && is_space_or_mark(s.char32At(begin))) {
        begin = s.moveIndex32(begin, 1);
    }
    while (end > begin && is_space_or_mark(s.char32At(s.moveIndex32(end, -1)))) {
        end = s.moveIndex32(end, -1);
    }
    return {s, begin, end - begin};
}

/// ICU's decimal string ("1.23456785E+7", "-5", "1E-8") as a plain decimal ("12345678.5").
std::string plain_from_scientific(std::string_view s) {
    std::string sign;
    if (!s.empty() && s.front() == '-') {
        sign = "-";
        s.remove_prefix(1);
    }
    long exponent = 0;
    if (const auto e = s.find_first_of("eE"); e != std::string_view::npos) {
        std::string_view exp_text = s.substr(e + 1);
        if (!exp_text.empty() && exp_text.front() == '+') {
            exp_text.remove_prefix(1);
        }
        std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
        s = s.substr(0, e);
    }
    std::string digits;
    long point = static_cast<long>(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.') {
            point = static_cast<long>(i);
        } else {
            digits.push_back(s[i]);
        }
    }
    point += exponent;
    if (point <= 0) {
        digits.insert(0, static_cast<std::size_t>(1 - point), '0');
        point = 1;
    }
    if (point >= static_cast<long>(digits.size())) {
        digits.append(static_cast<std::size_t>(point) - digits.size(), '0');
        return sign + digits;
    }
    return sign + digits.substr(0, static_cast<std::size_t>(point)) + "." +
           digits.substr(static_cast<std::size_t>(point));
}

/// Parses the whole of `text` as a number of `locale`; the exact value as a plain decimal.
std::optional<std::string> parse_in(const icu::UnicodeString& text, const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> nf(icu::NumberFormat::createInstance(locale, status));
    auto* df = dynamic_cast<icu::DecimalFormat*>(nf.get());
    if (U_FAILURE(status) || df == nullptr) {
        return std::nullopt;
    }
    df->setLenient(false);
    df->setParseNoExponent(true);
    icu::Formattable result;
    icu::ParsePosition pos(0);
    df->parse(text, result, pos);
    if (pos.getErrorIndex() >= 0 || pos.getIndex() != text.length() || text.isEmpty()) {
        return std::nullopt;
    }
    const icu::StringPiece decimal = result.getDecimalNumber(status);
    if (U_FAILURE(status) || decimal.empty()) {
        return std::nullopt;
    }
    return plain_from_scientific(
        std::string_view(decimal.data(), static_cast<std::size_t>(decimal.size())));
}

/// Parses in the current locale; where the locale's digits are not Latin (Arabic), Latin
/// digits with their usual separators ("1,234.5") are accepted too.
std::optional<std::string> parse_plain(const icu::UnicodeString& text) {
    const icu::Locale locale = icu_locale(current_locale());
    if (auto v = parse_in(text, locale)) {
        return v;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberingSystem> ns(icu::NumberingSystem::createInstance(locale, status));
    if (U_SUCCESS(status) && ns && std::string_view(ns->getName()) != "latn") {
        icu::Locale latin = locale;
        latin.setKeywordValue("numbers", "latn", status);
        if (U_SUCCESS(status)) {
            return parse_in(text, latin);
        }
    }
    return std::nullopt;
}

double to_double(const std::string& plain) {
    double v = 0.0;
    std::from_chars(plain.data(), plain.data() + plain.size(), v);
    return v;
}

// --- large numbers in words ------------------------------------------------------------

/// One formatter per locale for ICU's long compact form, three significant digits:
/// 1.23e9 -> "1.23 billion" (en), "1,23 Milliarden" (de), "١٫٢٣ مليار" (ar).
const num::LocalizedNumberFormatter& compact_formatter(const std::string& language) {
    static std::map<std::string, num::LocalizedNumberFormatter> cache;
    const std::lock_guard lock(g_mutex);
    if (auto it = cache.find(language); it != cache.end()) {
        return it->second;
    }
    auto f = num::NumberFormatter::withLocale(icu_locale(language))
                 .notation(num::Notation::compactLong())
                 .precision(num::Precision::maxSignificantDigits(3))
                 .roundingMode(UNUM_ROUND_HALFEVEN);
    return cache.emplace(language, std::move(f)).first->second;
}

/// The count to choose a plural form with for `value`, which may have decimals: gettext
/// chooses by a whole number, so a decimal takes the smallest whole number of its CLDR
/// plural category ("1,2 milhão" in Portuguese as 1 does, "1,2 Millionen" in German as 2 does).
unsigned long plural_count(double value) {
    if (value == std::floor(value)) {
        return static_cast<unsigned long>(value);
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(
        icu::PluralRules::forLocale(icu_locale(current_locale()), status));
    if (U_FAILURE(status) || rules == nullptr) {
        return 2;
    }
    const icu::UnicodeString category = rules->select(value);
    for (int32_t n = 0; n < 200; ++n) {
        if (rules->select(n) == category) {
            return static_cast<unsigned long>(n);
        }
    }
    return 2;
}

/// The scale words from 10^15 to 10^33, by thousands: short scale in English, each
/// language's own (long scale in German, French and Spanish) in the catalogs.
std::string scale_words(int thousands, double count) {
    const unsigned long n = plural_count(count);
    switch (thousands) {
    case 5:
        // TRANSLATORS: 10^15, {0} a number from 1 to 999 such as 12.3. Use your language's own
        // word for 10^15 (short or long scale), as a learner would read it.
        return i18n::trn("{0} quadrillion", "{0} quadrillion", n);
    case 6:
        // TRANSLATORS: 10^18, {0} a number from 1 to 999 (German: Trillion, long scale).
        return i18n::trn("{0} quintillion", "{0} quintillion", n);
    case 7:
        // TRANSLATORS: 10^21, {0} a number from 1 to 999 (German: Trilliarde, long scale).
        return i18n::trn("{0} sextillion", "{0} sextillion", n);
    case 8:
        // TRANSLATORS: 10^24, {0} a number from 1 to 999 (German: Quadrillion, long scale).
        return i18n::trn("{0} septillion", "{0} septillion", n);
    case 9:
        // TRANSLATORS: 10^27, {0} a number from 1 to 999 (German: Quadrilliarde, long scale).
        return i18n::trn("{0} octillion", "{0} octillion", n);
    case 10:
        // TRANSLATORS: 10^30, {0} a number from 1 to 999 (German: Quintillion, long scale).
        return i18n::trn("{0} nonillion", "{0} nonillion", n);
    default:
        // TRANSLATORS: 10^33, {0} a number from 1 to 999 (German: Quintilliarde, long scale).
        return i18n::trn("{0} decillion", "{0} decillion", n);
    }
}

/// 10^log10_value rounded to three significant digits, as (digits 1.00 to 9.99, power of ten).
std::pair<double, long> three_digits(double log10_value) {
    long exponent = static_cast<long>(std::floor(log10_value));
    double mantissa =
        std::round(std::pow(10.0, log10_value - static_cast<double>(exponent)) * 100.0) / 100.0;
    if (mantissa >= 10.0) {
        mantissa /= 10.0;
        ++exponent;
    }
    return {mantissa, exponent};
}

} // namespace

void set_locale(const std::string& language) {
    const std::lock_guard lock(g_mutex);
    g_override = language;
}

std::string current_locale() {
    {
        const std::lock_guard lock(g_mutex);
        if (!g_override.empty()) {
            return g_override;
        }
    }
    return i18n::current_language();
}

bool right_to_left() {
    return icu_locale(current_locale()).isRightToLeft() != 0;
}

std::string percent(double fraction, int decimals) {
    return format_value(fraction * 100.0, decimals, Style::Percent);
}

std::string percent(const std::optional<double>& fraction, const std::string& fallback,
                    int decimals) {
    return fraction ? percent(*fraction, decimals) : fallback;
}

std::string money(const core::Money& m) {
    // core::format_amount rounds the exact minor count to the display digits.
    std::string plain = core::format_amount(m);
    std::erase(plain, ',');
    const int shown = std::min(m.asset().decimals, m.asset().display_decimals);
    return layout(plain, shown, Style::Plain) + " " + m.asset().code;
}

std::string money(double major, const core::Asset& asset) {
    return format_value(major, asset.display_decimals, Style::Plain) + " " + asset.code;
}

std::string large_amount(const std::optional<double>& value, double log10_value,
                         const core::Asset& asset) {
    if (value && *value < 1e15) {
        return money(*value, asset);
    }
    if (!std::isfinite(log10_value)) {
        return i18n::tr("n/a");
    }
    if (three_digits(log10_value).second > largest_worded_power) {
        const auto digits = static_cast<unsigned long>(three_digits(log10_value).second + 1);
        // TRANSLATORS: an amount too large for scale words, by its count of digits; {0} the
        // count, e.g. 46, {1} the asset code (USDT).
        return fmt::format(fmt::runtime(i18n::trn("an amount of {1} with {0} digit",
                                                  "an amount of {1} with {0} digits", digits)),
                           number(static_cast<double>(digits), 0), asset.code);
    }
    // TRANSLATORS: an amount too large to write out in figures: {0} is the number in words,
    // such as "12.3 sextillion" (your catalog's words), {1} the asset code (USDT).
    return fmt::format(fmt::runtime(i18n::tr("about {0} {1}")), large_number(log10_value),
                       asset.code);
}

std::string number(double value, int decimals) {
    return format_value(value, decimals, Style::Plain);
}

std::string large_number(double log10_value) {
    if (!std::isfinite(log10_value)) {
        return i18n::tr("n/a");
    }
    if (log10_value < 6.0) {
        return number(std::pow(10.0, log10_value), 0);
    }
    const auto [mantissa, exponent] = three_digits(log10_value);
    if (exponent > largest_worded_power) {
        const auto digits = static_cast<unsigned long>(exponent + 1);
        // TRANSLATORS: a number too large for scale words, by its count of digits; {0} the
        // count, e.g. 46.
        return fmt::format(
            fmt::runtime(i18n::trn("a number with {0} digit", "a number with {0} digits", digits)),
            number(static_cast<double>(digits), 0));
    }
    const double value = mantissa * std::pow(10.0, static_cast<double>(exponent));
    if (exponent < 15) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString s =
            compact_formatter(current_locale()).formatDouble(value, status).toString(status);
        if (U_SUCCESS(status)) {
            return to_utf8(s);
        }
        return number(value, 0);
    }
    const long thousands = exponent / 3;
    // Rounded again so that 1.1 x 10 is 11, a whole number, for the plural form.
    const double count =
        std::round(mantissa * std::pow(10.0, static_cast<double>(exponent - thousands * 3)) *
                   100.0) /
        100.0;
    return fmt::format(fmt::runtime(scale_words(static_cast<int>(thousands), count)),
                       editable_number(count, 2));
}

std::string duration_years(double years) {
    if (!std::isfinite(years)) {
        // TRANSLATORS: how long until something happens, when it never does.
        return i18n::tr("never");
    }
    if (years < 1.0) {
        const double days = std::round(years * 365.0);
        // TRANSLATORS: a duration; {0} is a number of days.
        return fmt::format(
            fmt::runtime(i18n::trn("{0} day", "{0} days", static_cast<unsigned long>(days))),
            number(days, 0));
    }
    // TRANSLATORS: a duration; {0} is a number of years with one decimal, e.g. 1.7.
    return fmt::format(fmt::runtime(i18n::tr("{0} years")), number(years, 1));
}

std::string editable_number(double value, int max_decimals) {
    if (std::fabs(value) < 0.5 * std::pow(10.0, -max_decimals)) {
        value = 0.0; // no "-0"
    }
    return format_value(value, max_decimals, Style::Editable);
}

std::string power_of_ten(double exponent, int decimals) {
    if (!right_to_left()) {
        return number(10.0, 0) + "^" + number(exponent, decimals);
    }
    // Arabic-Indic digits count as right to left for the caret between them, so "١٠^٢٢" would
    // be laid out "٢٢^١٠", even inside a left-to-right isolate: left-to-right marks on both
    // sides of the caret keep base, caret and exponent in reading order, and the isolate
    // (LRI ... PDI) keeps the whole from reordering the text around it.
    return "\u2066" + number(10.0, 0) + "\u200e^\u200e" + number(exponent, decimals) + "\u2069";
}

std::string date(const core::Date& d) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateFormat> f(icu::DateFormat::createDateInstance(
        icu::DateFormat::kMedium, icu_locale(current_locale())));
    if (f == nullptr) {
        return boost::gregorian::to_iso_extended_string(d);
    }
    f->adoptTimeZone(icu::TimeZone::createTimeZone("Etc/UTC"));
    const auto days = (d - core::Date(1970, 1, 1)).days();
    icu::UnicodeString s;
    f->format(static_cast<UDate>(days) * 86400000.0, s, status);
    return U_FAILURE(status) ? boost::gregorian::to_iso_extended_string(d) : to_utf8(s);
}

double parse_number(std::string_view text, const std::string& field, const std::string& expected) {
    const icu::UnicodeString u = trimmed(icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
    const auto plain = parse_plain(u);
    if (!plain) {
        throw core::InputError(field, expected, std::string(text));
    }
    const double v = to_double(*plain);
    if (!std::isfinite(v)) {
        throw core::InputError(field, expected, std::string(text));
    }
    return v;
}

core::Money parse_money(std::string_view text, const std::optional<core::Asset>& default_asset,
                        const std::string& field) {
    const std::string original(text);
    icu::UnicodeString u = trimmed(icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
    // An asset code (ASCII letters) before or after the number.
    auto is_letter = [](char32_t c) {
        return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
    };
    std::string code;
    int32_t begin = 0;
    int32_t end = u.length();
    while (begin < end && is_letter(u.char32At(begin))) {
        ++begin;
    }
    if (begin > 0) {
        code = to_utf8(icu::UnicodeString(u, 0, begin));
    } else {
        while (end > 0 && is_letter(u.char32At(end - 1))) {
            --end;
        }
        code = to_utf8(icu::UnicodeString(u, end));
    }
    const icu::UnicodeString number_text = trimmed(icu::UnicodeString(u, begin, end - begin));
    const auto plain = parse_plain(number_text);
    if (!plain) {
        // TRANSLATORS: what an amount field in the app accepts. Write the example amount the
        // way your language writes numbers (German: 5.000,00 USDT), as the field reads them.
        throw core::InputError(
            field,
            CANDOR_N_("an amount written like 5,000.00, with an asset code such as USDT if needed"),
            original);
    }
    try {
        return core::parse_money(code.empty() ? *plain : *plain + " " + code, default_asset, field);
    } catch (const core::InputError& e) {
        throw e.with_got(original);
    }
}

double parse_rate(std::string_view text, const std::string& field, const std::string& expected) {
    icu::UnicodeString u = trimmed(icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
    bool is_percent = false;
    auto is_percent_sign = [](char32_t c) { return c == U'%' || c == 0x066A || c == 0xFF05; };
    if (!u.isEmpty() && is_percent_sign(u.char32At(u.moveIndex32(u.length(), -1)))) {
        u = trimmed(icu::UnicodeString(u, 0, u.moveIndex32(u.length(), -1)));
        is_percent = true;
    } else if (!u.isEmpty() && is_percent_sign(u.char32At(0))) {
        u = trimmed(icu::UnicodeString(u, u.moveIndex32(0, 1)));
        is_percent = true;
    } else if (u.length() > 1 && (u.char32At(0) == U'-' || u.char32At(0) == 0x2212) &&
               is_percent_sign(u.char32At(1))) {
        // Turkish writes the sign before the percent sign: "-%0,50".
        u = icu::UnicodeString(u, 0, 1) + trimmed(icu::UnicodeString(u, 2));
        is_percent = true;
    }
    const auto plain = parse_plain(u);
    if (!plain) {
        throw core::InputError(field, expected, std::string(text));
    }
    const double v = to_double(*plain);
    if (!std::isfinite(v)) {
        throw core::InputError(field, expected, std::string(text));
    }
    return is_percent ? v / 100.0 : v;
}

} // namespace candor::present
