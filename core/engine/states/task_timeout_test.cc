// Task TimeoutSeconds / HeartbeatSeconds on the virtual clock for tasks the host answers, and
// Execution::AdvanceClockTo / NextDeadline / SendTaskHeartbeat.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/engine/execution.h"
#include "core/engine/execution_test_support.h"
#include "core/json/writer.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::EventTypes;
using ::asl::engine::testing::J;
using ::asl::engine::testing::Machine;
using ::testing::ElementsAre;

constexpr int64_t kStart = 1'700'000'000'000;

Execution StartHosted(std::string_view definition, std::string_view input = "{}") {
  ExecuteOptions options;
  options.host_answers_tasks = true;
  options.start_time_ms = kStart;
  return Execution::Start(Machine(definition), J(input), options);
}

std::string Token(const Execution& run) {
  return run.pending_tasks().empty() ? std::string() : run.pending_tasks()[0].task_token;
}

const HistoryEvent* Find(const ExecutionReport& report, EventType type) {
  for (const HistoryEvent& e : report.history) {
    if (e.type == type) return &e;
  }
  return nullptr;
}

constexpr std::string_view kCallbackWithCatch = R"({"StartAt": "T", "States": {
    "T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "TimeoutSeconds": 5, "ResultPath": "$.r", "End": true,
          "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Failed"},
                    {"ErrorEquals": ["States.Timeout"], "ResultPath": "$.e",
                     "Next": "TimedOut"}]},
    "Failed": {"Type": "Fail", "Error": "Wrong"},
    "TimedOut": {"Type": "Pass", "End": true}}})";

TEST(TaskTimeoutTest, TimeoutFiresWithTaskTimedOutAndTheCatchPath) {
  Execution run = StartHosted(kCallbackWithCatch, R"({"a": 1})");
  ASSERT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  ASSERT_EQ(run.pending_tasks().size(), 1u);
  EXPECT_EQ(run.pending_tasks()[0].timeout_seconds, 5);
  EXPECT_EQ(run.pending_tasks()[0].heartbeat_seconds, std::nullopt);
  std::string token = Token(run);
  EXPECT_EQ(run.NextDeadline(), kStart + 5000);
  EXPECT_EQ(run.now_ms(), kStart);  // Stepping never moves time while the task is out.

  EXPECT_EQ(run.AdvanceClockTo(kStart + 4999), Execution::RunState::kWaitingForHost);
  EXPECT_EQ(run.pending_tasks().size(), 1u);
  EXPECT_EQ(run.now_ms(), kStart + 4999);

  EXPECT_EQ(run.AdvanceClockTo(kStart + 5000), Execution::RunState::kFinished);
  EXPECT_TRUE(run.pending_tasks().empty());
  EXPECT_FALSE(run.CompleteTask(token, J("{}")));
  const ExecutionReport& report = run.report();
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"({"a": 1, "e": {"Error": "States.Timeout", "Cause": null}})"));
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                          "TaskSubmitted", "TaskTimedOut", "TaskStateExited", "PassStateEntered",
                          "PassStateExited", "ExecutionSucceeded"));
  const HistoryEvent* timed_out = Find(report, EventType::kTaskTimedOut);
  ASSERT_NE(timed_out, nullptr);
  EXPECT_EQ(timed_out->timestamp_ms, kStart + 5000);
  EXPECT_EQ(json::Serialize(*EventToJson(*timed_out).Find("taskTimedOutEventDetails")),
            R"({"resourceType":"sqs","resource":"sendMessage.waitForTaskToken",)"
            R"("error":"States.Timeout"})");
}

