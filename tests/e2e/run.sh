#!/bin/sh
# End-to-end tests: the built binary on real files, compared with expected output.
#
#   tests/e2e/run.sh BINARY                    run everything
#   tests/e2e/run.sh BINARY --update           rewrite the .expected files (review the diff!)
#   tests/e2e/run.sh BINARY [--update] 'GLOB'  only the cases whose names match GLOB
#
# cases/NAME.args      the arguments, as a shell would split them
# cases/NAME.stdin     optional standard input
# cases/NAME.expected  "$ leadsim ARGS", stdout, "--- stderr", stderr, "--- exit N"
# hostile/*.lua        each must end within 8 s (its limits stop it in about 1 s at most, 5 s
#                      under ASan; the margin is wide so a loaded machine cannot fail it), with exit 1 and the message named by
#                      its "-- expect: LINE: text" line (or by NAME.expect beside it)
set -u
bin=$1
shift
update=
only='*'
for arg in "$@"; do
    case "$arg" in
        --update) update=--update ;;
        *) only=$arg ;;
    esac
done
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
# Saves and the history of every playthrough here go to a folder of the run's own.
LEADSIM_SAVES=$tmp/saves
export LEADSIM_SAVES
pass=0
fail=0

failed() {
    fail=$((fail + 1))
    echo "FAIL $1"
}

# macOS has neither GNU date's %N nor timeout(1) (coreutils brings gtimeout); perl, which it
# has, stands in for both.
if [ "$(date +%3N)" != "%3N" ] && [ -n "$(date +%3N)" ]; then
    now_ms() { date +%s%3N; }
else
    now_ms() { perl -MTime::HiRes=time -e 'printf "%d\n", time * 1000'; }
fi
if ! command -v timeout >/dev/null 2>&1; then
    if command -v gtimeout >/dev/null 2>&1; then
        timeout() { gtimeout "$@"; }
    else
        timeout() { perl -e 'alarm shift; exec @ARGV or exit 127' "$@"; }
    fi
fi

