#pragma once
/// \file fuzz_support.hpp
/// What the libFuzzer targets share: how a finding is reported (a message, then abort(), which
/// libFuzzer records as a crash with the input) and the checks made on what a parser accepted.
/// docs/fuzzing.md describes the targets.

#include "cli/non_finite.hpp"

#include "core/disclosures.hpp"
#include "core/request.hpp"
#include "present/analysis_json.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace candor::fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Reports a broken promise and stops: libFuzzer saves the input as crash-<hash>.
[[noreturn]] inline void finding(std::string_view what, std::string_view detail = {}) {
    std::fprintf(stderr, "\n==candor fuzz finding== %.*s\n%.*s\n", static_cast<int>(what.size()),
                 what.data(), static_cast<int>(detail.size()), detail.data());
    std::fflush(stderr);
    std::abort();
}

inline void require(bool ok, std::string_view what, std::string_view detail = {}) {
    if (!ok) {
        finding(what, detail);
    }
}

inline void require_finite(double v, std::string_view what) {
    if (!std::isfinite(v)) {
        finding("a figure is not finite", what);
    }
}

/// Every figure of a scenario's outcome is finite: its statistics and its distribution.
inline void check_outcome(const core::ScenarioOutcome& o) {
    const core::ScenarioStats& s = o.stats;
    for (const double v : {s.expected_payout, s.standard_deviation, s.median_payout, s.p05_payout,
                           s.p95_payout, s.probability_of_loss, s.probability_of_loss_over_half,
                           s.expected_shortfall_5, s.certainty_equivalent_rate, s.benchmark_rate,
                           s.benchmark_payout, s.probability_of_failure, o.standard_error}) {
        require_finite(v, "scenario statistics");
    }
    for (const core::OutcomeBin& b : o.distribution) {
        require_finite(b.lower, "outcome distribution");
        require_finite(b.upper, "outcome distribution");
        require_finite(b.probability, "outcome distribution");
    }
}

/// Every figure a reader of the results could see is finite: the analysis as its JSON shows it
/// (where a figure may overflow, the JSON has null), the disclosures' and the verdict's numbers
/// and the scenario.
inline void check_result(const core::OfferResult& r) {
    const std::string bad = test::non_finite_number(present::to_json(r.analysis()));
    require(bad.empty(), "the analysis JSON holds a number that is not finite", bad);
    for (const core::Disclosure& d : r.evaluation.disclosures) {
        for (const auto* list : {&d.values, &d.headline.params, &d.detail.params}) {
            for (const core::Value& v : *list) {
                if (v.kind != core::ValueKind::Text) {
                    require_finite(v.number,
                                   std::string(d.id.view()) + ": " + std::string(v.name.view()));
                }
            }
        }
    }
    const core::Verdict& v = r.evaluation.verdict;
    require(v.overflow || std::isfinite(v.premium), "the verdict's premium is not finite");
    for (const double x :
         {v.in_line_margin, v.ordinary_spread, v.long_run_premium, v.best_year_premium}) {
        require_finite(x, "a premium the verdict compares with");
    }
    if (v.years_to_world_gdp) {
        require_finite(*v.years_to_world_gdp, "the verdict's years to world GDP");
    }
    for (const core::Value& value : v.headline.params) {
        if (value.kind != core::ValueKind::Text) {
            require_finite(value.number, "verdict: " + std::string(value.name.view()));
        }
    }
    if (r.scenario) {
        check_outcome(*r.scenario);
    }
}

/// Settings that keep a Monte Carlo run (models without a closed form) short.
inline core::ExecutionSettings quick_settings() {
    core::ExecutionSettings s;
    s.monte_carlo_paths = 512;
    s.seed = 1;
    s.threads = 1;
    return s;
}

} // namespace candor::fuzz
