#!/usr/bin/env bash
# Create the virtual environment, installing python3-venv first when it is missing and we may.
# `python3 -m venv --help` succeeds even without python3-venv on Debian, so test ensurepip instead (DESIGN §9).
set -euo pipefail
py="$1"; venv="$2"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -m pip --version >/dev/null 2>&1; then exit 0; fi
if ! "$py" -c 'import ensurepip' >/dev/null 2>&1; then
  ver=$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  if [ "$(id -u)" -eq 0 ]; then SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"
  else
    echo "Python's venv module is missing. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y python3-venv python${ver}-venv" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq python3-venv "python${ver}-venv" || $SUDO apt-get install -y -qq python3-venv
fi
rm -rf "$venv"
"$py" -m venv "$venv"
