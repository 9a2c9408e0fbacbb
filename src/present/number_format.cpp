#include "number_format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace candor::present {

std::string percent(double fraction, int decimals) {
    return core::format_grouped(fraction * 100.0, decimals) + "%";
}

std::string percent(const std::optional<double>& fraction, const std::string& fallback,
                    int decimals) {
    return fraction ? percent(*fraction, decimals) : fallback;
}

std::string money(const core::Money& m) {
    return core::format_money(m);
}

std::string money(double major, const core::Asset& asset) {
    return core::format_grouped(major, asset.display_decimals) + " " + asset.code;
}

std::string large_amount(const std::optional<double>& value, double log10_value,
                         const core::Asset& asset) {
    if (value && *value < 1e15) {
        return money(*value, asset);
    }
    return fmt::format("about 10^{:.0f} {}", std::floor(log10_value), asset.code);
}

std::string number(double value, int decimals) {
    return core::format_grouped(value, decimals);
}

std::string duration_years(double years) {
    if (!std::isfinite(years)) {
        return "never";
    }
    if (years < 1.0) {
        return fmt::format("{:.0f} days", years * 365.0);
    }
    return fmt::format("{:.1f} years", years);
}

} // namespace candor::present
