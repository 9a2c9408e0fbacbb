#!/usr/bin/env bash
# Start-up time and resident memory of the desktop app against an empty wxWidgets frame, under
# Xvfb. Usage: scripts/measure_app.sh [build dir, default build/release] [runs, default 5]
set -euo pipefail
build=${1:-build/release}
runs=${2:-5}
measure() {
  for _ in $(seq "$runs"); do
    XDG_CONFIG_HOME=$(mktemp -d) /usr/bin/time -f "%e s %M KB" "$@" 2>&1 >/dev/null | tail -1
  done
}
echo "empty frame:"; measure "$build/tests/bench/candor_empty_frame"
echo "candor --example:"; measure "$build/src/app/candor" --example --quit-when-shown
