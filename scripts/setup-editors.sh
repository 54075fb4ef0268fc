#!/usr/bin/env bash
# Installs what the real-editor tests need, idempotently (a second run does nothing and takes a second):
#  - Debian packages: chromium (driven by playwright-core), neovim (test:nvim), ripgrep, and the headers that
#    code-server's native modules build against;
#  - code-server 4.100.3 (the newest whose engines accept Node 20) into a cache folder outside node_modules:
#    .cache/code-server (override with CODE_SERVER_CACHE), not a dependency of the project.
# Used by .ci/run; run it by hand before `npm run test:editor` / `npm run test:nvim` on a new machine.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
CACHE="${CODE_SERVER_CACHE:-$PWD/.cache/code-server}"
APT_PACKAGES=(chromium neovim ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config make g++ python3)

fail() { echo "setup-editors: $*" >&2; exit 1; }
step() { echo "setup-editors: $*"; }

# --- Debian packages (apt-get update once, only when something is missing) ---
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  command -v apt-get >/dev/null || fail "apt-get not found; install these Debian packages by hand: ${missing[*]}"
  SUDO=()
  [ "$(id -u)" = 0 ] || SUDO=(sudo)
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  : >/tmp/setup-editors-apt.log
  # One apt-get update per machine and hour is enough (.ci/run may have run one for its own packages).
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -60 2>/dev/null | head -n 1)" ]; then
    "${SUDO[@]}" apt-get update -qq >>/tmp/setup-editors-apt.log 2>&1 || fail "apt-get update failed (see /tmp/setup-editors-apt.log)"
  fi
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >>/tmp/setup-editors-apt.log 2>&1 \
    || fail "apt-get install ${missing[*]} failed (see /tmp/setup-editors-apt.log)"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing after installing the Debian package chromium"
command -v nvim >/dev/null || fail "nvim is missing after installing the Debian package neovim"
RG="$(command -v rg)" || fail "rg is missing after installing the Debian package ripgrep"

# --- code-server into the cache folder ---
CODE_SERVER="$CACHE/node_modules/.bin/code-server"
installed_version() { node -p "require('$CACHE/node_modules/code-server/package.json').version" 2>/dev/null || true; }
if [ -x "$CODE_SERVER" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] \
  && [ -e "$CACHE/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  step "code-server $CODE_SERVER_VERSION already in $CACHE"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads a ripgrep archive from the internet, which is not reachable here. It
# uses an archive found in its download cache instead: put one there holding Debian's rg at its top level.
tmp="${TMPDIR:-/tmp}"
rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
rg_archive="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_archive" ]; then
  mkdir -p "$rg_cache"
  stage="$(mktemp -d)"
  cp "$RG" "$stage/rg"
  tar -czf "$rg_archive" -C "$stage" rg
  rm -rf "$stage"
fi

step "npm install code-server@$CODE_SERVER_VERSION into $CACHE (about 90 s)"
mkdir -p "$CACHE"
log="$CACHE/install.log"
# The cache is its own little npm project, so that code-server never lands in the project's node_modules.
[ -f "$CACHE/package.json" ] || echo '{ "name": "code-server-cache", "private": true }' >"$CACHE/package.json"
start=$SECONDS
if ! npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
  npm install --prefix "$CACHE" --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" --foreground-scripts >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  fail "npm install code-server@$CODE_SERVER_VERSION failed (full log: $log)"
fi
[ -x "$CODE_SERVER" ] || fail "code-server installed but $CODE_SERVER is missing (log: $log)"
step "code-server $(installed_version) installed in $((SECONDS - start)) s"
