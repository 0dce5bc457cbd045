#include "core/engine/jsonata_functions.h"

#include <cmath>
#include <string>
#include <utility>

#include "core/intrinsics/digest.h"
#include "core/json/parser.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/value.h"

namespace asl::engine {
namespace {

using jsonata::NativeCall;
using jsonata::Value;

// The most items $range builds (a guard for memory; the service's own bound is not documented).
constexpr double kMaxRangeItems = 1'000'000;

Value ArgAt(const NativeCall& c, size_t i) { return i < c.args.size() ? c.args[i] : Value(); }

Value Fail(NativeCall& c, const std::string& function, const std::string& message) {
  c.evaluator.Fail(jsonata::MakeCustomError("D3137", "$" + function + ": " + message));
  return Value();
}

bool IsInteger(const Value& v) {
  return v.IsNumber() && std::isfinite(v.AsNumber()) && v.AsNumber() == std::floor(v.AsNumber());
}

Value Partition(NativeCall& c) {
  Value array = ArgAt(c, 0);
  Value size = ArgAt(c, 1);
  if (array.IsUndefined()) return Value();
  if (!IsInteger(size) || size.AsNumber() < 1) {
    return Fail(c, "partition", "the chunk size must be a positive integer.");
  }
  auto out = jsonata::NewArray();
  const size_t n = array.Size();
  const auto chunk = static_cast<size_t>(std::min(size.AsNumber(), static_cast<double>(n) + 1));
  for (size_t start = 0; start < n; start += chunk) {
    auto part = jsonata::NewArray();
    for (size_t i = start; i < n && i < start + chunk; ++i) part->items.push_back(array.At(i));
    out->items.push_back(Value(part));
  }
  return Value(out);
}

Value Range(NativeCall& c) {
  Value start = ArgAt(c, 0);
  Value end = ArgAt(c, 1);
  Value step = c.args.size() > 2 && ArgAt(c, 2).IsDefined() ? ArgAt(c, 2) : Value::Number(1);
  if (!IsInteger(start) || !IsInteger(end) || !IsInteger(step)) {
    return Fail(c, "range", "start, end and step must be integers.");
  }
  double from = start.AsNumber(), to = end.AsNumber(), by = step.AsNumber();
  if (by == 0) return Fail(c, "range", "the step must not be 0.");
  double count = std::floor((to - from) / by) + 1;
  if (count > kMaxRangeItems) {
    return Fail(c, "range", "the range has more than 1000000 items.");
  }
  auto out = jsonata::NewSequence();
  for (double i = 0; i < count; ++i) out->items.push_back(Value::Number(from + i * by));
  return Value(out);
}

Value Hash(NativeCall& c) {
  Value data = ArgAt(c, 0);
  Value algorithm = ArgAt(c, 1);
  if (data.IsUndefined()) return Value();
  std::optional<std::string> digest =
      intrinsics::HexDigest(algorithm.IsString() ? algorithm.AsString() : "", data.AsString());
  if (!digest) {
    return Fail(c, "hash", "the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512.");
  }
  return Value::String(std::move(*digest));
}

Value Parse(NativeCall& c) {
  Value text = ArgAt(c, 0);
  if (text.IsUndefined()) return Value();
  std::string error;
  std::optional<json::Value> parsed = json::ParseValue(text.AsString(), &error);
  if (!parsed) return Fail(c, "parse", "the string is not JSON: " + error);
  return Value(std::move(*parsed));
}

}  // namespace

void BindStepFunctionsFunctions(jsonata::Bindings& bindings, SeededRandom& random) {
  bindings.SetFunction("partition", "<an:a>", Partition, 2);
  bindings.SetFunction("range", "<nnn?:a<n>>", Range, 3);
  bindings.SetFunction("hash", "<s-s:s>", Hash, 2);
  bindings.SetFunction("parse", "<s-:x>", Parse, 1);
  bindings.SetFunction(
      "random", "<n?:n>",
      [&random](NativeCall& c) -> Value {
        Value seed = ArgAt(c, 0);
        if (seed.IsUndefined()) return Value::Number(random.NextDouble());
        double s = seed.AsNumber();
        uint64_t key = std::isfinite(s)
                           ? static_cast<uint64_t>(static_cast<int64_t>(std::fmod(s, 9.2e18)))
                           : 0;
        return Value::Number(SeededRandom(key).NextDouble());
      },
      1);
  bindings.SetFunction(
      "uuid", "<:s>", [&random](NativeCall&) { return Value::String(random.NextUuid()); }, 0);
  bindings.SetFunction(
      "eval", "",
      [](NativeCall& c) -> Value {
        return Fail(c, "eval", "the function is not supported by AWS Step Functions.");
      },
      2);
}

}  // namespace asl::engine
