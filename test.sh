#!/usr/bin/env bash
# Set up, build with tests (warnings are errors) and run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
