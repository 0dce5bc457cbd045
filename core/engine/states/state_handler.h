// What each state type does. One implementation per file in core/engine/states/.
#ifndef ASL_CORE_ENGINE_STATES_STATE_HANDLER_H_
#define ASL_CORE_ENGINE_STATES_STATE_HANDLER_H_

#include <memory>

#include "core/engine/frame.h"
#include "core/engine/program.h"
#include "core/mocks/task_invoker.h"
#include "core/model/state_machine.h"
#include "core/model/states.h"

namespace asl::engine {

class Interpreter;

class StateHandler {
 public:
  virtual ~StateHandler() = default;
  // Prepares what the handler needs for `state` once, when the program is compiled
  // (`machine` has every state's index). Null when nothing is needed.
  virtual std::unique_ptr<const StatePlan> Prepare(const CompiledMachine& machine,
                                                   const model::State& state) const {
    return nullptr;
  }
  // Runs the current state of a ready frame: right after it was entered (frame.phase == 0)
  // or when a timer it set fires. Must leave the frame exited, failed, or waiting.
  virtual void Run(Interpreter& interpreter, Frame& frame) const = 0;
  // The task the frame waits for has an outcome.
  virtual void OnTaskOutcome(Interpreter& interpreter, Frame& frame,
                             const mocks::TaskOutcome& outcome) const;
  // The task the frame waits for timed out on the virtual clock: its TimeoutSeconds
  // (`heartbeat` false) or HeartbeatSeconds (true) passed without the host's answer.
  virtual void OnTaskTimedOut(Interpreter& interpreter, Frame& frame, bool heartbeat) const;
  // A child frame (branch or iteration) of this state finished (child.error tells how).
  virtual void OnChildDone(Interpreter& interpreter, Frame& frame, Frame& child) const;
};

// The handler of each state type.
const StateHandler& HandlerFor(model::StateType type);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_STATES_STATE_HANDLER_H_
