// The libFuzzer entry point of one target, chosen at compile time by ASL_FUZZ_TARGET
// (a function declared in fuzz_targets.h).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  asl::fuzz::ASL_FUZZ_TARGET(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
