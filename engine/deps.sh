#!/bin/sh
# Makes sure the system packages that `make run` and `make test` need are present.
#   sh engine/deps.sh NAME...             check; install what is missing, or print the one command and stop
#   sh engine/deps.sh --commands NAME...  the install command for each system (the README's table)
#   sh engine/deps.sh --pkg-name NAME     the pkg-config name this system uses for NAME (lua5.4 -> lua)
# NAMEs are pkg-config names, plus "fonts" (Inter and DejaVu Sans, seen through
# fontconfig's fc-list), "xvfb" (the window tests' X server; none on macOS) and "node"
# (Node.js and npm: the tests' xAPI validator and learning record store).
# Whatever is missing, one command installs everything at once, so nobody meets a
# second round: apt-get as root or through sudo, else the command is printed.
set -u

# NAME -> Debian packages, Fedora packages, Homebrew formulae (comma-separated; - for none)
packages_for() {
    case "$1" in
        pkg-config) echo "pkg-config pkgconf-pkg-config pkg-config" ;;
        sdl2)       echo "libsdl2-dev SDL2-devel sdl2" ;;
        SDL2_ttf)   echo "libsdl2-ttf-dev SDL2_ttf-devel sdl2_ttf" ;;
        lua5.4)     echo "liblua5.4-dev lua-devel lua" ;;
        inih)       echo "libinih-dev inih-devel inih" ;;
        libcjson)   echo "libcjson-dev cjson-devel cjson" ;;
        fontconfig) echo "libfontconfig-dev fontconfig-devel fontconfig" ;;
        sqlite3)    echo "libsqlite3-dev sqlite-devel sqlite" ;;     # the history
        nettle)     echo "nettle-dev nettle-devel nettle" ;;         # SHA-256 of scenario files, for saves
        libcurl)    echo "libcurl4-openssl-dev libcurl-devel curl" ;;  # xAPI statements to a learning record store
        libmicrohttpd) echo "libmicrohttpd-dev libmicrohttpd-devel libmicrohttpd" ;;  # votes from phones
        libqrencode)   echo "libqrencode-dev qrencode-devel qrencode" ;;              # the join QR code
        # fc-list comes with the fontconfig tools, not the library: without them fonts never show as found
        fonts)      echo "fontconfig,fonts-inter,fonts-dejavu-core fontconfig,rsms-inter-fonts,dejavu-sans-fonts fontconfig,font-inter,font-dejavu" ;;
        libcsv)     echo "libcsv-dev libcsv-devel libcsv" ;;           # CSV exports (no pkg-config file: -lcsv)
        cmocka)     echo "libcmocka-dev libcmocka-devel cmocka" ;;
        xvfb)       echo "xvfb xorg-x11-server-Xvfb -" ;;
        # the phone page's real-browser test: Chromium driven through the DevTools protocol by Node.js;
        # Node.js and npm also install the xAPI validator and run the test LRS
        chromium)   echo "chromium chromium -" ;;
        node)       echo "nodejs,npm nodejs,npm node" ;;
        *)          echo "" ;;
    esac
}

# Fedora's and Homebrew's Lua 5.4 is "lua" to pkg-config; Debian's is "lua5.4".
pkg_name() {
    case "$1" in
        lua5.4)
            for name in lua5.4 lua-5.4 lua54; do
                pkg-config --exists "$name" 2>/dev/null && { echo "$name"; return 0; }
            done
            pkg-config --exists 'lua >= 5.4' 'lua < 5.5' 2>/dev/null && { echo lua; return 0; }
            return 1 ;;
        *)  pkg-config --exists "$1" 2>/dev/null && echo "$1" ;;
    esac
}

present() {
    case "$1" in
        fonts) command -v fc-list >/dev/null 2>&1 &&
               fc-list : family | grep -qi '^Inter' &&
               fc-list : family | grep -qi 'DejaVu Sans' ;;
        xvfb)  [ "$(uname -s)" = Darwin ] || command -v Xvfb >/dev/null 2>&1 ;;   # macOS: the window tests skip
        libcsv) printf '#include <csv.h>\n' | ${CC:-cc} -E -x c - >/dev/null 2>&1 ;;  # a header, no .pc
        chromium) [ "$(uname -s)" = Darwin ] || command -v chromium >/dev/null 2>&1 ;;  # macOS: the browser test skips
        node)  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ;;
        *)     command -v pkg-config >/dev/null 2>&1 && pkg_name "$1" >/dev/null ;;
    esac
}