TEST(TaskTimeoutTest, UncaughtTimeoutFailsTheExecutionWithStatesTimeout) {
  Execution run = StartHosted(R"({"StartAt": "L", "States": {"L": {"Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:111111111111:function:f", "TimeoutSeconds": 3,
      "End": true}}})");
  run.RunUntilBlocked();
  ASSERT_EQ(run.AdvanceClockTo(*run.NextDeadline()), Execution::RunState::kFinished);
  const ExecutionReport& report = run.report();
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.error, "States.Timeout");
  EXPECT_EQ(report.cause, std::nullopt);
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled",
                          "LambdaFunctionStarted", "LambdaFunctionTimedOut", "ExecutionFailed"));
  const HistoryEvent* timed_out = Find(report, EventType::kLambdaFunctionTimedOut);
  ASSERT_NE(timed_out, nullptr);
  EXPECT_EQ(json::Serialize(*EventToJson(*timed_out).Find("lambdaFunctionTimedOutEventDetails")),
            R"({"error":"States.Timeout"})");
}

TEST(TaskTimeoutTest, HeartbeatTimeoutIsHandledByHeartbeatTimeoutButNotTaskFailed) {
  Execution run = StartHosted(R"({"StartAt": "A", "States": {"A": {"Type": "Task",
      "Resource": "arn:aws:states:us-east-1:111111111111:activity:work",
      "HeartbeatSeconds": 2, "TimeoutSeconds": 60, "End": true,
      "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Wrong"},
                {"ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Right"}]},
    "Wrong": {"Type": "Fail", "Error": "Wrong"},
    "Right": {"Type": "Succeed"}}})");
  run.RunUntilBlocked();
  EXPECT_EQ(run.pending_tasks()[0].heartbeat_seconds, 2);
  EXPECT_EQ(run.NextDeadline(), kStart + 2000);
  ASSERT_EQ(run.AdvanceClockTo(kStart + 10'000), Execution::RunState::kFinished);
  const ExecutionReport& report = run.report();
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.error.value_or("");
  EXPECT_EQ(report.output, J(R"({"Error": "States.Timeout", "Cause": null})"));
  const HistoryEvent* timed_out = Find(report, EventType::kActivityTimedOut);
  ASSERT_NE(timed_out, nullptr);
  EXPECT_EQ(timed_out->timestamp_ms, kStart + 2000);
  EXPECT_EQ(json::Serialize(*EventToJson(*timed_out).Find("activityTimedOutEventDetails")),
            R"({"error":"States.Timeout"})");
}

TEST(TaskTimeoutTest, TaskTimeoutIsNotAHeartbeatTimeout) {
  Execution run = StartHosted(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
      "HeartbeatSeconds": 10, "TimeoutSeconds": 4, "End": true,
      "Catch": [{"ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Wrong"}]},
    "Wrong": {"Type": "Succeed"}}})");
  run.RunUntilBlocked();
  run.AdvanceClockTo(kStart + 60'000);
  EXPECT_EQ(run.report().status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report().error, "States.Timeout");
  EXPECT_EQ(Find(run.report(), EventType::kTaskTimedOut)->timestamp_ms, kStart + 4000);
}

