#!/usr/bin/env bash
# Installs what the dashboard's browser tests need: Debian's chromium (never a downloaded
# browser: `playwright install` cannot reach its CDN here) and the Python playwright client.
# scripts/test.sh runs this when it is executable; the tests skip when either is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium fonts-dejavu-core
fi
if [ -x .venv/bin/python ]; then
  .venv/bin/python -m pip install -q "playwright>=1.40"
fi
/usr/bin/chromium --version
