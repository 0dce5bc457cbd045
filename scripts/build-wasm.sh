#!/usr/bin/env bash
# Builds the WebAssembly module with Emscripten and puts it into the npm package
# (wasm/js/dist/). Installs whatever is missing; safe to run twice; incremental.
# Usage: scripts/build-wasm.sh [BUILD_DIR]   (default build-wasm)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh
source scripts/lib/wasm.sh

ensure_wasm_toolchain
build_wasm "${1:-build-wasm}"
install_wasm_dist "${1:-build-wasm}" wasm/js/dist
