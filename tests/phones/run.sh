#!/bin/sh
# The phone page in a real browser (tests/phones/browser.cjs): headless Chromium driven through
# the DevTools protocol by Node.js (tests/phones/cdp.cjs); nothing is fetched from anywhere.
#   tests/phones/run.sh BUILD_DIR
set -u
build=$1
here=$(dirname "$0")
if ! command -v chromium >/dev/null 2>&1; then
    echo "skipped: phones browser (no Chromium on this system, as on macOS)"
    exit 0
fi
mkdir -p "$build/phones-screens"
# LeakSanitizer would follow the driver into Chromium's pipes; the driver's own code is
# leak-checked by the unit suites.
ASAN_OPTIONS=detect_leaks=0 timeout 120 node "$here/browser.cjs" \
    "$build/tests/phones_driver" scripts/scenarios/twelve-percent.lua "$build/phones-screens"
