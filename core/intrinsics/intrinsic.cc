#include "core/intrinsics/intrinsic.h"

#include <cmath>
#include <utility>

#include "core/intrinsics/builtins.h"
#include "core/intrinsics/call_parser.h"
#include "core/json/writer.h"

namespace asl::intrinsics {
namespace internal {

std::string FunctionName(const Invocation& in) {
  return std::string(InfoOf(in.call.function).name);
}

Failure IntrinsicFailure(std::string cause) { return Failure{kIntrinsicFailure, std::move(cause)}; }

Failure ArgumentFailure(const Invocation& in, size_t index, std::string_view requirement) {
  const FunctionInfo& info = InfoOf(in.call.function);
  const Param& param = info.params[std::min(index, info.params.size() - 1)];
  return IntrinsicFailure("The " + std::string(param.name) + " argument of " +
                          std::string(info.name) + " must be " + std::string(requirement) +
                          "; got " + json::Serialize(in.args[index]) + ".");
}

std::optional<int64_t> AsInteger(const json::Value& v) {
  if (v.is_int()) return v.as_int();
  if (v.is_double()) {
    double d = v.as_double();
    if (std::floor(d) == d && std::fabs(d) < 9.0e15) return static_cast<int64_t>(d);
  }
  return std::nullopt;
}

int64_t JavaRound(double x) {
  if (!std::isfinite(x)) return 0;
  double r = std::floor(x + 0.5);
  if (r >= 9.2e18) return INT64_MAX;
  if (r <= -9.2e18) return INT64_MIN;
  return static_cast<int64_t>(r);
}

size_t Utf16Length(std::string_view utf8) {
  size_t units = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++units;  // Not a continuation byte: a new code point.
    if ((c & 0xF8) == 0xF0) ++units;  // Four-byte sequences need a surrogate pair.
  }
  return units;
}

}  // namespace internal

namespace {

constexpr int kMaxEvalDepth = 64;

Result EvaluateAt(const Call& call, const path::Environment& env, RandomSource* random, int depth) {
  if (depth > kMaxEvalDepth) {
    return Failure{kIntrinsicFailure, "Intrinsic calls are nested too deeply."};
  }
  std::vector<json::Value> args;
  args.reserve(call.args.size());
  for (const Argument& arg : call.args) {
    switch (arg.kind) {
      case Argument::Kind::kLiteral:
        args.push_back(arg.literal);
        break;
      case Argument::Kind::kPath: {
        auto value = arg.path->Evaluate(env);
        if (!value) {
          static const json::Value kNull;
          return Failure{kRuntime, "The JsonPath argument for the field '" + arg.path->text() +
                                       "' could not be found in the input '" +
                                       json::Serialize(env.input ? *env.input : kNull) + "'"};
        }
        args.push_back(std::move(*value));
        break;
      }
      case Argument::Kind::kCall: {
        Result nested = EvaluateAt(*arg.call, env, random, depth + 1);
        if (auto* failure = std::get_if<Failure>(&nested)) return std::move(*failure);
        args.push_back(std::move(std::get<json::Value>(nested)));
        break;
      }
    }
  }
  internal::Invocation in{call, args, random};
  switch (call.function) {
    case Function::kArray:
    case Function::kArrayPartition:
    case Function::kArrayContains:
    case Function::kArrayRange:
    case Function::kArrayGetItem:
    case Function::kArrayLength:
    case Function::kArrayUnique:
      return internal::CallArrayFunction(in);
    case Function::kStringToJson:
    case Function::kJsonToString:
    case Function::kJsonMerge:
      return internal::CallJsonFunction(in);
    case Function::kFormat:
    case Function::kStringSplit:
      return internal::CallStringFunction(in);
    case Function::kBase64Encode:
    case Function::kBase64Decode:
    case Function::kHash:
      return internal::CallEncodingFunction(in);
    case Function::kMathRandom:
    case Function::kMathAdd:
    case Function::kUuid:
      return internal::CallMathFunction(in);
  }
  return Failure{kIntrinsicFailure, "Unknown intrinsic function."};
}

}  // namespace

std::variant<Intrinsic, path::PathProblem> Intrinsic::Parse(std::string_view text) {
  auto parsed = ParseCall(text);
  if (auto* problem = std::get_if<path::PathProblem>(&parsed)) return std::move(*problem);
  return Intrinsic(std::string(text),
                   std::make_shared<const Call>(std::move(std::get<Call>(parsed))));
}

Result Intrinsic::Evaluate(const path::Environment& env, RandomSource* random) const {
  return EvaluateAt(*call_, env, random, 0);
}

Result EvaluateCall(const Call& call, const path::Environment& env, RandomSource* random) {
  return EvaluateAt(call, env, random, 0);
}

}  // namespace asl::intrinsics
