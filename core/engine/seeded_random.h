// Deterministic randomness for one execution: UUIDs, States.MathRandom, retry jitter.
//
// xoshiro256** (Blackman & Vigna) seeded through splitmix64, so a seed replays a run exactly,
// natively and in WebAssembly alike.
#ifndef ASL_CORE_ENGINE_SEEDED_RANDOM_H_
#define ASL_CORE_ENGINE_SEEDED_RANDOM_H_

#include <cstdint>
#include <string>

#include "core/intrinsics/random_source.h"

namespace asl::engine {

class SeededRandom : public intrinsics::RandomSource {
 public:
  explicit SeededRandom(uint64_t seed = 0);

  uint64_t Next() override { return NextU64(); }

  uint64_t NextU64();
  // Uniform in [0, 1).
  double NextDouble();
  // Uniform in [low, high] (inclusive); `low` when high <= low.
  int64_t NextInRange(int64_t low, int64_t high);
  // A random (version 4, variant 1) UUID in lowercase 8-4-4-4-12 form.
  std::string NextUuid();
  // The same UUID written over `out` (which keeps its buffer: a string that held one before
  // takes the next without allocating).
  void NextUuid(std::string& out);

 private:
  uint64_t state_[4];
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_SEEDED_RANDOM_H_
