// Date and time functions: $now $millis $fromMillis $toMillis.
#include "core/jsonata/builtins.h"
#include "core/jsonata/datetime.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {

void RegisterDateTimeFunctions(Frame& f) {
  AddBuiltin(f, "millis", "<:n>", 0, [](NativeCall& c) -> Value {
    return Value::Number(static_cast<double>(c.evaluator.now_millis()));
  });
  AddBuiltin(f, "now", "<s?s?:s>", 2, [](NativeCall& c) -> Value {
    const double ms = static_cast<double>(c.evaluator.now_millis());
    Value picture = Arg(c, 0), tz = Arg(c, 1);
    if (picture.IsUndefined() && tz.IsUndefined()) return Value::String(FormatIso(ms));
    Error err;
    std::optional<std::string> out = FormatDateTime(
        ms, picture.IsString() ? picture.AsString() : "", tz.IsString() ? tz.AsString() : "", &err);
    if (!out) return FailWith(c, std::move(err));
    return Value::String(*out);
  });
  AddBuiltin(f, "fromMillis", "<n-s?s?:s>", 3, [](NativeCall& c) -> Value {
    Value ms = Arg(c, 0), picture = Arg(c, 1), tz = Arg(c, 2);
    if (ms.IsUndefined()) return Value();
    Error err;
    std::optional<std::string> out =
        FormatDateTime(ms.AsNumber(), picture.IsString() ? picture.AsString() : "",
                       tz.IsString() ? tz.AsString() : "", &err);
    if (!out) return FailWith(c, std::move(err));
    return Value::String(*out);
  });
  AddBuiltin(f, "toMillis", "<s-s?:n>", 2, [](NativeCall& c) -> Value {
    Value ts = Arg(c, 0), picture = Arg(c, 1);
    if (ts.IsUndefined()) return Value();
    Error err;
    if (picture.IsUndefined()) {
      std::optional<double> ms = ParseIso(ts.AsString());
      if (!ms) return FailWith(c, MakeError("D3110", -1, {}, FormatForMessage(ts)));
      return Value::Number(*ms);
    }
    bool undefined_result = false;
    std::optional<double> ms =
        ParseDateTime(ts.AsString(), picture.AsString(), &err, &undefined_result,
                      static_cast<double>(c.evaluator.now_millis()));
    if (undefined_result) return Value();
    if (!ms) return FailWith(c, std::move(err));
    return Value::Number(*ms);
  });
}

}  // namespace asl::jsonata
