#!/bin/sh
# Votes from phones under load: PHONES simulated phones (tests/bench/phones_load.c) poll the
# room once a second and vote, for SECONDS, against the phone server with a room behind it
# (tests/phones/phones_driver), all on 127.0.0.1. Reports latency, lost votes, and what it
# cost the game side (draining votes into the room each frame; the process's CPU) next to
# the same server with no phones.
#   tests/bench/phones.sh BUILD_DIR [PHONES] [SECONDS]
set -u
build=$1 phones=${2:-40} seconds=${3:-60}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scenario=scripts/scenarios/twelve-percent.lua

# Starts the driver in the background (--loose: all phones share 127.0.0.1); sets pid and port.
start_driver() {
    "$build/tests/phones_driver" "$scenario" --code BENCH --loose --seconds "$1" --save "$tmp/room.json" \
        </dev/null >"$tmp/$2" 2>&1 &
    pid=$!
    for i in $(seq 1 50); do grep -qs '^url ' "$tmp/$2" && break; sleep 0.1; done
    port=$(sed -n 's|^url http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/$2")
}
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" "$2"; }

echo "Votes from phones: $phones simulated phones polling every second and voting, ${seconds}s, loopback"
start_driver $((seconds + 30)) loaded.out
set -- $("$build/bench/phones_load" "$port" BENCH "$phones" "$seconds")
requests=$2 failures=$4 p50=$6 p99=$8 max=${10} sent="${12} ${13} ${14}"
kill -TERM "$pid"; wait "$pid"
counts=$(sed -n 's/.*"decisions":\[{"serial":1,"counts":\[\([0-9,]*\)\].*/\1/p' "$tmp/loaded.out" | cut -d, -f1-3 | tr , ' ')
lost="none"; [ "$counts" = "$sent" ] || lost="MISMATCH (phones' accepted votes $sent, room $counts)"
printf '  %-34s %s requests, %s failed; p50 %s ms, p99 %s ms, max %s ms   goal: p99 under 20 ms\n' \
    "requests" "$requests" "$failures" "$p50" "$p99" "$max"
printf '  %-34s phones'"'"' last votes %s, the room'"'"'s tally %s: lost %s\n' "votes per choice" "$sent" "$counts" "$lost"
printf '  %-34s mean %s us, max %s us per frame (the room saved after each change)\n' "game side: drain + feed the room" \
    "$(field feed_us_mean "$tmp/loaded.out")" "$(field feed_us_max "$tmp/loaded.out")"
busy=$(field cpu_s "$tmp/loaded.out") busy_wall=$(field wall_s "$tmp/loaded.out")
start_driver 10 idle.out
sleep 10; wait "$pid"
idle=$(field cpu_s "$tmp/idle.out") idle_wall=$(field wall_s "$tmp/idle.out")
printf '  %-34s %s%% of a core with %s phones, %s%% with none (server thread + a 50 Hz feed loop)\n' "CPU of the server process" \
    "$(echo "$busy $busy_wall" | awk '{ printf "%.2f", $1 / $2 * 100 }')" "$phones" \
    "$(echo "$idle $idle_wall" | awk '{ printf "%.2f", $1 / $2 * 100 }')"
