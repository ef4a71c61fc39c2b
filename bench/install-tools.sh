#!/usr/bin/env bash
# The benchmark's native load generators, from Debian: wrk (saturation) and hey (fixed rate). Run as root or with sudo.
set -euo pipefail
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hey >/dev/null || missing+=(hey)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  $sudo apt-get install -y -q "${missing[@]}"
fi
wrk --version 2>&1 | head -1 || true
