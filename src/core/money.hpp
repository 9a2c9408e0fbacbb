#pragma once
/// \file money.hpp
/// Money: an exact integer count of an asset's minor units. Arithmetic on returns happens in
/// double; amounts are rounded to minor units (half to even) once, where they are shown.

#include "asset.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace candor::core {

class Money {
  public:
    /// The largest magnitude in minor units: below 2^53, so every amount is exact as a double.
    static constexpr std::int64_t max_minor = 9'000'000'000'000'000;

    /// Zero US dollars; a placeholder for aggregates that fill it in later.
    Money() : minor_(0), asset_{"USD", 2, 2, AssetKind::Fiat, ""} {}
    /// \throws InputError when |minor| exceeds max_minor.
    Money(std::int64_t minor, Asset asset);

    /// Rounds `major` (e.g. 5011.5487) to the asset's minor unit, half to even.
    /// \throws InputError (field `field`) when not finite or beyond max_minor.
    static Money from_major(double major, const Asset& asset, const std::string& field = "amount");

    std::int64_t minor() const { return minor_; }
    const Asset& asset() const { return asset_; }
    double to_major() const;

    friend bool operator==(const Money& a, const Money& b) {
        return a.minor_ == b.minor_ && a.asset_ == b.asset_;
    }

  private:
    std::int64_t minor_;
    Asset asset_;
};

/// Parses "5000", "5,000.00", "5000 USDT", "USDT 5000", "5e3": a decimal number with
/// optional comma thousands separators (in groups of three), a '.' decimal point and an
/// optional exponent, with an asset code before or after it. Digits beyond the minor unit are
/// rounded half to even. Without a code the amount is in `default_asset`.
/// \throws InputError naming `field` for anything else, for no asset at all, and for a
/// magnitude beyond Money::max_minor.
Money parse_money(std::string_view text, const std::optional<Asset>& default_asset,
                  const std::string& field);

/// Parses a plain decimal number ("0.043", "1e-3"), rejecting nan, inf and text.
/// \throws InputError naming `field`.
/// The largest magnitude parse_number() accepts: no amount, rate or count a person types is larger.
inline constexpr double max_plain_number = 1e12;

double parse_number(std::string_view text, const std::string& field, const std::string& expected);

/// "5,011.55" with the asset's display decimals, rounded half to even; locale-independent.
std::string format_amount(const Money& m);
/// "5,011.55 USDT".
std::string format_money(const Money& m);
/// Formats a major-unit double with `decimals` digits and comma grouping, half to even.
std::string format_grouped(double major, int decimals);
/// format_grouped(major, decimals) appended to `out`.
void append_grouped(std::string& out, double major, int decimals);

} // namespace candor::core

template <> struct fmt::formatter<candor::core::Money> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const candor::core::Money& m, FormatContext& ctx) const -> decltype(ctx.out()) {
        const std::string s = candor::core::format_money(m);
        return fmt::formatter<std::string_view>::format(s, ctx);
    }
};
