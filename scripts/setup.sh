#!/usr/bin/env bash
# Sets up a Debian or Ubuntu machine for Feishu SSO Setup, builds it, and then
#   setup.sh run [ARGS...]      starts the wizard (ARGS go to feishu-sso-setup)
#   setup.sh test               runs every test headless: the whole suite built
#                               with ASan+UBSan, the build without QtWebEngine
#                               and its Debian package, a short run of every
#                               fuzz target; on Debian 12 also the whole suite
#                               inside a Debian 13 and a Debian testing root
#                               (debootstrap), so one run proves three Qts
#   setup.sh packages run|test  prints the packages the action needs here, one
#                               per line, and installs nothing
# Supported: Debian 12, Debian 13, Debian testing, Ubuntu 24.04 LTS and
# Ubuntu 26.04 LTS. Installs only the packages that are missing (as root, or
# with sudo), so running it again costs a build check and nothing more.
# Knobs for test: FSS_TEST_SANITIZE=0 (plain build instead; with FSS_DEBUG_INFO=0
# without debugging information),
# FSS_ALSO_WITHOUT_WEBENGINE=0, FSS_FUZZ_SECONDS=N (0 skips; default 10),
# FSS_PACKAGE_TEST=0, FSS_TEST_ROOTS="13 testing" (the Debian roots to prove
# from a Debian 12 machine; empty for none), FSS_ROOTS_DIR=DIR (where they are
# kept, as debian-13 and debian-testing; default /var/cache/feishu-sso-setup).
set -euo pipefail

usage() {
    echo "usage: $0 run [ARGS...] | test | packages run|test" >&2
    exit 2
}
[ $# -ge 1 ] || usage
action=$1
shift
case $action in
run | test) needs=$action ;;
packages)
    [ $# -eq 1 ] || usage
    case $1 in run | test) needs=$1 ;; *) usage ;; esac
    ;;
*) usage ;;
esac

# The system. Debian testing and unstable carry no VERSION_ID.
os_release=${FSS_OS_RELEASE:-/etc/os-release}
[ -r "$os_release" ] && . "$os_release"
system="${PRETTY_NAME:-an unknown system} (from $os_release)"

cd "$(dirname "$0")/.."
build_dir=${FSS_BUILD_DIR:-build}

# What each need takes, in Debian's names. A line "a | b" is one need that
# packages differently between releases: the first name this system's archive
# offers is taken (see choose below), so new releases need no table here. A
# name after "?" is taken where the archive offers it, and left out elsewhere.
# Checked against the archives and their package pages: Debian 12, 13 and
# testing (forky) in 2026-12 by installing them; Ubuntu 24.04 (noble) and
# 26.04 (resolute) on packages.ubuntu.com in 2026-12 (noble ships the SVG
# plugin inside libqt6svg6, as Debian 12 does).
run_needs=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev libgl-dev
    libgcrypt20-dev                          # RS256 checks of ID tokens (end-to-end login)
    zlib1g-dev libqrencode-dev               # the registration link: gzipped addons, its QR code
    qt6-httpserver-dev qt6-websockets-dev    # the sandbox (Debian's HttpServer config needs WebSockets)
    qt6-webengine-dev libqt6webenginecore6-bin   # the login test's embedded browser
    "qt6-svg-plugins | libqt6svg6"           # the SVG icon (Qt's SVG plugin)
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n   # lupdate/lrelease; Qt's own Chinese
    libsecret-1-0                            # QtKeychain loads it at run time to reach the Secret Service
    gnome-keyring dbus                       # a Secret Service, and the session bus it lives on
)
fuzz_needs=(
    clang "libclang-rt-dev | libclang-rt-@CLANG@-dev"   # libFuzzer for tests/fuzz, of clang's own version
)
test_needs=(
    dpkg-dev file appstream desktop-file-utils   # the package: shlibdeps (CPack needs file), metadata checks
    zbar-tools                               # an independent QR decoder reads the wizard's QR code back
    fonts-noto-cjk fonts-droid-fallback      # Chinese measured as operators see it (Noto Sans CJK), and in Android's fallback
    "?mold"                                  # links the tests in a fifth of ld's time, where offered
)

