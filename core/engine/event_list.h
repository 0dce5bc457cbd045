// The recorded events of an execution, stored in fixed-size blocks.
//
// A history grows by one event per state entered or exited, to 100,000 events and more when the
// quota is off. A single vector would relocate every event each time it doubles and touch twice
// the memory it ends with; blocks never move, so appending costs the same at any length.
// Random access and iteration read like a vector's.
#ifndef ASL_CORE_ENGINE_EVENT_LIST_H_
#define ASL_CORE_ENGINE_EVENT_LIST_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

#include "core/engine/event_type.h"
#include "core/json/value.h"

namespace asl::engine {

// An execution keeps every event until it is dropped, so the layout is packed: 72 bytes,
// numbered 32-bit (an execution's events and a Map's items stay far below 2^31).
struct HistoryEvent {
  int64_t timestamp_ms = 0;
  int32_t id = 0;
  int32_t previous_event_id = 0;
  int32_t number = -1;  // MapIteration*: index; MapStateStarted: length. -1 = absent.
  EventType type = EventType::kExecutionStarted;
  // The state's name (state events, map iterations, EvaluationFailed "state"); null = absent.
  json::Value name;
  // input / output / parameters, by EventDetailsShape(type); printed as a JSON string.
  json::Value payload;
  // Every other member of the details object, printed verbatim in order ("error", "cause",
  // "resourceType", "resource", "region", "roleArn", "timeoutInSeconds"...), except
  // "assignedVariables", whose values are printed as JSON strings. Null when there are none:
  // the frequent events (state entered/exited) carry just a name and a payload.
  json::Value details;
};
static_assert(sizeof(HistoryEvent) <= 72, "HistoryEvent is stored once per event: keep it packed");

class EventList {
 public:
  // Events per block: 512 × 72 bytes stays below glibc's threshold for mapping fresh pages.
  static constexpr size_t kBlockEvents = 512;

  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = HistoryEvent;
    using difference_type = std::ptrdiff_t;
    using pointer = const HistoryEvent*;
    using reference = const HistoryEvent&;

    const_iterator() = default;
    const_iterator(const EventList* list, size_t index) : list_(list), index_(index) {}

    reference operator*() const { return (*list_)[index_]; }
    pointer operator->() const { return &(*list_)[index_]; }
    reference operator[](difference_type n) const { return (*list_)[index_ + n]; }
    const_iterator& operator++() {
      ++index_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++index_;
      return old;
    }
    const_iterator& operator--() {
      --index_;
      return *this;
    }
    const_iterator operator--(int) {
      const_iterator old = *this;
      --index_;
      return old;
    }
    const_iterator& operator+=(difference_type n) {
      index_ += n;
      return *this;
    }
    const_iterator& operator-=(difference_type n) {
      index_ -= n;
      return *this;
    }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
      return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) {
      return a.index_ == b.index_;
    }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) {
      return a.index_ <=> b.index_;
    }

   private:
    const EventList* list_ = nullptr;
    size_t index_ = 0;
  };
  using iterator = const_iterator;
  using value_type = HistoryEvent;
  using size_type = size_t;

  EventList() = default;
  EventList(const EventList&) = default;
  EventList& operator=(const EventList&) = default;
  EventList(EventList&& other) noexcept
      : blocks_(std::move(other.blocks_)), size_(std::exchange(other.size_, 0)) {
    other.blocks_.clear();
  }
  EventList& operator=(EventList&& other) noexcept {
    blocks_ = std::move(other.blocks_);
    other.blocks_.clear();
    size_ = std::exchange(other.size_, 0);
    return *this;
  }

  void push_back(HistoryEvent&& event) {
    if (blocks_.empty() || blocks_.back().size() == kBlockEvents) {
      blocks_.emplace_back().reserve(kBlockEvents);
    }
    blocks_.back().push_back(std::move(event));
    ++size_;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const HistoryEvent& operator[](size_t i) const {
    return blocks_[i / kBlockEvents][i % kBlockEvents];
  }
  const HistoryEvent& front() const { return blocks_.front().front(); }
  const HistoryEvent& back() const { return blocks_.back().back(); }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  // Every block but the last holds exactly kBlockEvents events.
  std::vector<std::vector<HistoryEvent>> blocks_;
  size_t size_ = 0;
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_EVENT_LIST_H_
