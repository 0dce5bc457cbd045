// Input and output processing of JSONPath states, in the service's order:
// InputPath -> Parameters -> (task) -> ResultSelector -> ResultPath -> OutputPath
// (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-input-output-filtering.html).
//
// Each step returns the new value or the StateError the service raises; values are shared.
#ifndef ASL_CORE_ENGINE_IO_PROCESSING_H_
#define ASL_CORE_ENGINE_IO_PROCESSING_H_

#include <optional>
#include <string_view>
#include <variant>

#include "core/engine/frame.h"
#include "core/engine/state_error.h"
#include "core/json/value.h"

namespace asl::engine {

class Interpreter;

using ValueOrError = std::variant<json::Value, StateError>;

// InputPath: absent or "$" keeps the input, null gives {}, a path that matches nothing is
// States.Runtime ("Invalid path '$.x' : No results for path: $['x']").
ValueOrError ApplyInputPath(Interpreter& interpreter, Frame& frame, const json::Value& input);
// OutputPath: as InputPath, applied to the state's result-combined value.
ValueOrError ApplyOutputPath(Interpreter& interpreter, Frame& frame, const json::Value& value);
// ResultPath: absent or "$" gives the result, null keeps `raw_input`, a Reference Path writes
// the result into `raw_input` (States.ResultPathMatchFailure when it cannot).
ValueOrError ApplyResultPath(Interpreter& interpreter, Frame& frame, const json::Value& raw_input,
                             json::Value result);
// As ApplyResultPath with a Catcher's ResultPath (`catcher` indexes the state's Catch list).
ValueOrError ApplyCatcherResultPath(Interpreter& interpreter, Frame& frame,
                                    const json::Value& raw_input, size_t catcher,
                                    json::Value error_output);

// The payload quota (ExecuteOptions::max_payload_bytes, AWS's 256 KiB,
// https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html) beyond state outputs,
// which Interpreter::ExitState measures (Interpreter::CheckPayloadSize measures any other value
// against it with the state's name in the cause).
//
// The variables one Assign sets: AWS limits a single variable and all the variables of one
// Assign field to 256 KiB (workflow-variables.html, "Variable size limits"). Over it, a terminal
// States.DataLimitExceeded (not caught by States.ALL, as for an output over the quota).
std::optional<StateError> CheckAssignedSize(Interpreter& interpreter, Frame& frame,
                                            const json::Value& assigned);
// What a task returned, measured before ResultSelector: AWS fails the task itself with
// States.DataLimitExceeded, recorded as the task's *Failed event, which Retry and Catch handle
// like any task error, States.ALL included (recorded: test_task_lambda_data_limit_exceeded_on_
// large_utf8_response and its catch_state_all variant). `resource` is what the cause names (the
// function ARN for Lambda). Not terminal.
std::optional<StateError> TaskResultOverQuota(Interpreter& interpreter, Frame& frame,
                                              const json::Value& result, std::string_view resource);

// The output of a failed state for a Catcher: {"Error": ..., "Cause": ...}, null for a missing
// name or cause (as recorded for a task that reported neither).
json::Value ErrorOutput(const StateError& error);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_IO_PROCESSING_H_