# ---- transcripts -------------------------------------------------------------
for args_file in "$here"/cases/*.args; do
    name=$(basename "$args_file" .args)
    case "$name" in $only) ;; *) continue ;; esac
    expected="$here/cases/$name.expected"
    stdin="$here/cases/$name.stdin"
    [ -f "$stdin" ] || stdin=/dev/null
    args=$(cat "$args_file")
    (eval "set -- $args"; COLUMNS=80 LEADSIM_DATA= timeout 20 "$bin" "$@" <"$stdin" >"$tmp/out" 2>"$tmp/err"
     echo $? >"$tmp/code")
    { echo "\$ leadsim $args"; cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"; echo "--- exit $(cat "$tmp/code")"; } >"$tmp/actual"
    [ "$update" = --update ] && cp "$tmp/actual" "$expected"
    if cmp -s "$tmp/actual" "$expected" 2>/dev/null; then
        pass=$((pass + 1))
    else
        failed "$name"
        diff -u "$expected" "$tmp/actual" 2>&1 | head -40
    fi
done

# ---- hostile scenario files -----------------------------------------------------
for file in "$here"/hostile/*.lua; do
    name=$(basename "$file" .lua)
    case "hostile/$name" in $only) ;; *) continue ;; esac
    if [ -f "$here/hostile/$name.expect" ]; then
        expect=$(cat "$here/hostile/$name.expect")
    else
        expect=$(sed -n 's/^-- expect: //p' "$file" | head -n 1)
    fi
    line=${expect%%: *}
    text=${expect#*: }
    start=$(now_ms)
    timeout 10 "$bin" play "$file" --choices 1,1,1 --json >/dev/null 2>"$tmp/err"
    code=$?
    elapsed=$(( $(now_ms) - start ))
    first=$(head -n 1 "$tmp/err")
    case "$first" in
        "$file:$line: "*"$text"*) ok=1 ;;
        *) ok=0 ;;
    esac
    if [ "$code" -eq 1 ] && [ "$ok" -eq 1 ] && [ "$elapsed" -lt 8000 ]; then
        pass=$((pass + 1))
    else
        failed "hostile/$name (exit $code, ${elapsed} ms)"
        echo "  expected: $file:$line: ...$text..."
        echo "  got:      $first"
    fi
done

# ---- the library as a whole: clean (no answer-key cues either), every competency assessed at
# least 4 times, and at least 30% of decisions close calls. Properties, not exact output, so
# adding a scenario never breaks a test you did not write.
case "library" in $only)
    "$bin" check --json scripts >"$tmp/library.json" 2>&1
    if grep -q '"files":[[:space:]]*[1-9]' "$tmp/library.json" &&
            ! grep -q '"code":' "$tmp/library.json" &&
            "$bin" check --coverage --min 4 scripts/scenarios 2>/dev/null | sed -n 's/^| all | [0-9]* | [0-9]* | \([0-9]*\)% |$/\1/p' |
                awk '{ exit !($1 >= 30) }'; then
        pass=$((pass + 1))
    else
        failed "library: leadsim check scripts must be clean (cue warnings included), check --coverage --min 4 scripts/scenarios pass, and 30% of decisions be close calls"
        "$bin" check scripts 2>&1 | tail -5
        "$bin" check --coverage --min 4 scripts/scenarios 2>&1 >/dev/null | tail -5
    fi ;;
esac

# ---- no scenario of the library can be gamed by wording: every surface persona (always the
# longest, shortest, first or last option) within 10 points of random play ---------------------
case "library-personas" in $only)
    ok=1
    for file in scripts/scenarios/[!_]*.lua; do
        "$bin" explore "$file" --styles --runs 10 --json 2>/dev/null | tr -d ' \t\n' |
            sed 's/},{/}\n{/g' >"$tmp/styles"
        mean=$(sed -n 's/.*"kind":"random".*"mean":\([0-9.]*\).*/\1/p' "$tmp/styles")
        for kind in longest shortest first last; do
            score=$(sed -n "s/.*\"kind\":\"$kind\",\"overall\":\([0-9.]*\).*/\1/p" "$tmp/styles")
            if [ -z "$score" ] || [ -z "$mean" ] ||
                    ! awk -v a="$score" -v m="$mean" 'BEGIN { d = a - m; exit !(d <= 10 && d >= -10) }'; then
                ok=0
                echo "  $file: the $kind-option persona scores ${score:-?} against random play's ${mean:-?}"
            fi
        done
    done
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else failed "library-personas"; fi ;;
esac

# ---- the "reproduce with" commands of check and explore reproduce the error ---------------
case "reproduce" in $only)
    ok=1
    for file in tests/e2e/lint/warnings.lua tests/e2e/scenarios/runtime_error.lua tests/e2e/scenarios/error_at_start.lua; do
        { "$bin" check "$file"; "$bin" explore "$file" --runs 50 --styles; } 2>&1 |
            sed -n 's/.*reproduce with: leadsim \(play [^)]*\).*/\1/p' | sort -u >"$tmp/commands"
        [ -s "$tmp/commands" ] || { ok=0; echo "  no reproduce command for $file"; }
        while read -r command; do
            (eval "set -- $command"; timeout 10 "$bin" "$@" </dev/null >/dev/null 2>"$tmp/err"; echo $? >"$tmp/code")
            if [ "$(cat "$tmp/code")" != 1 ] || ! grep -q "^$file:[0-9]*: in scene" "$tmp/err"; then
                ok=0
                echo "  leadsim $command: exit $(cat "$tmp/code")"
                head -n 3 "$tmp/err"
            fi
        done <"$tmp/commands"
    done
    # The debrief's replay command plays the same path, for library ids and for files elsewhere.
    for target in twelve-percent tests/e2e/ids/budget-copy.lua; do
        "$bin" play "$target" --text --choices 2,1,3,1,2,1,1,2,1,3,1,2,1 </dev/null 2>/dev/null |
            awk '/To replay this exact path:/ { on = 1 } on && /^$/ { exit } on { printf "%s ", $0 }' |
            sed -n 's/.*To replay this exact path: leadsim \(play .*\)/\1/p' >"$tmp/replay"
        "$bin" play "$target" --json --choices 2,1,3,1,2,1,1,2,1,3,1,2,1 >"$tmp/first" 2>&1
        command=$(cat "$tmp/replay")
        if [ -z "$command" ] || ! (eval "set -- $command"; "$bin" "$@" --json 2>&1 | cmp -s - "$tmp/first"); then
            ok=0
            echo "  the replay command for $target does not replay it: '$command'"
        fi
    done
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else failed "reproduce"; fi ;;
esac

