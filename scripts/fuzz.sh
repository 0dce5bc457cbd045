#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ (ASan + UBSan + coverage), seeds
# their corpora from tests/fuzz/seeds, examples/ and ../shared/conformance (when present),
# and runs each target for a fixed number of executions, then prints a summary table.
# Crash, leak and timeout inputs land in build-fuzz/fuzz-artifacts/<target>/; commit each one
# under tests/fuzz/regressions/<target>/ so that fuzz_regression_test replays it in CTest.
#
# Usage: scripts/fuzz.sh [EXECUTIONS] [TARGET...]
#   EXECUTIONS  per target (default 1000000); TARGET among json path intrinsics jsonata
#               pipeline (default: all). FUZZ_JOBS=N runs N targets at a time (default 1);
#               FUZZ_NO_BUILD=1 runs the fuzzers already built; FUZZ_KEEP_GOING=1 runs in
#               libFuzzer's fork mode, which records crashes and timeouts and goes on (to
#               fuzz past a known bug until it is fixed); FUZZ_TIMEOUT=S is the seconds one
#               input may take before it counts as a hang (default 10; raise it when the
#               machine is busy with other work, which slows the instrumented build several-fold).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

runs="${1:-1000000}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(json path intrinsics jsonata pipeline)
jobs="${FUZZ_JOBS:-1}"

ensure_native_toolchain
ensure_apt_packages clang libclang-rt-14-dev python3

build=build-fuzz
if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  # Configured once from the preset; later runs rebuild what changed.
  [ -f "$build/CMakeCache.txt" ] || cmake --preset fuzz >/dev/null
  cmake --build "$build" -j"$(jobs_count)" --target $(printf 'fuzz_%s ' "${targets[@]}")
fi

corpus="$build/fuzz-corpus"
python3 tests/fuzz/make_corpus.py "$corpus" "${ASL_CONFORMANCE_DIR:-../shared/conformance}"

# Per-target input size: definitions and documents are larger than paths and expressions.
max_len() {
  case "$1" in
    json | pipeline) echo 16384 ;;
    intrinsics) echo 4096 ;;
    *) echo 2048 ;;
  esac
}

run_target() {
  local target="$1"
  local work="$build/fuzz-work/$target"
  local artifacts="$build/fuzz-artifacts/$target/"
  mkdir -p "$work" "$artifacts"
  local start end
  local keep_going=()
  [ -n "${FUZZ_KEEP_GOING:-}" ] && keep_going=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  start=$(date +%s)
  touch "$build/fuzz-$target.started"  # Findings of this run are the artifacts newer than it.
  # -timeout: seconds for one input (the JSONata and engine limits end work long before);
  # -rss_limit_mb: memory for the whole process; detect_leaks: LeakSanitizer after each run.
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/tests/fuzz/fuzz_$target" "$work" "$corpus/$target" \
    -runs="$runs" -max_len="$(max_len "$target")" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
    -malloc_limit_mb=1024 -print_final_stats=1 -artifact_prefix="$artifacts" "${keep_going[@]}" \
    >"$build/fuzz-$target.log" 2>&1 || true
  end=$(date +%s)
  echo "$((end - start))" >"$build/fuzz-$target.seconds"
}

pids=()
for target in "${targets[@]}"; do
  echo "== fuzz_$target: $runs executions (log: $build/fuzz-$target.log)"
  run_target "$target" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}"
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid"; done

status=0
printf '\n%-12s %12s %8s %10s %8s %6s\n' target executions seconds exec/s crashes slow
for target in "${targets[@]}"; do
  log="$build/fuzz-$target.log"
  seconds=$(cat "$build/fuzz-$target.seconds")
  # Fork mode prints "#N: cov: ..." lines (and its children's final stats); otherwise the
  # final stats are the process's own.
  execs=$(sed -n 's/^#\([0-9]*\): cov:.*/\1/p' "$log" | tail -1)
  if [ -n "$execs" ]; then
    speed=$((execs / (seconds > 0 ? seconds : 1)))
  else
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  fi
  # Crashes, leaks, hangs and out-of-memory inputs fail the run; slow units (over 10 s, below
  # the timeout) are only counted.
  findings() {
    find "$build/fuzz-artifacts/$target" -type f -newer "$build/fuzz-$target.started" "$@" | wc -l
  }
  crashes=$(findings \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \))
  slow=$(findings -name 'slow-unit-*')
  printf '%-12s %12s %8s %10s %8s %6s\n' "$target" "${execs:-?}" "$seconds" "${speed:-?}" "$crashes" "$slow"
  if [ "$crashes" -ne 0 ] || [ -z "$execs" ]; then status=1; fi
  if [ -n "$execs" ] && [ "$execs" -lt "$runs" ]; then
    echo "fuzz_$target stopped after $execs of $runs executions." >&2
    status=1
  fi
done
[ "$status" -eq 0 ] || echo "Findings: see $build/fuzz-artifacts/ and the logs above." >&2
exit "$status"
