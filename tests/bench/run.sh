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

echo "leadsim explore (the designer's tool), 200,000 random playthroughs of the same scenario"
set -- $("$bin" explore twelve-percent --runs 200000 --json | sed -n 's/^\t"\(choices\|seconds\)":\t\(.*\),$/\2/p')
printf '  %-28s %12.0f choices/s   goal: at least 1,000,000\n' "explore" "$(echo "$1 $2" | awk '{print $1 / $2}')"
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

echo
echo "Saves and history (tests/bench/bench_records.c): 200 random playthroughs with and without"
echo "a save after every decision; the library's question to a history of 10,000 attempts"
set -- $("$build/bench/bench_records" "$scenario" scripts/scenarios | tr '\n' ' ')
printf '  %-34s %8.3f ms per decision (with %.3f, without %.3f)   goal: under 2 ms\n' "cost of a save" "$4" "$2" "$3"
printf '  %-34s %8.2f ms (without %.2f): waits for the last save, writes the attempt\n' "the ending's decision" "$6" "$7"
printf '  %-34s %8.2f ms more than with no attempts (%.2f against %.2f)   goal: under 50 ms\n' \
    "library with 10,000 attempts" "$(echo "$9 ${10}" | awk '{print $1 - $2}')" "$9" "${10}"
echo "load + check of one scenario of many scenes (each an ending), median of 3: growth should be linear"
many=$(mktemp -d)
for n in 1000 10000 100000; do
    printf 'scenario { id = "many-scenes", title = "Many scenes", start = "s1" }\nfor i = 1, %d do\n  scene("s" .. i) { ending = "Ending " .. i }\nend\n' "$n" >"$many/s$n.lua"
    times=""
    for i in 1 2 3; do
        s=$(date +%s%N)
        "$bin" check "$many/s$n.lua" >/dev/null 2>&1
        e=$(date +%s%N)
        times="$times $(( (e - s) / 1000 ))"
    done
    ms=$(echo $times | tr ' ' '\n' | sort -n | sed -n 2p | awk '{print $1 / 1000}')
    printf '  %-28s %9.1f ms  (%.1f us per scene)\n' "$n scenes" "$ms" "$(echo "$ms $n" | awk '{print $1 * 1000 / $2}')"
done
rm -rf "$many"
# ---- votes from phones: 40 phones polling and voting on loopback ------------------------------
echo
sh tests/bench/phones.sh "$build" 40 "${PHONES_BENCH_SECONDS:-60}"

# ---- the window, against a minimal SDL2 + SDL2_ttf program ---------------------------------
echo
if [ -z "${DISPLAY:-}" ]; then
    if command -v Xvfb >/dev/null 2>&1; then
        Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
        xvfb=$!
        trap 'kill $xvfb 2>/dev/null' EXIT
        export DISPLAY=:97
        sleep 1
    else
        echo "The window benchmarks need a display, or Xvfb (sudo apt-get install xvfb); skipped."
        exit 0
    fi
fi
stat=$build/bench/runstat
minimal=$build/bench/minimal_window
font=$(fc-match -f '%{file}' Inter)
settings=$(mktemp)
printf '[display]\nwidth = 1280\nheight = 720\n' > "$settings"
strongest=1,1,1,2,2,2,1,1,1,1,1,1,1
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "The window ($($bin --version), display $DISPLAY), against a minimal program that opens"
echo "a window and draws one line of text with the same libraries (tests/bench/minimal_window.c)."
echo "leadsim draws with SDL's software renderer straight into the X11 window (settings: renderer = auto);"
echo "the minimal program uses SDL's default renderer (OpenGL). The last line shows leadsim with renderer = gpu."
: > /tmp/leadsim-bench-launch
for i in 1 2 3 4 5 6 7 8 9 10 11; do
    set -- $(LEADSIM_EXIT_AFTER_FIRST_FRAME=1 "$stat" -- "$bin" --settings "$settings")
    ours_wall=$1 ours_peak=$3
    set -- $(LEADSIM_EXIT_AFTER_FIRST_FRAME=1 "$stat" -- "$minimal" "$font")
    echo "$ours_wall $1 $ours_peak $3" >> /tmp/leadsim-bench-launch
