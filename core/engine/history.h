// Execution history in the shape of the service's GetExecutionHistory.
//
// Events hold shared json::Values (O(1) to store) and become text only when someone reads them
// (EventToJson, AppendHistoryJson). AWS's hard quota of 25,000 events is enforced here: when the
// execution has 24,999 events, the next one must be ExecutionSucceeded; anything else is replaced
// by an ExecutionFailed event and the execution ends
// (https://docs.aws.amazon.com/step-functions/latest/dg/bp-history-limit.html).
#ifndef ASL_CORE_ENGINE_HISTORY_H_
#define ASL_CORE_ENGINE_HISTORY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/event_list.h"
#include "core/engine/event_type.h"
#include "core/json/value.h"

namespace asl::engine {

inline constexpr int64_t kMaxHistoryEvents = 25'000;
// The error and cause of the ExecutionFailed event that ends an execution at the quota. The
// service documents the failure but not these strings; they are this engine's best account.
inline constexpr std::string_view kHistoryLimitError = "States.Runtime";
inline constexpr std::string_view kHistoryLimitCause =
    "The execution reached the maximum number of history events (25000).";

class History {
 public:
  // `max_events` 0 means no quota. With `record` false, events are counted and ids assigned but
  // not kept (for benchmarks).
  explicit History(int64_t max_events = kMaxHistoryEvents, bool record = true);

  // Assigns the next id and appends. Returns the id, or 0 when the history is closed (the quota
  // was reached before). Check limit_reached() after appending: when true, the event just
  // appended was replaced by the quota's ExecutionFailed event and the execution is over.
  int64_t Append(HistoryEvent&& event);
  // Assigns the next id to an event of `type` without keeping it (for a history that does not
  // record); the quota applies as in Append.
  int64_t Count(EventType type);
  bool recording() const { return record_; }

  bool limit_reached() const { return limit_reached_; }
  int64_t size() const { return next_id_ - 1; }
  const EventList& events() const { return events_; }
  // Hands the recorded events over (the history keeps counting ids).
  EventList TakeEvents() { return std::move(events_); }

 private:
  EventList events_;
  int64_t max_events_;
  int64_t next_id_ = 1;
  bool record_;
  bool limit_reached_ = false;
};

// Whether `type` ends an execution (ExecutionSucceeded, Failed, TimedOut, Aborted).
bool IsExecutionEnd(EventType type);

// {"timestamp": "...Z", "type": "...", "id": n, "previousEventId": n, "<details key>": {...}}
json::Value EventToJson(const HistoryEvent& event);
json::Value HistoryToJson(const EventList& events);
// The array of the events from the `first`-th (0-based) on as compact JSON text, the same as
// json::Serialize prints HistoryToJson's, written directly.
void AppendHistoryJson(std::string& out, const EventList& events, size_t first = 0);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_HISTORY_H_
