#!/usr/bin/env bash
# Sets up everything that is missing, then runs every test: the C++ unit tests and the
# conformance suites (CTest), and the benchmark workload generator's checks (node --test).
# Safe to run twice. Usage: scripts/test.sh
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