TEST(TaskTimeoutTest, HeartbeatRestartsTheHeartbeatTimerButNotTheTimeout) {
  Execution run = StartHosted(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      "HeartbeatSeconds": 3, "TimeoutSeconds": 10, "End": true}}})");
  run.RunUntilBlocked();
  std::string token = Token(run);
  EXPECT_FALSE(run.SendTaskHeartbeat("no-such-token"));
  run.AdvanceClockTo(kStart + 2000);
  EXPECT_TRUE(run.SendTaskHeartbeat(token));  // Heartbeat due at +5 s now.
  EXPECT_EQ(run.NextDeadline(), kStart + 5000);
  run.AdvanceClockTo(kStart + 4500);
  EXPECT_TRUE(run.SendTaskHeartbeat(token));  // Due at +7.5 s.
  run.AdvanceClockTo(kStart + 7000);
  EXPECT_TRUE(run.SendTaskHeartbeat(token));  // Due at +10 s, with the timeout (armed first).
  EXPECT_EQ(run.status(), ExecutionStatus::kRunning);
  EXPECT_EQ(run.AdvanceClockTo(kStart + 9999), Execution::RunState::kWaitingForHost);
  EXPECT_EQ(run.AdvanceClockTo(kStart + 10'000), Execution::RunState::kFinished);
  EXPECT_EQ(run.report().error, "States.Timeout");
  EXPECT_EQ(Find(run.report(), EventType::kTaskTimedOut)->timestamp_ms, kStart + 10'000);
  EXPECT_FALSE(run.SendTaskHeartbeat(token));
}

TEST(TaskTimeoutTest, AnswerAfterTheTimeoutIsRefusedAndAnswerBeforeItWins) {
  Execution late = StartHosted(kCallbackWithCatch);
  late.RunUntilBlocked();
  std::string token = Token(late);
  late.AdvanceClockTo(kStart + 6000);
  EXPECT_FALSE(late.CompleteTask(token, J("{}")));
  EXPECT_FALSE(late.FailTask(token, "E", "c"));

  Execution early = StartHosted(kCallbackWithCatch);
  early.RunUntilBlocked();
  early.AdvanceClockTo(kStart + 4000);
  EXPECT_TRUE(early.CompleteTask(Token(early), J(R"({"done": true})")));
  EXPECT_EQ(early.RunUntilBlocked(), Execution::RunState::kFinished);
  EXPECT_EQ(early.report().status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(early.report().output, J(R"({"r": {"done": true}})"));
  EXPECT_EQ(early.NextDeadline(), std::nullopt);
  EXPECT_EQ(Find(early.report(), EventType::kTaskTimedOut), nullptr);
}

TEST(TaskTimeoutTest, ParallelTimeoutFiresBeforeTheOtherBranchsWaitEnds) {
  Execution run = StartHosted(R"({"StartAt": "P", "States": {"P": {"Type": "Parallel",
      "End": true, "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
      "Branches": [
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 100, "End": true}}},
        {"StartAt": "T", "States": {"T": {"Type": "Task", "TimeoutSeconds": 5, "End": true,
          "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken"}}}]},
    "Caught": {"Type": "Pass", "End": true}}})");
  ASSERT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  EXPECT_EQ(run.NextDeadline(), kStart + 5000);
  ASSERT_EQ(run.AdvanceClockTo(kStart + 5000), Execution::RunState::kFinished);
  const ExecutionReport& report = run.report();
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(report.output, J(R"({"Error": "States.Timeout", "Cause": null})"));
  EXPECT_EQ(Find(report, EventType::kWaitStateExited), nullptr);
  EXPECT_EQ(Find(report, EventType::kTaskTimedOut)->timestamp_ms, kStart + 5000);
  EXPECT_EQ(Find(report, EventType::kExecutionSucceeded)->timestamp_ms, kStart + 5000);
}

TEST(TaskTimeoutTest, TimedOutTaskIsRetriedOnTheVirtualClock) {
  Execution run = StartHosted(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "TimeoutSeconds": 5,
      "End": true, "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2,
                              "MaxAttempts": 1}]}}})");
  run.RunUntilBlocked();
  std::string first = Token(run);
  EXPECT_EQ(run.pending_tasks()[0].attempt, 0);
  // The timeout at +5 s, the back-off of 2 s, and the retry is out with the host at +7 s.
  EXPECT_EQ(run.AdvanceClockTo(kStart + 8000), Execution::RunState::kWaitingForHost);
  ASSERT_EQ(run.pending_tasks().size(), 1u);
  EXPECT_EQ(run.pending_tasks()[0].attempt, 1);
  EXPECT_NE(Token(run), first);
  EXPECT_EQ(run.NextDeadline(), kStart + 12'000);
  EXPECT_EQ(run.AdvanceClockTo(kStart + 12'000), Execution::RunState::kFinished);
  EXPECT_EQ(run.report().error, "States.Timeout");
  std::vector<int64_t> scheduled;
  for (const HistoryEvent& e : run.report().history) {
    if (e.type == EventType::kTaskScheduled) scheduled.push_back(e.timestamp_ms);
  }
  EXPECT_THAT(scheduled, ElementsAre(kStart, kStart + 7000));
}

TEST(TaskTimeoutTest, MachineTimeoutFiresWhileAHostTaskIsOut) {
  Execution run = StartHosted(R"({"TimeoutSeconds": 30, "StartAt": "T", "States": {"T": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
      "End": true}}})");
  run.RunUntilBlocked();
  std::string token = Token(run);
  EXPECT_EQ(run.NextDeadline(), kStart + 30'000);
  EXPECT_EQ(run.AdvanceClockTo(kStart + 60'000), Execution::RunState::kFinished);
  EXPECT_EQ(run.report().status, ExecutionStatus::kTimedOut);
  EXPECT_EQ(run.report().error, "States.Timeout");
  EXPECT_EQ(run.now_ms(), kStart + 30'000);
  EXPECT_FALSE(run.CompleteTask(token, J("{}")));
  EXPECT_EQ(run.NextDeadline(), std::nullopt);
}

TEST(TaskTimeoutTest, WithoutAdvanceClockToAHostTaskFreezesTime) {
  Execution run = StartHosted(R"({"TimeoutSeconds": 1, "StartAt": "T", "States": {"T": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 1,
      "End": true}}})");
  EXPECT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  EXPECT_FALSE(run.Step());
  EXPECT_EQ(run.now_ms(), kStart);
  EXPECT_EQ(run.pending_tasks().size(), 1u);
}

