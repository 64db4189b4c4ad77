#!/usr/bin/env bash
# Test set-up: install axe-core (the accessibility engine run by tests/test_accessibility.py)
# from the npm registry into build/axe/, unless it is already there.
#   bash scripts/fetch_axe.sh          # prints the path of axe.min.js
# Exit status 0 when axe.min.js is in place, 1 when npm is missing or the install failed
# (the accessibility tests then skip with that reason).
set -euo pipefail
cd "$(dirname "$0")/.."
AXE=build/axe/node_modules/axe-core/axe.min.js
if [ ! -s "$AXE" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is not installed: cannot fetch axe-core" >&2
    exit 1
  fi
  mkdir -p build/axe
  npm install --prefix build/axe --no-audit --no-fund --no-save --loglevel=error axe-core@4 >&2
fi
if [ ! -s "$AXE" ]; then
  echo "npm install did not produce $AXE" >&2
  exit 1
fi
echo "$AXE"
