#!/usr/bin/env bash
# Proves a newer Debian from a Debian 12 machine: runs `setup.sh test` inside
# a root of that release, made by debootstrap. setup.sh test calls it.
#   debian-root.sh RELEASE ROOT     (as root)
#   RELEASE 13       Debian 13 "trixie": Qt 6.8, GCC 14, QtKeychain 0.15; the
#                    whole suite with QtWebEngine (optimised without debugging
#                    information, not sanitized) and the Debian package
#   RELEASE testing  Debian testing (in 2026-12 "forky": Qt 6.11, GCC 16,
#                    Clang 21, QtKeychain 0.17); the same, and the fuzz
#                    targets briefly, built with the newest Clang
# The root is made once, from the Debian archive this machine's apt already
# uses, and kept in ROOT for the next run: a root that was not finished is
# made again. /proc and /dev/shm (Chromium needs both) and the source tree are
# mounted for the run and unmounted on any exit.
set -euo pipefail
release=${1:?usage: debian-root.sh 13|testing ROOT}
root=${2:?usage: debian-root.sh 13|testing ROOT}
src=$(cd "$(dirname "$0")/.." && pwd)
stamp=.feishu-sso-setup-root

# What each root proves beyond the host: the sanitized build and the build
# without QtWebEngine run on the host only; libFuzzer builds with the oldest
# Clang (the host's) and the newest (testing's).
case $release in
13)
    suite=trixie
    settings=(FSS_FUZZ_SECONDS=0)
    ;;
testing)
    suite=testing
    settings=(FSS_FUZZ_SECONDS="${FSS_ROOT_FUZZ_SECONDS:-5}")
    ;;
*)
    echo "debian-root.sh: RELEASE is 13 or testing, not $release" >&2
    exit 2
    ;;
esac

# The archive, and its security archive, that apt takes this machine's
# Debian packages from.
archive_for() { # archive_for LABEL CODENAME
    apt-get indextargets --format '$(LABEL) $(CODENAME) $(REPO_URI)' 'Created-By: Packages' |
        awk -v label="$1" -v codename="$2" '$1 == label && $2 == codename { print $3; exit }'
}
. /etc/os-release
archive=$(archive_for Debian "$VERSION_CODENAME")
if [ -z "$archive" ]; then
    apt-get update -qq
    archive=$(archive_for Debian "$VERSION_CODENAME")
fi
[ -n "$archive" ] || { echo "apt on this machine has no Debian archive for $VERSION_CODENAME" >&2; exit 1; }
security=$(archive_for Debian-Security "$VERSION_CODENAME-security")

# Never delete through a mount left by a run that was killed.
mounted_under() { findmnt -rn -o TARGET | awk -v p="$1/" 'index($0 "/", p) == 1'; }
unmount_under() {
    local m
    for m in $(mounted_under "$1" | sort -r); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
}

if [ ! -f "$root/$stamp" ]; then
    started=$(date +%s)
    echo "Making a Debian $release root in $root (debootstrap $suite from $archive)"
    for d in "$root" "$root.new"; do
        unmount_under "$d"
        [ -z "$(mounted_under "$d")" ] || { echo "$d still has mounts; not touching it" >&2; exit 1; }
        rm -rf --one-file-system "$d"
    done
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase "$suite" "$root.new" "$archive" >"$root.new.log" 2>&1 ||
        { tail -20 "$root.new.log" >&2; exit 1; }
    {
        echo "deb $archive $suite main"
        if [ "$suite" != testing ]; then
            echo "deb $archive $suite-updates main"
            [ -z "$security" ] || echo "deb $security $suite-security main"
        fi
    } >"$root.new/etc/apt/sources.list"
    # A mirror may serve a snapshot of the archive, whose Release files for
    # testing and the security archive carry a date they are valid until
    # that has passed; this root is for tests only and takes it as it is.
    echo 'Acquire::Check-Valid-Until "false";' >"$root.new/etc/apt/apt.conf.d/50feishu-sso-setup-snapshot"
    touch "$root.new/$stamp"
    mv "$root.new" "$root"
    rm -f "$root.new.log"
    echo "== debootstrap: $(($(date +%s) - started)) s"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

unmount_under "$root"
trap 'unmount_under "$root"' EXIT
mount -t proc proc "$root/proc"
mount -t tmpfs -o mode=1777,size=2g shm "$root/dev/shm"
mkdir -p "$root/src"
mount --bind "$src" "$root/src"

echo "== Debian $release root: $(. "$root/etc/os-release" && echo "$PRETTY_NAME")"
chroot "$root" /usr/bin/env -i \
    HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    CI="${CI:-}" FSS_BUILD_DIR="build-debian-$release" \
    FSS_TEST_SANITIZE=0 FSS_ALSO_WITHOUT_WEBENGINE=0 FSS_DEBUG_INFO=0 "${settings[@]}" \
    bash /src/scripts/setup.sh test
