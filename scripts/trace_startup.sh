#!/usr/bin/env bash
# Where the desktop app's start-up time goes: runs `candor --example --quit-when-shown` with
# CANDOR_TRACE_STARTUP set and prints, for each step, the wall-clock and CPU milliseconds since
# launch (see src/app/startup_trace.hpp). Needs a display (e.g. under xvfb-run).
# Usage: scripts/trace_startup.sh [build dir, default build/release] [extra candor arguments]
set -euo pipefail
build=${1:-build/release}
shift || true
cfg=$(mktemp -d)
t0=$(date +%s%N)
XDG_CONFIG_HOME=$cfg CANDOR_TRACE_STARTUP=1 "$build/src/app/candor" --example --quit-when-shown "$@" \
  2>&1 >/dev/null |
  awk -v t0="$t0" '/^startup /{
    printf "%8.1f ms wall %7.1f ms cpu  %s\n", $2 - t0 / 1e6, $3, substr($0, index($0, $4)) }'
rm -rf "$cfg"
