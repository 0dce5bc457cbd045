#include "core/engine/execution_report.h"

#include <utility>

namespace asl::engine {

std::string_view ExecutionStatusName(ExecutionStatus status) {
  switch (status) {
    case ExecutionStatus::kRunning:
      return "RUNNING";
    case ExecutionStatus::kSucceeded:
      return "SUCCEEDED";
    case ExecutionStatus::kFailed:
      return "FAILED";
    case ExecutionStatus::kTimedOut:
      return "TIMED_OUT";
    case ExecutionStatus::kAborted:
      return "ABORTED";
  }
  return "RUNNING";
}

json::Value ReportToJson(const ExecutionReport& report, bool with_history, bool with_data_flow) {
  json::Members out;
  out.push_back({"status", json::Value(ExecutionStatusName(report.status))});
  out.push_back(
      {"output", report.status == ExecutionStatus::kSucceeded ? report.output : json::Value()});
  out.push_back({"error", report.error ? json::Value(*report.error) : json::Value()});
  out.push_back({"cause", report.cause ? json::Value(*report.cause) : json::Value()});
  if (with_history) out.push_back({"events", HistoryToJson(report.history)});
  if (with_data_flow) out.push_back({"dataFlow", DataFlowToJson(report.data_flow)});
  return json::Value::FromUniqueMembers(std::move(out));
}

}  // namespace asl::engine
