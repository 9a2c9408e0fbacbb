#!/usr/bin/env bash
# Renders page 1 of the report for examples/platform-a.candor to docs/images/report-page1.png
# (the handout to docs/images/report-handout.png, page 1 in Arabic, mirrored, to
# docs/images/report-ar.png) for reviewing the layout.
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
"$cli" --lang en report examples/platform-a.candor "${scenario[@]}" --date 2026-11-25 \
  -o build/report-preview.pdf
pdftoppm -f 1 -l 1 -r 80 -png -singlefile build/report-preview.pdf docs/images/report-page1
"$cli" --lang en report examples/platform-a.candor "${scenario[@]}" --handout --date 2026-11-25 \
  -o build/report-handout.pdf
pdftoppm -f 1 -l 1 -r 80 -png -singlefile build/report-handout.pdf docs/images/report-handout
"$cli" --lang ar report examples/platform-a.candor "${scenario[@]}" --date 2026-11-25 \
  -o build/report-ar.pdf
pdftoppm -f 1 -l 1 -r 80 -png -singlefile build/report-ar.pdf docs/images/report-ar
echo "wrote docs/images/report-page1.png, report-handout.png and report-ar.png"
