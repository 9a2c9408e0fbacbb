#!/usr/bin/env bash
# Start-up time and resident memory of the desktop app against an empty wxWidgets frame, under
# Xvfb. The time is from launch until the program prints "shown", which each does once its
# window is on screen and painted (the app with its first figures); the memory is the peak
# resident set of the whole run. Runs alternate between the two programs so that both see the
# same machine load. The app switches GDK's OpenGL probe off while GTK starts (it draws with
# cairo only; CandorApp::Initialize); the empty frame is measured as it is, which is the
# baseline the figures are set against, and once more with the probe off too (GDK_GL=disable),
# so that the app's own cost over the toolkit can be read as well. Usage (from the repository root, with a display, e.g. under xvfb-run):
#   scripts/measure_app.sh [build dir, default build/release] [runs, default 7]
set -euo pipefail
build=${1:-build/release}
runs=${2:-7}
empty=("$build/tests/bench/candor_empty_frame")
empty_nogl=(env GDK_GL=disable "$build/tests/bench/candor_empty_frame")
app=("$build/src/app/candor" --example --quit-when-shown)

one() { # prints "<ms to painted window> <peak KB>"
  local cfg mem t0
  cfg=$(mktemp -d)
  mem=$(mktemp)
  t0=$(date +%s%N)
  XDG_CONFIG_HOME=$cfg /usr/bin/time -o "$mem" -f "%M" "$@" 2>/dev/null |
    { read -r _; t1=$(date +%s%N); cat >/dev/null; echo $(((t1 - t0) / 1000000)); } |
    tr '\n' ' '
  tail -1 "$mem"
  rm -rf "$cfg" "$mem"
}

results=$(mktemp)
for _ in $(seq "$runs"); do
  echo "empty $(one "${empty[@]}")" >>"$results"
  echo "nogl $(one "${empty_nogl[@]}")" >>"$results"
  echo "candor $(one "${app[@]}")" >>"$results"
done
awk '
  { t[$1, ++n[$1]] = $2; m[$1] = $3 > m[$1] ? $3 : m[$1] }
  function median(k,   i, j, v, a) {
    for (i = 1; i <= n[k]; i++) a[i] = t[k, i]
    for (i = 2; i <= n[k]; i++) { v = a[i]; for (j = i - 1; j > 0 && a[j] > v; j--) a[j + 1] = a[j]; a[j + 1] = v }
    return n[k] % 2 ? a[(n[k] + 1) / 2] : (a[n[k] / 2] + a[n[k] / 2 + 1]) / 2
  }
  END {
    e = median("empty"); c = median("candor"); g = median("nogl")
    printf "empty frame:      median %d ms to a painted window, peak %.1f MB resident\n", e, m["empty"] / 1024
    printf "  with GDK_GL=disable: median %d ms, peak %.1f MB resident\n", g, m["nogl"] / 1024
    printf "candor --example: median %d ms to a painted window, peak %.1f MB resident\n", c, m["candor"] / 1024
    printf "ratio %.2f (target 1.50), memory %+.1f MB (target +30)\n", c / e, (m["candor"] - m["empty"]) / 1024
    printf "against the empty frame without the GL probe: ratio %.2f, memory %+.1f MB\n", c / g, (m["candor"] - m["nogl"]) / 1024
  }' "$results"
rm -f "$results"
