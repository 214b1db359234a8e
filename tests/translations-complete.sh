#!/bin/sh
# Every string the user reads is translated into Simplified Chinese: lupdate
# runs over the sources as they are now, into a copy of the committed .ts,
# and the copy may hold no unfinished (untranslated or new) message.
#   translations-complete.sh <lupdate> <cmake> <GenerateLUpdateProject.cmake>
#                            <folder of the lupdate project> <file.ts>
# The folder holds one project file, whose name changed with Qt 6.7
# (<target>_project.cmake before, <project>_lupdate_project.cmake since).
set -eu
lupdate=$1
cmake=$2
generator=$3
set -- "$4"/*.cmake "$5"
[ $# = 2 ] && [ -f "$1" ] || { echo "expected one lupdate project file in $(dirname "$1")"; exit 1; }
project=$1
ts=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake" -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generator"
cp "$ts" "$work/check.ts"
"$lupdate" -project "$work/project.json" -ts "$work/check.ts" -no-obsolete -locations none >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
messages=$(grep -c "<message" "$work/check.ts")
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "$unfinished of $messages messages are not translated into zh_CN:"
    grep -B3 'type="unfinished"' "$work/check.ts" | grep "<source>" | head -20
    echo "Translate them in $ts (Qt Linguist, or by hand), then run this test again."
    exit 1
fi
echo "all $messages messages translated"
