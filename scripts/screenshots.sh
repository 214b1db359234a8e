#!/usr/bin/env bash
# Renders a picture of every page of the real wizard, offscreen against the
# sandbox, in English and Chinese, into resources/screenshots/ (the README
# shows them). Run after ./scripts/setup.sh run or test has set up the machine;
# installs a Chinese font when none is there.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FSS_BUILD_DIR:-build}
if ! fc-list :lang=zh | grep -q .; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends fonts-wqy-microhei
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fss_screenshots
tests/session.sh keyring "$build/tests/fss_screenshots" "$PWD/resources/screenshots"
ls resources/screenshots
