#!/bin/sh
# Runs each cmocka test binary given; prints one line per suite, and the full
# output of any suite that fails.
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for t in "$@"; do
    if "$t" >"$log" 2>&1; then
        echo "  ok    $(basename "$t") ($(grep -c '^\[       OK \]' "$log") tests)"
    else
        failed=$((failed + 1))
        echo "  FAIL  $(basename "$t")"
        cat "$log"
    fi
done
if [ "$failed" -ne 0 ]; then
    echo "unit tests: $failed of $# suites failed" >&2
    exit 1
fi
echo "unit tests: all $# suites passed"
