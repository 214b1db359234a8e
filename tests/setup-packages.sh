#!/usr/bin/env bash
# setup.sh's choice of packages on another system, without that system:
# os-release and apt-cache are stand-ins that answer from tests/data.
#   setup-packages.sh [NAME=VALUE]... RELEASE ACTION [+PACKAGE | -PACKAGE]...
# Runs `setup.sh packages ACTION` as on RELEASE (tests/data/os-release/RELEASE,
# the archive tests/data/apt/RELEASE) with only the given FSS_ knobs (none of
# the caller's: the test command itself runs with some), and fails unless
# each +PACKAGE is in its answer and no -PACKAGE is. Prints the answer.
set -euo pipefail
for name in $(compgen -e | grep '^FSS_' || true); do
    unset "$name"
done
while [[ $1 == *=* ]]; do
    export "${1?}"
    shift
done
release=$1
action=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
stub=$(mktemp -d "${TMPDIR:-/tmp}/fss-apt.XXXXXX")
trap 'rm -rf "$stub"' EXIT
# apt-cache pkgnames: the list's names; apt-cache depends clang: the version
# the list's "# clang is clang-N" names.
cat >"$stub/apt-cache" <<'STUB'
#!/usr/bin/env bash
list=$FSS_TEST_APT_LIST
case $1 in
pkgnames) grep -v '^#' "$list" ;;
depends)
    echo "$2"
    sed -n 's/^# clang is \(clang-[0-9]*\)$/  Depends: \1/p' "$list"
    ;;
*) exit 100 ;;
esac
STUB
chmod +x "$stub/apt-cache"
answer=$(PATH="$stub:$PATH" FSS_TEST_APT_LIST="$here/data/apt/$release" FSS_OS_RELEASE="$here/data/os-release/$release" \
    "$here/../scripts/setup.sh" packages "$action")
echo "$answer"
failed=0
for want in "$@"; do
    name=${want#?}
    case $want in
    +*) grep -qx -- "$name" <<<"$answer" || { echo "expected $name" >&2; failed=1; } ;;
    -*) ! grep -qx -- "$name" <<<"$answer" || { echo "did not expect $name" >&2; failed=1; } ;;
    esac
done
# Every answer is a name that archive offers.
while read -r name; do
    grep -qx -- "$name" "$here/data/apt/$release" || { echo "$name is not in $release's archive" >&2; failed=1; }
done <<<"$answer"
exit "$failed"
