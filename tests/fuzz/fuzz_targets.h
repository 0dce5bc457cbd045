// The bodies of the fuzz targets, shared by the libFuzzer entry points (fuzz_main.cc, built
// with -DASL_BUILD_FUZZERS=ON under clang) and the regression test that replays committed
// inputs in every build (regression_test.cc). Each takes arbitrary bytes, must return
// without crashing, hanging or leaking, and traps (__builtin_trap) when an invariant the
// module promises is broken, so that the fuzzer reports it.
#ifndef ASL_TESTS_FUZZ_FUZZ_TARGETS_H_
#define ASL_TESTS_FUZZ_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace asl::fuzz {

using TargetFunction = void (*)(std::string_view data);

struct Target {
  const char* name;  // Also the directory of its seeds and regressions.
  TargetFunction run;
};

// JSON text: json::Parse with the source map, then Serialize and re-parse (round trip),
// and every recorded span converted to a line/column range.
void FuzzJson(std::string_view data);
// A JSONPath: Path::Parse, evaluation on a fixed document, CheckPath, CheckReferencePath.
void FuzzPath(std::string_view data);
// An intrinsic call or payload template: parse, check, evaluate on a fixed environment.
void FuzzIntrinsics(std::string_view data);
// A JSONata expression, optionally followed by NUL and a JSON input: compile, evaluate.
void FuzzJsonata(std::string_view data);
// DEFINITION [NUL INPUT [NUL MOCKS]]: api::Validate, then api::Run with the mock table.
void FuzzPipeline(std::string_view data);

// The targets above, by name: json, path, intrinsics, jsonata, pipeline.
const Target* FindTarget(std::string_view name);
const Target* AllTargets(size_t* count);

// Splits `data` at the first NUL: the part before, and the part after (empty when absent).
void SplitAtNul(std::string_view data, std::string_view* head, std::string_view* tail);

}  // namespace asl::fuzz

#endif  // ASL_TESTS_FUZZ_FUZZ_TARGETS_H_
