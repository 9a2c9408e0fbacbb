/// \file monte_carlo_bench.cpp
/// Monte Carlo throughput (paths per second) of the scenario engine beside a plain
/// one-path-at-a-time loop. Figures and commands: docs/performance.md, "Monte Carlo".

#include "core/scenario.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <ctime>
#include <random>

namespace {

using candor::core::ScenarioModel;

/// The full model: failure within the term, recovery paid late and discounted, lognormal
/// price of the held asset (the headline offer held in a volatile coin).
ScenarioModel full_model(bool beta_recovery) {
    ScenarioModel m;
    m.principal = 30000.0;
    m.payout = 44400.0;
    m.term_years = 30.0 / 365.0;
    m.hazard = 0.25;
    m.recovery = 0.55;
    m.recovery_spread = beta_recovery ? 0.25 : 0.0;
    m.recovery_delay_years = 1.5;
    m.benchmark_rate = 0.0421;
    m.volatility = 0.95;
    m.drift = 0.0;
    return m;
}

/// The engine with every statistic (mean, standard error, histogram quantiles, loss counts,
/// expected shortfall). Args: paths, threads.
void engine(benchmark::State& state, bool beta_recovery) {
    const ScenarioModel m = full_model(beta_recovery);
    candor::core::MonteCarloSettings s;
    s.paths = static_cast<std::uint64_t>(state.range(0));
    s.threads = static_cast<unsigned>(state.range(1));
    std::uint64_t seed = 1;
    const std::clock_t cpu_start = std::clock(); // CPU time of every thread of the process
    for (auto _ : state) {
        s.seed = seed++;
        const auto r = candor::core::monte_carlo(m, s);
        benchmark::DoNotOptimize(r.stats.expected_payout);
    }
    const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    state.SetItemsProcessed(state.iterations() * state.range(0));
    // Paths per CPU-second over all threads: less sensitive to other load on the machine.
    state.counters["paths_per_cpu_second"] =
        static_cast<double>(state.iterations() * state.range(0)) / cpu;
}

void BM_Engine_FixedRecovery(benchmark::State& state) {
    engine(state, false);
}
void BM_Engine_BetaRecovery(benchmark::State& state) {
    engine(state, true);
}

/// The baseline: one path at a time with std::mt19937_64 and std:: distributions, computing
/// only the mean (the same model with fixed recovery). Single-threaded. Arg: paths.
void BM_PlainLoop_mt19937(benchmark::State& state) {
    const ScenarioModel m = full_model(false);
    const auto paths = static_cast<std::uint64_t>(state.range(0));
    const double fail_p = -std::expm1(-m.hazard * m.term_years);
    const double drift = -0.5 * m.volatility * m.volatility * m.term_years;
    const double sd = m.volatility * std::sqrt(m.term_years);
    const double rec =
        m.recovery * m.principal * std::pow(1.0 + m.benchmark_rate, -m.recovery_delay_years);
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> uni(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (auto _ : state) {
        double sum = 0.0;
        for (std::uint64_t i = 0; i < paths; ++i) {
            const double price = std::exp(drift + sd * normal(rng));
            const double amount = uni(rng) < fail_p ? rec : m.payout;
            sum += amount * price;
        }
        benchmark::DoNotOptimize(sum / static_cast<double>(paths));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

BENCHMARK(BM_PlainLoop_mt19937)
    ->ArgName("paths")
    ->Arg(1 << 16)
    ->Arg(1 << 24)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Engine_FixedRecovery)
    ->ArgNames({"paths", "threads"})
    ->Args({1 << 16, 1})
    ->Args({1 << 26, 1})
    ->Args({1 << 26, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Engine_BetaRecovery)
    ->ArgNames({"paths", "threads"})
    ->Args({1 << 16, 2})
    ->Args({1 << 26, 1})
    ->Args({1 << 26, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
