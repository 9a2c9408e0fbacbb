#include "asset.hpp"

#include "input_error.hpp"

#include <algorithm>
#include <cstdint>

namespace candor::core {

namespace {

std::vector<Asset> make_table() {
    std::vector<Asset> t;
    // ISO 4217 minor units (the "E" column of the ISO 4217 list, amendment 177, 2024).
    const struct {
        const char* code;
        int decimals;
    } fiat[] = {
        {"USD", 2}, {"EUR", 2}, {"GBP", 2}, {"JPY", 0}, {"CHF", 2}, {"CAD", 2}, {"AUD", 2},
        {"NZD", 2}, {"CNY", 2}, {"HKD", 2}, {"SGD", 2}, {"INR", 2}, {"IDR", 2}, {"KRW", 0},
        {"PHP", 2}, {"THB", 2}, {"VND", 0}, {"MYR", 2}, {"PKR", 2}, {"BDT", 2}, {"TRY", 2},
        {"RUB", 2}, {"UAH", 2}, {"PLN", 2}, {"CZK", 2}, {"HUF", 2}, {"SEK", 2}, {"NOK", 2},
        {"DKK", 2}, {"BRL", 2}, {"MXN", 2}, {"ARS", 2}, {"CLP", 0}, {"COP", 2}, {"PEN", 2},
        {"NGN", 2}, {"ZAR", 2}, {"KES", 2}, {"GHS", 2}, {"EGP", 2}, {"MAD", 2}, {"AED", 2},
        {"SAR", 2}, {"QAR", 2}, {"KWD", 3}, {"BHD", 3}, {"OMR", 3}, {"JOD", 3}, {"ILS", 2},
    };
    for (const auto& f : fiat) {
        t.push_back({f.code, f.decimals, f.decimals, AssetKind::Fiat, ""});
    }
    // Crypto assets, in their conventional base units: USDT and USDC 6 decimals (their token
    // contracts), BTC 8 (satoshi), XRP 6 (drops), SOL 9 (lamports). ETH is kept to the gwei
    // (9 decimals) rather than the wei (18), so that amounts stay exact in 64 bits.
    t.push_back({"USDT", 6, 2, AssetKind::Stablecoin, "USD"});
    t.push_back({"USDC", 6, 2, AssetKind::Stablecoin, "USD"});
    t.push_back({"BTC", 8, 8, AssetKind::Volatile, ""});
    t.push_back({"ETH", 9, 6, AssetKind::Volatile, ""});
    t.push_back({"XRP", 6, 6, AssetKind::Volatile, ""});
    t.push_back({"SOL", 9, 6, AssetKind::Volatile, ""});
    return t;
}

/// Up to four ASCII letters of a code, upper-cased, as one integer ("usdt" and "USDT" alike);
/// 0 for anything else, which no code packs to.
std::uint32_t packed_code(std::string_view s) {
    if (s.empty() || s.size() > 4) {
        return 0;
    }
    std::uint32_t key = 0;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        const bool lower = c >= 'a' && c <= 'z';
        if (!lower && !(c >= 'A' && c <= 'Z')) {
            return 0;
        }
        key = (key << 8) | (lower ? c - ('a' - 'A') : c);
    }
    return key;
}

} // namespace

const std::vector<Asset>& known_assets() {
    static const std::vector<Asset> table = make_table();
    return table;
}

std::optional<Asset> find_asset(std::string_view code) {
    // Codes compared as integers: an offer's amounts and texts look assets up many times.
    static const std::vector<std::uint32_t> keys = [] {
        std::vector<std::uint32_t> k;
        for (const Asset& a : known_assets()) {
            k.push_back(packed_code(a.code));
        }
        return k;
    }();
    const std::uint32_t key = packed_code(code);
    if (key == 0) {
        return std::nullopt;
    }
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it == keys.end()) {
        return std::nullopt;
    }
    return known_assets()[static_cast<std::size_t>(it - keys.begin())];
}

Asset asset_or_throw(std::string_view code, const std::string& field) {
    if (auto a = find_asset(code)) {
        return *a;
    }
    throw InputError(field,
                     CANDOR_N_("an ISO 4217 currency code (USD, EUR, ...) or one of USDT, USDC, "
                               "BTC, ETH, XRP, SOL"),
                     std::string(code));
}

std::string reporting_currency(const Asset& asset) {
    switch (asset.kind) {
    case AssetKind::Fiat:
        return asset.code;
    case AssetKind::Stablecoin:
        return asset.pegged_to;
    case AssetKind::Volatile:
        return "USD";
    }
    return "USD";
}

} // namespace candor::core
