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
#                      under ASan; the margin is wide so a loaded machine cannot fail it), with
#                      exit 1 and the message named by its "-- expect: LINE: text" line (or by
#                      NAME.expect beside it), played with --choices 1,1,1 or those of its
#                      "-- choices: " line; check, explore and the window's --screenshot on it
#                      too end with exit 1
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
    choices=$(sed -n 's/^-- choices: //p' "$file" | head -n 1)
    timeout 10 "$bin" play "$file" --choices "${choices:-1,1,1}" --json >/dev/null 2>"$tmp/err"
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

# Runs leadsim ARGS...; passes when it exits 1 within 8 s (a wide margin: loaded machines) and its output matches the grep
# pattern PATTERN. Usage: ends_with_error NAME PATTERN ARGS...
ends_with_error() {
    label=$1 pattern=$2
    shift 2
    start=$(now_ms)
    timeout 10 "$bin" "$@" >"$tmp/out" 2>&1
    code=$?
    elapsed=$(( $(now_ms) - start ))
    if [ "$code" -eq 1 ] && grep -q "$pattern" "$tmp/out" && [ "$elapsed" -lt 8000 ]; then
        pass=$((pass + 1))
    else
        failed "$label: leadsim $* (exit $code, ${elapsed} ms)"
        head -n 3 "$tmp/out"
    fi
}

