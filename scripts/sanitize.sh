#!/usr/bin/env bash
# The sanitizer suite and the fuzz smoke runs (docs/fuzzing.md), as CI runs them after ./test.sh:
# the asan preset (clang, AddressSanitizer + UndefinedBehaviorSanitizer) builds only the core,
# present, render and CLI test executables and the fuzz targets, runs those tests, then runs
# each fuzz target for CANDOR_FUZZ_RUNS inputs (at most CANDOR_FUZZ_SECONDS) from its seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cmake --preset asan
cmake --build --preset asan -j2
ctest --preset asan
cmake --build --preset fuzz -j2
ctest --preset fuzz
