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
# hostile/*.lua        each must end within 2 s, with exit 1 and the message named by
#                      its "-- expect: LINE: text" line (or by NAME.expect beside it),
#                      played with --choices 1,1,1 or those of its "-- choices: " line;
#                      check and explore on it too must end within 2 s with exit 1
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
pass=0
fail=0

failed() {
    fail=$((fail + 1))
    echo "FAIL $1"
}

now_ms() { date +%s%3N; }

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
    if [ "$code" -eq 1 ] && [ "$ok" -eq 1 ] && [ "$elapsed" -lt 2000 ]; then
        pass=$((pass + 1))
    else
        failed "hostile/$name (exit $code, ${elapsed} ms)"
        echo "  expected: $file:$line: ...$text..."
        echo "  got:      $first"
    fi
done

# Runs leadsim ARGS...; passes when it exits 1 within 2 s and its output matches the grep
# pattern PATTERN. Usage: ends_with_error NAME PATTERN ARGS...
ends_with_error() {
    label=$1 pattern=$2
    shift 2
    start=$(now_ms)
    timeout 10 "$bin" "$@" >"$tmp/out" 2>&1
    code=$?
    elapsed=$(( $(now_ms) - start ))
    if [ "$code" -eq 1 ] && grep -q "$pattern" "$tmp/out" && [ "$elapsed" -lt 2000 ]; then
        pass=$((pass + 1))
    else
        failed "$label: leadsim $* (exit $code, ${elapsed} ms)"
        head -n 3 "$tmp/out"
    fi
}

# ---- and the designer's tools on the same files: each ends within 2 s, with exit 1 naming the file ----
for file in "$here"/hostile/*.lua; do
    name=$(basename "$file" .lua)
    case "hostile-tools/$name" in $only) ;; *) continue ;; esac
    ends_with_error "hostile-tools/$name" "$file:" check "$file"
    ends_with_error "hostile-tools/$name" "$file:" explore "$file"
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

# ---- the library as a whole: clean, and every competency assessed at least 4 times ----
# Properties, not exact output, so adding a scenario never breaks a test you did not write.
case "library" in $only)
    if "$bin" check scripts 2>&1 | grep -q "0 errors, 0 warnings" &&
            "$bin" check --coverage --min 4 scripts/scenarios >/dev/null 2>&1; then
        pass=$((pass + 1))
    else
        failed "library: leadsim check scripts must be clean, and check --coverage --min 4 scripts/scenarios pass"
        "$bin" check scripts 2>&1 | tail -5
        "$bin" check --coverage --min 4 scripts/scenarios 2>&1 >/dev/null | tail -5
    fi ;;
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
        for renderer in auto software gpu; do
            printf '[display]\nwidth = 1280\nheight = 720\nrenderer = %s\n' "$renderer" >"$tmp/settings.ini"
            cp "$tmp/settings.ini" "$tmp/settings.before"
            # D-Bus and the system's OpenGL leak a little at exit, which LeakSanitizer would report;
            # our own code is leak-checked by the off-screen window tests.
            if DISPLAY=":$(cat "$tmp/display")" LEADSIM_BENCH_FRAMES=2 ASAN_OPTIONS=detect_leaks=0 \
                    timeout 20 "$bin" play twelve-percent \
                    --choices 2,1,3 --settings "$tmp/settings.ini" --layout "$tmp/layout" 2>"$tmp/err" &&
                    grep -q '"text":"Tuesday, 11:30 a.m."' "$tmp/layout" &&
                    [ "$(grep -c '^{"frame":"end"}' "$tmp/layout")" = 2 ] && [ ! -s "$tmp/err" ] &&
                    cmp -s "$tmp/settings.ini" "$tmp/settings.before"; then
                pass=$((pass + 1))
            else
                failed "window: renderer = $renderer"
                cat "$tmp/err"
            fi
        done
        kill "$xvfb" 2>/dev/null
        wait "$xvfb" 2>/dev/null
    else
        echo "skipped: window (no Xvfb; make deps installs it)"
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
