#include "core/jsonata/builtins.h"

#include <cmath>

#include "core/jsonata/evaluator.h"
#include "core/jsonata/signature.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {

Value MakeNative(std::string name, std::string_view signature, int arity, NativeImpl impl) {
  auto fn = std::make_shared<Function>();
  fn->kind = Function::Kind::kNative;
  fn->name = std::move(name);
  fn->arity = arity;
  fn->impl = std::move(impl);
  if (!signature.empty()) {
    auto parsed = Signature::Parse(signature);
    if (auto* sig = std::get_if<std::shared_ptr<Signature>>(&parsed)) fn->signature = *sig;
  }
  return Value(fn);
}

void AddBuiltin(Frame& frame, std::string name, std::string_view signature, int arity,
                NativeImpl impl) {
  Value fn = MakeNative(name, signature, arity, std::move(impl));
  frame.Bind(name, std::move(fn));
}

std::shared_ptr<Frame> BuiltinFrame() {
  static const std::shared_ptr<Frame>* frame = [] {
    auto f = std::make_shared<Frame>(nullptr);
    RegisterStringFunctions(*f);
    RegisterNumericFunctions(*f);
    RegisterArrayFunctions(*f);
    RegisterObjectFunctions(*f);
    RegisterRegexFunctions(*f);
    RegisterDateTimeFunctions(*f);
    RegisterFormatFunctions(*f);
    return new std::shared_ptr<Frame>(f);
  }();
  return *frame;
}

Value FailWith(NativeCall& c, Error e) {
  c.evaluator.Fail(std::move(e));
  return Value();
}

namespace {

bool HasNonFinite(const Value& v, int depth = 0) {
  if (v.IsNumber()) return !std::isfinite(v.AsNumber());
  if (depth > kMaxStructureDepth) return false;
  if (v.IsArray()) {
    for (size_t i = 0, n = v.Size(); i < n; ++i) {
      if (HasNonFinite(v.At(i), depth + 1)) return true;
    }
  } else if (v.IsObject()) {
    for (const std::string& k : v.Keys()) {
      if (HasNonFinite(v.Get(k), depth + 1)) return true;
    }
  }
  return false;
}

}  // namespace

Value ToStringValue(NativeCall& c, const Value& v, bool prettify) {
  if (v.IsUndefined()) return Value();
  if (v.IsString()) return v;
  if (v.IsFunction()) return Value::String("");
  if (v.IsNumber() && !std::isfinite(v.AsNumber())) {
    return FailWith(c, MakeError("D3001", -1, {}, FormatForMessage(v)));
  }
  Value target = v.IsOuterWrapper() ? v.At(0) : v;
  if (HasNonFinite(target)) return FailWith(c, MakeError("D1001"));
  std::optional<std::string> text = c.evaluator.StringifyCharged(target, prettify ? 2 : 0);
  if (!text) return Value();
  return Value::String(std::move(*text));
}

Value ApplyHof(NativeCall& c, const Value& fn, const Value& a1, const Value& a2, const Value& a3) {
  std::vector<Value> args{a1};
  const int arity = fn.IsFunction() ? fn.function()->Arity() : 0;
  if (arity >= 2) args.push_back(a2);
  if (arity >= 3) args.push_back(a3);
  return c.evaluator.Apply(fn, std::move(args), c.input, c.env);
}

}  // namespace asl::jsonata
