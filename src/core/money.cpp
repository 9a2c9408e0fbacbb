#include "money.hpp"

#include "input_error.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cfenv>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <utility>

namespace candor::core {

namespace {

constexpr const char* amount_expected = CANDOR_N_("an amount such as 5000, 5,000.00 or 5000 USDT");

std::int64_t pow10i(int n) {
    std::int64_t r = 1;
    for (int i = 0; i < n; ++i) {
        r *= 10;
    }
    return r;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

bool is_alpha(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// A decimal number split into its significant digits and a power of ten:
/// value = sign * 0.digits * 10^point.
struct Decimal {
    bool negative = false;
    std::string digits; // no leading zeros; empty means zero
    long point = 0;
};

/// Parses the numeric part; nullopt when it is not a well-formed number.
std::optional<Decimal> parse_decimal(std::string_view s) {
    Decimal d;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        d.negative = s[i] == '-';
        ++i;
    }
    std::string int_digits;
    bool saw_comma = false;
    std::size_t group = 0;
    bool first_group = true;
    for (; i < s.size() && (is_digit(s[i]) || s[i] == ','); ++i) {
        if (s[i] == ',') {
            if (group == 0 || (first_group && group > 3) || (!first_group && group != 3)) {
                return std::nullopt;
            }
            saw_comma = true;
            first_group = false;
            group = 0;
        } else {
            int_digits.push_back(s[i]);
            ++group;
        }
    }
    if (saw_comma && group != 3) {
        return std::nullopt;
    }
    std::string frac_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        for (; i < s.size() && is_digit(s[i]); ++i) {
            frac_digits.push_back(s[i]);
        }
    }
    if (int_digits.empty() && frac_digits.empty()) {
        return std::nullopt;
    }
    long exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool neg = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            neg = s[i] == '-';
            ++i;
        }
        if (i >= s.size()) {
            return std::nullopt;
        }
        for (; i < s.size() && is_digit(s[i]); ++i) {
            if (exponent < 100000) {
                exponent = exponent * 10 + (s[i] - '0');
            }
        }
        if (neg) {
            exponent = -exponent;
        }
    }
    if (i != s.size()) {
        return std::nullopt;
    }
    std::string all = int_digits + frac_digits;
    long point = static_cast<long>(int_digits.size()) + exponent;
    std::size_t lead = 0;
    while (lead < all.size() && all[lead] == '0') {
        ++lead;
        --point;
    }
    all.erase(0, lead);
    while (!all.empty() && all.back() == '0') {
        all.pop_back();
    }
    d.digits = all;
    d.point = all.empty() ? 0 : point;
    return d;
}

} // namespace

Money::Money(std::int64_t minor, Asset asset) : minor_(minor), asset_(std::move(asset)) {
    if (minor_ > max_minor || minor_ < -max_minor) {
        throw InputError("amount", CANDOR_N_("an amount below 9,000,000,000,000,000 minor units"),
                         std::to_string(minor_));
    }
}

Money Money::from_major(double major, const Asset& asset, const std::string& field) {
    const double scaled = major * static_cast<double>(pow10i(asset.decimals));
    if (!std::isfinite(scaled) || std::fabs(scaled) > static_cast<double>(max_minor)) {
        throw InputError(field, CANDOR_N_("a finite amount below 9e15 minor units"),
                         fmt::format("{}", major));
    }
    // nearbyint honours the current rounding mode, which is round-half-to-even by default.
    return {static_cast<std::int64_t>(std::nearbyint(scaled)), asset};
}

double Money::to_major() const {
    return static_cast<double>(minor_) / static_cast<double>(pow10i(asset_.decimals));
}

Money parse_money(std::string_view text, const std::optional<Asset>& default_asset,
                  const std::string& field) {
    std::string_view s = trim(text);
    std::string original(s);
    if (s.empty()) {
        throw InputError(field, amount_expected, original);
    }
    // An asset code may stand before or after the number.
    std::optional<Asset> asset = default_asset;
    std::string_view number = s;
    std::size_t head = 0;
    while (head < s.size() && is_alpha(s[head])) {
        ++head;
    }
    std::size_t tail = s.size();
    while (tail > 0 && is_alpha(s[tail - 1])) {
        --tail;
    }
    std::string_view code;
    if (head > 0 && head < s.size()) {
        code = s.substr(0, head);
        number = trim(s.substr(head));
    } else if (tail < s.size() && tail > 0) {
        code = s.substr(tail);
        number = trim(s.substr(0, tail));
    }
    // "1e5" ends in a digit, so its 'e' is never taken for a code; "5000e" has no code.
    if (!code.empty()) {
        if (code.size() < 3) {
            throw InputError(field, amount_expected, original);
        }
        // A code other than the default is allowed: "30000 USD" of principal held in XRP.
        asset = asset_or_throw(code, field);
    }
    const auto d = parse_decimal(number);
    if (!d) {
        throw InputError(field, amount_expected, original);
    }
    if (!asset) {
        throw InputError(field, CANDOR_N_("an amount with its asset, such as 5000 USDT"), original);
    }
    // Minor units: the first k significant digits are the integer part, the rest is rounded.
    const long k = d->point + asset->decimals;
    if (!d->digits.empty() && k > 16) {
        throw InputError(field, CANDOR_N_("an amount below 9e15 minor units"), original);
    }
    std::int64_t minor = 0;
    if (!d->digits.empty() && k >= 0) {
        const std::string& dg = d->digits;
        for (long i = 0; i < k; ++i) {
            const auto idx = static_cast<std::size_t>(i);
            minor = minor * 10 + (idx < dg.size() ? dg[idx] - '0' : 0);
        }
        const auto cut = static_cast<std::size_t>(k);
        if (cut < dg.size()) {
            const int first_dropped = dg[cut] - '0';
            const bool rest_nonzero = dg.size() > cut + 1; // trailing zeros were stripped
            if (first_dropped > 5 || (first_dropped == 5 && (rest_nonzero || (minor % 2) == 1))) {
                ++minor;
            }
        }
    }
    if (minor > Money::max_minor) {
        throw InputError(field, CANDOR_N_("an amount below 9e15 minor units"), original);
    }
    return {d->negative ? -minor : minor, *asset};
}

