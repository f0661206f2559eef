#!/bin/sh
# Makes sure the system packages leadsim builds against are present.
#   sh engine/deps.sh PKG-CONFIG-NAME... [fonts]
# Each name is looked up with pkg-config; "fonts" asks fontconfig for the UI
# fonts. What is missing is installed with apt-get (as root, or through sudo);
# elsewhere the exact commands are printed and the build stops.
set -u

# pkg-config name -> Debian package, Fedora package, Homebrew formula
packages_for() {
    case "$1" in
        sdl2)       echo "libsdl2-dev SDL2-devel sdl2" ;;
        SDL2_ttf)   echo "libsdl2-ttf-dev SDL2_ttf-devel sdl2_ttf" ;;
        lua5.4)     echo "liblua5.4-dev lua-devel lua" ;;
        inih)       echo "libinih-dev inih-devel inih" ;;
        libcjson)   echo "libcjson-dev cjson-devel cjson" ;;
        fontconfig) echo "libfontconfig-dev fontconfig-devel fontconfig" ;;
        cmocka)     echo "libcmocka-dev libcmocka-devel cmocka" ;;
        xvfb)       echo "xvfb xorg-x11-server-Xvfb -" ;;    # tests open a real window in it
        fonts)      echo "fonts-inter fonts-dejavu-core rsms-inter-fonts,dejavu-sans-fonts font-inter,font-dejavu" ;;
        pkg-config) echo "pkg-config pkgconf-pkg-config pkg-config" ;;
        *)          echo "" ;;
    esac
}

present() {
    case "$1" in
        fonts) command -v fc-list >/dev/null 2>&1 &&
               fc-list : family | grep -qi '^Inter' &&
               fc-list : family | grep -qi 'DejaVu Sans' ;;
        xvfb)  command -v Xvfb >/dev/null 2>&1 ;;
        *)     pkg-config --exists "$1" 2>/dev/null ;;
    esac
}

missing=""
command -v pkg-config >/dev/null 2>&1 || missing="pkg-config"
for name in "$@"; do
    present "$name" || missing="$missing $name"
done
[ -z "$missing" ] && exit 0

deb="" rpm="" brew=""
for name in $missing; do
    set -- $(packages_for "$name")
    case "$name" in
        fonts) deb="$deb $1 $2"; rpm="$rpm $(echo "$3" | tr , ' ')"; brew="$brew $(echo "$4" | tr , ' ')" ;;
        *)     deb="$deb $1"; rpm="$rpm $2"; [ "$3" = - ] || brew="$brew $3" ;;
    esac
done

echo "leadsim: missing:$missing" >&2
if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
    if [ "$sudo" != none ]; then
        echo "leadsim: installing:$deb" >&2
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get update -qq >&2 &&
        $sudo apt-get install -y -qq --no-install-recommends pkg-config$deb >&2 ||
            { echo "leadsim: apt-get failed; run: sudo apt-get install pkg-config$deb" >&2; exit 1; }
        exit 0
    fi
fi
cat >&2 <<EOF
leadsim: install these packages, then run make again:
  Debian/Ubuntu:  sudo apt-get install pkg-config$deb
  Fedora:         sudo dnf install pkgconf-pkg-config$rpm
  macOS:          brew install pkg-config$brew
EOF
exit 1
