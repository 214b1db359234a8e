#!/bin/sh
# The wizard shows its first page without loading Qt Network or Qt HTTP
# Server: they come with the network plugin on the first request
# (docs/development.md, "Where start-up goes"). Runs the wizard until its
# first page is up, with the dynamic loader reporting every library it loads.
#   startup-libraries.sh EXECUTABLE
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
log="$home/loader.log"
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home" \
    QT_QPA_PLATFORM=offscreen FSS_QUIT_WHEN_SHOWN=1 LD_DEBUG=files LD_DEBUG_OUTPUT="$home/ld" "$1" > "$home/out"
grep -q '^shown$' "$home/out" || { echo "the wizard did not show its first page"; exit 1; }
cat "$home"/ld.* > "$log"
grep -q 'file=libQt6Widgets' "$log" || { echo "the loader's report is empty: cannot tell"; exit 1; }
loaded=$(grep -E 'file=[^ ]*(Qt6Network|Qt6HttpServer|fss_network)' "$log" | sed 's/^ *[0-9]*: *//' | sort -u || true)
if [ -n "$loaded" ]; then
    echo "$loaded"
    echo "loaded before the first page showed (above)"
    exit 1
fi
echo "first page shown without the network libraries"
