#!/usr/bin/env bash
# Benchmarks the asl-wasm package against aws-local-stepfunctions (npm) on the eight engine
# workloads, alternately in one process, checking both outputs (bench/peer/bench.mjs). Builds the
# WebAssembly module and installs the peer (npm ci in bench/peer) first; safe to run twice.
# Usage: scripts/bench-peer.sh [--rounds N] [WORKLOAD...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

scripts/build-wasm.sh
cd bench/peer
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
node bench.mjs "$@"
