#!/usr/bin/env bash
# Sets up everything that is missing, then runs every test: the C++ unit tests and the
# conformance suites (CTest), the benchmark workload generator's checks, the WebAssembly
# package's contract tests (node --test), and the playground's end-to-end tests (Playwright
# with Debian's Chromium). Safe to run twice. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

ensure_native_toolchain
ensure_node
configure_native build
cmake --build build -j"$(jobs_count)"
ctest --test-dir build --output-on-failure -j"$(jobs_count)"

echo "== Benchmark workload generator (node --test)"
node --test bench/workloads/

echo "== WebAssembly package (node --test)"
bash scripts/test-js.sh

echo "== Playground end to end (Playwright)"
bash scripts/test-e2e.sh
