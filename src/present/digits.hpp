#pragma once
/// \file digits.hpp
/// The language's digits for text that holds digits but is not a number to format: a date as
/// a data file writes it ("2025-11"), a random seed.

#include <string>
#include <string_view>

namespace candor::present {

/// `text` with its ASCII digits written in the current locale's digits ("2025-11" ->
/// "٢٠٢٥-١١" in Arabic, unchanged in English or German); everything else as it is.
std::string with_locale_digits(std::string_view text);

} // namespace candor::present
