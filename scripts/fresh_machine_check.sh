#!/usr/bin/env bash
# Checks the README's two commands on a fresh Debian 12: debootstraps a bookworm minbase system
# into a folder (nothing preinstalled but the essential packages), copies the committed tree
# into it, and runs ./test.sh, then ./run.sh without a display (the text comparison) and with
# one (the app under xvfb-run, closed after it has shown its window). Needs root and debootstrap.
# Run it whenever scripts/setup.sh or a find_package changes (docs/fresh-machine.md).
#
#   scripts/fresh_machine_check.sh [ROOT]     ROOT defaults to /tmp/candor-fresh
#   KEEP_ROOT=1 reuses an existing ROOT's base system (faster; the tree is copied anew).
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-/tmp/candor-fresh}
[ "$(id -u)" -eq 0 ] || { echo "error: run as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "error: install debootstrap first" >&2; exit 1; }

# The mirror the host's apt already uses (the first deb URI of its sources).
mirror=$(grep -hoE '^URIs: *[^ ]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | awk '{print $2}')
[ -n "$mirror" ] || mirror=$(grep -hoE '^deb +[^ ]+' /etc/apt/sources.list 2>/dev/null | head -1 | awk '{print $2}')
[ -n "$mirror" ] || { echo "error: no Debian mirror found in the host's apt sources" >&2; exit 1; }

cleanup() {
  for m in dev/pts dev proc sys; do umount -l "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT

if [ "${KEEP_ROOT:-0}" != 1 ] || [ ! -x "$root/bin/bash" ]; then
  cleanup
  rm -rf "$root"
  echo "== debootstrap --variant=minbase bookworm $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -20 "$root.debootstrap.log"; exit 1; }
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null || true
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

# The committed tree only, as a clone would have it.
rm -rf "$root/candor"
mkdir -p "$root/candor"
git archive HEAD | tar -x -C "$root/candor"

in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 TERM=dumb bash -c "$1"; }

echo "== ./test.sh in the fresh system"
in_root 'cd /candor && ./test.sh'
echo "== ./run.sh without a display (text comparison)"
in_root 'cd /candor && ./run.sh' | tee "$root.run-text.txt"
grep -q 'Payout at maturity' "$root.run-text.txt"
echo "== ./run.sh with a display (the app, closed after it is shown)"
in_root 'cd /candor && xvfb-run -a -s "-screen 0 1280x800x24" \
  timeout 60 ./run.sh --quit-when-shown' | tee "$root.run-app.txt"
echo "fresh-machine check passed: ./test.sh and ./run.sh on a debootstrapped bookworm minbase"
