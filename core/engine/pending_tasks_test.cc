#include "core/engine/pending_tasks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace asl::engine {
namespace {

mocks::TaskRequest Request(const std::string& token) {
  mocks::TaskRequest request;
  request.task_token = token;
  request.state_name = "S" + token;
  return request;
}

std::vector<std::string> Tokens(const PendingTasks& pending) {
  std::vector<std::string> out;
  for (const mocks::TaskRequest& r : pending.requests()) out.push_back(r.task_token);
  return out;
}

TEST(PendingTasksTest, ListsRequestsInSubmissionOrderWithTheirFrames) {
  PendingTasks pending;
  EXPECT_TRUE(pending.empty());
  pending.Add(Request("a"), 3);
  pending.Add(Request("b"), 5);
  EXPECT_FALSE(pending.empty());
  EXPECT_EQ(Tokens(pending), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(pending.FrameOf("b"), 5u);
  EXPECT_EQ(pending.FrameOf("c"), std::nullopt);
  EXPECT_EQ(pending.requests()[1].state_name, "Sb");
}

TEST(PendingTasksTest, AnsweredTokensLendTheirBuffersToTheNextRequests) {
  PendingTasks pending;
  EXPECT_EQ(pending.TokenBuffer(), "");
  const std::string long_token(36, 'f');  // Past std::string's inline capacity.
  pending.Add(Request(long_token + "1"), 1);
  pending.Add(Request(long_token + "2"), 2);
  const char* first = pending.requests()[0].task_token.data();
  EXPECT_EQ(pending.Remove(long_token + "1"), 1u);
  EXPECT_EQ(Tokens(pending), (std::vector<std::string>{long_token + "2"}));
  std::string buffer = pending.TokenBuffer();
  EXPECT_EQ(buffer, "");
  EXPECT_EQ(buffer.data(), first);
  EXPECT_EQ(pending.TokenBuffer(), "");  // Only one was kept.
  buffer.assign(long_token + "3");
  mocks::TaskRequest request = Request("");
  request.task_token = std::move(buffer);
  pending.Add(std::move(request), 3);
  EXPECT_EQ(pending.FrameOf(long_token + "3"), 3u);
  EXPECT_EQ(pending.Remove(long_token + "2"), 2u);
  EXPECT_EQ(pending.Remove(long_token + "3"), 3u);
  EXPECT_TRUE(pending.empty());
  for (int i = 0; i < 40; ++i) pending.Add(Request(long_token + std::to_string(i)), i);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(pending.Remove(long_token + std::to_string(i)), i);
  EXPECT_TRUE(pending.empty());
  size_t kept = 0;  // At most a few buffers are kept, however many tasks were answered.
  for (int i = 0; i < 40; ++i) {
    std::string kept_buffer = pending.TokenBuffer();
    EXPECT_EQ(kept_buffer, "");
    if (kept_buffer.capacity() >= long_token.size()) ++kept;
  }
  EXPECT_GT(kept, 0u);
  EXPECT_LE(kept, 16u);
}

TEST(PendingTasksTest, RemovesTheOldestTheNewestOrOneInBetween) {
  PendingTasks pending;
  for (int i = 0; i < 5; ++i) pending.Add(Request(std::to_string(i)), i + 10);
  EXPECT_EQ(pending.Remove("0"), 10u);           // The oldest.
  EXPECT_EQ(pending.Remove("2"), 12u);           // In between.
  EXPECT_EQ(pending.Remove("4"), 14u);           // The newest.
  EXPECT_EQ(pending.Remove("2"), std::nullopt);  // Already gone.
  EXPECT_EQ(Tokens(pending), (std::vector<std::string>{"1", "3"}));
  EXPECT_EQ(pending.FrameOf("3"), 13u);
  EXPECT_EQ(pending.Remove("1"), 11u);
  EXPECT_EQ(pending.Remove("3"), 13u);
  EXPECT_TRUE(pending.empty());
  EXPECT_TRUE(pending.requests().empty());
}

// Many answered from the front while others stay: the answered entries are dropped in one go
// past a threshold, and the live ones keep their order and frames throughout.
TEST(PendingTasksTest, ManyAnsweredInOrderWhileOthersStayOut) {
  PendingTasks pending;
  int next = 0;
  std::vector<std::string> live;
  for (; next < 10; ++next) {
    pending.Add(Request(std::to_string(next)), next);
    live.push_back(std::to_string(next));
  }
  for (int round = 0; round < 300; ++round) {
    EXPECT_EQ(pending.Remove(live.front()), static_cast<uint32_t>(std::stoi(live.front())));
    live.erase(live.begin());
    pending.Add(Request(std::to_string(next)), next);
    live.push_back(std::to_string(next));
    ++next;
    ASSERT_EQ(Tokens(pending), live) << round;
  }
  for (const std::string& token : live) {
    EXPECT_EQ(pending.FrameOf(token), static_cast<uint32_t>(std::stoi(token)));
  }
  pending.Clear();
  EXPECT_TRUE(pending.empty());
  EXPECT_EQ(pending.FrameOf(live.back()), std::nullopt);
}

}  // namespace
}  // namespace asl::engine