# ---- and the designer's tools on the same files: each ends with exit 1 naming the file ----
for file in "$here"/hostile/*.lua; do
    name=$(basename "$file" .lua)
    case "hostile-tools/$name" in $only) ;; *) continue ;; esac
    ends_with_error "hostile-tools/$name" "$file:" check "$file"
    ends_with_error "hostile-tools/$name" "$file:" explore "$file"
    # the window too: its error screen is drawn and saved, and the same message printed
    choices=$(sed -n 's/^-- choices: //p' "$file" | head -n 1)
    ends_with_error "hostile-window/$name" "$file:" play "$file" --choices "${choices:-1,1,1}" \
        --screenshot "$tmp/hostile.bmp"
done

# ---- a FIFO named *.lua in a folder: refused at once, never read (reading would block) ----
case "hostile/fifo" in $only)
    dir=$(mktemp -d)
    cp scripts/scenarios/twelve-percent.lua "$dir/"
    mkfifo "$dir/pipe.lua"
    ends_with_error "hostile/fifo" "^$dir/pipe.lua: error: this is not a regular file" check "$dir"
    rm -rf "$dir" ;;
esac

# ---- messages for the same line come out in the same order on every run ----
case "same-order" in $only)
    for i in 1 2 3 4 5 6; do "$bin" check tests/e2e/order/meters_order.lua 2>&1 | cksum; done | sort -u >"$tmp/sums"
    if [ "$(wc -l <"$tmp/sums")" -eq 1 ] && "$bin" check tests/e2e/order/meters_order.lua 2>&1 | grep -q "8 errors"; then
        pass=$((pass + 1))
    else
        failed "same-order: check tests/e2e/order/meters_order.lua differs from run to run"
        "$bin" check tests/e2e/order/meters_order.lua 2>&1 | tail -3
    fi ;;
esac

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

# ---- the facilitator's guide works for every library scenario, in both formats: every scene
# in the outline, the map and the play order, every option's destination found, nothing but
# the page itself in the HTML --------------------------------------------------------------
case "library-guides" in $only)
    ok=1
    for file in scripts/scenarios/[!_]*.lua; do
        id=$(basename "$file" .lua)
        scenes=$(grep -c '^scene ' "$file")
        if ! "$bin" guide "$id" >"$tmp/guide.md" 2>"$tmp/err" || [ -s "$tmp/err" ] ||
                ! "$bin" guide "$id" --format html -o "$tmp/guide.html" 2>/dev/null; then
            ok=0
            echo "  $id: leadsim guide failed"
            head -n 3 "$tmp/err"
            continue
        fi
        outline=$(grep -c '^- \*\*\(Start, \)\{0,1\}\(Decision [0-9]*\|Narration\|Ending\):\*\* ' "$tmp/guide.md")
        articles=$(grep -c '^<article class="scene ' "$tmp/guide.html")
        boxes=$(grep -o '^<a href="#scene-[0-9]*"><title>' "$tmp/guide.html" | sort -u | wc -l | tr -d ' ')
        for section in "Learning objectives" "Map of the scenes" "The scenes in play order" "Endings" \
                "Discussion questions"; do
            grep -qx "## $section" "$tmp/guide.md" || { ok=0; echo "  $id: the Markdown has no $section"; }
        done
        if [ "$outline" != "$scenes" ] || [ "$articles" != "$scenes" ] || [ "$boxes" != "$scenes" ]; then
            ok=0
            echo "  $id: $scenes scenes, but $outline in the outline, $articles in the HTML, $boxes boxes on the map"
        fi
        if grep -q "when the scenario was played automatically" "$tmp/guide.md"; then
            ok=0
            echo "  $id: the guide could not find where some option leads"
        fi
        if ! grep -q "Content-Security-Policy\" content=\"default-src 'none'" "$tmp/guide.html" ||
                grep -qi '<script\|src="http\|href="http' "$tmp/guide.html" || [ "$(tail -n 1 "$tmp/guide.html")" != "</html>" ]; then
            ok=0
            echo "  $id: the HTML is not one self-contained page"
        fi
    done
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else failed "library-guides"; fi ;;
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
        cp "$dir/saves/w.save.json" "$dir/kept.json"     # the window resumes the same save below
        printf 'q\ny\n' | LEADSIM_SAVES=$dir/saves COLUMNS=200 "$bin" play "$dir/w.lua" --text --resume \
            >"$dir/out" 2>&1
        case "$edit" in
            none)    want="[Resumed $dir/saves/w.save.json: replayed 1 decision]" ;;
            renamed) want="[Resumed $dir/saves/w.save.json: the scenario changed since it was saved; scene 'a' no longer has the choice 'right': replayed 0 of 1 decisions]" ;;
            removed) want="[Resumed $dir/saves/w.save.json: the scenario changed since it was saved; the story no longer reaches scene 'b' (it is at 'e'): replayed 1 of 1 decisions]" ;;
            added)   want="[Resumed $dir/saves/w.save.json: the scenario changed since it was saved; the story no longer reaches scene 'b' (it is at 'x'): replayed 1 of 1 decisions]" ;;
        esac
        grep -qxF "$want" "$dir/out" || { ok=0; echo "  $edit: expected $want"; head -n 3 "$dir/out"; }
        # Replayed to its ending (scene b removed): the attempt is recorded now and the save is done.
        if [ "$edit" = removed ] && { [ -e "$dir/saves/w.save.json" ] ||
                [ "$(LEADSIM_SAVES=$dir/saves "$bin" history --json | grep -c '"id":')" != 1 ]; }; then
            ok=0; echo "  removed: a save replayed to its ending was not recorded as an attempt"
        fi
        cp "$dir/kept.json" "$dir/saves/w.save.json"
        # The window resumes the same save and says the same (on its notice, and on stderr).
        case "$edit" in
            none)    want="Continued where you left off: replayed 1 decision." ;;
            *)       want="${want#*saved; }"; want="${want%]}" ;;
        esac
        LEADSIM_SAVES=$dir/saves "$bin" play "$dir/w.lua" --resume --screenshot "$dir/r.bmp" >/dev/null 2>"$dir/err" &&
            grep -qF "$want" "$dir/err" || { ok=0; echo "  $edit: the window did not say: $want"; cat "$dir/err"; }
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

# ---- a room that votes as one, where nobody voted: the reveal still shows the tally, Enter asks
# for a pick (there is no majority to take), and the facilitator's pick moves the room on -------
case "facilitate-no-votes" in $only)
    dir=$(mktemp -d)
    printf 'r\n\npick 2\n+2\n+2\n-2\n+1\n+2\nr\n\n\nr\npick 1\n' | LEADSIM_SAVES=$dir/saves COLUMNS=80 \
        "$bin" facilitate "$here/facilitate/room.lua" --text --seed 1 --timer 0 --csv "$dir/results.csv" \
        >"$dir/out" 2>&1
    if grep -qxF 'Votes revealed (0 in):' "$dir/out" && grep -qxF "No majority: type 'pick N' to choose." "$dir/out" &&
            grep -qxF 'Votes revealed (3 in):' "$dir/out" && grep -q '^GROUP DEBRIEF' "$dir/out" &&
            [ -s "$dir/results.csv" ]; then
        pass=$((pass + 1))
    else
        failed "facilitate-no-votes"
        tail -30 "$dir/out"
    fi
    rm -rf "$dir" ;;
esac

# Starts `facilitate room.lua --text --phones` on 127.0.0.1:PORT with ARGS, its input on fd 4
# and its output in DIR/out; waits for the room code and sets $url for the phones.
phone_room() {
    pr_dir=$1 pr_port=$2
    shift 2
    mkfifo "$pr_dir/in"
    (LEADSIM_SAVES=$pr_dir/saves COLUMNS=80 "$bin" facilitate "$here/facilitate/room.lua" --text --phones \
        --bind 127.0.0.1 --port "$pr_port" --seed 1 "$@" <"$pr_dir/in" >"$pr_dir/out" 2>&1) &
    exec 4>"$pr_dir/in"
    for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
        grep -q 'room code' "$pr_dir/out" 2>/dev/null && break
        sleep 0.1
    done
    url=$(sed -n 's/^Phones: open \(http[^ ]*\) .*/\1/p' "$pr_dir/out")
}

