// The engine's public face: run a validated state machine, step by step or until it blocks.
//
//   auto machine = std::make_shared<model::StateMachine>(model::BuildStateMachine(definition));
//   mocks::MockTable mocks = ...;
//   Execution run = Execution::Start(machine, input, {.invoker = &mocks});
//   run.RunUntilBlocked();                       // kFinished: report() is final.
//
// With `host_answers_tasks`, Task states the invoker does not answer wait for the host:
// RunUntilBlocked returns kWaitingForHost, pending_tasks() lists the requests, and
// CompleteTask / FailTask answer them by token. One thread, no sleeping: Wait states, retry
// back-off and timeouts run on a virtual clock, so the same inputs and seed give the same
// history.
//
// Time and the host. While a task is out with the host, Step() / RunUntilBlocked() never move
// the clock: the host's work takes no virtual time, and a host that never answers blocks the
// run. A host that will not answer before some instant says so with AdvanceClockTo(t): every
// timer due by t fires in (deadline, arming) order — Wait states, retry back-off, the task
// TimeoutSeconds (armed at submission + TimeoutSeconds) and HeartbeatSeconds (armed at
// submission or the last SendTaskHeartbeat + HeartbeatSeconds), the machine's TimeoutSeconds —
// with the ready frames run between timers as usual; then the clock rests at t. NextDeadline()
// says when the next timer is due, so a host with nothing to answer can jump straight to it.
// A timed-out task leaves pending_tasks(), its token is refused from then on, and the history
// records the family's TaskTimedOut / LambdaFunctionTimedOut / ActivityTimedOut with error
// States.Timeout; Retry and Catch follow (States.Timeout handles it; so does
// States.HeartbeatTimeout when HeartbeatSeconds ran out; States.TaskFailed does not). Tasks
// answered by the invoker (mocks) answer at the instant they are submitted: no timeout fires.
// Definitions must have passed validation; the engine does not report definition problems (it fails
// the execution with States.Runtime if it meets one).
#ifndef ASL_CORE_ENGINE_EXECUTION_H_
#define ASL_CORE_ENGINE_EXECUTION_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/execute_options.h"
#include "core/engine/execution_report.h"
#include "core/json/value.h"
#include "core/mocks/task_invoker.h"
#include "core/model/state_machine.h"

namespace asl::engine {

class Interpreter;

class Execution {
 public:
  enum class RunState { kFinished, kWaitingForHost };

  static Execution Start(std::shared_ptr<const model::StateMachine> machine, json::Value input,
                         ExecuteOptions options = {});

  Execution(Execution&&) noexcept;
  Execution& operator=(Execution&&) noexcept;
  ~Execution();

  // Runs one state step (firing due timers first). False when nothing could run.
  bool Step();
  // Steps until the execution finishes or waits for the host's answers.
  RunState RunUntilBlocked();

  std::span<const mocks::TaskRequest> pending_tasks() const;
  // Answers the pending task with `token`. False for an unknown or answered token.
  bool CompleteTask(std::string_view token, json::Value result);
  bool FailTask(std::string_view token, std::string error, std::string cause);
  // The service's SendTaskHeartbeat: the pending task with `token` restarts its HeartbeatSeconds
  // timer from now (a task without HeartbeatSeconds accepts it and nothing changes). False for
  // an unknown, answered or timed-out token.
  bool SendTaskHeartbeat(std::string_view token);
  // The host gives no answer before the virtual instant `epoch_ms` (ms since the Unix epoch):
  // fires every timer due by then, running the ready frames between timers as RunUntilBlocked
  // would, and leaves the clock at `epoch_ms` unless the run finished first. Never moves the
  // clock back, and never past `epoch_ms`: timers due later stay armed. Returns kFinished when
  // the run is over, else kWaitingForHost (pending_tasks() may then be empty when only later
  // timers remain: call RunUntilBlocked, or AdvanceClockTo(*NextDeadline())).
  RunState AdvanceClockTo(int64_t epoch_ms);
  // The deadline of the earliest armed timer; nullopt when none is armed or the run is over.
  std::optional<int64_t> NextDeadline();
  // The virtual clock now (ms since the Unix epoch).
  int64_t now_ms() const;
  // Ends the execution as ABORTED, as the service's StopExecution does.
  void Stop(std::optional<std::string> error = std::nullopt,
            std::optional<std::string> cause = std::nullopt);

  ExecutionStatus status() const;
  // The history events recorded so far, without copying them (report() copies). Valid until the
  // next call that changes the execution; empty after TakeReport.
  const EventList& events() const;
  // The report so far (final once status() is not kRunning).
  const ExecutionReport& report();
  // The final report, moved out without copying the history; the Execution is spent after.
  ExecutionReport TakeReport();

 private:
  explicit Execution(std::unique_ptr<Interpreter> interpreter);
  std::unique_ptr<Interpreter> interpreter_;
};

// Runs to the end with `options.invoker` answering every task (no host); the common case for
// the CLI, tests and benchmarks.
ExecutionReport RunToCompletion(std::shared_ptr<const model::StateMachine> machine,
                                json::Value input, ExecuteOptions options = {});

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_EXECUTION_H_
