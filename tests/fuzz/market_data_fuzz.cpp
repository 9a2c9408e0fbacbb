/// \file market_data_fuzz.cpp
/// Fuzz target: a benchmarks file (--data; core::MarketData::parse). Refusals are DataErrors
/// only; accepted data must answer every lookup and give finite results for the built-in
/// examples read against it, as `candor-cli analyze --data FILE` does.

#include "fuzz_support.hpp"

#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/request.hpp"

#include <cstddef>
#include <cstdint>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<core::MarketData> market;
    try {
        market = core::MarketData::parse(fuzz::text_of(data, size), "fuzz-benchmarks.json");
    } catch (const core::DataError&) {
        return 0;
    }
    for (const core::AssetClass& c : market->asset_classes()) {
        fuzz::require(market->find(c.id) == &c, "an asset class is not found by its id", c.id);
        fuzz::require(market->resolve(c.id) != nullptr, "an asset class id does not resolve", c.id);
    }
    (void)market->mix_ids();
    (void)market->default_benchmark();
    (void)market->default_inflation();

    core::Assumptions assumptions;
    try {
        assumptions = core::Assumptions::defaults(*market);
    } catch (const core::InputError&) {
        return 0;
    } catch (const core::DataError&) {
        return 0;
    }
    for (const core::Example& example : core::builtin_examples()) {
        core::OfferRequest request{example.offer, assumptions, {}, std::nullopt};
        try {
            fuzz::check_result(core::execute(request, *market, fuzz::quick_settings()));
        } catch (const core::InputError&) {
            // e.g. a claimed mix naming a class this file does not have.
        } catch (const core::DataError&) {
        }
    }
    return 0;
}