done
launch_ours=$(cut -d' ' -f1 /tmp/leadsim-bench-launch | median)
launch_min=$(cut -d' ' -f2 /tmp/leadsim-bench-launch | median)
peak_ours=$(cut -d' ' -f3 /tmp/leadsim-bench-launch | median)
peak_min=$(cut -d' ' -f4 /tmp/leadsim-bench-launch | median)
printf '  %-34s %8.1f ms   minimal %8.1f ms   %s   goal: at most 1.3x\n' "launch to first frame (median of 11)" \
    "$launch_ours" "$launch_min" "$(ratio "$launch_ours" "$launch_min")"
printf '  %-34s %8.1f MB   minimal %8.1f MB   %+.1f MB   goal: at most +20 MB\n' "peak memory" \
    "$(echo "$peak_ours" | awk '{print $1/1024}')" "$(echo "$peak_min" | awk '{print $1/1024}')" \
    "$(echo "$peak_ours $peak_min" | awk '{print ($1-$2)/1024}')"

set -- $("$stat" --idle 5 --after 2 -- "$bin" play twelve-percent --settings "$settings")
idle_ours=$4
set -- $("$stat" --idle 5 --after 2 -- "$minimal" "$font")
printf '  %-34s %8.2f %%    minimal %8.2f %%    goal: at most 1%% of a core\n' "CPU of an idle scene, over 5 s" \
    "$idle_ours" "$4"

# CPU per frame: draw a screen 201 times and once, and divide the difference.
frame_cost() {
    set -- $(LEADSIM_BENCH_FRAMES=201 "$stat" -- "$@")
    many=$2
    set -- $(LEADSIM_BENCH_FRAMES=1 "$stat" -- "$@")
    echo "$many $2" | awk '{ printf "%.2f", ($1 - $2) / 200 }'
}
lib=$(frame_cost "$bin" --settings "$settings")
scene=$(frame_cost "$bin" play twelve-percent --choices 2,1,3 --settings "$settings")
# The debrief's densest page, the first of the competencies' scores: found, as pages move with the layout.
page=1
while [ "$page" -lt 60 ]; do
    "$bin" play twelve-percent --choices $strongest --page "$page" --settings "$settings" --size 1280x720 \
        --screenshot /tmp/leadsim-bench-page.bmp --layout /tmp/leadsim-bench-page.json 2>/dev/null
    grep -q '"text":"Competencies"' /tmp/leadsim-bench-page.json && break
    page=$((page + 1))
done
rm -f /tmp/leadsim-bench-page.bmp /tmp/leadsim-bench-page.json
debrief=$(frame_cost "$bin" play twelve-percent --choices $strongest --page "$page" --settings "$settings")
minimal_frame=$(frame_cost "$minimal" "$font")
printf '  %-34s library %s ms, scene %s ms, debrief competencies %s ms (minimal %s ms)\n' \
    "CPU per frame" "$lib" "$scene" "$debrief" "$minimal_frame"
echo "  goal: at most 2 ms for the densest screen"
printf '[display]\nwidth = 1280\nheight = 720\nrenderer = gpu\n' > "$settings"
set -- $(LEADSIM_EXIT_AFTER_FIRST_FRAME=1 "$stat" -- "$bin" --settings "$settings")
printf '  %-34s launch %.1f ms, peak %.1f MB, CPU per frame: scene %s ms\n' "with renderer = gpu" "$1" \
    "$(echo "$3" | awk '{print $1/1024}')" "$(frame_cost "$bin" play twelve-percent --choices 2,1,3 --settings "$settings")"
rm -f "$settings"
