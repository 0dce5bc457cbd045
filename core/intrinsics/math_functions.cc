// States.MathAdd, States.MathRandom and States.UUID (AWS "Intrinsics for math operations" and
// "Intrinsic for unique ID generation").
#include <cstdint>
#include <string>

#include "core/intrinsics/builtins.h"

namespace asl::intrinsics::internal {
namespace {

constexpr int64_t kMinInt = -2147483648LL;
constexpr int64_t kMaxInt = 2147483647LL;

// A number argument rounded as AWS rounds it (Java's Math.round), within Java's int range.
std::optional<int64_t> RoundedInt(const Invocation& in, size_t index, Failure* failure) {
  const json::Value& v = in.args[index];
  if (!v.is_number()) {
    *failure = ArgumentFailure(in, index, "a number");
    return std::nullopt;
  }
  int64_t n = v.is_int() ? v.as_int() : JavaRound(v.as_double());
  if (n < kMinInt || n > kMaxInt) {
    *failure = ArgumentFailure(in, index, "between -2147483648 and 2147483647");
    return std::nullopt;
  }
  return n;
}

// java.util.Random, so that a seeded States.MathRandom gives what AWS's JVM gives.
class JavaRandom {
 public:
  explicit JavaRandom(int64_t seed)
      : seed_((static_cast<uint64_t>(seed) ^ 0x5DEECE66DULL) & kMask) {}
  int32_t NextInt(int32_t bound) {
    int32_t r = Next31();
    int32_t m = bound - 1;
    if ((bound & m) == 0) return static_cast<int32_t>((int64_t{bound} * r) >> 31);
    for (int32_t u = r; u - (r = u % bound) + m < 0; u = Next31()) {
    }
    return r;
  }

 private:
  static constexpr uint64_t kMask = (1ULL << 48) - 1;
  int32_t Next31() {
    seed_ = (seed_ * 0x5DEECE66DULL + 0xBULL) & kMask;
    return static_cast<int32_t>(seed_ >> 17);
  }
  uint64_t seed_;
};

Result Add(const Invocation& in) {
  Failure failure;
  auto a = RoundedInt(in, 0, &failure);
  if (!a) return failure;
  auto b = RoundedInt(in, 1, &failure);
  if (!b) return failure;
  return json::Value(*a + *b);
}

// A random integer from start (inclusive) to end (exclusive).
Result Random(const Invocation& in) {
  Failure failure;
  auto start = RoundedInt(in, 0, &failure);
  if (!start) return failure;
  auto end = RoundedInt(in, 1, &failure);
  if (!end) return failure;
  if (*start >= *end) {
    return IntrinsicFailure(
        "The start argument of States.MathRandom must be less than its end "
        "argument; got " +
        std::to_string(*start) + " and " + std::to_string(*end) + ".");
  }
  int64_t span = *end - *start;
  if (in.args.size() == 3) {
    auto seed = RoundedInt(in, 2, &failure);
    if (!seed) return failure;
    if (span > kMaxInt) return ArgumentFailure(in, 1, "at most 2147483647 above the start");
    JavaRandom random(*seed);
    return json::Value(*start + random.NextInt(static_cast<int32_t>(span)));
  }
  if (in.random == nullptr) {
    return Failure{kRuntime, "States.MathRandom needs a random source and none was given."};
  }
  return json::Value(*start +
                     static_cast<int64_t>(in.random->Next() % static_cast<uint64_t>(span)));
}

// A version 4 UUID (RFC 4122) from the random source.
Result Uuid(const Invocation& in) {
  if (in.random == nullptr) {
    return Failure{kRuntime, "States.UUID needs a random source and none was given."};
  }
  uint8_t bytes[16];
  uint64_t hi = in.random->Next();
  uint64_t lo = in.random->Next();
  for (int i = 0; i < 8; ++i) {
    bytes[i] = static_cast<uint8_t>(hi >> (56 - 8 * i));
    bytes[8 + i] = static_cast<uint8_t>(lo >> (56 - 8 * i));
  }
  bytes[6] = static_cast<uint8_t>((bytes[6] & 0x0F) | 0x40);
  bytes[8] = static_cast<uint8_t>((bytes[8] & 0x3F) | 0x80);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[bytes[i] >> 4];
    out += kHex[bytes[i] & 15];
  }
  return json::Value(std::move(out));
}

}  // namespace

Result CallMathFunction(const Invocation& in) {
  switch (in.call.function) {
    case Function::kMathAdd:
      return Add(in);
    case Function::kMathRandom:
      return Random(in);
    case Function::kUuid:
      return Uuid(in);
    default:
      return IntrinsicFailure(FunctionName(in) + " is not a math function.");
  }
}

}  // namespace asl::intrinsics::internal
