// Evaluating a JSONata state's fields inside the interpreter: `$states` (input, context and,
// where AWS allows them, result and errorOutput), the frame's variables as `$name` and the
// Step Functions functions
// (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html).
//
// A field that cannot be evaluated is a States.QueryEvaluationError whose cause names the state
// as the service does; like the service, the engine records an EvaluationFailed event
// (error, cause, location, state) before the state fails or catches it.
#ifndef ASL_CORE_ENGINE_JSONATA_FIELDS_H_
#define ASL_CORE_ENGINE_JSONATA_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/engine/frame.h"
#include "core/engine/io_processing.h"
#include "core/engine/jsonata_template.h"
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

// The bindings for the frame's current state: $states, every visible variable and the Step
// Functions functions.
jsonata::Bindings JsonataBindings(Interpreter& in, Frame& frame, const StatesBinding& states);

// A States.QueryEvaluationError for the frame's state with `detail` after the service's
// prefix; records the EvaluationFailed event naming `location` (e.g. "Items").
StateError QueryEvaluationError(Interpreter& in, Frame& frame, const std::string& detail,
                                const std::string& location);

// `field` evaluated with `bindings` (null when the field is absent).
ValueOrError EvaluateJsonata(Interpreter& in, Frame& frame, const JsonataTemplate& field,
                             const jsonata::Bindings& bindings);

// Output (giving `fallback` when absent) and Assign, evaluated from the same bindings, so
// Assign does not see its own new values; on success returns {output, assigned}.
struct OutputAndAssign {
  json::Value output;
  json::Value assigned;  // Null when there is no Assign.
};
std::variant<OutputAndAssign, StateError> EvaluateOutputAndAssign(Interpreter& in, Frame& frame,
                                                                  const JsonataTemplate& output,
                                                                  const JsonataTemplate& assign,
                                                                  const jsonata::Bindings& bindings,
                                                                  const json::Value& fallback);

// The state's Arguments (Task, Parallel) with $states.input bound; the state input when absent.
// Records afterArguments in the data flow.
ValueOrError EvaluateArguments(Interpreter& in, Frame& frame);

// A JSONata state with `result` ($states.result): Output (default: the result) and Assign,
// then exits to the state's Next. Failures are returned for the caller's Retry/Catch.
std::optional<StateError> ExitWithResult(Interpreter& in, Frame& frame, const json::Value& result);

// Exits through Catcher `catcher` with `error_output` ($states.errorOutput): the Catcher's
// Output (default: the error output) and Assign. Failures are returned (a Catcher's own
// failure is not caught again).
std::optional<StateError> ExitThroughCatcher(Interpreter& in, Frame& frame, size_t catcher,
                                             const json::Value& error_output);

// A States.QueryEvaluationError for `field` (named `name`) whose value has the wrong type, as
// the service words it: "The JSONata expression 'E' specified for the field 'Items' returned an
// unexpected result type. Expected 'array', but was 'string' for value: \"x\"".
StateError UnexpectedResultType(Interpreter& in, Frame& frame, const JsonataTemplate& field,
                                const std::string& name, std::string_view expected,
                                const json::Value& value);

// A number field ("TimeoutSeconds", "MaxConcurrency", ...) that a JSONata state may write
// literally or as "{% %}"; nullopt when absent. `integer` fields reject fractions; every field
// rejects negative values (and, with `positive`, zero).
struct NumberField {
  std::optional<double> value;
  std::optional<StateError> error;
};
NumberField EvaluateNumberField(Interpreter& in, Frame& frame, const JsonataTemplate& field,
                                const std::string& name, const jsonata::Bindings& bindings,
                                bool integer, bool positive);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_JSONATA_FIELDS_H_