# ---- explore --styles --json marks the surface personas that beat random play -----------------
# Not a transcript: explore's JSON holds its timing.
case "explore-styles-json" in $only)
    beating() {
        "$bin" explore "$1" --runs 50 --styles --json 2>/dev/null | tr -d ' \t\n' |
            grep -o '"kind":"[a-z]*"[^}]*"beats_random":true' | sed 's/^"kind":"\([a-z]*\)".*/\1/' | tr '\n' ' '
    }
    longest=$(beating tests/e2e/cues/longest.lua) position=$(beating tests/e2e/cues/position.lua)
    fair=$(beating tests/e2e/cues/fair.lua)
    if [ "$longest" = "longest " ] && [ "$position" = "last " ] && [ -z "$fair" ]; then
        pass=$((pass + 1))
    else
        failed "explore-styles-json: beats_random for longest.lua '$longest', position.lua '$position', fair.lua '$fair'"
    fi ;;
esac

# ---- every path of every library scenario has 8 to 14 decisions --------------------------
# Exhaustive search takes too long for a test; least-used play reaches every choice quickly.
case "library-lengths" in $only)
    ok=1
    for file in scripts/scenarios/[!_]*.lua; do
        range=$("$bin" explore "$file" --runs 5000 --strategy least-used --json 2>/dev/null | tr -d ' \t\n' |
                sed -n 's/.*"decisions_per_playthrough":{"min":\([0-9]*\),"max":\([0-9]*\)}.*/\1 \2/p')
        set -- $range
        if [ $# -ne 2 ] || [ "$1" -lt 8 ] || [ "$2" -gt 14 ]; then
            ok=0
            echo "  $file: paths of ${1:-?} to ${2:-?} decisions; the library's are 8 to 14"
        fi
    done
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else failed "library-lengths"; fi ;;
esac

# ---- leadsim new: a clean scenario from the template, and never an overwrite ----------
case "new" in $only)
    dir=$(mktemp -d)/drafts          # a folder that does not exist yet is created
    if "$bin" new budget-cut --dir "$dir" >/dev/null && "$bin" check "$dir/budget-cut.lua" 2>&1 |
            grep -q "0 errors, 0 warnings" && grep -q 'id = "budget-cut"' "$dir/budget-cut.lua" &&
            grep -q '^-- Budget Cut$' "$dir/budget-cut.lua" && ! "$bin" new budget-cut --dir "$dir" 2>/dev/null; then
        pass=$((pass + 1))
    else
        failed "new"
    fi
    rm -rf "$(dirname "$dir")" ;;
esac

