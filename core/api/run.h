// Running a definition to completion with mocked tasks: the facade behind `asl run` and
// `asl test`. Definitions are validated first; a definition with errors is not run.
#ifndef ASL_CORE_API_RUN_H_
#define ASL_CORE_API_RUN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/api/asl.h"
#include "core/engine/execution_report.h"
#include "core/engine/history.h"
#include "core/json/value.h"
#include "core/mocks/mock_table.h"

namespace asl::api {

struct RunRequest {
  std::string_view definition;
  json::Value input = json::Value::FromUniqueMembers({});
  mocks::MockTable* mocks = nullptr;  // Not owned; nullptr means no task is mocked.
  std::optional<int64_t> start_time_ms;  // The virtual clock's start; the engine's default if unset.
  uint64_t seed = 0;
  bool record_history = true;
  bool record_data_flow = false;
  // The history quota: the execution fails with States.Runtime when it would record more
  // events (the service's 25,000 by default; 0 = no quota).
  int64_t max_history_events = engine::kMaxHistoryEvents;
};

struct RunResult {
  bool ran = false;              // False when the definition has errors (see validation).
  ValidationReport validation;   // Always filled: warnings are reported on runs too.
  engine::ExecutionReport report;  // Filled when ran.
};

RunResult Run(const RunRequest& request);

// Parses a JSON document named `name` (a file name, or "<stdin>"); on failure returns nullopt
// and sets *error to "NAME:LINE:COLUMN: message".
std::optional<json::Value> ParseDocument(std::string_view text, std::string_view name,
                                         std::string* error);

}  // namespace asl::api

#endif  // ASL_CORE_API_RUN_H_
