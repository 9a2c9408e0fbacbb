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

/// `text` written a code point at a time into a string with room for `room` bytes: each byte
/// that does not start valid UTF-8 becomes U+FFFD, and `write(out, code point, its bytes)`
/// writes each valid code point.
template <class Write>
std::string rewritten(std::string_view text, std::size_t room, const Write& write) {
    std::string out;
    out.reserve(room);
    std::size_t i = 0;
    while (i < text.size()) {
        const auto [c, len] = decode(text, i);
        if (len == 0) {
            out += replacement;
            ++i;
            continue;
        }
        write(out, c, text.substr(i, len));
        i += len;
    }
    return out;
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
    return rewritten(text, text.size(), [&](std::string& out, char32_t c, std::string_view bytes) {
        const bool kept = keep == Keep::LinesAndIsolates && (c == '\n' || is_isolate(c));
        if (is_unsafe(c) && !kept) {
            out += replacement;
        } else {
            out += bytes;
        }
    });
}

std::string json_escaped(std::string_view text) {
    // JSON's own short escapes, then \u escapes for every other control or direction changer:
    // the same text to a reader of JSON, nothing a terminal acts on.
    static constexpr std::string_view short_escape[] = {"\\b", "\\t", "\\n",
                                                        "",    "\\f", "\\r"}; // U+0008 .. U+000D
    return rewritten(text, text.size() + 8,
                     [](std::string& out, char32_t c, std::string_view bytes) {
                         if (c == '"' || c == '\\') {
                             out += '\\';
                             out += static_cast<char>(c);
                         } else if (c >= 0x08 && c <= 0x0D && !short_escape[c - 0x08].empty()) {
                             out += short_escape[c - 0x08];
                         } else if (is_unsafe(c)) {
                             out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
                         } else {
                             out += bytes;
                         }
                     });
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
