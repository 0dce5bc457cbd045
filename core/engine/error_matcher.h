// Which Retrier or Catcher handles an error ("ErrorEquals" matching).
#ifndef ASL_CORE_ENGINE_ERROR_MATCHER_H_
#define ASL_CORE_ENGINE_ERROR_MATCHER_H_

#include <span>
#include <string>
#include <string_view>

#include "core/engine/state_error.h"

namespace asl::engine {

// True when a handler with this ErrorEquals list handles `error`:
// - a name equal to the error matches;
// - "States.ALL" matches every error name;
// - "States.TaskFailed" matches every error name except the timeouts ("States.Timeout", and
//   "States.HeartbeatTimeout", which is a kind of timeout);
// - "States.Timeout" also matches "States.HeartbeatTimeout" (the guide: States.Timeout is
//   raised when a Task "failed to receive a heartbeat" too).
// Terminal errors (StateError::terminal) are never handled: callers check that first, see
// IsHandled.
bool ErrorEqualsMatches(std::span<const std::string> error_equals, std::string_view error);

// ErrorEqualsMatches for a StateError, where "States.HeartbeatTimeout" also matches a
// heartbeat timeout (StateError::heartbeat_timeout, recorded as "States.Timeout"); false for a
// terminal error.
bool IsHandled(std::span<const std::string> error_equals, const StateError& error);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_ERROR_MATCHER_H_