# ---- the room with phones: two phones join teams and vote (one changes its vote), the tally
# reaches the terminal, and the reveal counts them once each ----------------------------------
case "facilitate-phones" in $only)
    if command -v node >/dev/null 2>&1; then
        dir=$(mktemp -d)
        phone_room "$dir" $((20000 + $$ % 20000)) --teams "Red,Blue"
        node "$here/facilitate/phone-vote.js" "$url" 0 1 2 >"$dir/red" 2>&1
        node "$here/facilitate/phone-vote.js" "$url" 1 3 3 >"$dir/blue" 2>&1
        sleep 0.6                                  # the console drains every 250 ms
        printf 'r\nq\n' >&4
        exec 4>&-
        wait
        if grep -qx 'voted' "$dir/red" && grep -qx 'voted' "$dir/blue" &&
                grep -qxF '[Votes in: 2]' "$dir/out" && grep -qxF 'Votes revealed (2 in):' "$dir/out" &&
                grep -q '^  2\.   1 vote  ' "$dir/out" && grep -q '^  3\.   1 vote  ' "$dir/out"; then
            pass=$((pass + 1))
        else
            failed "facilitate-phones"
            cat "$dir/red" "$dir/blue"
            tail -n 15 "$dir/out"
        fi
        rm -rf "$dir"
    else
        echo "skipped: facilitate-phones (no Node.js; make deps installs it)"
    fi ;;
esac

# ---- phones and hands on one decision, no teams: a phone that changes its vote moves its own, and
# a key takes back only what keys entered --------------------------------------------------------
case "facilitate-phones-hands" in $only)
    if command -v node >/dev/null 2>&1; then
        dir=$(mktemp -d)
        phone_room "$dir" $((20000 + ($$ + 7) % 20000)) --timer 0
        node "$here/facilitate/phone-vote.js" "$url" -1 2 3 >"$dir/one" 2>&1
        node "$here/facilitate/phone-vote.js" "$url" -1 2 2 >"$dir/two" 2>&1
        sleep 0.6                                  # the console drains every 250 ms
        printf '+1\n-2\n-1\n+1\nr\nq\n' >&4
        exec 4>&-
        wait
        if grep -qx 'voted' "$dir/one" && grep -qx 'voted' "$dir/two" &&
                grep -qxF "Choice 2's votes are from phones: '-' takes back only the votes entered by hand." "$dir/out" &&
                grep -qxF 'Votes revealed (3 in):' "$dir/out" && grep -q '^  1\.   1 vote  ' "$dir/out" &&
                grep -q '^  2\.   1 vote  ' "$dir/out" && grep -q '^  3\.   1 vote  ' "$dir/out"; then
            pass=$((pass + 1))
        else
            failed "facilitate-phones-hands"
            cat "$dir/one" "$dir/two"
            tail -n 25 "$dir/out"
        fi
        rm -rf "$dir"
    else
        echo "skipped: facilitate-phones-hands (no Node.js; make deps installs it)"
    fi ;;
esac

# ---- the same with the window (off screen, a key script): two phones vote while it waits, their
# votes are in the room's tally and its save, and a tie falls to the facilitator's pick -----------
case "facilitate-window-phones" in $only)
    if command -v node >/dev/null 2>&1; then
        dir=$(mktemp -d)
        port=$((20000 + ($$ + 7) % 20000))
        printf 'Return\nsleep 3\nr\nReturn\n' >"$dir/keys"
        (LEADSIM_SAVES=$dir/saves "$bin" facilitate "$here/facilitate/room.lua" --teams "Red,Blue" --phones \
            --bind 127.0.0.1 --port "$port" --seed 1 --keys "$dir/keys" >"$dir/out" 2>&1) &
        for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
            grep -q 'phones join at' "$dir/out" 2>/dev/null && break
            sleep 0.1
        done
        url=$(sed -n 's/.*phones join at \(http[^ ]*\) .*/\1/p' "$dir/out")
        node "$here/facilitate/phone-vote.js" "$url" 0 1 2 >"$dir/red" 2>&1
        node "$here/facilitate/phone-vote.js" "$url" 1 3 3 >"$dir/blue" 2>&1
        wait
        tr -d ' \t\n' <"$dir/saves/room.room.json" >"$dir/room"
        if grep -qx voted "$dir/red" && grep -qx voted "$dir/blue" &&
                grep -qF '"team_votes":["a2","a3"],"taken":"a2","tie":true' "$dir/room"; then
            pass=$((pass + 1))
        else
            failed "facilitate-window-phones"
            cat "$dir/out" "$dir/red" "$dir/blue" "$dir/room"
        fi
        rm -rf "$dir"
    else
        echo "skipped: facilitate-window-phones (no Node.js; make deps installs it)"
    fi ;;
