#include "core/engine/states/state_handler.h"

#include "core/engine/interpreter.h"
#include "core/engine/states/state_handlers.h"

namespace asl::engine {

void StateHandler::OnTaskOutcome(Interpreter& interpreter, Frame& frame,
                                 const mocks::TaskOutcome&) const {
  interpreter.FailFrame(frame, interpreter.RuntimeError(frame,
                                                        "Internal error: this state "
                                                        "received a task outcome."));
}

void StateHandler::OnTaskTimedOut(Interpreter& interpreter, Frame& frame, bool) const {
  interpreter.FailFrame(frame, interpreter.RuntimeError(frame,
                                                        "Internal error: this state "
                                                        "received a task timeout."));
}

void StateHandler::OnChildDone(Interpreter& interpreter, Frame& frame, Frame&) const {
  interpreter.FailFrame(frame, interpreter.RuntimeError(frame,
                                                        "Internal error: this state "
                                                        "received a child's result."));
}

const StateHandler& JsonataHandlerFor(model::StateType type) {
  switch (type) {
    case model::StateType::kPass:
    case model::StateType::kSucceed:
      return JsonataPassHandler();
    case model::StateType::kFail:
      return JsonataFailHandler();
    case model::StateType::kChoice:
      return JsonataChoiceHandler();
    case model::StateType::kWait:
      return JsonataWaitHandler();
    case model::StateType::kTask:
    case model::StateType::kParallel:
    case model::StateType::kMap:
      break;  // One handler for both languages: it reads CompiledState::jsonata.
  }
  return HandlerFor(type);
}

const StateHandler& HandlerFor(model::StateType type) {
  switch (type) {
    case model::StateType::kPass:
      return PassHandler();
    case model::StateType::kTask:
      return TaskHandler();
    case model::StateType::kChoice:
      return ChoiceHandler();
    case model::StateType::kWait:
      return WaitHandler();
    case model::StateType::kSucceed:
      return SucceedHandler();
    case model::StateType::kFail:
      return FailHandler();
    case model::StateType::kParallel:
      return ParallelHandler();
    case model::StateType::kMap:
      return MapHandler();
  }
  return PassHandler();
}

}  // namespace asl::engine
