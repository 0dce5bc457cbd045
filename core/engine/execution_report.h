// What an execution produced: status, output or error, history, data flow.
#ifndef ASL_CORE_ENGINE_EXECUTION_REPORT_H_
#define ASL_CORE_ENGINE_EXECUTION_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/data_flow.h"
#include "core/engine/history.h"
#include "core/json/value.h"

namespace asl::engine {

enum class ExecutionStatus { kRunning, kSucceeded, kFailed, kTimedOut, kAborted };

// "RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED" as the service spells them.
std::string_view ExecutionStatusName(ExecutionStatus status);

struct ExecutionReport {
  ExecutionStatus status = ExecutionStatus::kRunning;
  json::Value output;                // Set when SUCCEEDED.
  std::optional<std::string> error;  // Set when FAILED / TIMED_OUT / ABORTED.
  std::optional<std::string> cause;
  int64_t transitions = 0;  // States entered, in every branch and iteration.
  EventList history;
  std::vector<DataFlowRecord> data_flow;
};

// {"status": ..., "output": ..., "error": ..., "cause": ...} plus "events" (GetExecutionHistory
// shape) when `with_history`, and "dataFlow" when `with_data_flow`.
json::Value ReportToJson(const ExecutionReport& report, bool with_history, bool with_data_flow);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_EXECUTION_REPORT_H_
