#!/usr/bin/env bash
# Installs the system packages the test suite drives: Debian's Chromium (never a
# downloaded browser), a Java runtime for the W3C Nu HTML checker and nginx (the tests
# run it unprivileged on loopback in front of the built site). Idempotent.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Cần cài: ${missing[*]} (chạy: sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
