#!/usr/bin/env bash
# clang-tidy, with the checks of .clang-tidy as errors, on the C++ files a change touches.
#   scripts/tidy.sh BUILD_DIR            the src/ and tests/ files that differ from
#                                        ${CANDOR_TIDY_BASE:-HEAD^} (the last commit or merge)
#   scripts/tidy.sh BUILD_DIR FILE...    these files
# A changed header is checked through the .cpp of the same name next to it. BUILD_DIR must hold
# compile_commands.json (every preset writes it). Exit status 1 on any finding.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$1"
shift
tidy="$(command -v clang-tidy || command -v clang-tidy-14)"

if [ $# -gt 0 ]; then
  files=("$@")
else
  base="${CANDOR_TIDY_BASE:-HEAD^}"
  if ! git -C "$root" rev-parse -q --verify "$base^{commit}" >/dev/null; then
    echo "tidy: no base revision '$base' (a clone of one commit?): nothing to compare, nothing checked"
    exit 0
  fi
  files=()
  while IFS= read -r f; do
    case "$f" in
      */fixtures/*) continue ;;
      *.hpp) f="${f%.hpp}.cpp" ;;
    esac
    [ -f "$root/$f" ] && files+=("$root/$f")
  done < <(git -C "$root" diff --name-only --diff-filter=d "$base" -- 'src/*.cpp' 'src/*.hpp' \
             'tests/*.cpp' 'tests/*.hpp' | sort -u)
fi

if [ ${#files[@]} -eq 0 ]; then
  echo "tidy: no C++ file changed since ${CANDOR_TIDY_BASE:-HEAD^}"
  exit 0
fi
echo "tidy: ${#files[@]} file(s)"
if ! printf '%s\n' "${files[@]}" | sort -u |
     xargs -P 2 -n 1 "$tidy" -p "$build" --quiet --warnings-as-errors='*' \
       --config-file="$root/.clang-tidy" 2>&1 | sed '/warnings generated/d'; then
  echo "tidy: FAILED"
  exit 1
fi
echo "tidy: clean"