esac

# ---- exports: each format of one attempt against its expected file ------------------------------
# The attempt is played on a story whose every text carries markup. Times, UUIDs and this
# checkout's path differ from run to run and are replaced before the comparison.
normalize() {
    sed -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/<time>/g' \
        -e 's/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/<uuid>/g' \
        -e 's/PT[0-9]+H[0-9]+M[0-9]+S/<duration>/g' -e "s#$(pwd)/##g"
}
case "exports" in $only)
    ok=1
    dir=$tmp/exports
    mkdir -p "$dir"
    saves() { LEADSIM_SAVES=$dir/saves "$bin" "$@"; }      # the run's shared save folder holds other attempts
    printf '[player]\nname = Ana <Diaz> & "Co"\n[xapi]\naccount_homepage = %s\nactivity_base = %s\n' \
        https://lms.agency.gov https://agency.gov/xapi/leadsim >"$dir/settings.ini"
    COLUMNS=80 saves play "$here/exports/markup.lua" --text --seed 1 --settings "$dir/settings.ini" \
        <"$here/exports/markup.stdin" >/dev/null 2>&1
    for format in md json html xapi csv; do
        saves export last --format $format --settings "$dir/settings.ini" -o "$dir/out.$format" >/dev/null 2>"$dir/err" ||
            { ok=0; cat "$dir/err"; }
        normalize <"$dir/out.$format" >"$dir/actual.$format"
        expected=$here/exports/markup.$format.expected
        [ "$update" = --update ] && cp "$dir/actual.$format" "$expected"
        cmp -s "$dir/actual.$format" "$expected" || { ok=0; echo "  $format:"; diff -u "$expected" "$dir/actual.$format" | head -20; }
    done
    # Without -o: under exports/ in the save folder, the path said.
    saves export last --format html --settings "$dir/settings.ini" >"$dir/said" 2>&1
    grep -qxF "Wrote $dir/saves/exports/markup-attempt-1.html" "$dir/said" && [ -s "$dir/saves/exports/markup-attempt-1.html" ] ||
        { ok=0; echo "  export without -o:"; cat "$dir/said"; }
    # The HTML loads nothing: its tags (the story's own < were all escaped, so every tag is ours) are
    # of a few kinds that fetch nothing, no attribute or style names another file, and a strict
    # policy forbids the rest.
    html=$dir/out.html
    grep -o '<[^>]*>' "$html" | sed -E 's#^</?([a-zA-Z0-9!]+).*#\1#' | sort -u >"$dir/tags"
    if grep -vxEq '!DOCTYPE|html|head|meta|title|style|body|main|section|h[1-4]|p|br|ul|li|strong|em|table|thead|tbody|tr|th|td|figure|svg|rect|text' "$dir/tags" ||
            grep -o '<[^>]*>' "$html" | grep -Eiq '(src|href|srcset|action|poster|data|background)=' ||
            grep -Eiq 'url\(|@import' "$html" ||
            ! grep -qF "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\"" "$html" ||
            ! grep -qF '&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;' "$html"; then
        ok=0
        echo "  the HTML export loads something, or lacks its policy, or lets the story's markup through"
    fi
    # Every statement passes the validator; export all is history --csv.
    node tests/xapi/validate.js "$dir/out.xapi" >"$dir/validated" || { ok=0; cat "$dir/validated"; }
    saves export all --format csv --settings "$dir/settings.ini" -o "$dir/all.csv" >/dev/null &&
        saves history --csv --settings "$dir/settings.ini" | cmp -s - "$dir/all.csv" || { ok=0; echo "  export all differs from history --csv"; }
    if [ "$ok" = 1 ]; then pass=$((pass + 1)); else failed "exports"; fi ;;
esac

# ---- a learning record store: nothing lost, nothing twice -----------------------------------------
# tests/xapi/lrs-test.sh starts one on 127.0.0.1 that validates with xapi-validation, and takes it
# down, up, failing and hanging, with an invalid statement, bad credentials, and kills of leadsim.
case "lrs" in $only)
    if sh tests/xapi/lrs-test.sh "$bin" >"$tmp/lrs.out" 2>&1; then
        pass=$((pass + 1))
    else
        failed "lrs"
        cat "$tmp/lrs.out"
    fi ;;
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
