// Evaluating a JSONata state's fields inside the interpreter: `$states` (input, context and,
// where AWS allows them, result and errorOutput) and the frame's variables as `$name`
// (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html).
#ifndef ASL_CORE_ENGINE_JSONATA_FIELDS_H_
#define ASL_CORE_ENGINE_JSONATA_FIELDS_H_

#include <optional>
#include <string>

#include "core/engine/frame.h"
#include "core/engine/io_processing.h"
#include "core/json/value.h"
#include "core/jsonata/jsonata.h"

namespace asl::engine {

class Interpreter;

// What $states holds for one evaluation.
struct StatesBinding {
  json::Value input;
  std::optional<json::Value> result;
  std::optional<json::Value> error_output;
};

// The bindings for the frame's current state: $states and every visible variable.
jsonata::Bindings JsonataBindings(Interpreter& in, Frame& frame, const StatesBinding& states);

// `tmpl` (field `field`) evaluated; a failure is a States.QueryEvaluationError whose cause
// names the state as the service does.
ValueOrError EvaluateJsonataField(Interpreter& in, Frame& frame, const json::Value& tmpl,
                                  const std::string& field, const jsonata::Bindings& bindings);

// The state's Output (the state's default `fallback` when absent) and Assign, evaluated from
// the same bindings; on success returns {output, assigned}.
struct OutputAndAssign {
  json::Value output;
  json::Value assigned;
};
std::variant<OutputAndAssign, StateError> EvaluateOutputAndAssign(Interpreter& in, Frame& frame,
                                                                  const jsonata::Bindings& bindings,
                                                                  const json::Value& fallback);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_JSONATA_FIELDS_H_