# ---- --watch in the terminal: a broken save is reported, a good one replays the choices ----
case "watch-text" in $only)
    dir=$(mktemp -d)
    cp "$here/watch/v1.lua" "$dir/w.lua"
    mkfifo "$dir/in"
    (COLUMNS=80 timeout 30 "$bin" play "$dir/w.lua" --text --watch <"$dir/in" >"$dir/out" 2>"$dir/err"
     echo $? >"$dir/code") &
    exec 4>"$dir/in"
    printf '2\n' >&4                            # Right: now at the second scene
    sleep 1
    cp "$here/watch/broken.lua" "$dir/w.lua"
    sleep 1.5
    cp "$here/watch/v2.lua" "$dir/w.lua"
    sleep 1.5
    printf '1\n\n' >&4                         # Up, then Enter for the debrief
    exec 4>&-
    wait
    if [ "$(cat "$dir/code")" = 0 ] &&
            grep -q '^\[The new version has errors; still playing the one before' "$dir/out" &&
            grep -q "^$dir/w.lua:2: " "$dir/err" &&
            grep -q "^\[Reloaded $dir/w.lua: your choices were replayed\]" "$dir/out" &&
            grep -qxF 'Pick again, edited.' "$dir/out" && grep -qxF 'Ending: Done' "$dir/out" &&
            grep -q 'seed [0-9]* --choices 2,1$' "$dir/out"; then
        pass=$((pass + 1))
    else
        failed "watch-text"
        tail -n 20 "$dir/out" "$dir/err"
    fi
    rm -rf "$dir" ;;
esac

# ---- saves: stop, edit the scenario under the save, resume; the history keeps attempts ----
case "saves" in $only)
    ok=1
    dir=$(mktemp -d)
    for edit in none renamed removed added; do
        cp "$here/watch/v1.lua" "$dir/w.lua"
        printf '2\nq\ny\n' | LEADSIM_SAVES=$dir/saves "$bin" play "$dir/w.lua" --text >/dev/null 2>&1
        [ -f "$dir/saves/w.save.json" ] || { ok=0; echo "  $edit: no save after stopping"; }
        [ "$edit" = none ] || cp "$here/saves/$edit.lua" "$dir/w.lua"
        printf 'q\ny\n' | LEADSIM_SAVES=$dir/saves COLUMNS=200 "$bin" play "$dir/w.lua" --text --resume \
            >"$dir/out" 2>&1
        case "$edit" in
            none)    want="[Resumed $dir/saves/w.save.json: replayed 1 decision]" ;;
            renamed) want="[Resumed $dir/saves/w.save.json: the scenario changed since it was saved; scene 'a' no longer has the choice 'right': replayed 0 of 1 decisions]" ;;
            removed) want="[Resumed $dir/saves/w.save.json: the scenario changed since it was saved; the story no longer reaches scene 'b' (it is at 'e'): replayed 1 of 1 decisions]" ;;
            added)   want="[Resumed $dir/saves/w.save.json: the scenario changed since it was saved; the story no longer reaches scene 'b' (it is at 'x'): replayed 1 of 1 decisions]" ;;
        esac
        grep -qxF "$want" "$dir/out" || { ok=0; echo "  $edit: expected $want"; head -n 3 "$dir/out"; }
        rm -rf "$dir/saves"
    done
    # A damaged save is reported, kept, and a new one goes beside it.
    mkdir -p "$dir/saves"
    printf '{"format": "leadsim-save", "vers' >"$dir/saves/w.save.json"
    cp "$here/watch/v1.lua" "$dir/w.lua"
    printf '2\nq\ny\n' | LEADSIM_SAVES=$dir/saves "$bin" play "$dir/w.lua" --text >/dev/null 2>"$dir/err"
    grep -qF "$dir/saves/w.save.json: is damaged or cut short" "$dir/err" &&
        [ "$(cat "$dir/saves/w.save.json")" = '{"format": "leadsim-save", "vers' ] &&
        [ -f "$dir/saves/w-2.save.json" ] || { ok=0; echo "  a damaged save was not reported and kept"; cat "$dir/err"; }
    # Finished attempts reach the history; --json alone never does.
    LEADSIM_SAVES=$dir/h "$bin" play "$dir/w.lua" --text --choices 2,1 >/dev/null 2>&1
    LEADSIM_SAVES=$dir/h "$bin" play "$dir/w.lua" --text --choices 1,2 >/dev/null 2>&1
    LEADSIM_SAVES=$dir/h "$bin" play "$dir/w.lua" --json --choices 1,1 >/dev/null 2>&1
    [ "$(LEADSIM_SAVES=$dir/h "$bin" history --json | grep -c '"id":')" = 2 ] &&
        LEADSIM_SAVES=$dir/h "$bin" history compare 1 2 | grep -qF "They parted at decision 1, scene 'a': #1 chose 'right', #2 chose 'left'." &&
        LEADSIM_SAVES=$dir/h "$bin" history show last | grep -qxF "You chose: Left" &&
        [ ! -e "$dir/h/w.save.json" ] || { ok=0; echo "  the history did not keep the attempts"; }
    rm -rf "$dir"
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else failed "saves"; fi ;;
esac

