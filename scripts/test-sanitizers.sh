#!/usr/bin/env bash
# The README's test command under AddressSanitizer + UndefinedBehaviorSanitizer (with
# LeakSanitizer): builds the whole native tree with a sanitizer preset and runs every CTest
# test there. Any sanitizer report fails its test. Safe to run twice.
#
# Usage: scripts/test-sanitizers.sh [CTEST ARGS...]     e.g. scripts/test-sanitizers.sh -R path_
#   ASL_SANITIZER_PRESET=asan (default): gcc, the "asan" preset, build-asan/.
#   ASL_SANITIZER_PRESET=fuzz: clang, the "fuzz" preset, build-fuzz/ (shares the fuzzers' build).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

preset="${ASL_SANITIZER_PRESET:-asan}"
case "$preset" in
  asan) build=build-asan ;;
  fuzz) build=build-fuzz ;;
  *) echo "error: ASL_SANITIZER_PRESET must be asan or fuzz, not $preset" >&2; exit 2 ;;
esac

ensure_native_toolchain
[ "$preset" = fuzz ] && ensure_apt_packages clang libclang-rt-14-dev
[ -f "$build/CMakeCache.txt" ] || cmake --preset "$preset" >/dev/null
cmake --build "$build" -j"$(jobs_count)"

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build" --output-on-failure -j"$(jobs_count)" "$@"
