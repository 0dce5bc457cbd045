#include "core/engine/seeded_random.h"

#include <array>
#include <cstring>

namespace asl::engine {
namespace {

uint64_t SplitMix64(uint64_t* x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t RotateLeft(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// The two lowercase hex digits of every byte value, at 2 * byte.
constexpr auto kHexPairs = [] {
  std::array<char, 512> pairs{};
  constexpr char kHex[] = "0123456789abcdef";
  for (int byte = 0; byte < 256; ++byte) {
    pairs[2 * byte] = kHex[byte >> 4];
    pairs[2 * byte + 1] = kHex[byte & 0xF];
  }
  return pairs;
}();

// Writes the 16 lowercase hex digits of `word`, most significant first, to `out`.
void HexDigits(uint64_t word, char* out) {
  for (int byte = 0; byte < 8; ++byte) {
    const unsigned bits = static_cast<unsigned>(word >> (56 - 8 * byte)) & 0xFF;
    std::memcpy(out + 2 * byte, &kHexPairs[2 * bits], 2);
  }
}

}  // namespace

SeededRandom::SeededRandom(uint64_t seed) {
  for (uint64_t& word : state_) word = SplitMix64(&seed);
}

uint64_t SeededRandom::NextU64() {
  const uint64_t result = RotateLeft(state_[1] * 5, 7) * 9;
  const uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = RotateLeft(state_[3], 45);
  return result;
}

double SeededRandom::NextDouble() { return static_cast<double>(NextU64() >> 11) * 0x1.0p-53; }

int64_t SeededRandom::NextInRange(int64_t low, int64_t high) {
  if (high <= low) return low;
  const uint64_t span = static_cast<uint64_t>(high) - static_cast<uint64_t>(low) + 1;
  if (span == 0) return static_cast<int64_t>(NextU64());  // The full 64-bit range.
  // Rejection sampling removes the modulo bias.
  const uint64_t limit = UINT64_MAX - UINT64_MAX % span;
  uint64_t r;
  do {
    r = NextU64();
  } while (r >= limit);
  return static_cast<int64_t>(static_cast<uint64_t>(low) + r % span);
}

std::string SeededRandom::NextUuid() {
  std::string out;
  NextUuid(out);
  return out;
}

void SeededRandom::NextUuid(std::string& out) {
  uint64_t hi = NextU64();
  uint64_t lo = NextU64();
  hi = (hi & ~0xF000ull) | 0x4000ull;                         // Version 4.
  lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;  // Variant 10xx.
  // "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx": hi's 16 hex digits then lo's, most significant
  // first, with a dash after the 8th, 12th, 16th and 20th digit.
  char digits[32];
  HexDigits(hi, digits);
  HexDigits(lo, digits + 16);
  char text[36];
  std::memcpy(text, digits, 8);
  text[8] = '-';
  std::memcpy(text + 9, digits + 8, 4);
  text[13] = '-';
  std::memcpy(text + 14, digits + 12, 4);
  text[18] = '-';
  std::memcpy(text + 19, digits + 16, 4);
  text[23] = '-';
  std::memcpy(text + 24, digits + 20, 12);
  out.assign(text, sizeof(text));
}

}  // namespace asl::engine