case "${ID:-}:${VERSION_ID:-}" in
debian:12 | debian:13 | debian: | ubuntu:24.04 | ubuntu:26.04) ;;
*)
    all=()
    for need in "${run_needs[@]}" "${test_needs[@]}" "${fuzz_needs[@]}"; do
        need=${need#\?}
        all+=("${need%% |*}")
    done
    {
        echo "setup.sh sets up Debian 12, Debian 13, Debian testing, Ubuntu 24.04 LTS and Ubuntu 26.04 LTS;"
        echo "this machine is $system."
        echo "To build by hand, install these (Debian's names; README's \"Runs on\" has Fedora's and Arch's):"
        echo "${all[*]/@CLANG@/N}" | fmt -w 96 | sed 's/^/  /'
        echo "then: cmake -S . -B build -G Ninja && cmake --build build && build/app/feishu-sso-setup"
    } >&2
    exit 2
    ;;
esac

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
need_root() { # need_root WHAT: sudo must exist when we are not root
    if [ ${#sudo[@]} -gt 0 ] && ! command -v sudo >/dev/null; then
        echo "Run as root or install sudo to $1" >&2
        exit 1
    fi
}

# Whether the archive offers a package (a real one: a purely virtual name
# cannot be installed by itself). The names are read once: asking apt-cache
# name by name took a minute on a busy machine.
offered_names=
read_offered() { offered_names=$(apt-cache pkgnames 2>/dev/null || true); }
offered() { grep -qxF -- "$1" <<<"$offered_names"; }
# The version of clang the archive's clang package stands for (its runtime
# must be the same version).
clang_version() { apt-cache depends clang 2>/dev/null | sed -n 's/^ *Depends: clang-\([0-9][0-9]*\)$/\1/p' | head -1; }
choose() { # choose "a | b": the first candidate the archive offers
    local candidate
    local IFS='|'
    for candidate in $1; do
        candidate=${candidate// /}
        if [[ $candidate == *@CLANG@* ]]; then
            local version
            version=$(clang_version)
            [ -n "$version" ] || continue
            candidate=${candidate/@CLANG@/$version}
        fi
        if offered "$candidate"; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
# The test tools from npm, installed at exactly their locked versions.
npm_projects=(tests/oidc-provider tests/conformance)
npm_stale() { # npm_stale PROJECT: not installed, or installed from an older lock
    [ ! -f "$1/node_modules/.package-lock.json" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]
}
npm_ci_needed() {
    local project
    for project in "${npm_projects[@]}"; do
        npm_stale "$project" && return 0
    done
    return 1
}

roots=
if [ "$needs" = test ] && [ "${ID:-}:${VERSION_ID:-}" = debian:12 ]; then
    roots=${FSS_TEST_ROOTS-13 testing}
fi
wanted=("${run_needs[@]}")
if [ "$needs" = test ]; then
    wanted+=("${test_needs[@]}")
    [ "${FSS_FUZZ_SECONDS:-10}" = 0 ] || wanted+=("${fuzz_needs[@]}")
    # The tests also run an independent OpenID provider and the official
    # SDKs (npm) with the machine's Node.js, or the system's when there is none.
    command -v node >/dev/null || wanted+=(nodejs)
    if ! command -v npm >/dev/null && npm_ci_needed; then
        wanted+=(npm)
    fi
    [ -z "$roots" ] || wanted+=(debootstrap)   # the Debian roots
fi

chosen=()
unknown=()
choose_all() {
    read_offered
    chosen=()
    unknown=()
    local need package
    for need in "${wanted[@]}"; do
        if package=$(choose "${need#\?}"); then
            chosen+=("$package")
        elif [[ $need != \?* ]]; then
            unknown+=("${need//@CLANG@/N}")
        fi
    done
}
choose_all
if [ "$action" = packages ]; then
    printf '%s\n' "${chosen[@]}"
    if [ ${#unknown[@]} -gt 0 ]; then
        echo "not offered by this system's archive (try apt-get update): ${unknown[*]}" >&2
        exit 1
    fi
    exit 0
fi

# How long each part of the test command takes, for CI's budget.
part() { # part NAME: ends the part before (printing its time), starts NAME
    local now
    now=$(date +%s)
    [ -z "${part_name:-}" ] || echo "== ${part_name}: $((now - part_start)) s"
    part_name=$1
    part_start=$now
}

part "missing packages (${PRETTY_NAME:-$system})"
updated=0
if [ ${#unknown[@]} -gt 0 ]; then
    # A fresh system may have no package lists yet.
    need_root "read the package lists (apt-get update)"
    "${sudo[@]}" apt-get update -qq
    updated=1
    choose_all
fi
if [ ${#unknown[@]} -gt 0 ]; then
    echo "This system's archive offers none of: ${unknown[*]}." >&2
    [ "${ID:-}" != ubuntu ] || echo "On Ubuntu they are in \"universe\": sudo add-apt-repository universe" >&2
    exit 1
fi
missing=()
for p in "${chosen[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    need_root "install: ${missing[*]}"
    [ "$updated" = 1 ] || "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

linker=()
if command -v ld.mold >/dev/null; then
    # GNU ld takes most of the time of linking sixty test programs with
    # their debugging information; mold the least (GCC 12+ and Clang know it).
    linker=(-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=mold -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=mold)
fi
configure() { # configure DIR [cmake args…]
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${linker[@]}" "$@" ${FSS_CMAKE_ARGS:-}
}
build() { # build DIR [cmake args…]
    configure "$@"
    cmake --build "$1" --parallel
}

case $action in
run)
    build "$build_dir"
    exec "$build_dir/app/feishu-sso-setup" "$@"
    ;;
test)
    part "oidc-provider and the official SDKs (npm ci)"
    # Exactly the versions in package-lock.json; again only when it changed.
    for npm_project in "${npm_projects[@]}"; do
        if npm_stale "$npm_project"; then
            npm ci --prefix "$npm_project" --no-audit --no-fund --loglevel=error
        fi
    done
    # Our code compiles without a warning on every release (Qt's headers are
    # system headers): the test builds hold it to that.
    strict=-DCMAKE_COMPILE_WARNING_AS_ERROR=ON
    # The whole suite, with AddressSanitizer and UndefinedBehaviorSanitizer.
    part "build of the whole suite (Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'), $(c++ --version | head -1))"
    suite=$build_dir
    if [ "${FSS_TEST_SANITIZE:-1}" = 1 ]; then
        suite=$build_dir-sanitize
        # -O0: GCC takes five times longer to optimise code with sanitizers.
        build "$suite" "$strict" -DFSS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    else
        # FSS_DEBUG_INFO=0 (the newer releases' roots): optimised without
        # debugging information, which nobody reads there; GCC builds the
        # suite in about two thirds of the time.
        debug_info=()
        [ "${FSS_DEBUG_INFO:-1}" = 1 ] || debug_info=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG")
        build "$suite" "$strict" "${debug_info[@]}"
    fi
    part "the whole suite (ctest)"
    # One test per core at a time: each has its own session bus, keyring,
    # profiles and loopback ports (half the time on two cores).
    ctest --test-dir "$suite" --output-on-failure --timeout 300 --parallel "$(nproc)"
    echo "tests run: $(ctest --test-dir "$suite" -N | sed -n 's/^Total Tests: //p')"
    # The build for platforms without QtWebEngine (system browser and a
    # loopback listener), optimised: the tests of the wizard and the
    # executable, which is what differs (label "ui"), and what the package
    # installs (the program and the icon theme's sizes).
    package_build=
    [ "${FSS_TEST_SANITIZE:-1}" = 1 ] || package_build=$suite
    if [ "${FSS_ALSO_WITHOUT_WEBENGINE:-1}" = 1 ]; then
        part "build without QtWebEngine and its ui tests"
        # Optimised without debugging information, which nobody reads here:
        # GCC builds it in about two thirds of the time.
        configure "$build_dir-nowebengine" "$strict" -DFSS_WITH_WEBENGINE=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG"
        cmake --build "$build_dir-nowebengine" --parallel --target ui_tests fss_icon_theme
        ctest --test-dir "$build_dir-nowebengine" -L ui --output-on-failure --timeout 300 --parallel "$(nproc)"
        package_build=$build_dir-nowebengine
    fi
    # The Debian package from an optimised build: install, run, remove.
    if [ "${FSS_PACKAGE_TEST:-1}" = 1 ] && [ -n "$package_build" ]; then
        part "Debian package"
        tests/package-test.sh "$package_build"
    fi
    # Every parser of outside data under libFuzzer, briefly (scripts/fuzz.sh
    # runs longer).
    if [ "${FSS_FUZZ_SECONDS:-10}" != 0 ]; then
        part "fuzz targets (build with $(clang --version | head -1), and run)"
        CC=clang CXX=clang++ build "$build_dir-fuzz" "$strict" -DFSS_FUZZ=ON
        ./scripts/fuzz.sh "$build_dir-fuzz" "${FSS_FUZZ_SECONDS:-10}"
    fi
    # Newer Debian releases from this Debian 12 machine, each in its root.
    for release in $roots; do
        part "Debian $release root (all of it)"
        need_root "make and enter the Debian $release root"
        "${sudo[@]}" ./scripts/debian-root.sh "$release" "${FSS_ROOTS_DIR:-/var/cache/feishu-sso-setup}/debian-$release"
    done
    part ""
    ;;
esac
