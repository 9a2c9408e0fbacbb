#pragma once
/// \file display_width.hpp
/// How wide text is on a terminal, measured once for every text table and wrapped paragraph
/// of the CLI (and its help): not bytes, not code points, but what a terminal draws.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace candor::present {

/// The columns a monospaced terminal gives UTF-8 `text`: one per grapheme cluster (a letter
/// with its combining marks, "İ" written as I + dot, an Arabic letter with its vowel signs),
/// two for East Asian wide and fullwidth characters, none for format characters (the
/// direction marks and isolates ICU puts around numbers, U+061C, zero-width joiners) and
/// controls. Invalid UTF-8 counts one column a bad byte.
std::size_t display_width(std::string_view text);

/// `text` followed by spaces up to `width` columns; at least one space when it is as wide
/// as that already, so that the next column never touches it.
std::string pad_to_width(const std::string& text, std::size_t width);

/// `text` broken at spaces into lines of at most `width` columns (a word wider than that
/// gets a line of its own); `first_width` for the first line, which may follow a lead.
std::vector<std::string> wrap_to_width(std::string_view text, std::size_t first_width,
                                       std::size_t width);

} // namespace candor::present
