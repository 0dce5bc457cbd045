// A thread of control inside an execution: the execution itself, one Parallel branch or one Map
// iteration. The scheduler runs ready frames one state step at a time.
#ifndef ASL_CORE_ENGINE_FRAME_H_
#define ASL_CORE_ENGINE_FRAME_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/engine/program.h"
#include "core/engine/retry_backoff.h"
#include "core/engine/state_error.h"
#include "core/engine/variable_scope.h"
#include "core/json/value.h"

namespace asl::engine {

enum class FrameStatus : uint8_t {
  kReady,            // In the ready queue.
  kWaitingTimer,     // Wait state, retry back-off: woken by the clock.
  kWaitingTask,      // A task request is out.
  kWaitingChildren,  // Parallel branches / Map iterations are running.
  kDone,
};

// State-specific progress of a Parallel or Map state (their files define subclasses).
class ChildProgress {
 public:
  virtual ~ChildProgress() = default;
};

inline constexpr uint32_t kNoFrame = UINT32_MAX;

struct Frame {
  uint32_t id = 0;
  uint32_t parent = kNoFrame;  // The frame of the Parallel/Map state that spawned this one.
  uint32_t child_index = 0;    // Branch or item index within the parent.
  const CompiledMachine* machine = nullptr;
  uint32_t state = kNoState;  // The current state.
  FrameStatus status = FrameStatus::kReady;
  // Where the current state stands; 0 right after entering. Each handler defines its phases.
  uint8_t phase = 0;
  uint64_t wake_generation = 0;  // Invalidates timers of an earlier wait or task.

  json::Value input;  // The current state's raw input.
  int64_t entered_event_id = 0;
  int64_t entered_previous_event_id = 0;  // previousEventId of the *StateEntered event.
  uint64_t entry = 0;         // Unique per state entered in the execution (keys the context cache).
  int64_t last_event_id = 0;  // previousEventId of this frame's next event.
  int64_t entered_time_ms = 0;
  RetryCounters retries;
  std::string task_token;  // While kWaitingTask.
  // While a task is out with the host: its HeartbeatSeconds in ms (0 when unset) and the
  // sequence of its live heartbeat timer (an earlier one lapses when a heartbeat re-arms it).
  int64_t heartbeat_ms = 0;
  uint64_t heartbeat_timer = 0;
  int64_t flow = -1;  // Index of the current state's data-flow record, -1 when off.

  std::shared_ptr<VariableScope> scope;
  // $$.Map.Item while a Map state evaluates its ItemSelector; null otherwise.
  json::Value map_item;
  bool silent = false;    // Records no history events (Distributed Map children).
  bool released = false;  // Freed at the interpreter's next step.
  std::unique_ptr<ChildProgress> progress;

  // Set when the frame is done.
  json::Value output;
  std::optional<StateError> error;
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_FRAME_H_
