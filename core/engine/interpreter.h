// The engine's core: frames, the scheduler, history and data flow for one execution.
// State handlers (states/*.cc) drive frames through the operations below; Execution
// (execution.h) is the public face.
//
// Deterministic and single-threaded: ready frames run in FIFO order, one state step each;
// timers (Wait states, retry back-off, task TimeoutSeconds / HeartbeatSeconds, the machine's
// TimeoutSeconds) fire in (deadline, arming order); when nothing is ready and no task is out
// with the host, the virtual clock jumps to the next deadline. While a task is out, only
// AdvanceClockTo moves the clock (interpreter_clock.cc).
#ifndef ASL_CORE_ENGINE_INTERPRETER_H_
#define ASL_CORE_ENGINE_INTERPRETER_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/data_flow.h"
#include "core/engine/execute_options.h"
#include "core/engine/execution_report.h"
#include "core/engine/frame.h"
#include "core/engine/history.h"
#include "core/engine/payload_size.h"
#include "core/engine/pending_tasks.h"
#include "core/engine/program.h"
#include "core/engine/seeded_random.h"
#include "core/engine/virtual_clock.h"
#include "core/jsonata/jsonata.h"
#include "core/mocks/task_invoker.h"
#include "core/model/state_machine.h"
#include "core/path/environment.h"

namespace asl::engine {

class Interpreter {
 public:
  Interpreter(std::shared_ptr<const model::StateMachine> model, ExecuteOptions options);
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Records ExecutionStarted and enters StartAt.
  void Start(json::Value input);
  // Runs one step of the next ready frame, firing due timers first. False when nothing could
  // run: the execution finished, or it waits for the host's answer to a task.
  bool Step();
  // The host's answer to a pending task. False for an unknown or already answered token.
  bool AnswerTask(std::string_view token, const mocks::TaskOutcome& outcome);
  // The service's SendTaskHeartbeat: restarts the heartbeat timer of the pending task with
  // `token` from now. False for an unknown or answered token.
  bool SendTaskHeartbeat(std::string_view token);
  // The host gives no answer before `epoch_ms`: fires every timer due by then, running the
  // ready frames between them, and leaves the clock at `epoch_ms` (unless the run finished).
  void AdvanceClockTo(int64_t epoch_ms);
  // The earliest live timer's deadline; nullopt when none is armed or the run finished.
  std::optional<int64_t> NextDeadline();
  // Ends a running execution as ABORTED (the service's StopExecution).
  void Stop(std::optional<std::string> error, std::optional<std::string> cause);

  bool finished() const { return report_.status != ExecutionStatus::kRunning; }
  int64_t now_ms() const { return clock_.now_ms(); }
  ExecutionStatus report_status() const { return report_.status; }
  std::span<const mocks::TaskRequest> pending_tasks() const { return pending_.requests(); }
  // The events recorded so far, without copying (empty once TakeReport moved them out).
  const EventList& events() const { return history_.events(); }
  // The report so far; history and data flow are filled in as the run goes.
  const ExecutionReport& report();
  // The final report, moved out (the interpreter is spent afterwards).
  ExecutionReport TakeReport();

  // ---- For state handlers ----
  const ExecuteOptions& options() const { return options_; }
  VirtualClock& clock() { return clock_; }
  SeededRandom& random() { return random_; }
  // $partition, $range, $hash, $random, $uuid, $parse (and $eval refused), bound to this
  // execution's generator; built on first use.
  const jsonata::Bindings& StepFunctionsFunctions();
  const CompiledState& Current(const Frame& frame) const {
    return frame.machine->states[frame.state];
  }
  // Appends an event for `frame` (timestamp now, previousEventId from the frame). Returns its
  // id, or 0 once the execution has finished.
  int64_t Emit(Frame& frame, HistoryEvent&& event);
  // Whether events are kept; when not, callers may skip building their details.
  bool recording_history() const { return options_.record_history; }
  // The data-flow record of the frame's current state, or nullptr when not recording.
  DataFlowRecord* Flow(Frame& frame);
  // $ = `input`, $$ = the context object (built only when the state refers to "$$"),
  // $name = the frame's variables.
  path::Environment Environment(Frame& frame, const json::Value& input);
  // Gives the frame a fresh task token ($$.Task.Token) for the request it is about to send.
  const std::string& NewTaskToken(Frame& frame);
  // The context object ($$) for the frame's current state.
  const json::Value& Context(Frame& frame);
  // For TaskRequest::build_context: the context object of a Task state, as Context(frame)
  // gives it, with the request's state name, entry time, attempt and token.
  std::function<json::Value(const mocks::TaskRequest&)> TaskContextBuilder();

