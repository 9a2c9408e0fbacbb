/// \file collapsed_schemes_fuzz.cpp
/// Fuzz target: a collapsed-schemes file (data/collapsed_schemes.json's schema;
/// core::CollapsedSchemes::parse). Refusals are DataErrors only; with accepted data every
/// built-in example gets a rate ladder whose rungs have finite logarithms, lowest first, and a
/// Ponzi reading whose figures are finite.

#include "fuzz_support.hpp"

#include "core/data_error.hpp"
#include "core/evaluation.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/ladder.hpp"
#include "core/request.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<core::CollapsedSchemes> schemes;
    try {
        schemes = core::CollapsedSchemes::parse(fuzz::text_of(data, size), "fuzz-schemes.json");
    } catch (const core::DataError&) {
        return 0;
    }
    for (const core::CollapsedScheme& s : schemes->schemes()) {
        fuzz::require(schemes->find(s.id) != nullptr, "a scheme is not found", s.id);
    }
    const core::MarketData& market = core::MarketData::builtin();
    for (const core::Example& example : core::builtin_examples()) {
        try {
            const core::Assumptions a = core::resolve_rates(
                example.offer, core::Assumptions::defaults(), core::SafeRates::builtin());
            const core::Evaluation e = core::evaluate(example.offer, a, market, {});
            const auto ladder = core::rate_ladder(e, market, *schemes, core::SafeRates::builtin());
            for (std::size_t i = 0; i < ladder.size(); ++i) {
                const core::LadderRung& g = ladder[i];
                fuzz::require_finite(g.rate.log10_growth, "a rung's log10 growth");
                if (g.rate.log10_rate) {
                    fuzz::require_finite(*g.rate.log10_rate, "a rung's log10 rate");
                }
                fuzz::require(i == 0 || ladder[i - 1].rate.log10_growth <= g.rate.log10_growth,
                              "the ladder is not in order", g.id);
            }
            if (const auto reading = core::ponzi_reading_of(e, *schemes)) {
                fuzz::require_finite(reading->inflows.growth, "the fitted inflow growth");
                fuzz::require_finite(reading->inflows.s0, "the fitted initial inflow");
                if (reading->outcome) {
                    fuzz::require_finite(reading->outcome->at_end.fund, "the fund at the end");
                }
            }
        } catch (const core::InputError&) {
            // A figure out of the range the analysis accepts, named.
        }
    }
    return 0;
}
