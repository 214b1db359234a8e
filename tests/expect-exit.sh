#!/usr/bin/env bash
# expect-exit.sh CODE COMMAND...: runs COMMAND (output merged to stdout) and
# succeeds only if it exits with CODE.
want=$1
shift
"$@" 2>&1
got=$?
if [ "$got" -ne "$want" ]; then
    echo "expected exit code $want, got $got" >&2
    exit 1
fi
