#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/engine/execution.h"
#include "core/engine/execution_test_support.h"
#include "core/json/writer.h"
#include "core/timestamp/timestamp.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::EventTypes;
using ::asl::engine::testing::J;
using ::asl::engine::testing::Machine;
using ::asl::engine::testing::RunWithMocks;
using ::testing::ElementsAre;

TEST(TaskStateTest, ServiceIntegrationWithParametersAndResultProcessing) {
  ExecutionReport report =
      RunWithMocks(R"({"StartAt": "Call", "States": {"Call": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
      "InputPath": "$.in", "Parameters": {"FunctionName": "f", "Payload.$": "$"},
      "ResultSelector": {"body.$": "$.Payload"}, "ResultPath": "$.out",
      "OutputPath": "$.out.body", "End": true}}})",
                   R"({"Call": {"0": {"Return": {"Payload": {"ok": 1}}}}})", R"({"in": {"n": 1}})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"({"ok": 1})"));
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                          "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"));
  json::Value scheduled = EventToJson(report.history[2]);
  EXPECT_EQ(json::Serialize(*scheduled.Find("taskScheduledEventDetails")),
            R"({"resourceType":"lambda","resource":"invoke","region":"us-east-1",)"
            R"("parameters":"{\"FunctionName\":\"f\",\"Payload\":{\"n\":1}}"})");
  const DataFlowRecord& flow = report.data_flow[0];
  EXPECT_EQ(*flow.after_input_path, J(R"({"n": 1})"));
  EXPECT_EQ(*flow.after_parameters, J(R"({"FunctionName": "f", "Payload": {"n": 1}})"));
  EXPECT_EQ(*flow.result, J(R"({"Payload": {"ok": 1}})"));
  EXPECT_EQ(*flow.after_result_selector, J(R"({"body": {"ok": 1}})"));
  EXPECT_EQ(*flow.after_result_path, J(R"({"in": {"n": 1}, "out": {"body": {"ok": 1}}})"));
}

TEST(TaskStateTest, LambdaArnUsesLambdaEvents) {
  ExecutionReport report =
      RunWithMocks(R"({"StartAt": "L", "States": {"L": {"Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:111111111111:function:f", "End": true}}})",
                   R"({"L": {"0": {"Throw": {"Error": "Exception", "Cause": "c"}}}})");
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.error, "Exception");
  EXPECT_EQ(report.cause, "c");
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled",
                          "LambdaFunctionStarted", "LambdaFunctionFailed", "ExecutionFailed"));
}

TEST(TaskStateTest, RetriesWithBackoffOnTheVirtualClockThenSucceeds) {
  ExecutionReport report = RunWithMocks(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke", "End": true,
      "ResultSelector": {"retries.$": "$$.State.RetryCount"},
      "Retry": [{"ErrorEquals": ["Other"], "MaxAttempts": 5},
                {"ErrorEquals": ["Busy"], "IntervalSeconds": 2, "BackoffRate": 3,
                 "MaxAttempts": 2}]}}})",
                                        R"({"T": {"0-1": {"Throw": {"Error": "Busy"}},
                                        "2": {"Return": {}}}})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"({"retries": 2})"));
  std::vector<int64_t> scheduled_at;
  for (const HistoryEvent& e : report.history) {
    if (e.type == EventType::kTaskScheduled) scheduled_at.push_back(e.timestamp_ms);
  }
  ASSERT_EQ(scheduled_at.size(), 3u);
  EXPECT_EQ(scheduled_at[1] - scheduled_at[0], 2000);
  EXPECT_EQ(scheduled_at[2] - scheduled_at[1], 6000);
  ASSERT_TRUE(report.data_flow[0].error_details.has_value());
  EXPECT_EQ(report.data_flow[0].error_details->retry_index, 1);
  EXPECT_EQ(report.data_flow[0].error_details->retry_backoff_interval_seconds, 6);
}

