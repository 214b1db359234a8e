#!/usr/bin/env bash
# Runs a test in a throwaway home with one of these keychain situations:
#   session.sh keyring CMD...    a private D-Bus session with its own unlocked
#                                gnome-keyring (a real Secret Service)
#   session.sh locked CMD...     that keyring locked, with no way to show the
#                                prompt that unlocks it (as when a user
#                                dismisses the prompt)
#   session.sh no-service CMD... a session bus on which nothing provides the
#                                Secret Service
#   session.sh no-bus CMD...     no session bus at all, as on a bare server
# The user's own keyrings and configuration are never touched.
set -euo pipefail
mode=$1
shift

scratch=$(mktemp -d "${TMPDIR:-/tmp}/fss-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export FSS_TEST_SESSION=$mode
# QtWebEngine's Chromium refuses to run as root with its sandbox on; only
# tests do this, and only as root. No background traffic to Google's hosts.
if [ "$(id -u)" = 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-background-networking --disable-component-update"
# Desktop hints would steer QtKeychain towards KWallet.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION DISPLAY WAYLAND_DISPLAY

# A gnome-keyring with an unlocked login keyring, for a bash -c script. A
# non-empty password: gnome-keyring stores a keyring with an empty one
# unencrypted, which would defeat the tests that scan for secrets on disk.
start_keyring='printf %s fss-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null'

case $mode in
keyring)
    dbus-run-session -- bash -c "$start_keyring"'
        "$@"' session "$@"
    ;;
locked)
    # The first daemon makes the login keyring with a password; the second
    # finds it on disk, locked, and without a display cannot show the prompt
    # that would unlock it.
    dbus-run-session -- bash -c "$start_keyring"'
        for _ in $(seq 50); do [ -f "$XDG_DATA_HOME/keyrings/login.keyring" ] && break; sleep 0.1; done
        gnome-keyring-daemon --replace --daemonize --components=secrets >/dev/null
        "$@"' session "$@"
    ;;
no-service)
    # A session bus without service directories: nothing is activated on it.
    config="$scratch/session.conf"
    printf '%s\n' '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"' \
        ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">' \
        '<busconfig><type>session</type>' "<listen>unix:tmpdir=$scratch</listen>" \
        '<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>' >"$config"
    dbus-run-session --config-file="$config" -- "$@"
    ;;
no-bus)
    unset DBUS_SESSION_BUS_ADDRESS
    "$@"
    ;;
*)
    echo "usage: $0 keyring|locked|no-service|no-bus COMMAND..." >&2
    exit 2
    ;;
esac
