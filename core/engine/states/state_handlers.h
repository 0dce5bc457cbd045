// The handler of each state type, one per file in this directory.
#ifndef ASL_CORE_ENGINE_STATES_STATE_HANDLERS_H_
#define ASL_CORE_ENGINE_STATES_STATE_HANDLERS_H_

#include "core/engine/states/state_handler.h"

namespace asl::engine {

const StateHandler& PassHandler();
const StateHandler& TaskHandler();
const StateHandler& ChoiceHandler();
const StateHandler& WaitHandler();
const StateHandler& SucceedHandler();
const StateHandler& FailHandler();
const StateHandler& ParallelHandler();
const StateHandler& MapHandler();
// The JSONata forms of the states that have one (Pass and Succeed share one). Task, Parallel and
// Map serve both query languages.
const StateHandler& JsonataPassHandler();
const StateHandler& JsonataFailHandler();
const StateHandler& JsonataChoiceHandler();
const StateHandler& JsonataWaitHandler();
const StateHandler& JsonataHandlerFor(model::StateType type);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_STATES_STATE_HANDLERS_H_
