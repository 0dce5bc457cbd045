#include "core/engine/payload_template.h"

#include <string>
#include <utility>

#include "core/engine/interpreter.h"

namespace asl::engine {

ValueOrError ApplyPayloadTemplate(Interpreter& interpreter, Frame& frame,
                                  const CompiledTemplate& payload_template,
                                  const json::Value& input) {
  if (!payload_template.payload) return interpreter.RuntimeError(frame, payload_template.problem);
  const intrinsics::PayloadTemplate& compiled = *payload_template.payload;
  intrinsics::Result result =
      compiled.is_static()
          ? compiled.Evaluate(path::Environment{}, nullptr)
          : compiled.Evaluate(interpreter.Environment(frame, input), &interpreter.random());
  if (auto* value = std::get_if<json::Value>(&result)) return std::move(*value);
  auto& failure = std::get<intrinsics::Failure>(result);
  StateError error = interpreter.RuntimeError(frame, failure.cause);
  error.error = failure.error;
  error.terminal = failure.error == kStatesRuntime;
  return error;
}

ValueOrError EvaluateAssign(Interpreter& interpreter, Frame& frame, const CompiledTemplate& assign,
                            const json::Value& input) {
  if (!assign.present()) return json::Value();
  return ApplyPayloadTemplate(interpreter, frame, assign, input);
}

}  // namespace asl::engine
