/// \file examples_fuzz.cpp
/// Fuzz target: an examples file (data/examples.json's schema; core::parse_examples). Refusals
/// are DataErrors only; every example accepted gives results whose figures are finite.

#include "fuzz_support.hpp"

#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/request.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<core::Example> examples;
    try {
        examples = core::parse_examples(fuzz::text_of(data, size), "fuzz-examples.json");
    } catch (const core::DataError&) {
        return 0;
    }
    const core::MarketData& market = core::MarketData::builtin();
    for (const core::Example& example : examples) {
        fuzz::require(!example.id.empty(), "an example without an id was accepted");
        core::OfferRequest request{example.offer, core::Assumptions::defaults(), {}, std::nullopt};
        try {
            fuzz::check_result(core::execute(request, market, fuzz::quick_settings()));
        } catch (const core::InputError&) {
        }
    }
    return 0;
}
