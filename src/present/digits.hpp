#pragma once
/// \file digits.hpp
/// The language's digits for text that holds digits but is not a number to format: a date as
/// a data file writes it ("2025-11"), a random seed.

#include "core/day_count.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace candor::present {

/// `text` with its ASCII digits written in the current locale's digits ("2025-11" ->
/// "٢٠٢٥-١١" in Arabic, unchanged in English or German); everything else as it is.
std::string with_locale_digits(std::string_view text);

/// A calendar date as people are shown it where they also type it (the app's date fields):
/// ISO 8601, year-month-day, the one form no language reads another way ("2026-01-30"; not
/// 01/30/2026 or 30/01/2026), in the language's digits ("٢٠٢٦-٠١-٣٠" in Arabic), as the report
/// writes the dates of its data.
std::string date_text(const core::Date& d);
/// Reads date_text()'s form back, in ASCII digits or any script's decimal digits, surrounding
/// spaces ignored; empty when the text is no valid date in that form.
std::optional<core::Date> parse_date_text(std::string_view text);

} // namespace candor::present
