// Evaluating a state's compiled payload templates (Parameters, ResultSelector, ItemSelector,
// Assign) with the frame's environment; failures become StateErrors whose cause names the
// state as the service does.
#ifndef ASL_CORE_ENGINE_PAYLOAD_TEMPLATE_H_
#define ASL_CORE_ENGINE_PAYLOAD_TEMPLATE_H_

#include "core/engine/frame.h"
#include "core/engine/io_processing.h"
#include "core/engine/program.h"
#include "core/json/value.h"

namespace asl::engine {

class Interpreter;

// `$` is `input`. States.Runtime failures are terminal; States.IntrinsicFailure is not.
ValueOrError ApplyPayloadTemplate(Interpreter& interpreter, Frame& frame,
                                  const CompiledTemplate& payload_template,
                                  const json::Value& input);

// The variables an Assign template sets (an object), or null when the state has no Assign.
// They take effect when the state exits (Interpreter::ExitState), so every expression of one
// Assign reads the variables as they were before it.
ValueOrError EvaluateAssign(Interpreter& interpreter, Frame& frame, const CompiledTemplate& assign,
                            const json::Value& input);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_PAYLOAD_TEMPLATE_H_
