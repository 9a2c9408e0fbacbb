#!/usr/bin/env bash
# Set up, build (Release) and run Candor on the built-in example.
# With a display the desktop app opens; without one the text comparison is printed.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
if [ -x build/release/src/app/candor ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/src/app/candor --example "$@"
fi
if [ -x build/release/src/app/candor ]; then
  echo "(no display found: printing the text comparison instead of opening the app)"
fi
exec build/release/src/cli/candor-cli analyze --example "$@"
