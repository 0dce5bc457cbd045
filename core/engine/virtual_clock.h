// The execution's clock: an instant that only moves when the engine moves it.
//
// Wait states, retry back-off and timeouts read and advance this clock instead of sleeping,
// so a run is deterministic and tests never sleep.
#ifndef ASL_CORE_ENGINE_VIRTUAL_CLOCK_H_
#define ASL_CORE_ENGINE_VIRTUAL_CLOCK_H_

#include <cstdint>

namespace asl::engine {

class VirtualClock {
 public:
  explicit VirtualClock(int64_t start_epoch_ms = 0) : now_ms_(start_epoch_ms) {}

  int64_t now_ms() const { return now_ms_; }
  // Moves to `epoch_ms` when that is later; the clock never goes back.
  void AdvanceTo(int64_t epoch_ms) {
    if (epoch_ms > now_ms_) now_ms_ = epoch_ms;
  }
  // Moves forward by `ms` (negative amounts are ignored).
  void Advance(int64_t ms) {
    if (ms > 0) now_ms_ += ms;
  }

 private:
  int64_t now_ms_;
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_VIRTUAL_CLOCK_H_
