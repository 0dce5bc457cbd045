// How an execution runs: its clock, its randomness, who answers tasks, what it records.
#ifndef ASL_CORE_ENGINE_EXECUTE_OPTIONS_H_
#define ASL_CORE_ENGINE_EXECUTE_OPTIONS_H_

#include <cstdint>
#include <string>

#include "core/engine/history.h"
#include "core/mocks/task_invoker.h"

namespace asl::engine {

// The service's payload quota (256 KiB of UTF-8 for inputs, outputs and task results).
inline constexpr int64_t kMaxPayloadBytes = 256 * 1024;
// The total size of all stored variables of one execution ("cannot exceed 10MiB per
// execution", workflow-variables.html, "Variable size limits").
inline constexpr int64_t kMaxVariableBytes = 10 * 1024 * 1024;

struct ExecuteOptions {
  // The virtual clock's start, in ms since the epoch (default 2024-01-01T00:00:00.000Z).
  int64_t start_time_ms = 1'704'067'200'000;
  uint64_t seed = 0;  // Seeds UUIDs, States.MathRandom and retry jitter.

  // Answers Task requests synchronously when it can (mocks, native handlers); not owned.
  mocks::TaskInvoker* invoker = nullptr;
  // When true, a request the invoker does not answer stays pending for the host
  // (Execution::CompleteTask / FailTask). When false it fails the execution with
  // States.Runtime and the invoker's reason, which names the state.
  bool host_answers_tasks = false;

  bool record_history = true;
  int64_t max_history_events = kMaxHistoryEvents;  // 0: no quota (benchmarks).
  bool record_data_flow = true;
  // 0 disables the payload quota (States.DataLimitExceeded).
  int64_t max_payload_bytes = kMaxPayloadBytes;
  // 0 disables the quota on all stored variables (States.DataLimitExceeded).
  int64_t max_variable_bytes = kMaxVariableBytes;
  // Stops a run after this many state transitions with States.Runtime; 0 = no bound. With the
  // history quota off, set this to keep an endless loop from running forever.
  int64_t max_transitions = 0;

  // Names for the context object ($$.Execution, $$.StateMachine) and ARNs.
  std::string execution_name = "execution";
  std::string state_machine_name = "StateMachine";
  std::string region = "us-east-1";
  std::string account = "123456789012";
  std::string role_arn = "arn:aws:iam::123456789012:role/StepFunctionsRole";
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_EXECUTE_OPTIONS_H_
