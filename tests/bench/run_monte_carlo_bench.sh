#!/usr/bin/env bash
# Measures Monte Carlo throughput: N rounds of the big cases, each with 5 repetitions, the load
# average printed before each round. Usage: tests/bench/run_monte_carlo_bench.sh [build-dir] [rounds]
# Summarise the JSON files with tests/bench/summarise_bench.py.
set -euo pipefail
build=${1:-build/dev}
rounds=${2:-3}
out=${BENCH_OUT:-/tmp/candor-bench}
mkdir -p "$out"
for r in $(seq 1 "$rounds"); do
  echo "round $r: $(uptime)"
  "$build/tests/bench/candor_bench" --benchmark_filter='paths:(16777216|67108864)' \
    --benchmark_repetitions=5 --benchmark_out="$out/round$r.json" --benchmark_out_format=json \
    >/dev/null
done
