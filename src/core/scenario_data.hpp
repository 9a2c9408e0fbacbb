#pragma once
/// \file scenario_data.hpp
/// The scenario engine's data: counterparty presets (data/scenarios.json) and default price
/// risk per asset (data/price_risk.json), both compiled in and replaceable by a user file
/// with the same schema. Every entry carries its sources; docs/scenarios.md explains them.

#include "market_data.hpp"
#include "scenario.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

/// A counterparty-loss preset: how likely the platform is to fail and what is recovered.
struct ScenarioPreset {
    std::string id;   ///< "crypto-lender-2022"
    std::string name; ///< English display name; front ends translate it
    double hazard = 0.0;
    double recovery = 0.0;
    double recovery_spread = 0.0;
    double recovery_delay_years = 0.0;
    std::string basis; ///< how the figures were derived (English, for docs and reports)
    /// The largest premium of an offer over the safe rate of its currency and term (annual,
    /// compounded) that the figures were drawn from; beyond it core::execute raises the hazard
    /// to the break-even hazard under the preset's own model.
    double calibrated_max_premium = 0.0;
    std::string calibrated_basis;
    std::vector<Source> sources;

    /// Copies the preset's failure and recovery parameters into `m`.
    void apply_to(ScenarioModel& m) const;
};

class ScenarioPresets {
  public:
    static const ScenarioPresets& builtin();
    /// \throws DataError naming file, key path and line.
    static ScenarioPresets parse(std::string_view json_text, const std::string& file_name);
    static ScenarioPresets load_file(const std::string& path);

    const std::vector<ScenarioPreset>& presets() const { return presets_; }
    const ScenarioPreset* find(std::string_view id) const;
    /// \throws InputError (field `field`) listing the known ids when `id` is unknown.
    const ScenarioPreset& get(std::string_view id, const std::string& field) const;

  private:
    std::vector<ScenarioPreset> presets_;
};

/// Lognormal price risk of a volatile asset.
struct PriceRisk {
    std::string asset;
    double annual_volatility = 0.0;
    double annual_drift = 0.0;
    std::string period;
    std::string basis;
    Source source;
};

/// De-peg risk of a stablecoin.
struct DepegRisk {
    std::string asset;
    double annual_probability = 0.0;
    double loss_given_depeg = 0.0;
    std::string basis;
    Source source;
};

class PriceRiskTable {
  public:
    static const PriceRiskTable& builtin();
    /// \throws DataError naming file, key path and line.
    static PriceRiskTable parse(std::string_view json_text, const std::string& file_name);
    static PriceRiskTable load_file(const std::string& path);

    const std::vector<PriceRisk>& volatile_assets() const { return price_; }
    const std::vector<DepegRisk>& stablecoins() const { return depeg_; }
    /// Case-insensitive lookups; nullptr when the asset has no entry.
    const PriceRisk* price(std::string_view asset_code) const;
    const DepegRisk* depeg(std::string_view asset_code) const;

    /// Fills volatility and drift (volatile assets) or de-peg figures (stablecoins) of `m`
    /// for the asset held; leaves `m` unchanged for fiat and for assets without an entry.
    void apply_to(std::string_view asset_code, ScenarioModel& m) const;

  private:
    std::vector<PriceRisk> price_;
    std::vector<DepegRisk> depeg_;
};

/// The built-in annual volatility of an asset's price (BTC, ETH, XRP, SOL); nullopt for
/// assets without price risk in the table (fiat, stablecoins, unknown codes).
std::optional<double> annual_volatility(std::string_view asset_code);
/// The built-in annual drift mu of the same table; nullopt likewise.
std::optional<double> annual_drift(std::string_view asset_code);

} // namespace candor::core
