#pragma once
/// \file number_format.hpp
/// How numbers are shown to people: percentages, amounts, probabilities. Locale-independent
/// for now (English separators); these are the single place to make them locale-aware.

#include "core/money.hpp"

#include <optional>
#include <string>

namespace candor::present {

/// 0.27 -> "27.00%"; huge values keep grouping: 77.418 -> "7,741.80%".
std::string percent(double fraction, int decimals = 2);
/// Like percent(), or `fallback` when the value is absent.
std::string percent(const std::optional<double>& fraction, const std::string& fallback,
                    int decimals = 2);
/// 5011.548 in USDT -> "5,011.55 USDT".
std::string money(const core::Money& m);
/// A major-unit amount in an asset, rounded half to even to its display digits.
std::string money(double major, const core::Asset& asset);
/// An amount that may overflow: shown in full below 1e15, else as "about 10^N".
std::string large_amount(const std::optional<double>& value, double log10_value,
                         const core::Asset& asset);
/// A plain number with grouping: 1234.5 (1 decimal) -> "1,234.5".
std::string number(double value, int decimals);
/// Years as "1.7 years" / "20 days" when under a year.
std::string duration_years(double years);

} // namespace candor::present