  // The state is done with `output`: records its exit event (with the variables `assigned`,
  // if any) and goes to `next` (or ends the frame when next == kNoState).
  void ExitState(Frame& frame, json::Value output, uint32_t next,
                 const json::Value& assigned = json::Value());
  // The frame ends with `error` (after the state's own Retry/Catch, if any, gave up).
  void FailFrame(Frame& frame, StateError error);
  // The frame sleeps until `deadline_ms`, then its handler runs again with `phase`.
  void WaitUntil(Frame& frame, int64_t deadline_ms, uint8_t phase);
  // Sends a task request (with the frame's token from NewTaskToken, or a new one). The outcome
  // arrives through the handler's OnTaskOutcome, at once when the invoker answers, else when the
  // host does.
  void SubmitTask(Frame& frame, mocks::TaskRequest&& request);
  // Starts a child frame running `machine` with `input` (a Parallel branch or Map iteration).
  // With `silent`, the child's events stay out of the history (a Distributed Map's child
  // executions have their own histories).
  Frame& SpawnChild(Frame& parent, const CompiledMachine& machine, json::Value input,
                    uint32_t child_index, bool silent = false);
  // Drops a child that has finished. The frame stays valid until the next Step, so a handler
  // that finished it may still be on the stack.
  void ReleaseFrame(uint32_t frame_id);
  // Abandons a running child and everything it spawned (their timers and tasks lapse).
  void AbortFrame(uint32_t frame_id);
  Frame* FindFrame(uint32_t frame_id);
  // A States.Runtime error whose cause names the state as the service does: "An error
  // occurred while executing the state 'X' (entered at the event id #N). <detail>".
  StateError RuntimeError(const Frame& frame, std::string_view detail) const;
  // A terminal States.DataLimitExceeded when `value` is larger than the payload quota.
  std::optional<StateError> CheckPayloadSize(const Frame& frame, const json::Value& value);

 private:
  enum class TimerKind : uint8_t { kWake, kTaskTimeout, kHeartbeat, kExecution };
  struct Timer {
    int64_t deadline_ms;
    uint64_t sequence;
    uint32_t frame_id;
    uint64_t generation;  // The frame's wake_generation when armed.
    TimerKind kind;
    bool operator>(const Timer& other) const {
      return deadline_ms != other.deadline_ms ? deadline_ms > other.deadline_ms
                                              : sequence > other.sequence;
    }
  };

  void EnterState(Frame& frame, uint32_t state, json::Value input);
  // Emit for an event whose details the history does not keep.
  int64_t CountEvent(Frame& frame, EventType type);
  // Ends the execution when the event just appended reached the history quota.
  void CheckHistoryLimit(EventType type);
  void FinishFrame(Frame& frame);
  // The execution's variable quota (ExecuteOptions::max_variable_bytes): the terminal
  // States.DataLimitExceeded when `assigned`, replacing what the frame's scope holds under the
  // same names, would bring all stored variables over it; else sets `*growth` to the bytes the
  // assignment adds (negative when it shrinks them).
  std::optional<StateError> CheckStoredVariables(Frame& frame, const json::Value& assigned,
                                                 int64_t* growth);
  // A Parallel branch's or Map iteration's variables go out of scope when it ends.
  void DropScopeVariables(Frame& frame);
  void FinishExecution(ExecutionStatus status, json::Value output, std::optional<std::string> error,
                       std::optional<std::string> cause);
  // Arms a timer for `deadline_ms`; returns its sequence.
  uint64_t ArmTimer(int64_t deadline_ms, uint32_t frame_id, uint64_t generation, TimerKind kind);
  // False for a timer whose wait, task or execution is over.
  bool TimerLive(const Timer& timer);
  // Fires the earliest due timer (see the class comment for how far the clock may jump).
  bool FireDueTimer();
  // Drops a pending task's token and request.
  void ForgetTask(std::string_view token);
  void TimeOutTask(Frame& frame, bool heartbeat);
  void MakeReady(Frame& frame);
  json::Value ExecutionContext();

  std::shared_ptr<const model::StateMachine> model_;
  ExecuteOptions options_;
  std::unique_ptr<CompiledMachine> program_;
  std::string compile_problem_;
  VirtualClock clock_;
  SeededRandom random_;
  std::optional<jsonata::Bindings> jsonata_functions_;
  History history_;
  PayloadSizer payload_sizer_;
  int64_t variable_bytes_ = 0;  // All stored variables of the live scopes.
  ExecutionReport report_;

  std::vector<std::unique_ptr<Frame>> frames_;  // By id; null once released.
  std::vector<uint32_t> released_;              // Freed at the start of the next Step.
  std::deque<uint32_t> ready_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers_;
  uint64_t timer_sequence_ = 0;
  PendingTasks pending_;
  std::optional<int64_t> advance_limit_;  // Set during AdvanceClockTo.

  json::Value input_;
  json::Value execution_context_;  // $$.Execution and $$.StateMachine, built on first use.
  uint64_t entries_ = 0;           // States entered so far (Frame::entry).
  json::Value context_base_;       // $$ without Task and Map, for ...
  uint64_t context_entry_ = 0;     // ... this state entry ...
  int64_t context_retries_ = -1;   // ... after this many retries.
  json::Value context_;            // The last context object built.
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_INTERPRETER_H_
