// A resumable run for hosts that answer tasks themselves (the WebAssembly package): every call
// takes and returns JSON text, and errors are values ({"error": "..."}), never exceptions.
//
//   Session s = Session::Create(definition, input_json,
//                               R"({"mocks": {...}, "host": {"states": ["Call"]}, "seed": 1})");
//   s.Advance(1000);  // {"state": "waiting", "status": "RUNNING", "pending": [{"token", ...}]}
//   s.Complete(token, "{\"ok\": true}");
//   s.Advance(1000);  // {"state": "finished", "status": "SUCCEEDED", "pending": []}
//   s.Report();       // the `asl run --json --history` object plus "dataFlow"
//
// Who answers a Task: the host when its state name or resource is in "host", else the mocks.
// Without "host" the session runs exactly as `asl run` (a task nobody answers fails the
// execution with States.Runtime). With "host", a task that neither the host nor a mock answers
// fails the task itself with States.Runtime and the same reason: the engine ends executions
// only from inside, so the failure goes through the task (and a Catch naming States.Runtime can
// catch it).
#ifndef ASL_CORE_API_SESSION_H_
#define ASL_CORE_API_SESSION_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/api/task_rounds.h"
#include "core/engine/execution.h"
#include "core/json/value.h"
#include "core/mocks/mock_table.h"

namespace asl::api {

class TaskRouter;

class Session {
 public:
  // Options (every member optional):
  //   "mocks": {simple mock table}, "host": {"states": [names], "resources": [ARNs]},
  //   "startTime": "RFC3339", "seed": N,
  //   "history": bool (default true), "dataFlow": bool (default true),
  //   "maxPayloadBytes": N (default 262144, 0 = no quota),
  //   "maxHistoryEvents": N (default 25000, 0 = no quota),
  //   "maxTransitions": N (default 0 = no bound).
  // An invalid definition, input or option leaves the session unstarted; error() then holds the
  // JSON error value: {"error": message, "kind": "definition"|"input"|"options",
  // "diagnostics": [...]} (diagnostics only for "definition").
  static Session Create(std::string_view definition, std::string_view input_json,
                        std::string_view options_json);

  Session(Session&&) noexcept;
  Session& operator=(Session&&) noexcept;
  ~Session();

  bool ok() const { return execution_ != nullptr; }
  // The creation error as JSON text ("" when ok()).
  const std::string& error() const { return error_; }

  // Runs at most `max_steps` engine steps; stops early when finished or when nothing can run
  // until the host answers. {"state": "running"|"waiting"|"finished",
  // "status": "RUNNING"|"SUCCEEDED"|..., "pending": [{"token", "state", "resource", "input",
  // "attempt"}]}: "waiting" when nothing can run before an answer, "running" when the budget ran
  // out; pending tasks in the order the engine submitted them (some may be pending while
  // "running").
  std::string Advance(int64_t max_steps);
  // Answers a pending task; {"ok": true} or {"error": ...}.
  std::string Complete(std::string_view token, std::string_view result_json);
  std::string Fail(std::string_view token, std::string_view error, std::string_view cause);
  // Advance for hosts that answer tasks in rounds, in the compact texts of task_rounds.h:
  // applies `answers` to the tasks of the last Settle's listing, runs at most `max_steps` steps
  // as Advance does and returns the new listing; {"error": ...} when the answers are malformed
  // (then nothing is applied or run). The text is the session's, valid until its next call.
  const std::string& Settle(std::string_view answers, int64_t max_steps);
  // The service's SendTaskHeartbeat for a pending task: {"ok": true} or {"error": ...} (an
  // unknown, answered or timed-out token).
  std::string Heartbeat(std::string_view token);
  // The host answers nothing before the virtual instant `epoch_ms`: fires the timers due by then
  // (Wait states, retry back-off, task TimeoutSeconds / HeartbeatSeconds, the machine's
  // TimeoutSeconds) and runs what they make ready (Execution::AdvanceClockTo), then returns the
  // listing as Settle does (the answers of the last listing must have been settled before).
  std::string AdvanceClockTo(int64_t epoch_ms);
  // The virtual clock: {"now": ms since the epoch, "next": the next timer's deadline or null}.
  std::string Clock();
  // Ends the execution as ABORTED; {"ok": true}.
  std::string Stop();
  // The report so far: {"status", "output", "error", "cause", "events": [...], "dataFlow": [...]}
  // ("events" when history is recorded, "dataFlow" when data flow is).
  std::string Report();
  // The parts of the report, for hosts that read the history only when asked:
  // {"status", "output", "error", "cause"}, the events array and the data flow array.
  std::string Outcome();
  std::string History();
  std::string DataFlow();
  // {"events": [history events from the `first`-th (0-based) on], "count": events so far}.
  std::string EventsSince(int64_t first);
  // The context object ($$) each pending task sees, in the order of Advance's "pending", as the
  // engine built it with the request (mocks::TaskRequest::context): Execution, StateMachine,
  // State {Name, EnteredTime, RetryCount} and Task {Token}.
  std::string PendingContexts();

 private:
  Session();
  std::string StateJson(bool blocked);
  // Runs at most `max_steps` steps; true when the last one found nothing to run.
  bool RunSteps(int64_t max_steps);
  // The report so far; once the execution has finished, the final one, taken from the engine
  // without copying the history.
  const engine::ExecutionReport& CurrentReport();
  // The events so far; while running, the engine's own (no copy).
  const engine::EventList& Events();

  std::unique_ptr<mocks::MockTable> mocks_;  // Stable address: the execution points at it.
  std::unique_ptr<TaskRouter> router_;       // Set when the host answers some tasks.
  std::unique_ptr<engine::Execution> execution_;
  TaskRounds rounds_;
  std::optional<engine::ExecutionReport> final_report_;
  bool history_ = true;
  bool data_flow_ = true;
  std::string error_;
  std::string settle_error_;  // What Settle returned last when the answers were malformed.
};

}  // namespace asl::api

#endif  // ASL_CORE_API_SESSION_H_
