#!/usr/bin/env bash
# Renders page 1 of the report for examples/platform-a.candor to docs/images/report-page1.png
# (and the handout to docs/images/report-handout.png) for reviewing the layout.
# Uses build/release if present, else build/dev. Needs pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/release/src/cli/candor-cli
[ -x "$cli" ] || cli=build/dev/src/cli/candor-cli
if [ ! -x "$cli" ]; then
  echo "error: build candor-cli first (cmake --preset release && cmake --build --preset release)" >&2
  exit 1
fi
scenario=(--scenario crypto-lender-2022)
"$cli" report --help | grep -q -- --scenario || scenario=()
mkdir -p build docs/images
"$cli" report examples/platform-a.candor "${scenario[@]}" --date 2026-11-25 -o build/report-preview.pdf
pdftoppm -f 1 -l 1 -r 80 -png -singlefile build/report-preview.pdf docs/images/report-page1
"$cli" report examples/platform-a.candor "${scenario[@]}" --handout --date 2026-11-25 \
  -o build/report-handout.pdf
pdftoppm -f 1 -l 1 -r 80 -png -singlefile build/report-handout.pdf docs/images/report-handout
echo "wrote docs/images/report-page1.png and docs/images/report-handout.png"