# ---- a facilitated room: three teams, a corrected vote, a tie, an override, kill -9 and
# --resume; the group debrief and the CSV against expected files --------------------------------
case "facilitate" in $only)
    dir=$(mktemp -d)
    room=$here/facilitate/room.lua
    mkfifo "$dir/in"
    (LEADSIM_SAVES=$dir/saves COLUMNS=80 "$bin" facilitate "$room" --text --teams "Red,Blue,Green" --seed 1 \
        <"$dir/in" >"$dir/first" 2>&1) &
    runner=$!
    exec 4>"$dir/in"
    # Monday: Blue corrects its vote; the majority (A2) is taken. Tuesday: a tie, the facilitator picks B2.
    printf 'Red 1\nBlue 3\nBlue 2\nGreen 2\nr\n\nRed 1\nBlue 2\nr\npick 2\n\nRed 2\n' >&4
    # The laptop dies after Red's vote on Wednesday: the room was saved after it.
    for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        grep -q '"team_votes":[[:space:]]*\[2, 0, 0\]' "$dir/saves/room.room.json" 2>/dev/null && break
        sleep 0.1
    done
    kill -9 $(pgrep -P $runner) $runner 2>/dev/null
    exec 4>&-
    wait $runner 2>/dev/null
    # Wednesday, resumed: the majority is C2, and the facilitator overrides it with C1.
    printf 'Blue 2\nGreen 1\nr\npick 1\n' | LEADSIM_SAVES=$dir/saves COLUMNS=80 "$bin" facilitate "$room" --text \
        --resume --csv "$dir/results.csv" >"$dir/second" 2>&1
    sed -n '/^GROUP DEBRIEF/,/^Results:/p' "$dir/second" | sed '$d' >"$dir/debrief"
    if cmp -s "$dir/debrief" "$here/facilitate/debrief.expected" &&
            cmp -s "$dir/results.csv" "$here/facilitate/results.csv.expected"; then
        pass=$((pass + 1))
    else
        failed "facilitate"
        diff -u "$here/facilitate/debrief.expected" "$dir/debrief" | head -20
        diff -u "$here/facilitate/results.csv.expected" "$dir/results.csv" | head -20
    fi
    [ "$update" = --update ] && cp "$dir/debrief" "$here/facilitate/debrief.expected" &&
        cp "$dir/results.csv" "$here/facilitate/results.csv.expected"
    rm -rf "$dir" ;;
esac

# ---- the same room in the window, off screen, driven by key scripts: the same steps, a
# kill -9 while it holds, --resume; the same expected debrief (as the .txt beside the CSV) ----
case "facilitate-window" in $only)
    dir=$(mktemp -d)
    room=$here/facilitate/room.lua
    LEADSIM_SAVES=$dir/saves "$bin" facilitate "$room" --teams "Red,Blue,Green" --seed 1 \
        --keys "$here/facilitate/window-1.keys" --size 1280x720 >"$dir/first" 2>&1 &
    runner=$!
    for i in $(seq 1 100); do
        grep -q '"team_votes":[[:space:]]*\[2, 0, 0\]' "$dir/saves/room.room.json" 2>/dev/null && break
        sleep 0.1
    done
    kill -9 $runner 2>/dev/null
    wait $runner 2>/dev/null
    LEADSIM_SAVES=$dir/saves "$bin" facilitate "$room" --resume --csv "$dir/results.csv" \
        --keys "$here/facilitate/window-2.keys" --size 1920x1080 --layout "$dir/layout" >"$dir/second" 2>&1
    # The text beside the CSV, without the blank lines around it, is the terminal's debrief.
    sed '/./,$!d' "$dir/results.txt" >"$dir/debrief"
    sed '/./,$!d' "$here/facilitate/debrief.expected" | sed '${/^$/d}' >"$dir/expected"
    if cmp -s "$dir/debrief" "$dir/expected" && cmp -s "$dir/results.csv" "$here/facilitate/results.csv.expected" &&
            grep -q '"text":"The room.s ending"' "$dir/layout" && grep -q '"text":"Results saved: ' "$dir/layout"; then
        pass=$((pass + 1))
    else
        failed "facilitate-window"
        cat "$dir/first" "$dir/second"
        diff -u "$dir/expected" "$dir/debrief" | head -20
        diff -u "$here/facilitate/results.csv.expected" "$dir/results.csv" | head -20
    fi
    rm -rf "$dir" ;;
