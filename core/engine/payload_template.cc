#include "core/engine/payload_template.h"

#include <optional>
#include <string>
#include <utility>

#include "core/engine/interpreter.h"

namespace asl::engine {

ValueOrError ApplyPayloadTemplate(Interpreter& interpreter, Frame& frame,
                                  const CompiledTemplate& payload_template,
                                  const json::Value& input) {
  if (!payload_template.payload) return interpreter.RuntimeError(frame, payload_template.problem);
  const intrinsics::PayloadTemplate& compiled = *payload_template.payload;
  json::Value value;
  std::optional<intrinsics::Failure> failure =
      compiled.is_static() ? compiled.EvaluateInto(path::Environment{}, nullptr, value)
                           : compiled.EvaluateInto(interpreter.Environment(frame, input),
                                                   &interpreter.random(), value);
  if (!failure) return value;
  StateError error = interpreter.RuntimeError(frame, failure->cause);
  error.error = failure->error;
  error.terminal = failure->error == kStatesRuntime;
  return error;
}

ValueOrError EvaluateAssign(Interpreter& interpreter, Frame& frame, const CompiledTemplate& assign,
                            const json::Value& input) {
  if (!assign.present()) return json::Value();
  return ApplyPayloadTemplate(interpreter, frame, assign, input);
}

}  // namespace asl::engine
