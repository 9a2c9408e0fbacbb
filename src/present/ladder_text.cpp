#include "ladder_text.hpp"

#include "number_format.hpp"

#include "i18n/tr.hpp"

#include <fmt/format.h>

#include <cmath>

namespace candor::present {

namespace {

/// Rates from this (a fraction, 1,000,000%) on are written in words.
constexpr double worded_from = 1e4;

} // namespace

std::string annual_rate_text(const core::AnnualRate& rate) {
    if (rate.effective && std::abs(*rate.effective) < worded_from) {
        return percent(*rate.effective, std::abs(*rate.effective) < 1.0 ? 2 : 0);
    }
    const double log10_percent = rate.log10_rate.value_or(0.0) + 2.0;
    // TRANSLATORS: a rate too large to write out in digits, in percent; {0} is a large number
    // in words such as "12.3 million" or "39.8 sextillion", or past the scale words a power of
    // ten such as "10^43.2".
    const char* about = i18n::tr_noop("about {0}%");
    // In words as the other charts write large figures, as far as the language's scale words
    // go; beyond them, as a power of ten.
    const std::string figure = std::floor(log10_percent) <= largest_worded_power
                                   ? large_number(log10_percent)
                                   : power_of_ten(log10_percent, 1);
    return fmt::format(fmt::runtime(i18n::tr(about)), figure);
}

} // namespace candor::present
