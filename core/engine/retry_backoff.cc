#include "core/engine/retry_backoff.h"

#include <algorithm>
#include <cmath>

namespace asl::engine {
namespace {

constexpr double kMaxDelayMs = 365.0 * 24 * 3600 * 1000;

}  // namespace

int64_t BackoffDelayMs(const BackoffSpec& spec, int64_t retry_count, SeededRandom& random) {
  double seconds = static_cast<double>(std::max<int64_t>(spec.interval_seconds, 0)) *
                   std::pow(std::max(spec.backoff_rate, 0.0), static_cast<double>(retry_count));
  if (spec.max_delay_seconds && seconds > static_cast<double>(*spec.max_delay_seconds)) {
    seconds = static_cast<double>(std::max<int64_t>(*spec.max_delay_seconds, 0));
  }
  double ms = seconds * 1000.0;
  if (!(ms >= 0)) ms = 0;  // NaN from an absurd rate.
  ms = std::min(ms, kMaxDelayMs);
  int64_t delay = static_cast<int64_t>(std::llround(ms));
  if (spec.full_jitter) delay = random.NextInRange(0, delay);
  return delay;
}

int64_t RetryCounters::Increment(size_t retrier) {
  if (retrier >= counts_.size()) counts_.resize(retrier + 1, 0);
  ++total_;
  return ++counts_[retrier];
}

}  // namespace asl::engine
