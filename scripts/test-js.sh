#!/usr/bin/env bash
# Builds the WebAssembly package and runs its tests (node --test in wasm/js): the API, the Node
# CLI against the native golden files, robustness and the .wasm size budget. Cases that compare
# with the native CLI use build/bin/asl (or $ASL_NATIVE_CLI) and are skipped with a notice
# when it is not built. Safe to run twice. Usage: scripts/test-js.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build-wasm.sh
if [ -z "${ASL_NATIVE_CLI:-}" ] && [ -x build/bin/asl ]; then
  export ASL_NATIVE_CLI="$PWD/build/bin/asl"
fi
cd wasm/js
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
node --test
