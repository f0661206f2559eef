#!/bin/sh
# make bench: leadsim measured side by side with a reference, in one run.
# A benchmark, not a test: it reports, it does not fail on slow machines.
#   tests/bench/run.sh BUILD_DIR
set -u
build=$1
bin=$build/leadsim
scenario=scripts/scenarios/twelve-percent.lua
framework=scripts/frameworks/public_sector_leadership.lua
seconds=${BENCH_SECONDS:-3}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }

echo "leadsim bench ($(uname -m), one core; ${seconds}s per measurement)"
echo
echo "Playthroughs with random choices, $scenario"
echo "(leadsim reuses the loaded scenario and resets only the playthrough state;"
echo " the reference is the same rules written in plain, unsandboxed Lua)"
set -- $(taskset -c 0 "$build/bench/bench_play" "$scenario" "$seconds")
ours_play=$1 ours_choices=$2 per=$3 failures=$4
set -- $(taskset -c 0 "$build/bench/reference" tests/bench/reference_engine.lua "$framework" "$scenario" "$seconds")
ref_play=$1 ref_choices=$2
printf '  %-28s %12s playthroughs/s %14s choices/s  (%s decisions each, %s failures)\n' \
    "leadsim" "$ours_play" "$ours_choices" "$per" "$failures"
printf '  %-28s %12s playthroughs/s %14s choices/s\n' "reference (plain Lua)" "$ref_play" "$ref_choices"
printf '  %-28s %12s   goal: at least 100,000 playthroughs/s\n' "leadsim / reference" "$(ratio "$ours_play" "$ref_play")"
echo

echo "check on the whole library (leadsim check scripts), median of 11 runs"
times=""
for i in 1 2 3 4 5 6 7 8 9 10 11; do
    s=$(date +%s%N)
    "$bin" check scripts >/dev/null 2>&1
    e=$(date +%s%N)
    times="$times $(( (e - s) / 1000 ))"
done
median=$(echo $times | tr ' ' '\n' | sort -n | sed -n 6p)
files=$("$bin" check scripts 2>/dev/null | sed -n 's/checked \([0-9]*\) files.*/\1/p')
printf '  %-28s %9.1f ms for %s files\n' "leadsim check scripts" "$(echo "$median" | awk '{print $1 / 1000}')" "$files"
