#!/usr/bin/env bash
# Renders a picture of every page of the real wizard, offscreen against the
# sandbox, in English and Chinese, into resources/screenshots/ (the README
# shows them). Run after ./scripts/setup.sh test has set up the machine (it
# installs Noto Sans CJK, the font Chinese is shown in).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FSS_BUILD_DIR:-build}
if ! fc-list ':lang=zh' family | grep -q 'Noto Sans CJK'; then
    echo "Noto Sans CJK is missing: run ./scripts/setup.sh test first (it installs fonts-noto-cjk)." >&2
    exit 1
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fss_screenshots
tests/session.sh keyring "$build/tests/fss_screenshots" "$PWD/resources/screenshots"
ls resources/screenshots
