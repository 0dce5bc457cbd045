// Randomness for States.UUID and States.MathRandom without a seed. The engine passes one
// seeded source per execution, so that a run replays exactly.
#ifndef ASL_CORE_INTRINSICS_RANDOM_SOURCE_H_
#define ASL_CORE_INTRINSICS_RANDOM_SOURCE_H_

#include <cstdint>

namespace asl::intrinsics {

class RandomSource {
 public:
  virtual ~RandomSource() = default;
  // 64 uniformly distributed bits.
  virtual uint64_t Next() = 0;
};

// SplitMix64: a small, fast, seedable generator (Steele, Lea, Flood 2014).
class SeededRandom : public RandomSource {
 public:
  explicit SeededRandom(uint64_t seed) : state_(seed) {}
  uint64_t Next() override {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

 private:
  uint64_t state_;
};

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_RANDOM_SOURCE_H_