TEST(TaskStateTest, SpentRetrierFallsThroughToCatch) {
  ExecutionReport report = RunWithMocks(
      R"({"StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done",
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1, "IntervalSeconds": 1}],
            "Catch": [{"ErrorEquals": ["Nope"], "Next": "Done"},
                      {"ErrorEquals": ["States.TaskFailed"], "ResultPath": "$.err",
                       "Next": "Handler"}]},
      "Handler": {"Type": "Pass", "End": true},
      "Done": {"Type": "Succeed"}}})",
      R"({"T": {"0-1": {"Throw": {"Error": "Boom", "Cause": "why"}}}})", R"({"keep": 1})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(report.output, J(R"({"keep": 1, "err": {"Error": "Boom", "Cause": "why"}})"));
  EXPECT_THAT(
      EventTypes(report),
      ElementsAre("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                  "TaskFailed", "TaskScheduled", "TaskStarted", "TaskFailed", "TaskStateExited",
                  "PassStateEntered", "PassStateExited", "ExecutionSucceeded"));
  EXPECT_EQ(report.data_flow[0].error_details->catch_index, 1);
}

TEST(TaskStateTest, RuntimeErrorsAreNotCaught) {
  ExecutionReport report = RunWithMocks(R"({"StartAt": "RaiseRuntime", "States": {
      "RaiseRuntime": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f",
                       "OutputPath": "$.no.such.result.path", "Next": "Final",
                       "Catch": [{"ErrorEquals": ["States.Runtime"], "Next": "Final"},
                                 {"ErrorEquals": ["States.ALL"], "Next": "Final"}]},
      "Final": {"Type": "Pass", "End": true}}})",
                                        R"({"RaiseRuntime": {"0": {"Return": {}}}})");
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.error, "States.Runtime");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'RaiseRuntime' (entered at the event id "
            "#2). Invalid path '$.no.such.result.path' : Missing property in path $['no']");
}

TEST(TaskStateTest, UnansweredTaskNamesTheState) {
  ExecutionReport report = RunWithMocks(R"({"StartAt": "Charge card", "States": {"Charge card": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})",
                                        "{}");
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.error, "States.Runtime");
  EXPECT_EQ(report.cause, "No mocked response for the Task state 'Charge card'.");
  ExecutionReport no_invoker = RunToCompletion(Machine(R"({"StartAt": "X", "States": {"X": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})"),
                                               J("{}"));
  EXPECT_EQ(no_invoker.cause, "No mock or task handler answers the Task state 'X'.");
}

TEST(TaskStateTest, HostAnswersPendingTasksByToken) {
  auto machine = Machine(R"({"StartAt": "A", "States": {
      "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {"token.$": "$$.Task.Token"}, "Next": "B",
            "Retry": [{"ErrorEquals": ["Later"], "IntervalSeconds": 30}]},
      "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})");
  ExecuteOptions options;
  options.host_answers_tasks = true;
  Execution run = Execution::Start(machine, J(R"({"x": 1})"), options);
  ASSERT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  ASSERT_EQ(run.pending_tasks().size(), 1u);
  mocks::TaskRequest first = run.pending_tasks()[0];
  EXPECT_EQ(first.state_name, "A");
  EXPECT_EQ(first.parameters, J(R"({"token": ")" + first.task_token + R"("})"));
  EXPECT_FALSE(run.CompleteTask("no-such-token", J("1")));
  EXPECT_TRUE(run.FailTask(first.task_token, "Later", "busy"));
  EXPECT_FALSE(run.CompleteTask(first.task_token, J("1")));  // Already answered.
  ASSERT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  ASSERT_EQ(run.pending_tasks().size(), 1u);
  mocks::TaskRequest retry = run.pending_tasks()[0];
  EXPECT_EQ(retry.attempt, 1);
  EXPECT_NE(retry.task_token, first.task_token);
  EXPECT_TRUE(run.CompleteTask(retry.task_token, J(R"({"sent": true})")));
  ASSERT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  EXPECT_EQ(run.pending_tasks()[0].state_name, "B");
  EXPECT_EQ(run.pending_tasks()[0].parameters, J(R"({"sent": true})"));
  EXPECT_TRUE(run.CompleteTask(run.pending_tasks()[0].task_token, J(R"("done")")));
  EXPECT_EQ(run.RunUntilBlocked(), Execution::RunState::kFinished);
  EXPECT_EQ(run.status(), ExecutionStatus::kSucceeded);
  EXPECT_EQ(run.report().output, J(R"("done")"));
  EXPECT_THAT(
      EventTypes(run.report()),
      ElementsAre("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                  "TaskSubmitted", "TaskFailed", "TaskScheduled", "TaskStarted", "TaskSubmitted",
                  "TaskSucceeded", "TaskStateExited", "TaskStateEntered", "TaskScheduled",
                  "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"));
}

