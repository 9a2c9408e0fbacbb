#pragma once
/// \file asset.hpp
/// Assets that amounts are denominated in: ISO 4217 currencies and the usual crypto assets.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

enum class AssetKind {
    Fiat,       ///< an ISO 4217 currency
    Stablecoin, ///< a token meant to track a fiat currency (USDT, USDC)
    Volatile,   ///< a crypto asset whose price floats (BTC, ETH, XRP, SOL)
};

struct Asset {
    std::string code;         ///< upper case, e.g. "USD", "USDT"
    int decimals = 2;         ///< digits of the minor unit that amounts are stored in
    int display_decimals = 2; ///< digits shown to people
    AssetKind kind = AssetKind::Fiat;
    std::string pegged_to; ///< for stablecoins, the currency tracked ("USD"); empty otherwise

    friend bool operator==(const Asset& a, const Asset& b) { return a.code == b.code; }
};

/// Looks an asset up by code, case-insensitively; nullopt when unknown.
std::optional<Asset> find_asset(std::string_view code);

/// Looks an asset up by code; throws InputError naming `field` when unknown.
Asset asset_or_throw(std::string_view code, const std::string& field);

/// Every known asset, in the table's order (fiat first).
const std::vector<Asset>& known_assets();

/// The fiat currency an asset is valued in when it is not itself fiat: a stablecoin's peg,
/// USD for the volatile crypto assets.
std::string reporting_currency(const Asset& asset);

} // namespace candor::core
