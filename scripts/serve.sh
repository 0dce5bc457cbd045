#!/usr/bin/env bash
# Sets up what is missing (Node.js and npm, the WebAssembly toolchain through
# scripts/build-wasm.sh, the site's npm packages), builds the WebAssembly module and the
# playground into web/dist, and serves it on http://localhost:${PORT:-8080} with the first
# example preloaded. Safe to run twice.
# Usage: scripts/serve.sh [--build-only]     PORT=9000 scripts/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

# npm_ci_once DIR: `npm ci` in DIR unless its node_modules already matches package-lock.json.
npm_ci_once() {
  local dir="$1" stamp="$1/node_modules/.installed-lock"
  if [ -f "$stamp" ] && cmp -s "$dir/package-lock.json" "$stamp"; then
    return 0
  fi
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp "$dir/package-lock.json" "$stamp"
}

ensure_node
bash scripts/build-wasm.sh

npm_ci_once web
node web/build.mjs

if [ "${1:-}" = "--build-only" ]; then
  exit 0
fi
echo "ASL Playground: open http://localhost:${PORT:-8080}/ (Ctrl+C stops)"
exec node web/serve.mjs --port "${PORT:-8080}" --host "${HOST:-127.0.0.1}"
