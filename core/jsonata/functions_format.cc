// Number formatting: $formatNumber $formatBase $formatInteger $parseInteger.
#include <cmath>

#include "core/jsonata/builtins.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

Value NotSupported(NativeCall& c, const char* name) {
  Error e = MakeError("D3137");
  e.message = std::string("$") + name + " is not supported yet";
  e.custom_message = true;
  return FailWith(c, std::move(e));
}

}  // namespace

void RegisterFormatFunctions(Frame& f) {
  AddBuiltin(f, "formatBase", "<n-n?:s>", 2, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0), radix_v = Arg(c, 1);
    if (v.IsUndefined()) return Value();
    double value = v.AsNumber();
    value = std::floor(value + 0.5);
    if (std::fabs(std::fmod(std::fabs(v.AsNumber()), 1.0) - 0.5) < 1e-12 &&
        std::fmod(std::fabs(value), 2) == 1) {
      value -= value > 0 ? 1 : -1;
    }
    int radix = radix_v.IsNumber() ? static_cast<int>(radix_v.AsNumber()) : 10;
    if (radix < 2 || radix > 36) {
      return FailWith(c, MakeError("D3100", -1, {}, FormatForMessage(radix_v)));
    }
    bool negative = value < 0;
    double mag = std::fabs(value);
    std::string digits;
    do {
      int d = static_cast<int>(std::fmod(mag, radix));
      digits.insert(digits.begin(), static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10));
      mag = std::floor(mag / radix);
    } while (mag > 0);
    return Value::String((negative ? "-" : "") + digits);
  });
  AddBuiltin(f, "formatNumber", "<n-so?:s>", 3,
             [](NativeCall& c) { return NotSupported(c, "formatNumber"); });
  AddBuiltin(f, "formatInteger", "<n-s:s>", 2,
             [](NativeCall& c) { return NotSupported(c, "formatInteger"); });
  AddBuiltin(f, "parseInteger", "<s-s:n>", 2,
             [](NativeCall& c) { return NotSupported(c, "parseInteger"); });
}

}  // namespace asl::jsonata
