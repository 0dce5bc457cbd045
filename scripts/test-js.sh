#!/usr/bin/env bash
# Builds the WebAssembly package and runs its tests (node --test in wasm/js): the API, the Node
# CLI against the native golden files, robustness and the .wasm size budget. Cases that compare
# with the native CLI use $ASL_NATIVE_CLI, else build/bin/asl (brought up to date when build/ is
# configured), and are skipped with a notice when there is none. Safe to run twice.
# Usage: scripts/test-js.sh
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/setup.sh

scripts/build-wasm.sh
if [ -z "${ASL_NATIVE_CLI:-}" ] && [ -f build/build.ninja ]; then
  # The native CLI the tests compare with must be built from the same tree.
  cmake --build build --target asl -j"$(jobs_count)" >/dev/null
  export ASL_NATIVE_CLI="$PWD/build/bin/asl"
fi
cd wasm/js
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
node --test
