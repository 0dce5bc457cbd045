// The task requests out with the host, in the order they were submitted, each with the id of
// the frame that waits for its answer.
//
// Answers mostly come in submission order (a round answers its listing from the first task),
// so the live requests start at an offset that moves past the answered ones: answering the
// oldest request shifts nothing, and once the storage has grown, a task costs no allocation.
// Finding a token scans from the oldest request.
#ifndef ASL_CORE_ENGINE_PENDING_TASKS_H_
#define ASL_CORE_ENGINE_PENDING_TASKS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/mocks/task_invoker.h"

namespace asl::engine {

class PendingTasks {
 public:
  void Add(mocks::TaskRequest&& request, uint32_t frame_id);
  // An empty string for a new request's token: the buffer of an answered request's token when
  // one is kept, so that once tasks have been answered a token costs no allocation.
  std::string TokenBuffer();
  // The id of the frame waiting for `token`, or nullopt when no request has it.
  std::optional<uint32_t> FrameOf(std::string_view token) const;
  // Drops the request with `token`; returns its frame's id, or nullopt when none has it.
  std::optional<uint32_t> Remove(std::string_view token);
  void Clear();

  // The live requests, oldest first; valid until the next change.
  std::span<const mocks::TaskRequest> requests() const {
    return std::span<const mocks::TaskRequest>(requests_).subspan(first_);
  }
  bool empty() const { return first_ == requests_.size(); }

 private:
  // The index of the live request with `token`, or requests_.size().
  size_t IndexOf(std::string_view token) const;
  // Keeps the token buffer of the request at `i`, which is about to be dropped (a few at most).
  void KeepTokenBuffer(size_t i);

  std::vector<mocks::TaskRequest> requests_;  // [0, first_) answered: emptied, not yet erased
  std::vector<uint32_t> frames_;              // Parallel to requests_.
  size_t first_ = 0;
  std::vector<std::string> token_buffers_;  // Empty strings with the capacity of a token.
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_PENDING_TASKS_H_
