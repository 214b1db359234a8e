#!/usr/bin/env bash
# Proves Debian 13 (Qt 6.8, QtKeychain 0.15) from a Debian 12 machine: runs
# `setup.sh test` inside a Debian 13 root — the whole suite with QtWebEngine
# (not sanitized), the Debian package and the fuzz targets, briefly.
#   debian13-root.sh ROOT     (as root; setup.sh test calls it)
# The root is made with debootstrap from the Debian archive this machine's
# apt already uses, once, and kept in ROOT for the next run: a root that was
# not finished is made again. /proc and /dev/shm (Chromium needs both) and
# the source tree are mounted for the run and unmounted on any exit.
set -euo pipefail
root=${1:?usage: debian13-root.sh ROOT}
src=$(cd "$(dirname "$0")/.." && pwd)
suite=trixie
stamp=.feishu-sso-setup-root

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
    echo "Making a Debian 13 root in $root (debootstrap $suite from $archive)"
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
        echo "deb $archive $suite-updates main"
        [ -z "$security" ] || echo "deb $security $suite-security main"
    } >"$root.new/etc/apt/sources.list"
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

echo "== Debian 13 root: $(. "$root/etc/os-release" && echo "$PRETTY_NAME")"
chroot "$root" /usr/bin/env -i \
    HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    CI="${CI:-}" FSS_BUILD_DIR=build-debian13 \
    FSS_TEST_SANITIZE=0 FSS_ALSO_WITHOUT_WEBENGINE=0 FSS_FUZZ_SECONDS="${FSS_DEBIAN13_FUZZ_SECONDS:-2}" \
    bash /src/scripts/setup.sh test
