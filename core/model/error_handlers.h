// Retry and Catch: the error handlers of Task, Parallel and Map states.
#ifndef ASL_CORE_MODEL_ERROR_HANDLERS_H_
#define ASL_CORE_MODEL_ERROR_HANDLERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/value.h"
#include "core/model/path_field.h"

namespace asl::model {

enum class JitterStrategy { kNone, kFull };

// One Retry entry (ASL "Retriers"; MaxDelaySeconds and JitterStrategy are AWS additions).
// Defaults are the spec's: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0.
struct Retrier {
  std::string_view pointer;  // e.g. "/States/Call/Retry/0" (in the PointerArena).
  std::vector<std::string> error_equals;
  int64_t interval_seconds = 1;
  int64_t max_attempts = 3;
  double backoff_rate = 2.0;
  std::optional<int64_t> max_delay_seconds;
  JitterStrategy jitter_strategy = JitterStrategy::kNone;
  std::optional<std::string> comment;
};

// One Catch entry ("Catchers"). Output and Assign apply in JSONata states, ResultPath in
// JSONPath states.
struct Catcher {
  std::string_view pointer;  // e.g. "/States/Call/Catch/0" (in the PointerArena).
  std::vector<std::string> error_equals;
  std::string next;
  PathField result_path;
  std::optional<json::Value> output;
  std::optional<json::Value> assign;
  std::optional<std::string> comment;
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_ERROR_HANDLERS_H_
