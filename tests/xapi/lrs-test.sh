#!/bin/sh
# leadsim against a learning record store on 127.0.0.1 (lrs.js, which validates every statement
# with xapi-validation): zero statements lost and zero duplicated across the LRS down, up, down,
# failing and hanging, an invalid statement, bad credentials, and leadsim killed with -9 between
# queueing and sending and between the LRS keeping statements and leadsim hearing so.
#   sh tests/xapi/lrs-test.sh BINARY     prints what failed; exit 0 when nothing did
set -u
bin=$1
here=$(dirname "$0")
story=tests/e2e/watch/v1.lua             # two decisions: four statements an attempt
secret='pa55-Word_XYZZY'                 # must never appear in any output, log or file
dir=$(mktemp -d)
lrs=
cleanup() { [ -n "$lrs" ] && kill "$lrs" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT INT TERM
fail=0
problem() { fail=1; echo "  $*"; }

node "$here/lrs.js" "$dir/ports" key "$secret" >"$dir/lrs.log" 2>&1 &
lrs=$!
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do [ -s "$dir/ports" ] && break; sleep 0.1; done
read -r port control <"$dir/ports" || { echo "  the test LRS did not start"; cat "$dir/lrs.log"; exit 1; }

settings() {
    printf '[xapi]\nmbox = mailto:trainee@agency.gov\nactivity_base = https://agency.gov/xapi/leadsim\n' >"$dir/$1.ini"
    printf '[lrs]\nendpoint = http://127.0.0.1:%s/xapi\nusername = key\npassword = %s\ntimeout = 1\n' "$port" "$2" >>"$dir/$1.ini"
}
settings good "$secret"
settings wrong "not-$secret"
LEADSIM_SAVES=$dir/saves
export LEADSIM_SAVES
mode() { node "$here/check.js" get "http://127.0.0.1:$control/$1" >/dev/null; }
play() { "$bin" play "$story" --text --choices "$1" --settings "$dir/good.ini" >>"$dir/out" 2>>"$dir/err"; }
# sync WANT [settings]: runs leadsim sync, which must exit WANT
sync() {
    "$bin" sync --settings "$dir/${2:-good}.ini" >"$dir/sync" 2>"$dir/sync.err"
    code=$?
    cat "$dir/sync" "$dir/sync.err" >>"$dir/out"
    [ "$code" = "$1" ] || { problem "sync exited $code, not $1 ($step):"; cat "$dir/sync" "$dir/sync.err"; }
}
attempts() { "$bin" history --json 2>/dev/null | grep -c '"id":'; }

step="LRS down"; mode mode/down; play 1,1; sync 1
grep -q "cannot be reached" "$dir/sync.err" || problem "$step: no word of the LRS being down"
step="LRS up"; mode mode/up; play 2,2; sync 0
grep -qx "Sent 8 statements to the LRS; 0 still wait." "$dir/sync" || problem "$step: $(cat "$dir/sync")"
step="LRS down again"; mode mode/down; play 1,2; sync 1
step="LRS failing"; mode mode/up; mode mode/fail; sync 1
grep -q "HTTP 503" "$dir/sync.err" || problem "$step: no word of the 503"
step="LRS hanging"; mode mode/hang; sync 1

# Killed after the attempt was queued, while its statements are in flight to a hanging LRS.
step="kill after queueing"
mkfifo "$dir/in"
"$bin" play "$story" --text --settings "$dir/good.ini" <"$dir/in" >/dev/null 2>&1 &
player=$!
exec 3>"$dir/in"
printf '2\n1\n' >&3                       # both decisions: the ending records and queues the attempt
for i in $(seq 1 50); do [ "$(attempts)" = 4 ] && break; sleep 0.1; done
sleep 0.3
kill -9 "$player" 2>/dev/null
wait "$player" 2>/dev/null
exec 3>&-
[ "$(attempts)" = 4 ] || problem "$step: the attempt was not recorded"

# Killed after the LRS kept the statements, before leadsim heard: the resend must not duplicate.
step="kill after the LRS kept them"
kept() { node "$here/check.js" get "http://127.0.0.1:$control/stats" | sed -n 's/.*"kept":\([0-9]*\).*/\1/p'; }
before=$(kept)
mode mode/keep-then-hang
"$bin" sync --settings "$dir/good.ini" >/dev/null 2>&1 &
syncer=$!
for i in $(seq 1 50); do [ "$(kept)" != "$before" ] && break; sleep 0.05; done
[ "$(kept)" = $((before + 8)) ] || problem "$step: the LRS kept $(kept) statements, not $((before + 8))"
kill -9 "$syncer" 2>/dev/null
wait "$syncer" 2>/dev/null

# One statement of a new attempt the LRS will judge invalid: kept, reported, never sent again.
step="an invalid statement"; mode mode/down; play 2,1
rejected=$("$bin" export 5 --format xapi -o - | sed -n 's/^\t\t"id":\t"\([0-9a-f-]*\)",$/\1/p' | sed -n 2p)
mode "reject/$rejected"
step="bad credentials"; mode mode/up; sync 1 wrong
grep -q "refused leadsim's credentials (HTTP 401)" "$dir/sync.err" || problem "$step: $(cat "$dir/sync.err")"
step="all sent"; sync 0
grep -qF "refused: statement $rejected of attempt 5: HTTP 400:" "$dir/sync" || problem "$step: the invalid one unreported"
step="nothing left"; sync 0
grep -qx "Sent 0 statements to the LRS; 0 still wait." "$dir/sync" || problem "$step: $(cat "$dir/sync")"

# The account: every queued statement stored once (but the invalid one), none twice.
for n in 1 2 3 4 5; do "$bin" export "$n" --format xapi -o "$dir/attempt-$n.json" >/dev/null; done
node "$here/check.js" account "http://127.0.0.1:$control/stored" 5 "$rejected" "$dir"/attempt-*.json >"$dir/account" ||
    { problem "the LRS's account:"; cat "$dir/account"; }
# The statements kept before the kill came again, and the LRS kept one of each.
node "$here/check.js" get "http://127.0.0.1:$control/stats" >"$dir/stats"
grep -q '"conflicts":0' "$dir/stats" || problem "the LRS saw a resend that differed: $(cat "$dir/stats")"
[ "$(sed -n 's/.*"again":\([0-9]*\).*/\1/p' "$dir/stats")" -ge 8 ] || problem "no resend after the kill: $(cat "$dir/stats")"
node "$here/validate.js" "$dir"/attempt-*.json >"$dir/valid" || { problem "invalid statements:"; cat "$dir/valid"; }
if grep -rqaF "$secret" "$dir/out" "$dir/err" "$dir/saves"; then
    problem "the password was printed or written"
fi
[ "$fail" = 0 ] || { echo "  (leadsim said:)"; tail -n 20 "$dir/out"; }
exit "$fail"
