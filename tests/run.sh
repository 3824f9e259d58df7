#!/usr/bin/env bash
# Set up everything the tests need in .venv (and Chromium for the browser tests), then run them.
# Usage: bash tests/run.sh [pytest options]
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install it (apt-get install chromium) or the browser tests will be skipped." >&2
  fi
fi

exec .venv/bin/python -m pytest "$@"
