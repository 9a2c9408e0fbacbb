#include "visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace candor::present {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

/// The code point starting at text[i] and its length in bytes; length 0 for a byte that does
/// not start a valid (shortest-form, non-surrogate) UTF-8 sequence.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b = byte(i);
    if (b < 0x80U) {
        return {b, 1};
    }
    // Lead byte -> length, payload bits, smallest code point of that length.
    struct Form {
        unsigned char mask, lead;
        std::size_t len;
        char32_t min;
    };
    static constexpr Form forms[] = {
        {0xE0, 0xC0, 2, 0x80}, {0xF0, 0xE0, 3, 0x800}, {0xF8, 0xF0, 4, 0x10000}};
    const Form* form = nullptr;
    for (const Form& f : forms) {
        if ((b & f.mask) == f.lead) {
            form = &f;
        }
    }
    if (form == nullptr) {
        return {0, 0};
    }
    const std::size_t len = form->len;
    auto cp = static_cast<char32_t>(b & static_cast<unsigned char>(~form->mask));
    if (i + len > text.size()) {
        return {0, 0};
    }
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0U) != 0x80U) {
            return {0, 0};
        }
        cp = (cp << 6U) | (byte(i + k) & 0x3FU);
    }
    if (cp < form->min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return {0, 0};
    }
    return {cp, len};
}

bool is_isolate(char32_t c) {
    return c >= 0x2066 && c <= 0x2069;
}

/// Controls and direction changers that must not reach a reader as they are.
bool is_unsafe(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202A && c <= 0x202E) || is_isolate(c);
}

} // namespace

std::string visible_text(std::string_view text, Keep keep) {
    // Most text is printable ASCII, which stays as it is: one pass to see that.
    if (std::all_of(text.begin(), text.end(), [](char ch) {
            const auto b = static_cast<unsigned char>(ch);
            return b >= 0x20U && b < 0x7FU;
        })) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto [c, len] = decode(text, i);
        if (len == 0) {
            out += replacement;
            ++i;
            continue;
        }
        const bool kept = keep == Keep::LinesAndIsolates && (c == '\n' || is_isolate(c));
        if (is_unsafe(c) && !kept) {
            out += replacement;
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

namespace {

/// -0 written as 0 everywhere in the document.
void unsign_zeros(nlohmann::ordered_json& j) {
    if (j.is_number_float() && j.get<double>() == 0.0 && std::signbit(j.get<double>())) {
        j = 0.0;
    } else if (j.is_structured()) {
        for (auto& item : j) {
            unsign_zeros(item);
        }
    }
}

bool has_negative_zero(const nlohmann::ordered_json& j) {
    if (j.is_number_float()) {
        return j.get<double>() == 0.0 && std::signbit(j.get<double>());
    }
    if (j.is_structured()) {
        for (const auto& item : j) {
            if (has_negative_zero(item)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

std::string json_text(const nlohmann::ordered_json& document, int indent) {
    // Copy the document only when a -0 must be changed (rare), not for every record.
    std::optional<nlohmann::ordered_json> unsigned_copy;
    if (has_negative_zero(document)) {
        unsigned_copy = document;
        unsign_zeros(*unsigned_copy);
    }
    const nlohmann::ordered_json& j = unsigned_copy ? *unsigned_copy : document;
    // Invalid UTF-8 in a string becomes U+FFFD rather than an exception.
    std::string dumped = j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
    // The dump escapes the C0 controls; only code points from U+007F on need a look, and most
    // documents have none.
    if (std::all_of(dumped.begin(), dumped.end(),
                    [](char ch) { return static_cast<unsigned char>(ch) < 0x7FU; })) {
        return dumped;
    }
    // Outside strings JSON text is ASCII, so any such code point stands inside a string, where
    // its \u escape means the same.
    std::string out;
    out.reserve(dumped.size());
    std::size_t i = 0;
    while (i < dumped.size()) {
        const auto [c, len] = decode(dumped, i);
        if (len > 0 && c >= 0x7F && is_unsafe(c)) {
            out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
        } else {
            out.append(dumped, i, len == 0 ? 1 : len);
        }
        i += len == 0 ? 1 : len;
    }
    return out;
}

namespace {

/// Every byte json_plain_byte(). A record's keys and texts, hundreds of bytes each, come here:
/// read sixteen bytes at a time with SSE2 where the processor has it (every x86-64 does).
bool plain_ascii(std::string_view s) {
#if defined(__SSE2__)
    const auto clean = [](const char* at) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); // NOLINT
        // Signed bytes: below 0x20 or from 0x80 up are both less than 0x20.
        const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                                      _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F))),
                                         _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
        return _mm_movemask_epi8(bad) == 0;
    };
    constexpr std::size_t width = 16;
    if (s.size() >= width) {
        for (std::size_t i = 0; i + width <= s.size(); i += width) {
            if (!clean(s.data() + i)) {
                return false;
            }
        }
        return clean(s.data() + s.size() - width); // the last bytes, overlapping the others
    }
#endif
    return std::all_of(s.begin(), s.end(), json_plain_byte);
}

} // namespace

bool json_safe_as_is(std::string_view text) {
    if (plain_ascii(text)) {
        return true;
    }
    std::size_t i = 0;
    while (i < text.size()) {
        const auto [c, len] = decode(text, i);
        if (len == 0 || is_unsafe(c) || c == '"' || c == '\\') {
            return false;
        }
        i += len;
    }
    return true;
}

} // namespace candor::present
