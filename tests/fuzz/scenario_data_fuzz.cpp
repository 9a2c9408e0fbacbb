/// \file scenario_data_fuzz.cpp
/// Fuzz target: a scenario presets file (--scenarios; core::ScenarioPresets::parse). Refusals
/// are DataErrors only; every accepted preset, applied to each built-in example, gives a model
/// that is refused with an InputError or has finite statistics.

#include "fuzz_support.hpp"

#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/request.hpp"
#include "core/scenario_data.hpp"

#include <cstddef>
#include <cstdint>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<core::ScenarioPresets> presets;
    try {
        presets = core::ScenarioPresets::parse(fuzz::text_of(data, size), "fuzz-scenarios.json");
    } catch (const core::DataError&) {
        return 0;
    }
    const core::Assumptions assumptions = core::Assumptions::defaults();
    for (const core::ScenarioPreset& p : presets->presets()) {
        fuzz::require(presets->find(p.id) != nullptr, "a preset is not found by its id", p.id);
        for (const core::Example& example : core::builtin_examples()) {
            core::OfferRequest request{example.offer, assumptions, {}, core::ScenarioRequest{}};
            request.scenario->preset = p.id;
            try {
                const core::ScenarioModel model =
                    core::scenario_model(request, *presets, core::PriceRiskTable::builtin());
                fuzz::check_outcome(core::scenario_outcome(model, fuzz::quick_settings()));
            } catch (const core::InputError&) {
            }
        }
    }
    return 0;
}
