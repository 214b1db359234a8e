#!/usr/bin/env bash
# Sets up a Debian 12 or Debian 13 machine for Feishu SSO Setup, builds it,
# and then
#   setup.sh run [ARGS...]  starts the wizard (ARGS go to feishu-sso-setup)
#   setup.sh test           runs every test headless: the whole suite built
#                           with ASan+UBSan, the build without QtWebEngine and
#                           its Debian package, a short run of every fuzz
#                           target; on Debian 12 also the whole suite inside a
#                           Debian 13 root (debootstrap), so one run proves both
# Installs only the Debian packages that are missing (as root, or with sudo),
# so running it again costs a build check and nothing more.
# Knobs for test: FSS_TEST_SANITIZE=0 (plain build instead),
# FSS_ALSO_WITHOUT_WEBENGINE=0, FSS_FUZZ_SECONDS=N (0 skips; default 10),
# FSS_PACKAGE_TEST=0, FSS_TEST_DEBIAN13=0 (no Debian 13 root),
# FSS_DEBIAN13_ROOT=DIR (default /var/cache/feishu-sso-setup/debian-13).
set -euo pipefail

usage() {
    echo "usage: $0 run [ARGS...] | test" >&2
    exit 2
}
[ $# -ge 1 ] || usage
action=$1
shift
case $action in run | test) ;; *) usage ;; esac

cd "$(dirname "$0")/.."
build_dir=${FSS_BUILD_DIR:-build}

# The release decides the package names that differ between releases.
os_release=${FSS_OS_RELEASE:-/etc/os-release}
[ -r "$os_release" ] && . "$os_release"
case "${ID:-}:${VERSION_ID:-}" in
debian:12) clang_runtime=libclang-rt-14-dev svg_plugins=libqt6svg6 ;;
debian:13) clang_runtime=libclang-rt-19-dev svg_plugins=qt6-svg-plugins ;;
*)
    echo "setup.sh supports Debian 12 (bookworm) and Debian 13 (trixie);" \
        "this machine is ${PRETTY_NAME:-not Debian} (from $os_release)." >&2
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

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev libgl-dev
    libgcrypt20-dev     # RS256 checks of ID tokens (end-to-end login)
    zlib1g-dev libqrencode-dev   # the registration link: gzipped addons, its QR code
    qt6-httpserver-dev qt6-websockets-dev   # the sandbox (Debian's HttpServer config needs WebSockets)
    qt6-webengine-dev libqt6webenginecore6-bin   # the login test's embedded browser
    "$svg_plugins"      # the SVG icon (Qt's SVG plugins)
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n   # lupdate/lrelease; Qt's own Chinese
    libsecret-1-0       # QtKeychain loads it at run time to reach the Secret Service
    gnome-keyring dbus  # a Secret Service, and the session bus it lives on
)

if [ "$action" = test ]; then
    packages+=(clang "$clang_runtime")   # libFuzzer for tests/fuzz
    packages+=(dpkg-dev file appstream desktop-file-utils)   # the package: shlibdeps (CPack needs file), metadata checks
    packages+=(zbar-tools)   # an independent QR decoder reads the wizard's QR code back
    # The tests also run an independent OpenID provider (npm's
    # oidc-provider) with the machine's Node.js, or Debian's when there is none.
    command -v node >/dev/null || packages+=(nodejs npm)
    if [ "$VERSION_ID" = 12 ] && [ "${FSS_TEST_DEBIAN13:-1}" = 1 ]; then
        packages+=(debootstrap)   # the Debian 13 root
    fi
fi

# How long each part of the test command takes, for CI's budget.
part() { # part NAME: ends the part before (printing its time), starts NAME
    local now
    now=$(date +%s)
    [ -z "${part_name:-}" ] || echo "== ${part_name}: $((now - part_start)) s"
    part_name=$1
    part_start=$now
}

part "missing Debian packages"
missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    need_root "install: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

configure() { # configure DIR [cmake args…]
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" ${FSS_CMAKE_ARGS:-}
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
    for npm_project in tests/oidc-provider tests/conformance; do
        if [ ! -f "$npm_project/node_modules/.package-lock.json" ] || [ "$npm_project/package-lock.json" -nt "$npm_project/node_modules/.package-lock.json" ]; then
            npm ci --prefix "$npm_project" --no-audit --no-fund --loglevel=error
        fi
    done
    # Our code compiles without a warning on every release (Qt's headers are
    # system headers): the test builds hold it to that.
    strict=-DCMAKE_COMPILE_WARNING_AS_ERROR=ON
    # The whole suite, with AddressSanitizer and UndefinedBehaviorSanitizer.
    part "build of the whole suite (Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'))"
    suite=$build_dir
    if [ "${FSS_TEST_SANITIZE:-1}" = 1 ]; then
        suite=$build_dir-sanitize
        # -O0: GCC takes five times longer to optimise code with sanitizers.
        build "$suite" "$strict" -DFSS_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    else
        build "$suite" "$strict"
    fi
    part "the whole suite (ctest)"
    ctest --test-dir "$suite" --output-on-failure --timeout 300
    # The build for platforms without QtWebEngine (system browser and a
    # loopback listener), optimised: the tests of the wizard and the
    # executable, which is what differs (label "ui").
    package_build=
    [ "${FSS_TEST_SANITIZE:-1}" = 1 ] || package_build=$suite
    if [ "${FSS_ALSO_WITHOUT_WEBENGINE:-1}" = 1 ]; then
        part "build without QtWebEngine and its ui tests"
        configure "$build_dir-nowebengine" "$strict" -DFSS_WITH_WEBENGINE=OFF
        cmake --build "$build_dir-nowebengine" --parallel --target ui_tests
        ctest --test-dir "$build_dir-nowebengine" -L ui --output-on-failure --timeout 300
        cmake --build "$build_dir-nowebengine" --parallel
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
        part "fuzz targets (build and run)"
        CC=clang CXX=clang++ build "$build_dir-fuzz" "$strict" -DFSS_FUZZ=ON
        ./scripts/fuzz.sh "$build_dir-fuzz" "${FSS_FUZZ_SECONDS:-10}"
    fi
    # Debian 13 (Qt 6.8, QtKeychain 0.15) from this Debian 12 machine.
    if [ "$VERSION_ID" = 12 ] && [ "${FSS_TEST_DEBIAN13:-1}" = 1 ]; then
        part "Debian 13 root (all of it)"
        need_root "make and enter the Debian 13 root"
        "${sudo[@]}" ./scripts/debian13-root.sh "${FSS_DEBIAN13_ROOT:-/var/cache/feishu-sso-setup/debian-13}"
    fi
    part ""
    ;;
esac
