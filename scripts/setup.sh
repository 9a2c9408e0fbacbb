#!/usr/bin/env bash
# Installs the Debian packages Candor needs, only those that are missing.
# Used by run.sh and test.sh; safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libfmt-dev libboost-date-time-dev nlohmann-json3-dev libcli11-dev
  doctest-dev libbenchmark-dev
  gettext libicu-dev
  libwxgtk3.2-dev libgtk-3-dev libcairo2-dev libpango1.0-dev
  xvfb xauth poppler-utils
  openbox xdotool x11-utils  # a window manager, XTest key presses, xwininfo (candor_app_presenter_keys)
  dpkg-dev desktop-file-utils shared-mime-info
  file             # CPack's DEB generator runs it (candor_app_install_and_deb)
  librsvg2-common  # GTK's SVG icon loader: the themed symbolic icons the app shows
  clang-format     # the formatting check (ctest candor_format)
  clang-tidy       # scripts/tidy.sh (.ci/run) and ctest candor_tidy_catches_violation
  clang libclang-rt-14-dev  # the asan preset: ASan, UBSan and libFuzzer runtimes (scripts/sanitize.sh)
  llvm             # llvm-symbolizer: function names and lines in sanitizer reports
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
