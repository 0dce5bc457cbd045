// Number formatting: $formatNumber $formatBase $formatInteger $parseInteger.
#include <cmath>

#include "core/jsonata/builtins.h"
#include "core/jsonata/datetime.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/format_number.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {

void RegisterFormatFunctions(Frame& f) {
  AddBuiltin(f, "formatBase", "<n-n?:s>", 2, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0), radix_v = Arg(c, 1);
    if (v.IsUndefined()) return Value();
    double value = RoundHalfEven(v.AsNumber(), 0);
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
  AddBuiltin(f, "formatNumber", "<n-so?:s>", 3, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0), picture = Arg(c, 1), options = Arg(c, 2);
    if (v.IsUndefined()) return Value();
    std::map<std::string, std::string> props;
    for (const std::string& key : options.Keys()) {
      Value p = options.Get(key);
      if (p.IsString()) props[key] = p.AsString();
    }
    Error err;
    auto out = FormatNumberPicture(v.AsNumber(), picture.IsString() ? picture.AsString() : "",
                                   props, &err);
    if (!out) return FailWith(c, std::move(err));
    return Value::String(*out);
  });
  AddBuiltin(f, "formatInteger", "<n-s:s>", 2, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsUndefined()) return Value();
    Error err;
    auto out = FormatInteger(v.AsNumber(), Arg(c, 1).IsString() ? Arg(c, 1).AsString() : "", &err);
    if (!out) return FailWith(c, std::move(err));
    return Value::String(*out);
  });
  AddBuiltin(f, "parseInteger", "<s-s:n>", 2, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsUndefined()) return Value();
    Error err;
    auto out = ParseInteger(v.AsString(), Arg(c, 1).IsString() ? Arg(c, 1).AsString() : "", &err);
    if (!out) return FailWith(c, std::move(err));
    if (std::isnan(*out)) return Value();
    return Value::Number(*out);
  });
}

}  // namespace asl::jsonata
