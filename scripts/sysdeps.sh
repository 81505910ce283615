#!/usr/bin/env bash
# Install the system packages Qt needs, when we can (root or sudo); otherwise print the exact line and stop.
# Usage: sysdeps.sh REQUIRED... -- OPTIONAL...
# REQUIRED are Qt's offscreen libraries (without them nothing runs); OPTIONAL add a real window, Xvfb and poppler.
set -euo pipefail
required=(); optional=(); seen_sep=0
for a in "$@"; do
  if [ "$a" = "--" ]; then seen_sep=1; continue; fi
  if [ $seen_sep -eq 0 ]; then required+=("$a"); else optional+=("$a"); fi
done
all=("${required[@]}" "${optional[@]}")

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "sysdeps: not a Debian-family system; install Qt 6's libraries (${required[*]}) with your package manager." >&2
  exit 0
fi
missing=()
for p in "${all[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"
else
  echo "Tripartite needs these system packages, and this user cannot install them:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "sysdeps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  # The optional set is a convenience; fail only when Qt's own libraries could not be installed.
  $SUDO apt-get install -y -qq --no-install-recommends "${required[@]}"
fi
