// The seam between the engine and whoever answers Task states.
//
// A Task state does not call out: it yields a TaskRequest and a host answers it with a
// TaskOutcome (a result, or an error and cause). A TaskInvoker answers synchronously when it
// can (mocks, native handlers); when it cannot, the request stays pending and the host answers
// later through the execution's CompleteTask / FailTask (e.g. an async JavaScript function).
#ifndef ASL_CORE_MOCKS_TASK_INVOKER_H_
#define ASL_CORE_MOCKS_TASK_INVOKER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/json/value.h"

namespace asl::mocks {

struct TaskRequest {
  // The state's name and its Resource, as JSON strings shared with the state machine: making,
  // copying and listing a request copies no text.
  json::Value state_name;
  json::Value resource;
  json::Value parameters;       // The effective input of the task (after InputPath / Parameters).
  std::string task_token;       // Unique per request within one execution.
  int64_t attempt = 0;          // 0 for the first try, n for the n-th retry.
  int64_t entered_time_ms = 0;  // When the Task state was entered ($$.State.EnteredTime).
  // The context object ($$) the task runs in, as the engine builds it where the request is made:
  // Execution, StateMachine, State {Name, EnteredTime, RetryCount}, Task {Token} (no Map: the
  // service shows $$.Map.Item only to the Map state's ItemSelector). Null when the requester has
  // none. Built on the first call from `build_context` unless `context` was set.
  const json::Value& Context() const {
    if (context.is_null() && build_context) context = build_context(*this);
    return context;
  }
  // The context object once built, or as the requester gave it.
  mutable json::Value context;
  // Builds the context object of this request (the engine sets it, so a request nobody asks
  // about costs no context object). It reads the request and what it captured; the engine's
  // builder reads its execution, so read the context of a request while its execution lives.
  std::function<json::Value(const TaskRequest&)> build_context;
  // The state's TimeoutSeconds and HeartbeatSeconds as resolved for this attempt (literal,
  // *Path or JSONata), when it sets them. The engine times out a task the host leaves
  // unanswered that long on the virtual clock (see Execution::AdvanceClockTo).
  std::optional<int64_t> timeout_seconds;
  std::optional<int64_t> heartbeat_seconds;
};

// An ASL error: a name (e.g. "States.TaskFailed", "MyError"; empty when the task reported none)
// and a human-readable cause (absent when the task reported none).
struct TaskFailure {
  std::string error;
  std::optional<std::string> cause;
  friend bool operator==(const TaskFailure&, const TaskFailure&) = default;
};

// Exactly one of `result` (success) or `failure` is meaningful, as `failed` says.
struct TaskOutcome {
  bool failed = false;
  json::Value result;
  TaskFailure failure;

  static TaskOutcome Success(json::Value result) { return {false, std::move(result), {}}; }
  static TaskOutcome Failure(std::string error, std::optional<std::string> cause) {
    return {true, {}, {std::move(error), std::move(cause)}};
  }
};

class TaskInvoker {
 public:
  virtual ~TaskInvoker() = default;
  // The outcome of `request`, or nullopt when this invoker has no answer for it; then
  // `*why_not` (if given) says why in one sentence that names the state.
  virtual std::optional<TaskOutcome> Invoke(const TaskRequest& request, std::string* why_not) = 0;
};

}  // namespace asl::mocks

#endif  // ASL_CORE_MOCKS_TASK_INVOKER_H_