double parse_number(std::string_view text, const std::string& field, const std::string& expected) {
    const std::string_view s = trim(text);
    const auto d = parse_decimal(s);
    if (!d || s.find(',') != std::string_view::npos) {
        throw InputError(field, expected, std::string(text));
    }
    const std::string buf(s);
    char* end = nullptr;
    const double v = std::strtod(buf.c_str(), &end);
    if (end != buf.c_str() + buf.size() || !std::isfinite(v) || std::fabs(v) > max_plain_number) {
        throw InputError(field, expected, std::string(text));
    }
    return v + 0.0; // "-0" reads as 0
}

namespace {

/// The digits of a whole number as "{:.0f}" writes them; through an integer below 2^64, where
/// the conversion is exact and much cheaper than formatting the double.
std::string whole_digits(double whole) {
    if (whole < 18446744073709551616.0) { // 2^64
        std::array<char, 24> buf{};
        const auto r =
            std::to_chars(buf.data(), buf.data() + buf.size(), static_cast<std::uint64_t>(whole));
        return {buf.data(), r.ptr};
    }
    return fmt::format("{:.0f}", whole);
}

} // namespace

void append_grouped(std::string& out, double major, int decimals) {
    // 10^d is exact in 64 bits up to d = 18, and as a double (what std::pow gives): no call.
    const double scale = decimals >= 0 && decimals <= 18 ? static_cast<double>(pow10i(decimals))
                                                         : std::pow(10.0, decimals);
    const double scaled = major * scale;
    double rounded = 0.0;
    std::string digits;
    if (std::isfinite(scaled)) {
        rounded = std::nearbyint(scaled);
        digits = whole_digits(std::fabs(rounded));
    } else {
        // Beyond a double once scaled (1e308 with 6 decimals): such a value is a whole number
        // (every double from 2^53 up is), so its digits are followed by zeros.
        rounded = major;
        digits = fmt::format("{:.0f}", std::fabs(major)) +
                 std::string(static_cast<std::size_t>(decimals), '0');
    }
    const bool negative = rounded < 0;
    if (static_cast<int>(digits.size()) <= decimals) {
        digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    }
    const std::size_t int_len = digits.size() - static_cast<std::size_t>(decimals);
    out.reserve(out.size() + digits.size() + int_len / 3 + 2);
    if (negative && rounded != 0) {
        out.push_back('-');
    }
    for (std::size_t i = 0; i < int_len; ++i) {
        if (i > 0 && (int_len - i) % 3 == 0) {
            out.push_back(',');
        }
        out.push_back(digits[i]);
    }
    if (decimals > 0) {
        out.push_back('.');
        out.append(digits, int_len);
    }
}

std::string format_grouped(double major, int decimals) {
    std::string out;
    append_grouped(out, major, decimals);
    return out;
}

std::string format_amount(const Money& m) {
    // Round the exact minor count to the display digits, half to even, in integers.
    const int drop = m.asset().decimals - m.asset().display_decimals;
    std::int64_t v = m.minor();
    if (drop > 0) {
        const std::int64_t div = pow10i(drop);
        std::int64_t q = v / div;
        const std::int64_t r = v % div;
        const std::int64_t twice = 2 * (r < 0 ? -r : r);
        if (twice > div || (twice == div && (q % 2) != 0)) {
            q += v < 0 ? -1 : 1;
        }
        v = q;
    }
    const int shown = std::min(m.asset().decimals, m.asset().display_decimals);
    return format_grouped(static_cast<double>(v) / static_cast<double>(pow10i(shown)), shown);
}

std::string format_money(const Money& m) {
    return format_amount(m) + " " + m.asset().code;
}

} // namespace candor::core
