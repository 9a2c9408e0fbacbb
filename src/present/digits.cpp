#include "digits.hpp"

#include "number_format.hpp"

#include "core/input_error.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstddef>
#include <cstdint>

namespace candor::present {

std::string with_locale_digits(std::string_view text) {
    std::array<std::string, 10> digits;
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c < '0' || c > '9') {
            out += c;
            continue;
        }
        const auto d = static_cast<std::size_t>(c - '0');
        if (digits[d].empty()) {
            digits[d] = number(static_cast<double>(d), 0);
        }
        out += digits[d];
    }
    return out;
}

std::string date_text(const core::Date& d) {
    return with_locale_digits(core::format_date(d));
}

std::optional<core::Date> parse_date_text(std::string_view text) {
    std::string ascii;
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
    for (std::int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        const UChar32 c = u.char32At(i);
        if (c == 0xFFFD) {
            return std::nullopt; // not UTF-8
        }
        if (u_isspace(c) != 0 || u_charType(c) == U_FORMAT_CHAR) {
            continue; // spaces, and direction marks a right-to-left field may hold
        }
        const std::int32_t digit = u_charDigitValue(c);
        if (c > 0x7f && digit < 0) {
            return std::nullopt;
        }
        ascii += digit >= 0 ? static_cast<char>('0' + digit) : static_cast<char>(c);
    }
    // Exactly YYYY-MM-DD (core::parse_date): the one form shown, so that "1/2/2026" is never
    // read one way or the other.
    try {
        return core::parse_date(ascii, "date");
    } catch (const core::InputError&) {
        return std::nullopt;
    }
}

} // namespace candor::present
