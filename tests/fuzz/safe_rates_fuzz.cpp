/// \file safe_rates_fuzz.cpp
/// Fuzz target: a safe-rates file (data/safe_rates.json's schema; core::SafeRates::parse).
/// Refusals are DataErrors only; with accepted data every curve answers every term with a
/// finite rate, and each built-in example at several terms gets its benchmark and inflation
/// from it (core::resolve_rates) and an analysis and verdict whose figures are finite.

#include "fuzz_support.hpp"

#include "core/analysis.hpp"
#include "core/data_error.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/market_data.hpp"
#include "core/safe_rates.hpp"
#include "core/term.hpp"
#include "core/verdict.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<core::SafeRates> rates;
    try {
        rates = core::SafeRates::parse(fuzz::text_of(data, size), "fuzz-safe-rates.json");
    } catch (const core::DataError&) {
        return 0;
    }
    for (const core::SafeRateCurve& c : rates->curves()) {
        fuzz::require(rates->curve(c.currency) != nullptr, "a curve is not found", c.currency);
        for (const long days : {1L, 30L, 365L, 3650L, 36500L}) {
            fuzz::require_finite(core::curve_rate(c, days), "curve rate of " + c.currency);
        }
    }
    for (const core::CoinYield& y : rates->coins()) {
        fuzz::require(rates->coin(y.asset) != nullptr, "a coin is not found", y.asset);
    }
    const core::MarketData& market = core::MarketData::builtin();
    for (const core::Example& example : core::builtin_examples()) {
        for (const long days : {7L, 400L, 20000L}) {
            core::Offer offer = example.offer;
            offer.term = core::Term::of_days(days);
            try {
                const core::Assumptions a =
                    core::resolve_rates(offer, core::Assumptions::defaults(), *rates);
                fuzz::require_finite(a.benchmark_rate, "resolved benchmark rate");
                fuzz::require_finite(a.annual_inflation, "resolved inflation");
                const core::Analysis analysis = core::analyze(offer, a);
                const std::string bad = test::non_finite_number(present::to_json(analysis));
                fuzz::require(bad.empty(), "the analysis JSON holds a non-finite number", bad);
                const core::Verdict v =
                    core::judge(analysis, std::nullopt, market, rates->verdict_rules());
                fuzz::require(v.overflow || std::isfinite(v.premium), "a verdict's premium");
            } catch (const core::InputError&) {
                // A figure out of the range the analysis accepts, named.
            }
        }
    }
    return 0;
}
