#include "core/engine/history.h"

#include <utility>

namespace asl::engine {

History::History(int64_t max_events, bool record) : max_events_(max_events), record_(record) {}

bool IsExecutionEnd(EventType type) {
  return type == EventType::kExecutionSucceeded || type == EventType::kExecutionFailed ||
         type == EventType::kExecutionTimedOut || type == EventType::kExecutionAborted;
}

int64_t History::Count(EventType type) {
  if (limit_reached_) return 0;
  int64_t id = next_id_++;
  if (max_events_ > 0 && id >= max_events_) limit_reached_ = true;
  return id;
}

int64_t History::Append(HistoryEvent&& event) {
  if (!record_) return Count(event.type);
  if (limit_reached_) return 0;
  int64_t id = next_id_++;
  if (max_events_ > 0 && id >= max_events_ && event.type != EventType::kExecutionSucceeded) {
    HistoryEvent failed;
    failed.type = EventType::kExecutionFailed;
    failed.previous_event_id = event.previous_event_id;
    failed.timestamp_ms = event.timestamp_ms;
    failed.details = json::Value::FromUniqueMembers(
        {{"error", json::Value(kHistoryLimitError)}, {"cause", json::Value(kHistoryLimitCause)}});
    event = std::move(failed);
    limit_reached_ = true;
  } else if (max_events_ > 0 && id >= max_events_) {
    limit_reached_ = true;
  }
  event.id = id;
  events_.push_back(std::move(event));
  return id;
}

}  // namespace asl::engine
