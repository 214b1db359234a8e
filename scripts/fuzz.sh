#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 10) on
# a copy of its committed corpus, and prints the executions per target.
#   scripts/fuzz.sh BUILD_DIR [SECONDS]
# BUILD_DIR is a build made with CXX=clang++ cmake -DFSS_FUZZ=ON. New inputs
# stay in a scratch folder; a crash leaves its input there and fails the run.
# A longer run: scripts/fuzz.sh build-fuzz 600
set -euo pipefail
build=$1
seconds=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/fss-fuzz.XXXXXX")
failed=0
for exe in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    name=${exe##*/fuzz_}
    mkdir -p "$scratch/$name"
    log="$scratch/$name.log"
    if ! ASAN_OPTIONS=detect_leaks=1 "$exe" "$scratch/$name" "$root/tests/fuzz/corpus/$name" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$scratch/$name-" >"$log" 2>&1; then
        echo "fuzz_$name: FAILED (input and log in $scratch)"
        tail -30 "$log"
        failed=1
        continue
    fi
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$log")
    echo "fuzz_$name: ${runs:-?}, no finding ($(ls "$scratch/$name" | wc -l) new inputs)"
done
[ "$failed" = 0 ] && rm -rf "$scratch"
exit "$failed"
