#pragma once
/// \file visible_text.hpp
/// Text that came from a user or a user's file (offer names, file names, data-file labels,
/// typed values echoed in errors), made safe to show: nothing in it may act on a terminal,
/// reorder the text around it or break a line (issue 13, section 4).

#include <string>
#include <string_view>

namespace candor::present {

/// What `visible_text` keeps that it would otherwise replace.
enum class Keep {
    Nothing,          ///< text from the user: one line, no direction controls at all
    LinesAndIsolates, ///< text a program composed: its line breaks and the direction isolates
                      ///< (U+2066..U+2069) it inserted stay
};

/// `text` with every C0 control (tabs and line breaks included), DEL, C1 control (the 8-bit
/// terminal escapes), line or paragraph separator, bidirectional embedding or override
/// (U+202A..U+202E) and isolate (U+2066..U+2069), and every byte that is not valid UTF-8,
/// replaced by U+FFFD, so that the reader sees that something was there. Directional marks
/// (U+200E, U+200F, U+061C) stay: they reorder nothing.
std::string visible_text(std::string_view text, Keep keep = Keep::Nothing);

/// `text` as it stands between the quotes of a JSON string: besides what JSON itself escapes
/// (quote, backslash, the C0 controls), DEL, the C1 controls, the line separators and the
/// bidirectional controls are written as \uXXXX escapes (the same text to a JSON reader, safe
/// on a terminal), and every byte that is not valid UTF-8 becomes U+FFFD.
std::string json_escaped(std::string_view text);

/// Whether json_escaped(text) == text: valid UTF-8 without a quote, a backslash or any code
/// point it escapes.
bool json_safe_as_is(std::string_view text);

/// Printable ASCII other than a quote and a backslash: a byte json_escaped() keeps as it is
/// whatever surrounds it.
constexpr bool json_plain_byte(char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c >= 0x20U && c < 0x7FU && c != '"' && c != '\\';
}

} // namespace candor::present
