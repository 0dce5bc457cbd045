// Array functions ($append $reverse $sort $shuffle $distinct $zip) and the
// higher-order functions ($map $filter $single $reduce).
#include <random>

#include "core/jsonata/builtins.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/merge_sort.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

// The items of `a` (an array) or `a` alone; the copying is charged to the time limit, so
// check c.evaluator.failed() after.
std::vector<Value> Items(NativeCall& c, const Value& a) {
  std::vector<Value> out;
  if (a.IsArray()) {
    const size_t n = a.Size();
    out.reserve(n);
    for (size_t i = 0; i < n && c.evaluator.Charge(1); ++i) out.push_back(a.At(i));
  } else if (a.IsDefined()) {
    out.push_back(a);
  }
  return out;
}

Value ArrayOf(std::vector<Value> items, bool sequence) {
  auto node = sequence ? NewSequence() : NewArray();
  node->items = std::move(items);
  return Value(node);
}

// JavaScript truthiness (used for a user comparator's result in $sort).
bool JsTruthy(const Value& v) {
  if (v.IsUndefined() || v.IsNull()) return false;
  if (v.IsBool()) return v.AsBool();
  if (v.IsNumber()) return v.AsNumber() != 0;
  if (v.IsString()) return !v.AsString().empty();
  return true;
}

}  // namespace

void RegisterArrayFunctions(Frame& f) {
  AddBuiltin(f, "append", "<xx:a>", 2, [](NativeCall& c) -> Value {
    Value result = AppendAll(Arg(c, 0), {Arg(c, 1)}, &c.evaluator);
    return c.evaluator.failed() ? Value() : result;
  });
  AddBuiltin(f, "reverse", "<a:a>", 1, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0);
    if (a.IsUndefined()) return Value();
    if (a.Size() <= 1) return a;
    std::vector<Value> items = Items(c, a);
    if (c.evaluator.failed()) return Value();
    std::reverse(items.begin(), items.end());
    return ArrayOf(std::move(items), false);
  });
  AddBuiltin(f, "shuffle", "<a:a>", 1, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0);
    if (a.IsUndefined()) return Value();
    if (a.Size() <= 1) return a;
    std::vector<Value> items = Items(c, a);
    if (c.evaluator.failed()) return Value();
    static std::mt19937_64 rng(std::random_device{}());
    std::shuffle(items.begin(), items.end(), rng);
    return ArrayOf(std::move(items), false);
  });
  AddBuiltin(f, "distinct", "<x:x>", 1, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0);
    if (a.IsUndefined()) return Value();
    if (!a.IsArray() || a.Size() <= 1) return a;
    std::vector<Value> out;
    for (size_t i = 0, n = a.Size(); i < n; ++i) {
      if (!c.evaluator.Charge(out.size() + 1)) return Value();
      Value v = a.At(i);
      bool seen = false;
      for (const Value& r : out) {
        if (DeepEqual(v, r)) {
          seen = true;
          break;
        }
      }
      if (!seen) out.push_back(std::move(v));
    }
    return ArrayOf(std::move(out), a.IsSequence());
  });
  AddBuiltin(f, "zip", "<a+>", 0, [](NativeCall& c) -> Value {
    size_t len = c.args.empty() ? 0 : SIZE_MAX;
    for (const Value& a : c.args) len = std::min(len, a.IsUndefined() ? 0 : a.Size());
    std::vector<Value> out;
    for (size_t i = 0; i < len; ++i) {
      if (!c.evaluator.Charge(c.args.size())) return Value();
      std::vector<Value> tuple;
      for (const Value& a : c.args) tuple.push_back(a.At(i));
      out.push_back(ArrayOf(std::move(tuple), false));
    }
    return ArrayOf(std::move(out), false);
  });
  AddBuiltin(f, "sort", "<af?:a>", 2, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0), comparator = Arg(c, 1);
    if (a.IsUndefined()) return Value();
    if (a.Size() <= 1) return a;
    std::vector<Value> items = Items(c, a);
    if (c.evaluator.failed()) return Value();
    if (comparator.IsUndefined()) {
      bool numbers = true, strings = true;
      for (const Value& v : items) {
        numbers = numbers && v.IsNumber();
        strings = strings && v.IsString();
      }
      if (!numbers && !strings) return FailWith(c, MakeError("D3070"));
      MergeSort(
          items,
          [&](const Value& x, const Value& y) {
            return numbers ? x.AsNumber() > y.AsNumber() : x.AsString() > y.AsString();
          },
          [&] { return !c.evaluator.Charge(1); });
      if (c.evaluator.failed()) return Value();
    } else {
      MergeSort(
          items,
          [&](const Value& x, const Value& y) {
            return JsTruthy(c.evaluator.Apply(comparator, {x, y}, c.input, c.env));
          },
          [&] { return c.evaluator.failed(); });
      if (c.evaluator.failed()) return Value();
    }
    return ArrayOf(std::move(items), false);
  });
  AddBuiltin(f, "map", "<af>", 2, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0), fn = Arg(c, 1);
    if (a.IsUndefined()) return Value();
    auto result = NewSequence();
    for (size_t i = 0, n = a.Size(); i < n; ++i) {
      Value res = ApplyHof(c, fn, a.At(i), Value::Number(static_cast<double>(i)), a);
      if (c.evaluator.failed()) return Value();
      if (res.IsDefined()) result->items.push_back(std::move(res));
    }
    return Value(result);
  });
  AddBuiltin(f, "filter", "<af>", 2, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0), fn = Arg(c, 1);
    if (a.IsUndefined()) return Value();
    auto result = NewSequence();
    for (size_t i = 0, n = a.Size(); i < n; ++i) {
      Value item = a.At(i);
      Value res = ApplyHof(c, fn, item, Value::Number(static_cast<double>(i)), a);
      if (c.evaluator.failed()) return Value();
      if (Truthy(res).value_or(false)) result->items.push_back(std::move(item));
    }
    return Value(result);
  });
  AddBuiltin(f, "single", "<af?>", 2, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0), fn = Arg(c, 1);
    if (a.IsUndefined()) return Value();
    bool found = false;
    Value result;
    for (size_t i = 0, n = a.Size(); i < n; ++i) {
      Value item = a.At(i);
      bool positive = true;
      if (fn.IsDefined()) {
        Value res = ApplyHof(c, fn, item, Value::Number(static_cast<double>(i)), a);
        if (c.evaluator.failed()) return Value();
        positive = Truthy(res).value_or(false);
      }
      if (positive) {
        if (found) return FailWith(c, MakeError("D3138"));
        result = item;
        found = true;
      }
    }
    if (!found) return FailWith(c, MakeError("D3139"));
    return result;
  });
  AddBuiltin(f, "reduce", "<afj?:j>", 3, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0), fn = Arg(c, 1), init = Arg(c, 2);
    if (a.IsUndefined()) return Value();
    const int arity = fn.function()->Arity();
    if (arity < 2) {
      Error e = MakeError("D3050");
      e.index = 1;
      return FailWith(c, std::move(e));
    }
    Value result;
    size_t index = 0;
    const size_t n = a.Size();
    if (init.IsUndefined() && n > 0) {
      result = a.At(0);
      index = 1;
    } else {
      result = init;
    }
    for (; index < n; ++index) {
      std::vector<Value> args{result, a.At(index)};
      if (arity >= 3) args.push_back(Value::Number(static_cast<double>(index)));
      if (arity >= 4) args.push_back(a);
      result = c.evaluator.Apply(fn, std::move(args), c.input, c.env);
      if (c.evaluator.failed()) return Value();
    }
    return result;
  });
}

}  // namespace asl::jsonata
