/// \file price_risk_fuzz.cpp
/// Fuzz target: a price-risk file (--price-risk; core::PriceRiskTable::parse). Refusals are
/// DataErrors only; with an accepted table, each built-in example held in each asset the table
/// names, under each built-in preset, is refused with an InputError or has finite statistics.

#include "fuzz_support.hpp"

#include "core/asset.hpp"
#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/request.hpp"
#include "core/scenario_data.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<core::PriceRiskTable> table;
    try {
        table = core::PriceRiskTable::parse(fuzz::text_of(data, size), "fuzz-price-risk.json");
    } catch (const core::DataError&) {
        return 0;
    }
    std::vector<std::string> assets;
    for (const core::PriceRisk& p : table->volatile_assets()) {
        fuzz::require(table->price(p.asset) != nullptr, "a volatile asset is not found", p.asset);
        assets.push_back(p.asset);
    }
    for (const core::DepegRisk& d : table->stablecoins()) {
        fuzz::require(table->depeg(d.asset) != nullptr, "a stablecoin is not found", d.asset);
        assets.push_back(d.asset);
    }
    const core::Assumptions assumptions = core::Assumptions::defaults();
    const core::ScenarioPresets& presets = core::ScenarioPresets::builtin();
    const core::Example& example = core::builtin_examples().front();
    for (const std::string& code : assets) {
        const std::optional<core::Asset> asset = core::find_asset(code);
        if (!asset) {
            continue; // the table may name assets the program does not know; they are unused
        }
        core::OfferRequest request{example.offer, assumptions, {}, core::ScenarioRequest{}};
        request.offer.held = *asset;
        for (const core::ScenarioPreset& p : presets.presets()) {
            request.scenario->preset = p.id;
            try {
                const core::ScenarioModel model = core::scenario_model(request, presets, *table);
                fuzz::check_outcome(core::scenario_outcome(model, fuzz::quick_settings()));
            } catch (const core::InputError&) {
            }
        }
    }
    return 0;
}