TEST(TaskTimeoutTest, MockedTasksAnswerAtOnceSoNoTimeoutFires) {
  ExecutionReport report = testing::RunWithMocks(R"({"StartAt": "T", "States": {"T": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 1,
      "HeartbeatSeconds": 1, "Next": "W"}, "W": {"Type": "Wait", "Seconds": 5, "End": true}}})",
                                                 R"({"T": {"0": {"Return": {"ok": 1}}}})");
  EXPECT_EQ(report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(Find(report, EventType::kTaskTimedOut), nullptr);
}

TEST(TaskTimeoutTest, TimeoutSecondsPathArmsTheResolvedValue) {
  Execution run = StartHosted(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSecondsPath": "$.t",
      "HeartbeatSecondsPath": "$.h", "End": true}}})",
                              R"({"t": 9, "h": 7})");
  run.RunUntilBlocked();
  EXPECT_EQ(run.pending_tasks()[0].timeout_seconds, 9);
  EXPECT_EQ(run.pending_tasks()[0].heartbeat_seconds, 7);
  EXPECT_EQ(run.NextDeadline(), kStart + 7000);
}

TEST(TaskTimeoutTest, JsonataTimeoutExpressionsArmTheirValues) {
  Execution run = StartHosted(R"({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "TimeoutSeconds": "{% $states.input.t %}", "HeartbeatSeconds": "{% 1e300 %}",
            "End": true}}})",
                              R"({"t": 4})");
  run.RunUntilBlocked();
  ASSERT_EQ(run.pending_tasks().size(), 1u);
  EXPECT_EQ(run.pending_tasks()[0].timeout_seconds, 4);
  EXPECT_EQ(run.NextDeadline(), kStart + 4000);
  EXPECT_EQ(run.AdvanceClockTo(kStart + 4000), Execution::RunState::kFinished);
  EXPECT_EQ(run.report().error, "States.Timeout");
}

TEST(TaskTimeoutTest, AdvanceClockToStopsAtTheGivenInstantWithNoTaskOut) {
  Execution run = StartHosted(R"({"StartAt": "W", "States": {
      "W": {"Type": "Wait", "Seconds": 10, "Next": "X"},
      "X": {"Type": "Wait", "Seconds": 10, "End": true}}})");
  EXPECT_EQ(run.AdvanceClockTo(kStart + 15'000), Execution::RunState::kWaitingForHost);
  EXPECT_EQ(run.now_ms(), kStart + 15'000);
  EXPECT_EQ(run.NextDeadline(), kStart + 20'000);
  EXPECT_TRUE(run.pending_tasks().empty());
  EXPECT_EQ(run.RunUntilBlocked(), Execution::RunState::kFinished);
  EXPECT_EQ(run.now_ms(), kStart + 20'000);
}

}  // namespace
}  // namespace asl::engine
