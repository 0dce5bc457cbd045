// How data moved through each state entered, named as the service's TestState names its
// inspection data (input, afterInputPath, afterParameters, afterArguments, result,
// afterResultSelector, afterResultPath, output, variables, errorDetails). JSONata states record
// input, afterArguments, result, output and variables. Values are shared, never copied.
#ifndef ASL_CORE_ENGINE_DATA_FLOW_H_
#define ASL_CORE_ENGINE_DATA_FLOW_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "core/json/value.h"

namespace asl::engine {

struct DataFlowErrorDetails {
  std::optional<int64_t> retry_index;                     // The Retrier that matched.
  std::optional<int64_t> catch_index;                     // The Catcher that matched.
  std::optional<int64_t> retry_backoff_interval_seconds;  // The wait before the retry.
};

// One record per state entered (per attempt of a retried state). A stage that did not
// happen (no Parameters, the state failed before it) stays absent.
struct DataFlowRecord {
  json::Value state_name;        // String.
  int64_t entered_event_id = 0;  // The *StateEntered event (0 when history is off).
  std::optional<json::Value> input;
  std::optional<json::Value> after_input_path;
  std::optional<json::Value> after_parameters;
  std::optional<json::Value> after_arguments;  // JSONata Arguments.
  std::optional<json::Value> result;
  std::optional<json::Value> after_result_selector;
  std::optional<json::Value> after_result_path;
  std::optional<json::Value> output;
  std::optional<json::Value> variables;  // The variables in scope on entry.
  std::optional<json::Value> error;      // {"Error": ..., "Cause": ...} when the state failed.
  std::optional<DataFlowErrorDetails> error_details;
};

// {"stateName": ..., "enteredEventId": n, "input": ..., ...}: present stages as JSON values.
json::Value DataFlowToJson(const DataFlowRecord& record);
json::Value DataFlowToJson(const std::vector<DataFlowRecord>& records);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_DATA_FLOW_H_
