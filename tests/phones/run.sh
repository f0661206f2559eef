#!/bin/sh
# The phone page in a real browser (tests/phones/browser.cjs): headless Chromium through
# puppeteer-core, installed from npm into BUILD/phones-node on the first run (package-lock.json).
#   tests/phones/run.sh BUILD_DIR
set -u
build=$1
here=$(dirname "$0")
if ! command -v chromium >/dev/null 2>&1; then
    echo "skipped: phones browser (no Chromium on this system, as on macOS)"
    exit 0
fi
node_dir=$build/phones-node
if ! cmp -s "$here/package-lock.json" "$node_dir/package-lock.json" || [ ! -d "$node_dir/node_modules/puppeteer-core" ]; then
    mkdir -p "$node_dir"
    cp "$here/package.json" "$here/package-lock.json" "$node_dir/"
    # puppeteer-core downloads no browser: it drives the system's Chromium.
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error >npm.log 2>&1) || {
        cat "$node_dir/npm.log"; echo "phones browser: npm ci failed"; exit 1; }
fi
mkdir -p "$build/phones-screens"
# LeakSanitizer sees Chromium's children through the driver's pipes; the driver's own code is
# leak-checked by the unit suites.
NODE_PATH=$node_dir/node_modules ASAN_OPTIONS=detect_leaks=0 timeout 120 node "$here/browser.cjs" \
    "$build/tests/phones_driver" scripts/scenarios/twelve-percent.lua "$build/phones-screens"
