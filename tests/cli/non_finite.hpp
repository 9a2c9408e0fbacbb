#pragma once
/// \file non_finite.hpp
/// Finds what must never reach a reader: a number that is not finite, written out ("nan",
/// "-inf", "Infinity", "∞") or held in a JSON document. Used by the property test and the
/// fuzz targets (tests/fuzz).

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <string>
#include <string_view>

namespace candor::test {

namespace detail {

inline bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

inline bool word_at(std::string_view text, std::size_t pos, std::string_view word) {
    if (pos + word.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[pos + i])) != word[i]) {
            return false;
        }
    }
    const bool starts = pos == 0 || !is_word_char(text[pos - 1]);
    const bool ends = pos + word.size() == text.size() || !is_word_char(text[pos + word.size()]);
    return starts && ends;
}

} // namespace detail

/// The first word of `text` that spells a non-finite number: "nan", "inf" or "infinity" in
/// any case, as a whole word (so "inflation" and "info" are not), or the sign "∞"; empty when
/// there is none. Where it was found is in `at` (when given).
inline std::string_view non_finite_word(std::string_view text, std::size_t* at = nullptr) {
    constexpr std::string_view infinity_sign = "\xE2\x88\x9E"; // U+221E
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string_view found;
        if (text.compare(i, infinity_sign.size(), infinity_sign) == 0) {
            found = infinity_sign;
        } else {
            for (const std::string_view w : {"nan", "infinity", "inf"}) {
                if (detail::word_at(text, i, w)) {
                    found = text.substr(i, w.size());
                    break;
                }
            }
        }
        if (!found.empty()) {
            if (at != nullptr) {
                *at = i;
            }
            return found;
        }
    }
    return {};
}

/// The key path of the first number in `j` that is not finite ("offers[0].net.payout"); empty
/// when every number is finite.
template <typename Json>
std::string non_finite_number(const Json& j, const std::string& path = "") {
    if (j.is_number_float()) {
        return std::isfinite(j.template get<double>()) ? std::string{}
                                                       : (path.empty() ? "." : path);
    }
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            std::string found =
                non_finite_number(it.value(), path.empty() ? it.key() : path + "." + it.key());
            if (!found.empty()) {
                return found;
            }
        }
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i) {
            std::string found = non_finite_number(j[i], path + "[" + std::to_string(i) + "]");
            if (!found.empty()) {
                return found;
            }
        }
    }
    return {};
}

} // namespace candor::test
