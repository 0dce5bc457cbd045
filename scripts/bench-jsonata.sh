#!/usr/bin/env bash
# The JSONata benchmark: times the expressions of bench/jsonata/cases.json on
# bench/jsonata/data.json with the native engine (core/jsonata) and with the reference
# implementation (npm jsonata, pinned by bench/jsonata/package-lock.json), checks that both
# agree, and prints per-expression times and ratios. Usage: scripts/bench-jsonata.sh
# [--min-ms N] [--rounds N] (per round, each expression repeats for at least N ms; the best of
# the rounds counts; defaults 200 and 3). Exit status 1 when a result differs or native is
# not faster on some expression.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

ensure_native_toolchain
ensure_node
build="${ASL_BENCH_BUILD_DIR:-build-bench}"
configure_native "$build" -DASL_BUILD_TESTS=OFF -DASL_BUILD_BENCH=ON
cmake --build "$build" -j"$(jobs_count)" --target jsonata_bench
if [ ! -d bench/jsonata/node_modules/jsonata ]; then
  (cd bench/jsonata && npm ci --no-audit --no-fund --silent)
fi

native="$(mktemp)"
trap 'rm -f "$native"' EXIT
"$build/bench/jsonata_bench" bench/jsonata "$@" >"$native"
node bench/jsonata/compare.mjs "$native" "$@"
