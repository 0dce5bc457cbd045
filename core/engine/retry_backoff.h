// Retry back-off on the virtual clock.
//
// The n-th retry (n = 0 for the first) waits IntervalSeconds × BackoffRate^n seconds, capped by
// MaxDelaySeconds; with JitterStrategy FULL the wait is uniform in [0, that delay]
// (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html#error-handling-retrying-after-an-error).
#ifndef ASL_CORE_ENGINE_RETRY_BACKOFF_H_
#define ASL_CORE_ENGINE_RETRY_BACKOFF_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "core/engine/seeded_random.h"

namespace asl::engine {

struct BackoffSpec {
  int64_t interval_seconds = 1;
  double backoff_rate = 2.0;
  std::optional<int64_t> max_delay_seconds;
  bool full_jitter = false;
};

// Milliseconds to wait before retry number `retry_count` (0-based). Draws from `random` only
// when the spec asks for jitter. Never negative; bounded by a year, far above any
// permitted TimeoutSeconds, so arithmetic cannot overflow.
int64_t BackoffDelayMs(const BackoffSpec& spec, int64_t retry_count, SeededRandom& random);

// How many times each Retrier of one state has retried, reset when the state is entered.
class RetryCounters {
 public:
  void Reset(size_t retrier_count) {
    counts_.assign(retrier_count, 0);
    total_ = 0;
  }
  int64_t count(size_t retrier) const { return retrier < counts_.size() ? counts_[retrier] : 0; }
  // Counts one more retry of `retrier` and returns the new count.
  int64_t Increment(size_t retrier);
  // Retries made by all retriers together ($$.State.RetryCount).
  int64_t total() const { return total_; }

 private:
  std::vector<int64_t> counts_;
  int64_t total_ = 0;
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_RETRY_BACKOFF_H_
