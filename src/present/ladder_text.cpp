#include "ladder_text.hpp"

#include "number_format.hpp"

#include "i18n/tr.hpp"

#include <fmt/format.h>

#include <cmath>

namespace candor::present {

std::string annual_rate_text(const core::AnnualRate& rate) {
    if (rate.effective && std::abs(*rate.effective) < 1e13) {
        return percent(*rate.effective, std::abs(*rate.effective) < 1.0 ? 2 : 0);
    }
    // TRANSLATORS: a rate too large to write out, as a power of ten percent; {0} is e.g.
    // "10^43.2".
    return fmt::format(fmt::runtime(i18n::tr("about {0}%")),
                       power_of_ten(rate.log10_rate.value_or(0.0) + 2.0, 1));
}

} // namespace candor::present