# Sets deb, rpm and brew to the packages for pkg-config and every NAME, each once, in order.
collect() {
    deb="" rpm="" brew=""
    for name in pkg-config "$@"; do
        list=$(packages_for "$name")
        [ -n "$list" ] || { echo "leadsim: engine/deps.sh knows no package for '$name'" >&2; exit 1; }
        set -- $list
        deb=$(add "$deb" "$1") rpm=$(add "$rpm" "$2") brew=$(add "$brew" "$3")
    done
}

# LIST plus each of the comma-separated PACKAGES it does not have yet ("-": none).
add() {
    out=$1
    for pkg in $(echo "$2" | tr , ' '); do
        case " $out " in *" $pkg "*) ;; *) [ "$pkg" = - ] || out="$out $pkg" ;; esac
    done
    echo "$out"
}

# The one command for each system: "label<TAB>command". README.md's table shows these.
commands() {
    printf 'Debian, Ubuntu (as root)\tapt-get install%s\n' "$deb"
    printf 'Fedora\tsudo dnf install%s\n' "$rpm"
    printf 'macOS (Homebrew)\tbrew install%s\n' "$brew"
}

case "${1:-}" in
    --pkg-name) pkg_name "$2"; exit ;;
    --commands) shift; collect "$@"; commands; exit 0 ;;
esac

names="$*"
missing=""
for name in $names; do
    present "$name" || missing="$missing $name"
done
[ -z "$missing" ] && exit 0
# Only what is missing is installed (a package already there by other means, such as
# Node.js from another source, is never fought over); the printed command names all.
collect $missing
install=$deb
collect $names

if [ "$(uname -s)" = Darwin ]; then system="macOS (Homebrew)"
elif command -v apt-get >/dev/null 2>&1; then system="Debian, Ubuntu (as root)"
elif command -v dnf >/dev/null 2>&1; then system=Fedora
else system=""
fi

# An empty package list (a fresh container) knows none of them: apt-get update comes first.
apt_knows_all() {
    for pkg in ${1:-$deb}; do apt-cache show "$pkg" >/dev/null 2>&1 || return 1; done
}

tab=$(printf '\t')
# Prints the one command for this system (all three elsewhere) and stops the build.
stop() {
    who="" first=""
    case "$system" in Debian*) who=" as root"; apt_knows_all || first="apt-get update && " ;; esac
    echo "leadsim: to install everything that make run and make test need, run this once$who, then make again:" >&2
    if [ -n "$system" ]; then
        echo "    $first$(commands | sed -n "s/^$system$tab//p")" >&2
        echo "(Other systems: see the table in README.md.)" >&2
    else
        commands | sed "s/^\\(.*\\)$tab/    \\1:  /" >&2
    fi
    exit 1
}

echo "leadsim: missing:$missing" >&2
case "$system" in
    Debian*) ;;
    *) stop ;;     # the SPEC installs with apt-get only; elsewhere the command is printed
esac
if [ "$(id -u)" = 0 ]; then sudo=""
elif command -v sudo >/dev/null 2>&1; then sudo="sudo"
else stop
fi

log=$(mktemp) || exit 1
trap 'rm -f "$log"' EXIT
updated=no
apt_update() {
    updated=yes
    echo "leadsim: ${sudo:+sudo }apt-get update" >&2
    $sudo apt-get update -qq >"$log" 2>&1 || { cat "$log" >&2; return 1; }
}
apt_install() {
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $install >"$log" 2>&1
}
echo "leadsim: installing with ${sudo:+sudo }apt-get:$install" >&2
if { apt_knows_all "$install" || apt_update; } && { apt_install || { [ $updated = no ] && apt_update && apt_install; }; }; then
    still=""
    for name in $missing; do
        present "$name" || still="$still $name"
    done
    [ -z "$still" ] && exit 0
    echo "leadsim: installed, yet still missing:$still" >&2
else
    cat "$log" >&2
    echo "leadsim: apt-get failed" >&2
fi
stop