esac

# ---- a real window, under Xvfb, with each renderer --------------------------------------
# The rest of the window tests draw off screen; this opens the window a player gets.
case "window" in $only)
    if command -v Xvfb >/dev/null 2>&1; then
        Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 &
        xvfb=$!
        for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
            [ -s "$tmp/display" ] && break
            sleep 0.25
        done
        [ -s "$tmp/display" ] || echo "skipped: window (Xvfb did not start; the off-screen window tests still ran)"
        [ -s "$tmp/display" ] && for renderer in auto software gpu; do
            printf '[display]\nwidth = 1280\nheight = 720\nrenderer = %s\n' "$renderer" >"$tmp/settings.ini"
            cp "$tmp/settings.ini" "$tmp/settings.before"
            # D-Bus and the system's OpenGL leak a little at exit, which LeakSanitizer would report;
            # our own code is leak-checked by the off-screen window tests.
            if DISPLAY=":$(cat "$tmp/display")" LEADSIM_BENCH_FRAMES=2 ASAN_OPTIONS=detect_leaks=0 \
                    timeout 20 "$bin" play twelve-percent \
                    --choices 1,1,2 --settings "$tmp/settings.ini" --layout "$tmp/layout" 2>"$tmp/err" &&
                    grep -q '"text":"Tuesday, 11:30 a.m."' "$tmp/layout" &&
                    [ "$(grep -c '^{"frame":"end"}' "$tmp/layout")" = 2 ] && [ ! -s "$tmp/err" ] &&
                    cmp -s "$tmp/settings.ini" "$tmp/settings.before"; then
                pass=$((pass + 1))
            else
                failed "window: renderer = $renderer"
                cat "$tmp/err"
            fi
        done
        # A room with a presenter's window beside the projector's: SDL sees Xvfb's screen as one
        # display, so LEADSIM_PRESENTER says where the second one is.
        if [ -s "$tmp/display" ]; then
            printf '[display]\nwidth = 960\nheight = 720\n' >"$tmp/settings.ini"
            if DISPLAY=":$(cat "$tmp/display")" LEADSIM_BENCH_FRAMES=2 LEADSIM_PRESENTER=960,0,960,1080 \
                    LEADSIM_SAVES=$tmp/room-saves ASAN_OPTIONS=detect_leaks=0 timeout 20 "$bin" facilitate \
                    "$here/facilitate/room.lua" --teams "Red,Blue" --settings "$tmp/settings.ini" \
                    --layout "$tmp/layout" 2>"$tmp/err" && grep -q '"text":"Presenter: Monday"' "$tmp/layout" &&
                    grep -q '"text":"Votes in: 0 of 2"' "$tmp/layout" && [ ! -s "$tmp/err" ]; then
                pass=$((pass + 1))
            else
                failed "window: the presenter's window"
                cat "$tmp/err"
            fi
        fi
        kill "$xvfb" 2>/dev/null
        wait "$xvfb" 2>/dev/null
    else
        echo "skipped: window (no Xvfb on this system, as on macOS; the off-screen window tests still ran)"
    fi ;;
esac

