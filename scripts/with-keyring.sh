#!/usr/bin/env bash
# Run a command against a real, private Secret Service: a throw-away D-Bus session bus
# with a freshly created, unlocked gnome-keyring whose files live in a temp dir.
# Why: the keychain adapter must be tested against the real libsecret/D-Bus path, and
# the operator's own keyring must never be touched (HOME and XDG_* point at the temp dir).
#
#   scripts/with-keyring.sh npx vitest run --project keychain
#
# Inside the command: WITH_KEYRING_ROOT is the temp dir (tests scan it for leaked secrets),
# WITH_KEYRING_REAL_HOME is the caller's HOME (for tools that need their caches).
set -euo pipefail

if [[ "${1:-}" == "--inside-session" ]]; then
  shift
  # A random password for a keyring that lives only as long as this run.
  password="$(head -c 24 /dev/urandom | base64)"
  # --unlock reads the password from stdin, creates the 'login' collection on first use and
  # unlocks it; the daemon prints GNOME_KEYRING_CONTROL=... which we export.
  eval "$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets | sed 's/^/export /')"
  unset password
  # Wait until the daemon owns org.freedesktop.secrets on this bus (it registers asynchronously).
  for _ in $(seq 1 50); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
      break
    fi
    sleep 0.1
  done
  status=0
  "$@" || status=$?
  # The daemon is a child of this session; dbus-run-session ends the bus, which stops it.
  exit "$status"
fi

for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
  command -v "$tool" >/dev/null || { echo "with-keyring: '$tool' not found (apt-get install gnome-keyring dbus-x11 libsecret-tools)" >&2; exit 127; }
done
[[ $# -gt 0 ]] || { echo "usage: $0 <command> [args...]" >&2; exit 64; }

root="$(mktemp -d "${TMPDIR:-/tmp}/with-keyring.XXXXXX")"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
chmod 700 "$root/runtime"

export WITH_KEYRING_ROOT="$root"
export WITH_KEYRING_REAL_HOME="${HOME:-}"
# npm/npx keep their cache under HOME; keep using the real one so `npx` needs no network.
export npm_config_cache="${npm_config_cache:-${HOME:-$root/home}/.npm}"
export npm_config_update_notifier=false
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
  XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

status=0
dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@" || status=$?
exit "$status"