// The request's context object is built when first read; it must print exactly as the $$ the
// state's Parameters saw for the same attempt.
TEST(TaskStateTest, RequestContextIsTheStateContextObject) {
  auto machine = Machine(R"({"StartAt": "W", "States": {
      "W": {"Type": "Wait", "Seconds": 90, "Next": "A"},
      "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"ctx.$": "$$"}, "End": true,
            "Retry": [{"ErrorEquals": ["Later"], "IntervalSeconds": 30}]}}})");
  ExecuteOptions options;
  options.host_answers_tasks = true;
  Execution run = Execution::Start(machine, J(R"({"x": [1, 2.0]})"), options);
  ASSERT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  ASSERT_EQ(run.pending_tasks().size(), 1u);
  mocks::TaskRequest first = run.pending_tasks()[0];
  std::string seen = json::Serialize(*first.parameters.Find("ctx"));
  EXPECT_EQ(json::Serialize(first.Context()), seen);
  EXPECT_EQ(json::Serialize(run.pending_tasks()[0].Context()), seen);
  EXPECT_EQ(*first.Context().Find("State")->Find("EnteredTime"),
            json::Value(timestamp::FormatTimestamp(options.start_time_ms + 90000)));
  EXPECT_TRUE(run.FailTask(first.task_token, "Later", "busy"));
  ASSERT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  const mocks::TaskRequest& retry = run.pending_tasks()[0];
  EXPECT_EQ(json::Serialize(retry.Context()), json::Serialize(*retry.parameters.Find("ctx")));
  EXPECT_EQ(*retry.Context().Find("State")->Find("RetryCount"), J("1"));
  EXPECT_EQ(*retry.Context().Find("Task")->Find("Token"), json::Value(retry.task_token));
  EXPECT_EQ(json::Serialize(first.Context()), seen);  // A copy keeps its own context.
}

TEST(TaskStateTest, HostTasksTakeNoVirtualTime) {
  ExecuteOptions options;
  options.host_answers_tasks = true;
  Execution run = Execution::Start(Machine(R"({"StartAt": "A", "TimeoutSeconds": 5,
      "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "End": true}}})"),
                                   J("{}"), options);
  EXPECT_EQ(run.RunUntilBlocked(), Execution::RunState::kWaitingForHost);
  EXPECT_EQ(run.status(), ExecutionStatus::kRunning);
  EXPECT_TRUE(run.CompleteTask(run.pending_tasks()[0].task_token, J("1")));
  EXPECT_EQ(run.RunUntilBlocked(), Execution::RunState::kFinished);
  EXPECT_EQ(run.status(), ExecutionStatus::kSucceeded);
}

TEST(TaskStateTest, StopAbortsARunningExecution) {
  ExecuteOptions options;
  options.host_answers_tasks = true;
  Execution run = Execution::Start(Machine(R"({"StartAt": "A", "States": {"A": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})"),
                                   J("{}"), options);
  run.RunUntilBlocked();
  run.Stop("Stopped", "by the user");
  EXPECT_EQ(run.status(), ExecutionStatus::kAborted);
  EXPECT_TRUE(run.pending_tasks().empty());
  EXPECT_EQ(run.report().history.back().type, EventType::kExecutionAborted);
}

