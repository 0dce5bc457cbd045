// Retry and Catch for Task, Parallel and Map states
// (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html):
// the Retriers are scanned in order and the first whose ErrorEquals handles the error decides:
// it retries while its attempts last (after the back-off wait); when they are spent, or no
// Retrier handles the error, the first Catcher that handles it transitions with the error
// output written at its ResultPath; otherwise the state fails. Terminal errors skip both.
#ifndef ASL_CORE_ENGINE_STATES_ERROR_RECOVERY_H_
#define ASL_CORE_ENGINE_STATES_ERROR_RECOVERY_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "core/engine/event_type.h"
#include "core/engine/frame.h"
#include "core/engine/seeded_random.h"
#include "core/engine/state_error.h"
#include "core/model/error_handlers.h"

namespace asl::engine {

class Interpreter;

struct Recovery {
  enum class Kind { kRetry, kCatch, kFail };
  Kind kind = Kind::kFail;
  size_t index = 0;      // The Retrier (kRetry) or Catcher (kCatch).
  int64_t delay_ms = 0;  // kRetry: the back-off before the next attempt.
};

// Decides what happens to `error`; counts the retry in `counters` when it decides kRetry.
Recovery DecideRecovery(const std::vector<model::Retrier>& retriers,
                        const std::vector<model::Catcher>& catchers, const StateError& error,
                        RetryCounters& counters, SeededRandom& random);

// Acts on DecideRecovery for the frame's current state: waits and runs the handler again with
// `retry_phase`, or exits through the Catcher, or fails the frame. `failed_event` (e.g.
// MapStateFailed) is recorded when the state gives up, i.e. before catching or failing, not
// before a retry, as the service records it.
void RecoverOrFail(Interpreter& interpreter, Frame& frame, StateError error,
                   const std::vector<model::Retrier>& retriers,
                   const std::vector<model::Catcher>& catchers, uint8_t retry_phase,
                   std::optional<EventType> failed_event = std::nullopt);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_STATES_ERROR_RECOVERY_H_
