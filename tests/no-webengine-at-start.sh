#!/bin/sh
# Starting the wizard must not load QtWebEngine: it comes with the login
# test's plugin, when a test starts. Runs the real executable to its first
# page and lists every library the dynamic loader opened.
set -eu
exe=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
libs=$(HOME="$home" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen FSS_QUIT_WHEN_SHOWN=1 LD_DEBUG=files "$exe" 2>&1 \
    | sed -n 's/.*file=\([^ ]*\).*/\1/p' | sort -u)
echo "$libs" | grep -q 'libQt6Widgets' || { echo "the wizard did not start"; exit 1; }
if echo "$libs" | grep -i 'webengine'; then
    echo "QtWebEngine was loaded at start-up"
    exit 1
fi
echo "started without QtWebEngine ($(echo "$libs" | wc -l) libraries)"
