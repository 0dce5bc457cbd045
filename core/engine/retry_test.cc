#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/engine/error_matcher.h"
#include "core/engine/retry_backoff.h"

namespace asl::engine {
namespace {

using Names = std::vector<std::string>;

TEST(ErrorMatcherTest, ExactNamesAndWildcards) {
  EXPECT_TRUE(ErrorEqualsMatches(Names{"MyError"}, "MyError"));
  EXPECT_FALSE(ErrorEqualsMatches(Names{"MyError"}, "myerror"));
  EXPECT_FALSE(ErrorEqualsMatches(Names{}, "MyError"));
  EXPECT_TRUE(ErrorEqualsMatches(Names{"A", "B"}, "B"));
  for (const char* e : {"MyError", "States.Timeout", "States.TaskFailed", "States.BranchFailed",
                        "States.DataLimitExceeded", "States.Runtime"}) {
    EXPECT_TRUE(ErrorEqualsMatches(Names{"States.ALL"}, e)) << e;
  }
}

TEST(ErrorMatcherTest, TaskFailedMatchesAllButTimeouts) {
  EXPECT_TRUE(ErrorEqualsMatches(Names{"States.TaskFailed"}, "Lambda.Unknown"));
  EXPECT_TRUE(ErrorEqualsMatches(Names{"States.TaskFailed"}, "States.Permissions"));
  EXPECT_FALSE(ErrorEqualsMatches(Names{"States.TaskFailed"}, "States.Timeout"));
  EXPECT_FALSE(ErrorEqualsMatches(Names{"States.TaskFailed"}, "States.HeartbeatTimeout"));
  EXPECT_TRUE(ErrorEqualsMatches(Names{"States.Timeout"}, "States.HeartbeatTimeout"));
  EXPECT_FALSE(ErrorEqualsMatches(Names{"States.HeartbeatTimeout"}, "States.Timeout"));
}

TEST(ErrorMatcherTest, TerminalErrorsAreNeverHandled) {
  StateError runtime = StateError::Terminal(kStatesRuntime, "bad path");
  EXPECT_FALSE(IsHandled(Names{"States.ALL"}, runtime));
  EXPECT_FALSE(IsHandled(Names{"States.Runtime"}, runtime));
  // A task that reports States.DataLimitExceeded is an ordinary error: recorded AWS histories
  // show States.ALL catching it.
  StateError from_task{"States.DataLimitExceeded", "too big", false};
  EXPECT_TRUE(IsHandled(Names{"States.ALL"}, from_task));
}

TEST(ErrorMatcherTest, HeartbeatTimeoutIsAStatesTimeoutThatHeartbeatTimeoutAlsoHandles) {
  StateError heartbeat{"States.Timeout", std::nullopt, false};
  heartbeat.heartbeat_timeout = true;
  EXPECT_TRUE(IsHandled(Names{"States.HeartbeatTimeout"}, heartbeat));
  EXPECT_TRUE(IsHandled(Names{"States.Timeout"}, heartbeat));
  EXPECT_TRUE(IsHandled(Names{"States.ALL"}, heartbeat));
  EXPECT_FALSE(IsHandled(Names{"States.TaskFailed"}, heartbeat));
  StateError timeout{"States.Timeout", std::nullopt, false};
  EXPECT_FALSE(IsHandled(Names{"States.HeartbeatTimeout"}, timeout));
}

TEST(RetryBackoffTest, ExponentialFromIntervalAndRate) {
  SeededRandom random(1);
  BackoffSpec spec{.interval_seconds = 2, .backoff_rate = 3.0};
  EXPECT_EQ(BackoffDelayMs(spec, 0, random), 2000);
  EXPECT_EQ(BackoffDelayMs(spec, 1, random), 6000);
  EXPECT_EQ(BackoffDelayMs(spec, 2, random), 18000);
  BackoffSpec defaults;
  EXPECT_EQ(BackoffDelayMs(defaults, 0, random), 1000);
  EXPECT_EQ(BackoffDelayMs(defaults, 3, random), 8000);
  BackoffSpec fractional{.interval_seconds = 1, .backoff_rate = 1.5};
  EXPECT_EQ(BackoffDelayMs(fractional, 1, random), 1500);
}

TEST(RetryBackoffTest, MaxDelayCaps) {
  SeededRandom random(1);
  BackoffSpec spec{.interval_seconds = 1, .backoff_rate = 2.0, .max_delay_seconds = 5};
  EXPECT_EQ(BackoffDelayMs(spec, 2, random), 4000);
  EXPECT_EQ(BackoffDelayMs(spec, 3, random), 5000);
  EXPECT_EQ(BackoffDelayMs(spec, 60, random), 5000);
  BackoffSpec huge{.interval_seconds = 99999999, .backoff_rate = 2.0};
  EXPECT_EQ(BackoffDelayMs(huge, 1000, random), 365LL * 24 * 3600 * 1000);
}

TEST(RetryBackoffTest, FullJitterIsSeededAndBounded) {
  BackoffSpec spec{.interval_seconds = 10, .backoff_rate = 2.0, .full_jitter = true};
  SeededRandom a(5), b(5);
  bool below = false;
  for (int i = 0; i < 50; ++i) {
    int64_t delay = BackoffDelayMs(spec, 1, a);
    EXPECT_EQ(delay, BackoffDelayMs(spec, 1, b));
    EXPECT_GE(delay, 0);
    EXPECT_LE(delay, 20000);
    below = below || delay < 20000;
  }
  EXPECT_TRUE(below);
}

TEST(RetryCountersTest, CountPerRetrierAndInTotal) {
  RetryCounters counters;
  counters.Reset(2);
  EXPECT_EQ(counters.Increment(0), 1);
  EXPECT_EQ(counters.Increment(0), 2);
  EXPECT_EQ(counters.Increment(1), 1);
  EXPECT_EQ(counters.count(0), 2);
  EXPECT_EQ(counters.count(5), 0);
  EXPECT_EQ(counters.total(), 3);
  counters.Reset(2);
  EXPECT_EQ(counters.count(0), 0);
  EXPECT_EQ(counters.total(), 0);
}

}  // namespace
}  // namespace asl::engine
