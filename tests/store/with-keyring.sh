#!/bin/sh
# Runs a command inside its own D-Bus session with a fresh, unlocked GNOME keyring, so the
# keychain test exercises the real Secret Service without touching the user's own keyring.
# The keyring daemon runs in the foreground and is stopped afterwards: nothing outlives the command.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# WITH_KEYRING_DATA_HOME, when set, is used as XDG_DATA_HOME instead of a scratch folder (the
# screenshot script reads the program's loopback certificate from there).
export XDG_DATA_HOME="${WITH_KEYRING_DATA_HOME:-$scratch/data}" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf "test-keyring-password" \
        | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    for _ in $(seq 1 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true" && break
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$keyring" 2>/dev/null || true
    wait "$keyring" 2>/dev/null || true
    exit "$status"' keyring "$@"
