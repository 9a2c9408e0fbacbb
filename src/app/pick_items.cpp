#include "pick_items.hpp"

#include "core/asset.hpp"
#include "core/unexplained_sources.hpp"
#include "i18n/tr.hpp"
#include "present/number_format.hpp"
#include "present/text_match.hpp"

#include <unicode/locid.h>
#include <unicode/ucurr.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace candor::app {

namespace {

using i18n::tr;

std::string trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t\n");
    if (b == std::string_view::npos) {
        return {};
    }
    return std::string(s.substr(b, s.find_last_not_of(" \t\n") - b + 1));
}

/// A currency's name in the current language from ICU (CLDR), or the code.
std::string currency_name(const std::string& code) {
    icu::UnicodeString ucode = icu::UnicodeString::fromUTF8(code);
    UErrorCode status = U_ZERO_ERROR;
    UBool is_choice = 0;
    int32_t length = 0;
    const std::string locale = present::current_locale();
    const UChar* name = ucurr_getName(ucode.getTerminatedBuffer(), locale.c_str(), UCURR_LONG_NAME,
                                      &is_choice, &length, &status);
    if (U_FAILURE(status) || name == nullptr) {
        return code;
    }
    std::string out;
    icu::UnicodeString(name, length).toUTF8String(out);
    return out;
}

/// Names of the crypto assets: proper names, the same in every language.
std::string coin_name(const std::string& code) {
    static const std::map<std::string, std::string> names = {
        {"USDT", "Tether"}, {"USDC", "USD Coin"}, {"BTC", "Bitcoin"},
        {"ETH", "Ether"},   {"XRP", "XRP"},       {"SOL", "Solana"}};
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

std::string group_label(const std::string& group) {
    if (group == "cash_bonds") {
        return tr("Cash and bonds");
    }
    if (group == "commodities") {
        return tr("Commodities");
    }
    if (group == "equities") {
        return tr("Equities");
    }
    if (group == "real_estate") {
        return tr("Real estate");
    }
    if (group == "crypto") {
        return tr("Crypto assets");
    }
    if (group == "no_series") {
        return tr("Sources with no public return series");
    }
    if (group == "fiat") {
        return tr("Currencies");
    }
    if (group == "stablecoin") {
        return tr("Stablecoins");
    }
    return tr("Other");
}

void sort_within_groups(std::vector<PickItem>& items, const std::vector<std::string>& order) {
    const auto rank = [&](const std::string& g) {
        return std::find(order.begin(), order.end(), g) - order.begin();
    };
    std::stable_sort(items.begin(), items.end(), [&](const PickItem& a, const PickItem& b) {
        if (a.group != b.group) {
            return rank(a.group) < rank(b.group);
        }
        return present::folded_less(a.name, b.name);
    });
}

struct Pair {
    std::string id;
    std::string weight; ///< as typed, without the percent sign
};

std::vector<Pair> pairs_in(const std::string& text) {
    std::vector<Pair> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const std::size_t comma = std::min(text.find_first_of(",;\n", pos), text.size());
        const std::string part = trim(std::string_view(text).substr(pos, comma - pos));
        pos = comma + 1;
        const auto sep = part.find_first_of("=:");
        if (part.empty() || sep == std::string::npos || sep == 0) {
            continue;
        }
        std::string w = trim(std::string_view(part).substr(sep + 1));
        if (!w.empty() && w.back() == '%') {
            w = trim(std::string_view(w).substr(0, w.size() - 1));
        }
        out.push_back({trim(std::string_view(part).substr(0, sep)), w});
    }
    return out;
}

} // namespace

std::vector<PickItem> asset_pick_items() {
    std::vector<PickItem> out;
    for (const core::Asset& a : core::known_assets()) {
        const char* group = a.kind == core::AssetKind::Fiat         ? "fiat"
                            : a.kind == core::AssetKind::Stablecoin ? "stablecoin"
                                                                    : "crypto";
        out.push_back({a.code,
                       a.kind == core::AssetKind::Fiat ? currency_name(a.code) : coin_name(a.code),
                       group, group_label(group)});
    }
    sort_within_groups(out, {"fiat", "stablecoin", "crypto"});
    return out;
}

std::vector<PickItem> mix_pick_items(const core::MarketData& market) {
    std::vector<PickItem> out;
    for (const core::AssetClass& a : market.asset_classes()) {
        if (a.is_return()) {
            out.push_back({a.id, tr(a.name), a.group, group_label(a.group)});
        }
    }
    for (const core::UnexplainedSource& s : core::UnexplainedSources::builtin().sources()) {
        out.push_back({s.id, tr(s.name), "no_series", group_label("no_series")});
    }
    sort_within_groups(out, {"cash_bonds", "commodities", "equities", "real_estate", "crypto",
                             "other", "no_series"});
    return out;
}

bool pick_matches(const PickItem& item, std::string_view filter) {
    using present::contains_folded;
    return contains_folded(item.id, filter) || contains_folded(item.name, filter) ||
           contains_folded(item.group_label, filter);
}

std::vector<std::string> mix_ids_in(const std::string& field_text) {
    std::vector<std::string> out;
    for (const Pair& p : pairs_in(field_text)) {
        out.push_back(p.id);
    }
    return out;
}

std::string mix_with(const std::string& field_text, const std::vector<std::string>& ids) {
    const std::vector<Pair> typed = pairs_in(field_text);
    std::vector<Pair> out;
    double kept = 0.0;
    std::size_t fresh = 0;
    for (const std::string& id : ids) {
        const auto it =
            std::find_if(typed.begin(), typed.end(), [&](const Pair& p) { return p.id == id; });
        if (it != typed.end()) {
            out.push_back(*it);
            try {
                kept += std::stod(it->weight);
            } catch (const std::exception&) {
                // A weight that is no number stays as typed; the form will say so.
            }
        } else {
            out.push_back({id, ""});
            ++fresh;
        }
    }
    const long left = std::max(0L, std::lround(100.0 - kept));
    long given = 0;
    std::size_t seen = 0;
    std::string text;
    for (Pair& p : out) {
        if (p.weight.empty()) {
            ++seen;
            const long share = seen == fresh ? left - given : left / static_cast<long>(fresh);
            given += share;
            p.weight = std::to_string(share);
        }
        text += (text.empty() ? "" : ", ") + p.id + "=" + p.weight;
    }
    return text;
}

} // namespace candor::app