# ---- set-up: README's install table is what deps.sh prints; the man page holds every --help ----
case "setup" in $only)
    ok=1
    MAKEFLAGS= MAKELEVEL= make -s --no-print-directory deps-commands >"$tmp/commands" 2>&1 || ok=0
    [ "$(wc -l <"$tmp/commands")" -eq 3 ] || ok=0
    while IFS="$(printf '\t')" read -r system command; do
        if ! grep -qFx "| $system | \`$command\` |" README.md; then
            ok=0
            echo "  README.md's table lacks: | $system | \`$command\` |"
        fi
    done <"$tmp/commands"
    # Unescaped back to text, the page must hold every line of every help, in full.
    sh engine/man.sh "$bin" /usr/local >"$tmp/leadsim.1" || ok=0
    sed -e 's/^\\&//' -e 's/\\-/-/g' -e 's/\\e/\\/g' "$tmp/leadsim.1" >"$tmp/man.txt"
    for command in "" --size $("$bin" --help | sed -n 's/^  leadsim \([a-z][a-z]*\) .*/\1/p'); do
        case "$command" in --size) set -- --size 1280x720 ;; "") set -- ;; *) set -- "$command" ;; esac
        "$bin" "$@" --help | while IFS= read -r line; do
            grep -qFx -- "$line" "$tmp/man.txt" || echo "  the man page lacks, from leadsim $* --help: $line"
        done
    done >"$tmp/man-missing"
    [ -s "$tmp/man-missing" ] && { ok=0; head -5 "$tmp/man-missing"; }
    for section in NAME SYNOPSIS OPTIONS COMMANDS "EXIT STATUS" ENVIRONMENT FILES; do
        grep -qx "\.SH $section" "$tmp/leadsim.1" || { ok=0; echo "  the man page has no $section"; }
    done
    if command -v groff >/dev/null 2>&1 && groff -man -ww -z "$tmp/leadsim.1" 2>&1 | grep .; then
        ok=0
        echo "  groff warns about the man page"
    fi
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else failed "setup"; fi ;;
esac

# ---- an installed copy: its own data, a writable leadsim new, docs that exist ------------
# A prefix laid out as make install lays it; nothing may be written into its share/leadsim.
case "installed" in $only)
    prefix=$tmp/prefix
    mkdir -p "$prefix/bin" "$prefix/share/leadsim" "$prefix/share/doc/leadsim" "$tmp/work"
    cp "$bin" "$prefix/bin/leadsim"
    cp -R scripts assets "$prefix/share/leadsim/"
    cp -R docs/. "$prefix/share/doc/leadsim/"
    find "$prefix/share/leadsim" | sort >"$tmp/share.before"
    if (cd "$tmp/work" && LEADSIM_DATA= "$prefix/bin/leadsim" new demo >"$tmp/out" 2>&1) &&
            [ -f "$tmp/work/demo.lua" ] &&
            grep -qx "Created ./demo.lua" "$tmp/out" &&
            grep -qx "The guide: $prefix/share/doc/leadsim/authoring.md" "$tmp/out" &&
            (cd "$tmp/work" && LEADSIM_DATA= "$prefix/bin/leadsim" check demo.lua 2>&1 | grep -q "0 errors, 0 warnings") &&
            (cd "$tmp/work" && LEADSIM_DATA= "$prefix/bin/leadsim" play twelve-percent --json --choices 1,1,1,1,1,1,1,1,1,1,1,1,1,1 >/dev/null 2>&1) &&
            find "$prefix/share/leadsim" | sort | cmp -s - "$tmp/share.before"; then
        pass=$((pass + 1))
    else
        failed "installed: leadsim new from an installed copy"
        cat "$tmp/out"
    fi ;;
esac

# ---- generated documentation is current -------------------------------------------
case "docs/coverage.md" in $only)
    if sh "$here/coverage-doc.sh" "$bin" 2>/dev/null | cmp -s - docs/coverage.md; then
        pass=$((pass + 1))
    else
        failed "docs/coverage.md is stale: run make docs"
    fi ;;
esac

echo "end-to-end: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
