#pragma once
/// \file unexplained_sources.hpp
/// Sources of return that platforms name in a claimed mix but that no asset class explains
/// (mining, trading, arbitrage, AI trading, staking, liquidity mining): they have no public
/// return series, so the share claimed for them cannot be checked. data/unexplained_sources.json,
/// compiled in; shared by the CLI and the app (docs/data.md).

#include "market_data.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

struct UnexplainedSource {
    std::string id;   ///< "mining"
    std::string name; ///< English display name; front ends translate it
    std::vector<std::string> aliases;
    std::string why; ///< why no public return series exists (English, for the data file)
    Source source;
    std::string note;
};

class UnexplainedSources {
  public:
    /// The built-in list (data/unexplained_sources.json as compiled in).
    static const UnexplainedSources& builtin();
    /// \throws DataError naming file, key and line.
    static UnexplainedSources parse(std::string_view json_text, const std::string& file_name);

    const std::vector<UnexplainedSource>& sources() const { return sources_; }
    /// By id or alias, case-insensitively; nullptr when neither matches.
    const UnexplainedSource* resolve(std::string_view id_or_alias) const;
    /// The ids, comma separated, in file order.
    std::string id_list() const;

  private:
    std::vector<UnexplainedSource> sources_;
};

} // namespace candor::core
