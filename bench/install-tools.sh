#!/usr/bin/env bash
# The benchmark's native load generators, from Debian: wrk (saturation) and h2load (fixed rate, package nghttp2-client). Run as root or with sudo.
set -euo pipefail
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v h2load >/dev/null || missing+=(nghttp2-client)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  $sudo apt-get install -y -q "${missing[@]}"
fi
wrk --version 2>&1 | head -1 || true
