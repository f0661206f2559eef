#!/bin/sh
# Writes the man page, leadsim(1), to stdout, from the built binary's own --help
# texts, so the page cannot drift from them (make e2e checks every help line is in it).
#   sh engine/man.sh BINARY PREFIX
set -eu
bin=$1
prefix=$2

# Help text as roff: literal backslashes, minus signs that copy and paste as
# hyphen-minus, and no line that roff would take for a request.
roff() {
    sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^[.']/\\\\\\&&/"
}

# A help text, kept as it is laid out.
verbatim() {
    echo ".nf"
    roff
    echo ".fi"
}

version=$("$bin" --version | sed 's/^leadsim //')
commands=$("$bin" --help | sed -n 's/^  leadsim \([a-z][a-z]*\) .*/\1/p')

cat <<EOF
.TH LEADSIM 1 "" "leadsim $version" "User Commands"
.SH NAME
leadsim \\- a scenario\\-based leadership simulation for public\\-sector leaders
.SH SYNOPSIS
EOF
"$bin" --help | verbatim
cat <<EOF
.SH DESCRIPTION
You play a realistic situation, make the calls, and get a debrief that scores every
choice against a competency framework. Scenarios are Lua files, run in a sandbox.
With no command, leadsim opens its window on the library of scenarios.
.SH OPTIONS
EOF
# The window's options: any option first on the line opens the window.
"$bin" --size 1280x720 --help | verbatim
echo ".SH COMMANDS"
for command in $commands; do
    echo ".SS leadsim $command"
    "$bin" "$command" --help | verbatim
done
cat <<EOF
.SH EXIT STATUS
.TP
0
success
.TP
1
a scenario or input error; the message on standard error starts FILE:LINE: when a line is known
.TP
2
a usage error
.SH ENVIRONMENT
.TP
.B LEADSIM_DATA
the folder holding scripts/ and assets/, in place of the one leadsim finds itself:
the source checkout a binary was built in, else $(echo "$prefix" | roff)/share/leadsim
.TP
.B XDG_CONFIG_HOME
settings go to \$XDG_CONFIG_HOME/leadsim/settings.ini (default ~/.config)
.TP
.B XDG_DATA_HOME
an installed copy keeps saves and history in \$XDG_DATA_HOME/leadsim (default ~/.local/share)
.SH FILES
.TP
.I $(echo "$prefix" | roff)/share/leadsim/
the library of scenarios and frameworks, and the themes; never written to
.TP
.I $(echo "$prefix" | roff)/share/doc/leadsim/
the guides: authoring.md (how to write a scenario), and the rest of docs/
.TP
.I ./settings.ini, ~/.config/leadsim/settings.ini
the settings: the first that exists (or \\-\\-settings FILE)
.TP
.I ~/.local/share/leadsim/
saves and history of an installed copy; a source checkout keeps them in saves/
EOF
