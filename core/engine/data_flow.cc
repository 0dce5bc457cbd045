#include "core/engine/data_flow.h"

#include <utility>

namespace asl::engine {
namespace {

void AddIfSet(json::Members& out, const char* key, const std::optional<json::Value>& value) {
  if (value) out.push_back({key, *value});
}

void AddIfSet(json::Members& out, const char* key, const std::optional<int64_t>& value) {
  if (value) out.push_back({key, json::Value(*value)});
}

}  // namespace

json::Value DataFlowToJson(const DataFlowRecord& r) {
  json::Members out;
  out.push_back({"stateName", r.state_name});
  out.push_back({"enteredEventId", json::Value(r.entered_event_id)});
  AddIfSet(out, "input", r.input);
  AddIfSet(out, "afterInputPath", r.after_input_path);
  AddIfSet(out, "afterParameters", r.after_parameters);
  AddIfSet(out, "afterArguments", r.after_arguments);
  AddIfSet(out, "result", r.result);
  AddIfSet(out, "afterResultSelector", r.after_result_selector);
  AddIfSet(out, "afterResultPath", r.after_result_path);
  AddIfSet(out, "output", r.output);
  AddIfSet(out, "variables", r.variables);
  AddIfSet(out, "error", r.error);
  if (r.error_details) {
    json::Members details;
    AddIfSet(details, "retryIndex", r.error_details->retry_index);
    AddIfSet(details, "catchIndex", r.error_details->catch_index);
    AddIfSet(details, "retryBackoffIntervalSeconds",
             r.error_details->retry_backoff_interval_seconds);
    out.push_back({"errorDetails", json::Value::FromUniqueMembers(std::move(details))});
  }
  return json::Value::FromUniqueMembers(std::move(out));
}

json::Value DataFlowToJson(const std::vector<DataFlowRecord>& records) {
  json::Array out;
  out.reserve(records.size());
  for (const DataFlowRecord& r : records) out.push_back(DataFlowToJson(r));
  return json::Value(std::move(out));
}

}  // namespace asl::engine
