// Numeric and aggregation functions: $number $floor $ceil $round $abs $sqrt $power
// $random $sum $count $max $min $average, and the boolean functions $boolean $not
// $exists $type.
#include <cmath>
#include <random>

#include "core/jsonata/builtins.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/format_number.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

Value Num(double d) { return Value::Number(d); }

bool MatchesDecimal(const std::string& s) {
  // ^-?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?$
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  size_t start = i;
  while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == start) return false;
  if (i < s.size() && s[i] == '.') {
    size_t f = ++i;
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == f) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t e = i;
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == e) return false;
  }
  return i == s.size();
}

// Number("0x1F"), "0o17", "0b101".
bool ParsePrefixed(const std::string& s, double* out) {
  if (s.size() < 3 || s[0] != '0') return false;
  int base = 0;
  switch (s[1]) {
    case 'x':
    case 'X':
      base = 16;
      break;
    case 'o':
    case 'O':
      base = 8;
      break;
    case 'b':
    case 'B':
      base = 2;
      break;
    default:
      return false;
  }
  double v = 0;
  for (size_t i = 2; i < s.size(); ++i) {
    int d = -1;
    char ch = s[i];
    if (ch >= '0' && ch <= '9')
      d = ch - '0';
    else if (ch >= 'a' && ch <= 'f')
      d = ch - 'a' + 10;
    else if (ch >= 'A' && ch <= 'F')
      d = ch - 'A' + 10;
    if (d < 0 || d >= base) return false;
    v = v * base + d;
  }
  *out = v;
  return true;
}

std::mt19937_64& Rng() {
  static std::mt19937_64 rng(std::random_device{}());
  return rng;
}

}  // namespace

void RegisterNumericFunctions(Frame& f) {
  AddBuiltin(f, "number", "<(nsb)-:n>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsUndefined()) return Value();
    if (v.IsNumber()) return v;
    if (v.IsBool()) return Num(v.AsBool() ? 1 : 0);
    if (v.IsString()) {
      const std::string& s = v.AsString();
      double d = 0;
      if (MatchesDecimal(s)) {
        d = std::strtod(s.c_str(), nullptr);
        if (std::isfinite(d)) return Num(d);
      } else if (ParsePrefixed(s, &d)) {
        return Num(d);
      }
    }
    return FailWith(c, MakeError("D3030", -1, {}, FormatForMessage(v)));
  });
  AddBuiltin(f, "floor", "<n-:n>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    return v.IsUndefined() ? Value() : Num(std::floor(v.AsNumber()));
  });
  AddBuiltin(f, "ceil", "<n-:n>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    return v.IsUndefined() ? Value() : Num(std::ceil(v.AsNumber()));
  });
  AddBuiltin(f, "abs", "<n-:n>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    return v.IsUndefined() ? Value() : Num(std::fabs(v.AsNumber()));
  });
  AddBuiltin(f, "round", "<n-n?:n>", 2, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsUndefined()) return Value();
    int precision =
        Arg(c, 1).IsNumber() ? static_cast<int>(Clamp(Arg(c, 1).AsNumber(), -400, 400)) : 0;
    return Num(RoundHalfEven(v.AsNumber(), precision));
  });
  AddBuiltin(f, "sqrt", "<n-:n>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsUndefined()) return Value();
    if (v.AsNumber() < 0) return FailWith(c, MakeError("D3060", -1, {}, FormatForMessage(v)));
    return Num(std::sqrt(v.AsNumber()));
  });
  AddBuiltin(f, "power", "<n-n:n>", 2, [](NativeCall& c) -> Value {
    Value b = Arg(c, 0), e = Arg(c, 1);
    if (b.IsUndefined()) return Value();
    double r = std::pow(b.AsNumber(), e.AsNumber());
    if (!std::isfinite(r)) {
      std::string message(MessageTemplate("D3061"));
      message.replace(message.find("{{value}}"), 9, FormatForMessage(b));
      message.replace(message.find("{{exp}}"), 7, FormatForMessage(e));
      return FailWith(c, MakeCustomError("D3061", std::move(message)));
    }
    return Num(r);
  });
  AddBuiltin(f, "random", "<:n>", 0, [](NativeCall& c) -> Value {
    return Value(json::Value(std::uniform_real_distribution<double>(0, 1)(Rng())));
  });
  AddBuiltin(f, "sum", "<a<n>:n>", 1, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0);
    if (a.IsUndefined()) return Value();
    double total = 0;
    for (size_t i = 0, n = a.Size(); i < n; ++i) total += a.At(i).AsNumber();
    return Num(total);
  });
  AddBuiltin(f, "count", "<a:n>", 1, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0);
    return Num(a.IsUndefined() ? 0 : static_cast<double>(a.Size()));
  });
  for (bool is_max : {true, false}) {
    AddBuiltin(f, is_max ? "max" : "min", "<a<n>:n>", 1, [is_max](NativeCall& c) -> Value {
      Value a = Arg(c, 0);
      if (a.IsUndefined() || a.Size() == 0) return Value();
      double best = a.At(0).AsNumber();
      for (size_t i = 1, n = a.Size(); i < n; ++i) {
        double v = a.At(i).AsNumber();
        best = is_max ? std::max(best, v) : std::min(best, v);
      }
      return Num(best);
    });
  }
  AddBuiltin(f, "average", "<a<n>:n>", 1, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0);
    if (a.IsUndefined() || a.Size() == 0) return Value();
    double total = 0;
    for (size_t i = 0, n = a.Size(); i < n; ++i) total += a.At(i).AsNumber();
    return Num(total / static_cast<double>(a.Size()));
  });
  AddBuiltin(f, "boolean", "<x-:b>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsFunction()) return Value::Bool(false);
    std::optional<bool> b = Truthy(v);
    return b ? Value::Bool(*b) : Value();
  });
  AddBuiltin(f, "not", "<x-:b>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsFunction()) return Value::Bool(true);
    std::optional<bool> b = Truthy(v);
    return b ? Value::Bool(!*b) : Value();
  });
  AddBuiltin(f, "exists", "<x:b>", 1,
             [](NativeCall& c) -> Value { return Value::Bool(Arg(c, 0).IsDefined()); });
  AddBuiltin(f, "type", "<x:s>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsUndefined()) return Value();
    if (v.IsNull()) return Value::String("null");
    if (v.IsNumber()) return Value::String("number");
    if (v.IsString()) return Value::String("string");
    if (v.IsBool()) return Value::String("boolean");
    if (v.IsArray()) return Value::String("array");
    if (v.IsFunction()) return Value::String("function");
    return Value::String("object");
  });
}

}  // namespace asl::jsonata
