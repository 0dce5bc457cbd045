#include "core/engine/pending_tasks.h"

#include <utility>

namespace asl::engine {
namespace {

// Answered entries kept at the front before they are erased in one go: erasing them costs
// a move of every live request, so it waits until they are at least half of the storage.
constexpr size_t kCompactAfter = 32;
// Token buffers kept for the next requests: one per task out at a time, up to this many.
constexpr size_t kMaxTokenBuffers = 16;

}  // namespace

void PendingTasks::Add(mocks::TaskRequest&& request, uint32_t frame_id) {
  requests_.push_back(std::move(request));
  frames_.push_back(frame_id);
}

std::string PendingTasks::TokenBuffer() {
  if (token_buffers_.empty()) return std::string();
  std::string buffer = std::move(token_buffers_.back());
  token_buffers_.pop_back();
  return buffer;
}

void PendingTasks::KeepTokenBuffer(size_t i) {
  if (token_buffers_.size() == kMaxTokenBuffers) return;
  std::string& token = requests_[i].task_token;
  token.clear();
  token_buffers_.push_back(std::move(token));
}

size_t PendingTasks::IndexOf(std::string_view token) const {
  for (size_t i = first_; i < requests_.size(); ++i) {
    if (requests_[i].task_token == token) return i;
  }
  return requests_.size();
}

std::optional<uint32_t> PendingTasks::FrameOf(std::string_view token) const {
  size_t i = IndexOf(token);
  if (i == requests_.size()) return std::nullopt;
  return frames_[i];
}

std::optional<uint32_t> PendingTasks::Remove(std::string_view token) {
  size_t i = IndexOf(token);
  if (i == requests_.size()) return std::nullopt;
  uint32_t frame_id = frames_[i];
  KeepTokenBuffer(i);
  if (i + 1 == requests_.size() && i == first_) {
    Clear();  // The last live request: destroyed once, the storage kept.
  } else if (i == first_) {
    requests_[i] = mocks::TaskRequest();  // Frees what it held now, not at the next erase.
    ++first_;
    if (first_ >= kCompactAfter && first_ * 2 >= requests_.size()) {
      requests_.erase(requests_.begin(), requests_.begin() + static_cast<ptrdiff_t>(first_));
      frames_.erase(frames_.begin(), frames_.begin() + static_cast<ptrdiff_t>(first_));
      first_ = 0;
    }
  } else {
    requests_.erase(requests_.begin() + static_cast<ptrdiff_t>(i));
    frames_.erase(frames_.begin() + static_cast<ptrdiff_t>(i));
  }
  return frame_id;
}

void PendingTasks::Clear() {
  requests_.clear();
  frames_.clear();
  first_ = 0;
}

}  // namespace asl::engine
