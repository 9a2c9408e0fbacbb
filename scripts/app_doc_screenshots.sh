#!/usr/bin/env bash
# The screenshots of docs/app.md that `candor --screenshot` does not take: the main window in
# German and in Arabic on a 1024 x 600 screen, and File > Print Preview. Each runs the app in a
# virtual X server (xvfb-run) under openbox; scrot grabs the screen, xdotool presses the keys.
# Usage: scripts/app_doc_screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
build=${1:-build/ci}
out=${2:-docs/images}
app=$build/src/app/candor
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One session: $1 the screen, $2 the output file, $3 keys to press first, then the app's options.
shot() {
  local screen=$1 file=$2 keys=$3
  shift 3
  XDG_CONFIG_HOME=$work/config-$RANDOM xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
    openbox --sm-disable >/dev/null 2>&1 &
    sleep 1
    "$@" &
    timeout 30 xdotool search --sync --onlyvisible --name " Candor$" >/dev/null
    sleep 2
    for k in '"$keys"'; do xdotool key "$k"; sleep 2; done
    scrot -o "'"$file"'"
    kill %2 %1 2>/dev/null || true
  ' shot "$@"
}

shot 1024x600 "$out/main-de-1024x600.png" "" "$app" --example --lang de
shot 1024x600 "$out/main-ar-1024x600.png" "" "$app" --example --lang ar
shot 1280x860 "$out/print-preview.png" "ctrl+shift+p" "$app" --example --lang en
echo "wrote $out/main-de-1024x600.png, $out/main-ar-1024x600.png, $out/print-preview.png"
