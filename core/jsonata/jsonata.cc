#include "core/jsonata/jsonata.h"

#include <algorithm>
#include <chrono>

#include "core/jsonata/builtins.h"
#include "core/jsonata/evaluator.h"
#include "core/jsonata/parser.h"

namespace asl::jsonata {

namespace {

// The reference reports positions as JavaScript string offsets (UTF-16 code units); the
// parser counts UTF-8 bytes.
int Utf16Offset(std::string_view source, int byte_offset) {
  if (byte_offset < 0) return byte_offset;
  int units = 0;
  const size_t end = std::min(source.size(), static_cast<size_t>(byte_offset));
  for (size_t i = 0; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(source[i]);
    if ((c & 0xC0) == 0x80) continue;  // Continuation byte.
    units += c >= 0xF0 ? 2 : 1;        // Four-byte sequences are surrogate pairs.
  }
  return units;
}

}  // namespace

std::variant<Expression, Error> Compile(std::string_view source) {
  auto parsed = Parse(source);
  if (auto* error = std::get_if<Error>(&parsed)) {
    Error e = *error;
    e.position = Utf16Offset(source, e.position);
    return e;
  }
  Expression e;
  e.source_ = std::string(source);
  e.ast_ = std::get<NodePtr>(parsed);
  return e;
}

void Bindings::Set(std::string name, json::Value value) {
  values_.emplace_back(std::move(name), Value(std::move(value)));
}

void Bindings::SetFunction(std::string name, std::string_view signature, NativeImpl impl,
                           int arity) {
  Value fn = MakeNative(name, signature, arity, std::move(impl));
  values_.emplace_back(std::move(name), std::move(fn));
}

Result Evaluate(const Expression& expression, const std::optional<json::Value>& input,
                const Bindings& bindings, const Limits& limits) {
  Result result;
  if (!expression.ast()) {
    result.kind = Result::Kind::kError;
    result.error = MakeError("S0500");
    return result;
  }
  EvalLimits eval_limits;
  eval_limits.max_depth = limits.max_depth;
  eval_limits.time_limit_ms = limits.time_limit_ms;
  eval_limits.large_string_bytes = limits.large_string_bytes;
  Evaluator evaluator(eval_limits);
  evaluator.set_now_millis(
      limits.now_millis.value_or(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count()));
  auto env = std::make_shared<Frame>(BuiltinFrame());
  for (const auto& [name, value] : bindings.values()) env->Bind(name, value);
  Value in = input ? Value(*input) : Value();
  Value out = evaluator.Run(expression.ast().get(), in, env);
  if (evaluator.failed()) {
    result.kind = Result::Kind::kError;
    result.error = evaluator.error();
    result.error.position = Utf16Offset(expression.source(), result.error.position);
    return result;
  }
  bool defined = false;
  json::Value json = ToJson(out, &defined);
  if (!defined) {
    result.kind = Result::Kind::kUndefined;
    return result;
  }
  result.kind = Result::Kind::kValue;
  result.value = std::move(json);
  result.function = out.IsFunction();
  return result;
}

}  // namespace asl::jsonata
