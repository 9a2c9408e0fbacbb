#pragma once
/// \file text_match.hpp
/// Comparing and searching names as a reader would: without regard to case (Unicode case
/// folding, so "İ", "ß" and Arabic letters behave), leading and trailing spaces ignored. Used by
/// the glossary's filter and the app's pick-lists.

#include <string_view>

namespace candor::present {

/// True when `filter`, trimmed, is empty or found in `text`, both case-folded.
bool contains_folded(std::string_view text, std::string_view filter);
/// True when `a` sorts before `b`, both case-folded (code-point order).
bool folded_less(std::string_view a, std::string_view b);

} // namespace candor::present
