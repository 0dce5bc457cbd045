#include <string_view>

#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {

namespace {

constexpr Target kTargets[] = {
    {"json", &FuzzJson},       {"path", &FuzzPath},         {"intrinsics", &FuzzIntrinsics},
    {"jsonata", &FuzzJsonata}, {"pipeline", &FuzzPipeline},
};

}  // namespace

const Target* FindTarget(std::string_view name) {
  for (const Target& target : kTargets) {
    if (name == target.name) return &target;
  }
  return nullptr;
}

const Target* AllTargets(size_t* count) {
  *count = sizeof(kTargets) / sizeof(kTargets[0]);
  return kTargets;
}

}  // namespace asl::fuzz
