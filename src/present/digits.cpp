#include "digits.hpp"

#include "number_format.hpp"

#include <array>
#include <cstddef>

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

} // namespace candor::present
