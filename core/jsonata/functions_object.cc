// Object functions: $keys $lookup $spread $merge $each $sift $clone, plus $error,
// $assert and $eval.
#include "core/jsonata/builtins.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/parser.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

void CollectKeys(const Value& v, std::vector<std::string>& keys, int depth = 0) {
  if (v.IsArray() && depth < kMaxStructureDepth) {
    for (size_t i = 0, n = v.Size(); i < n; ++i) CollectKeys(v.At(i), keys, depth + 1);
  } else if (v.IsObject()) {
    for (std::string& k : v.Keys()) {
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
    }
  }
}

Value Spread(const Value& arg, int depth = 0) {
  if (arg.IsArray()) {
    std::vector<Value> parts;
    for (size_t i = 0, n = arg.Size(); i < n && depth < kMaxStructureDepth; ++i) {
      parts.push_back(Spread(arg.At(i), depth + 1));
    }
    return AppendAll(Value(NewSequence()), parts);
  }
  if (arg.IsObject()) {
    auto result = NewSequence();
    for (const std::string& key : arg.Keys()) {
      auto obj = NewObject();
      obj->entries.emplace_back(key, arg.Get(key));
      result->items.push_back(Value(obj));
    }
    return Value(result);
  }
  return arg;
}

}  // namespace

void RegisterObjectFunctions(Frame& f) {
  AddBuiltin(f, "keys", "<x-:a<s>>", 1, [](NativeCall& c) -> Value {
    std::vector<std::string> keys;
    CollectKeys(Arg(c, 0), keys);
    auto result = NewSequence();
    for (std::string& k : keys) result->items.push_back(Value::String(std::move(k)));
    return Value(result);
  });
  AddBuiltin(f, "lookup", "<x-s:x>", 2, [](NativeCall& c) -> Value {
    return Lookup(Arg(c, 0), Arg(c, 1).IsString() ? Arg(c, 1).AsString() : "");
  });
  AddBuiltin(f, "spread", "<x-:a<o>>", 1, [](NativeCall& c) -> Value { return Spread(Arg(c, 0)); });
  AddBuiltin(f, "merge", "<a<o>:o>", 1, [](NativeCall& c) -> Value {
    Value a = Arg(c, 0);
    if (a.IsUndefined()) return Value();
    auto result = NewObject();
    for (size_t i = 0, n = a.Size(); i < n; ++i) {
      Value obj = a.At(i);
      for (const std::string& key : obj.Keys()) result->Set(key, obj.Get(key));
    }
    return Value(result);
  });
  AddBuiltin(f, "each", "<o-f:a>", 2, [](NativeCall& c) -> Value {
    Value obj = Arg(c, 0), fn = Arg(c, 1);
    if (obj.IsUndefined()) return Value();
    auto result = NewSequence();
    for (const std::string& key : obj.Keys()) {
      Value res = ApplyHof(c, fn, obj.Get(key), Value::String(key), obj);
      if (c.evaluator.failed()) return Value();
      if (res.IsDefined()) result->items.push_back(std::move(res));
    }
    return Value(result);
  });
  AddBuiltin(f, "sift", "<o-f?:o>", 2, [](NativeCall& c) -> Value {
    Value obj = Arg(c, 0), fn = Arg(c, 1);
    if (obj.IsUndefined()) return Value();
    auto result = NewObject();
    for (const std::string& key : obj.Keys()) {
      Value entry = obj.Get(key);
      Value res = ApplyHof(c, fn, entry, Value::String(key), obj);
      if (c.evaluator.failed()) return Value();
      if (Truthy(res).value_or(false)) result->entries.emplace_back(key, entry);
    }
    if (result->entries.empty()) return Value();
    return Value(result);
  });
  AddBuiltin(f, "clone", "<(oa)-:o>", 1, [](NativeCall& c) -> Value {
    Value v = Arg(c, 0);
    if (v.IsUndefined()) return Value();
    return DeepClone(v);
  });
  AddBuiltin(f, "error", "<s?:x>", 1, [](NativeCall& c) -> Value {
    return FailWith(c,
                    MakeCustomError("D3137", Arg(c, 0).IsString() ? Arg(c, 0).AsString()
                                                                  : "$error() function evaluated"));
  });
  AddBuiltin(f, "assert", "<bs?:x>", 2, [](NativeCall& c) -> Value {
    if (Arg(c, 0).AsBool()) return Value();
    return FailWith(c,
                    MakeCustomError("D3141", Arg(c, 1).IsString() ? Arg(c, 1).AsString()
                                                                  : "$assert() statement failed"));
  });
  AddBuiltin(f, "eval", "<sx?:x>", 2, [](NativeCall& c) -> Value {
    Value expr = Arg(c, 0);
    if (expr.IsUndefined()) return Value();
    Value input = c.input;
    if (c.args.size() > 1 && Arg(c, 1).IsDefined()) {
      input = Arg(c, 1);
      if (input.IsArray() && !input.IsSequence()) {
        auto wrapper = NewSequence();
        wrapper->items.push_back(input);
        wrapper->outer_wrapper = true;
        input = Value(wrapper);
      }
    }
    auto parsed = Parse(expr.AsString());
    if (auto* err = std::get_if<Error>(&parsed)) {
      return FailWith(c, MakeError("D3120", -1, {}, "\"" + err->message + "\""));
    }
    Value result = c.evaluator.EvalNode(std::get<NodePtr>(parsed), input, c.env);
    if (c.evaluator.failed()) {
      Error wrapped = MakeError("D3121", -1, {}, "\"" + c.evaluator.error().message + "\"");
      c.evaluator.ReplaceError(std::move(wrapped));
      return Value();
    }
    return result;
  });
}

}  // namespace asl::jsonata