TEST(TaskStateTest, AssignTakesEffectAtTheNextState) {
  ExecutionReport report = RunWithMocks(R"({"StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "P",
            "Assign": {"x.$": "$.v", "old.$": "$x"}},
      "P": {"Type": "Pass", "Parameters": {"x.$": "$x", "old.$": "$old"}, "End": true}}})",
                                        R"({"T": {"0": {"Return": {"v": 7}}}})");
  // "$x" inside T's own Assign is not yet assigned: the template fails with States.Runtime.
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  ExecutionReport ok = RunWithMocks(R"({"StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "P",
            "Assign": {"x.$": "$.v"}},
      "P": {"Type": "Pass", "Parameters": {"x.$": "$x"}, "End": true}}})",
                                    R"({"T": {"0": {"Return": {"v": 7}}}})");
  ASSERT_EQ(ok.status, ExecutionStatus::kSucceeded) << ok.cause.value_or("");
  EXPECT_EQ(ok.output, J(R"({"x": 7})"));
  json::Value exited = EventToJson(ok.history[5]);
  EXPECT_EQ(json::Serialize(*exited.Find("stateExitedEventDetails")->Find("assignedVariables")),
            R"({"x":"7"})");
  EXPECT_EQ(*ok.data_flow[1].variables, J(R"({"x": 7})"));
}

// A task result over the payload quota fails the task itself: the family's *Failed event with
// States.DataLimitExceeded, which Retry and Catch (States.ALL included) handle (recorded:
// test_task_lambda_catch_state_all_data_limit_exceeded_on_large_utf8_response and the
// service-integration variant).
TEST(TaskStateTest, ResultOverThePayloadQuotaFailsTheTaskAndIsCaughtByStatesAll) {
  std::string big =
      "{\"T\": {\"0\": {\"Return\": {\"s\": \"" + std::string(300 * 1024, 'x') + "\"}}}}";
  ExecutionReport lambda = RunWithMocks(R"({"StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:f",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C"}], "End": true},
      "C": {"Type": "Pass", "End": true}}})",
                                        big);
  ASSERT_EQ(lambda.status, ExecutionStatus::kSucceeded) << lambda.cause.value_or("");
  EXPECT_EQ(lambda.output,
            J(R"({"Error": "States.DataLimitExceeded", "Cause": "The state/task )"
              R"('arn:aws:lambda:us-east-1:111111111111:function:f' returned a result with a )"
              R"(size exceeding the maximum number of bytes service limit."})"));
  EXPECT_THAT(EventTypes(lambda),
              ElementsAre("ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled",
                          "LambdaFunctionStarted", "LambdaFunctionFailed", "TaskStateExited",
                          "PassStateEntered", "PassStateExited", "ExecutionSucceeded"));

  ExecutionReport service = RunWithMocks(R"({"StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})",
                                         big);
  EXPECT_EQ(service.status, ExecutionStatus::kFailed);
  EXPECT_EQ(service.error, "States.DataLimitExceeded");
  EXPECT_EQ(service.cause,
            "The state/task 'lambda' returned a result with a size exceeding the maximum number "
            "of bytes service limit.");
  EXPECT_THAT(EventTypes(service),
              ElementsAre("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                          "TaskFailed", "ExecutionFailed"));
  json::Value failed = EventToJson(service.history[4]);
  EXPECT_EQ(*failed.Find("taskFailedEventDetails")->Find("error"),
            json::Value("States.DataLimitExceeded"));
}

TEST(TaskStateTest, ResultOverThePayloadQuotaIsRetried) {
  std::string mocks = "{\"T\": {\"0\": {\"Return\": \"" + std::string(300 * 1024, 'x') +
                      "\"}, \"1\": {\"Return\": \"small\"}}}";
  ExecutionReport report = RunWithMocks(R"({"StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
            "Retry": [{"ErrorEquals": ["States.DataLimitExceeded"], "MaxAttempts": 1}]}}})",
                                        mocks);
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, json::Value("small"));
}

}  // namespace
}  // namespace asl::engine
