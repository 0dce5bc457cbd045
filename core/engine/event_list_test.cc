#include "core/engine/event_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

namespace asl::engine {
namespace {

// A list of `n` events whose ids run 1..n and whose payloads hold the id.
EventList Numbered(size_t n) {
  EventList list;
  for (size_t i = 1; i <= n; ++i) {
    HistoryEvent event;
    event.id = static_cast<int64_t>(i);
    event.payload = json::Value(static_cast<int64_t>(i));
    list.push_back(std::move(event));
  }
  return list;
}

TEST(EventListTest, IndexesAcrossBlocks) {
  const size_t n = 2 * EventList::kBlockEvents + 3;
  EventList list = Numbered(n);
  ASSERT_EQ(list.size(), n);
  for (size_t i = 0; i < n; ++i) {
    ASSERT_EQ(list[i].id, static_cast<int64_t>(i + 1)) << i;
    ASSERT_EQ(list[i].payload.as_int(), static_cast<int64_t>(i + 1)) << i;
  }
  EXPECT_EQ(list.front().id, 1);
  EXPECT_EQ(list.back().id, static_cast<int64_t>(n));
}

TEST(EventListTest, EventsKeepTheirAddressWhileTheListGrows) {
  EventList list = Numbered(1);
  const HistoryEvent* first = &list[0];
  EventList more = Numbered(4 * EventList::kBlockEvents);
  for (size_t i = 0; i < more.size(); ++i) {
    HistoryEvent copy = more[i];
    list.push_back(std::move(copy));
  }
  EXPECT_EQ(&list[0], first);
  EXPECT_EQ(list.size(), 4 * EventList::kBlockEvents + 1);
}

TEST(EventListTest, IteratesLikeAVector) {
  EventList list = Numbered(EventList::kBlockEvents + 10);
  int64_t expected = 1;
  for (const HistoryEvent& event : list) EXPECT_EQ(event.id, expected++);
  EXPECT_EQ(std::distance(list.begin(), list.end()), static_cast<std::ptrdiff_t>(list.size()));
  auto found =
      std::find_if(list.begin(), list.end(), [](const HistoryEvent& e) { return e.id == 515; });
  ASSERT_NE(found, list.end());
  EXPECT_EQ(found - list.begin(), 514);
  EXPECT_EQ((list.end() - 1)->id, static_cast<int64_t>(list.size()));
  EXPECT_EQ(list.begin()[EventList::kBlockEvents].id,
            static_cast<int64_t>(EventList::kBlockEvents + 1));
}

TEST(EventListTest, MovingEmptiesTheSourceAndCopyingKeepsBoth) {
  EventList list = Numbered(EventList::kBlockEvents + 1);
  EventList copy = list;
  EventList moved = std::move(list);
  EXPECT_TRUE(list.empty());  // NOLINT(bugprone-use-after-move): the contract under test.
  EXPECT_EQ(list.begin(), list.end());
  EXPECT_EQ(moved.size(), EventList::kBlockEvents + 1);
  EXPECT_EQ(copy.size(), EventList::kBlockEvents + 1);
  // A copied list still appends after its last event.
  HistoryEvent next;
  next.id = 9999;
  copy.push_back(std::move(next));
  EXPECT_EQ(copy.back().id, 9999);
  EXPECT_EQ(copy[EventList::kBlockEvents].id, static_cast<int64_t>(EventList::kBlockEvents + 1));
  list.push_back(HistoryEvent{});
  EXPECT_EQ(list.size(), 1u);
}

}  // namespace
}  // namespace asl::engine
