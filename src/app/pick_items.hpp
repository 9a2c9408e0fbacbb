#pragma once
/// \file pick_items.hpp
/// What the pick-lists beside the Asset held and Claimed mix fields offer: every id with its
/// name in the current language, grouped (currencies, stablecoins, crypto; cash and bonds,
/// commodities, equities, real estate, crypto, sources with no public return series), and how
/// the chosen ids are written back into the field. No wx (unit-tested without a display).

#include "core/market_data.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace candor::app {

struct PickItem {
    std::string id;          ///< what the field takes ("gold", "USDT")
    std::string name;        ///< in the current language ("Gold", "US-Dollar")
    std::string group;       ///< the group's id ("commodities", "no_series")
    std::string group_label; ///< the group's name in the current language
};

/// The assets an offer can be held in: currencies (names from ICU), stablecoins, crypto; each
/// group sorted by name.
std::vector<PickItem> asset_pick_items();

/// The claimed mix's choices: `market`'s return series by group, then the sources with no
/// public return series (data/unexplained_sources.json); each group sorted by name.
std::vector<PickItem> mix_pick_items(const core::MarketData& market);

/// True when `filter` (trimmed, case-insensitive) occurs in the id, the name or the group.
bool pick_matches(const PickItem& item, std::string_view filter);

/// The mix field after choosing `ids`: pairs already typed for a chosen id keep their weight,
/// the others are dropped, and newly chosen ids share what is left of 100% equally (whole
/// numbers, the last taking the rest). "mining=60, trading=40"
std::string mix_with(const std::string& field_text, const std::vector<std::string>& ids);

/// The ids typed in the mix field, in order (text that does not parse is skipped).
std::vector<std::string> mix_ids_in(const std::string& field_text);

} // namespace candor::app
