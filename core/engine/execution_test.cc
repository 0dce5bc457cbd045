#include "core/engine/execution.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/engine/execution_test_support.h"
#include "core/timestamp/timestamp.h"
#include "core/json/writer.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::EventTypes;
using ::asl::engine::testing::J;
using ::asl::engine::testing::Machine;
using ::asl::engine::testing::Mocks;
using ::testing::ElementsAre;

TEST(ExecutionTest, PassChainWithResultAndResultPath) {
  auto machine = Machine(R"({"StartAt": "A", "States": {
      "A": {"Type": "Pass", "Result": {"x": 1}, "ResultPath": "$.a", "Next": "B"},
      "B": {"Type": "Pass", "InputPath": "$.a", "OutputPath": "$.x", "End": true}}})");
  ExecutionReport report = RunToCompletion(machine, J(R"({"keep": true})"));
  EXPECT_EQ(report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(report.output, J("1"));
  EXPECT_EQ(report.transitions, 2);
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "PassStateEntered", "PassStateExited",
                          "PassStateEntered", "PassStateExited", "ExecutionSucceeded"));
  EXPECT_EQ(report.history[1].previous_event_id, 1);
  EXPECT_EQ(report.history[2].payload, J(R"({"keep": true, "a": {"x": 1}})"));
}

TEST(ExecutionTest, NullPathsFollowTheSpec) {
  auto machine = Machine(R"({"StartAt": "A", "States": {
      "A": {"Type": "Pass", "Result": 5, "ResultPath": null, "Next": "B"},
      "B": {"Type": "Pass", "InputPath": null, "Next": "C"},
      "C": {"Type": "Pass", "OutputPath": null, "End": true}}})");
  ExecutionReport report = RunToCompletion(machine, J(R"({"a": 1})"));
  EXPECT_EQ(report.output, J("{}"));
  ASSERT_EQ(report.data_flow.size(), 3u);
  EXPECT_EQ(*report.data_flow[0].output, J(R"({"a": 1})"));
  EXPECT_EQ(*report.data_flow[1].output, J("{}"));
}

TEST(ExecutionTest, MissingInputPathIsStatesRuntime) {
  auto machine = Machine(R"({"StartAt": "pass", "States": {
      "pass": {"Type": "Pass", "InputPath": "$.NoSuchInputPath", "End": true}}})");
  ExecutionReport report = RunToCompletion(machine, J("{}"));
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.error, "States.Runtime");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'pass' (entered at the event id #2). "
            "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']");
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "PassStateEntered", "ExecutionFailed"));
}

TEST(ExecutionTest, SucceedAndFail) {
  auto ok = RunToCompletion(Machine(R"({"StartAt": "S", "States": {
      "S": {"Type": "Succeed", "OutputPath": "$.v"}}})"),
                            J(R"({"v": [1]})"));
  EXPECT_EQ(ok.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(ok.output, J("[1]"));
  EXPECT_THAT(EventTypes(ok), ElementsAre("ExecutionStarted", "SucceedStateEntered",
                                          "SucceedStateExited", "ExecutionSucceeded"));

  auto failed = RunToCompletion(Machine(R"({"StartAt": "F", "States": {
      "F": {"Type": "Fail", "Error": "MyError", "Cause": "because"}}})"),
                                J("{}"));
  EXPECT_EQ(failed.status, ExecutionStatus::kFailed);
  EXPECT_EQ(failed.error, "MyError");
  EXPECT_EQ(failed.cause, "because");
  EXPECT_THAT(EventTypes(failed),
              ElementsAre("ExecutionStarted", "FailStateEntered", "ExecutionFailed"));

  auto from_paths = RunToCompletion(Machine(R"({"StartAt": "F", "States": {
      "F": {"Type": "Fail", "ErrorPath": "$.e", "CausePath": "$.c"}}})"),
                                    J(R"({"e": "E1", "c": "C1"})"));
  EXPECT_EQ(from_paths.error, "E1");
  EXPECT_EQ(from_paths.cause, "C1");

  auto bare =
      RunToCompletion(Machine(R"({"StartAt": "F", "States": {"F": {"Type": "Fail"}}})"), J("{}"));
  EXPECT_EQ(bare.status, ExecutionStatus::kFailed);
  EXPECT_FALSE(bare.error.has_value());
  EXPECT_FALSE(bare.cause.has_value());
}

TEST(ExecutionTest, WaitRunsOnTheVirtualClock) {
  auto machine = Machine(R"({"StartAt": "W", "States": {
      "W": {"Type": "Wait", "Seconds": 90, "Next": "T"},
      "T": {"Type": "Wait", "Timestamp": "2024-01-01T01:00:00Z", "Next": "P"},
      "P": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}})");
  ExecuteOptions options;
  options.start_time_ms = *timestamp::ParseTimestamp("2024-01-01T00:00:00Z");
  ExecutionReport report = RunToCompletion(machine, J(R"({"s": 5})"), options);
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(report.output, J(R"({"s": 5})"));
  ASSERT_EQ(report.history.size(), 8u);
  EXPECT_EQ(timestamp::FormatTimestamp(report.history[2].timestamp_ms), "2024-01-01T00:01:30.000Z");
  EXPECT_EQ(timestamp::FormatTimestamp(report.history[4].timestamp_ms), "2024-01-01T01:00:00.000Z");
  EXPECT_EQ(timestamp::FormatTimestamp(report.history[7].timestamp_ms), "2024-01-01T01:00:05.000Z");
}

TEST(ExecutionTest, WaitErrorsNameThePath) {
  auto machine = Machine(R"({"StartAt": "WaitState", "States": {
      "WaitState": {"Type": "Wait", "SecondsPath": "$.input.waitSeconds", "End": true}}})");
  auto cause = [&](std::string_view input) {
    return RunToCompletion(machine, J(input)).cause.value_or("");
  };
  const std::string prefix =
      "An error occurred while executing the state 'WaitState' (entered at the event id #2). ";
  EXPECT_EQ(cause(R"({"input": {"waitSeconds": 1.5}})"),
            prefix +
                "The SecondsPath parameter cannot be parsed as a long value: "
                "$.input.waitSeconds == 1.5");
  EXPECT_EQ(cause(R"({"input": {"waitSeconds": -1}})"),
            prefix +
                "The SecondsPath parameter references a negative value: "
                "$.input.waitSeconds == -1");
  EXPECT_EQ(cause(R"({"input": {}})"),
            prefix +
                "The SecondsPath parameter does not reference an input value: "
                "$.input.waitSeconds");
  auto ts = Machine(R"({"StartAt": "WaitUntil", "States": {
      "WaitUntil": {"Type": "Wait", "TimestampPath": "$.TimestampValue", "End": true}}})");
  EXPECT_EQ(RunToCompletion(ts, J(R"({"TimestampValue": "2016-12-05T21:29:29"})")).cause,
            "An error occurred while executing the state 'WaitUntil' (entered at the event id "
            "#2). The TimestampPath parameter does not reference a valid ISO-8601 extended "
            "offset date-time format string: $.TimestampValue == 2016-12-05T21:29:29");
}

TEST(ExecutionTest, MachineTimeoutEndsAsTimedOut) {
  auto machine = Machine(R"({"StartAt": "W", "TimeoutSeconds": 10, "States": {
      "W": {"Type": "Wait", "Seconds": 60, "End": true}}})");
  ExecutionReport report = RunToCompletion(machine, J("{}"));
  EXPECT_EQ(report.status, ExecutionStatus::kTimedOut);
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "WaitStateEntered", "ExecutionTimedOut"));
  EXPECT_EQ(report.history.back().timestamp_ms - report.history.front().timestamp_ms, 10000);
}

TEST(ExecutionTest, EndlessLoopStopsAtTheHistoryQuota) {
  auto machine = Machine(R"({"StartAt": "A", "States": {
      "A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}})");
  ExecutionReport report = RunToCompletion(machine, J("{}"));
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.error, std::string(kHistoryLimitError));
  EXPECT_EQ(report.cause, std::string(kHistoryLimitCause));
  ASSERT_EQ(report.history.size(), 25000u);
  EXPECT_EQ(report.history.back().type, EventType::kExecutionFailed);
  EXPECT_EQ(report.history.back().id, 25000);
}

TEST(ExecutionTest, TransitionBoundStopsLoopsWithoutHistory) {
  auto machine = Machine(R"({"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "A"}}})");
  ExecuteOptions options;
  options.record_history = false;
  options.max_history_events = 0;
  options.max_transitions = 100000;
  ExecutionReport report = RunToCompletion(machine, J("{}"), options);
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.cause, "The execution exceeded the limit of 100000 state transitions.");
}

TEST(ExecutionTest, PayloadQuota) {
  auto machine = Machine(R"({"StartAt": "State_1", "States": {
      "State_1": {"Type": "Pass", "Result": {"Arg1": "x"}, "End": true}}})");
  ExecuteOptions options;
  options.max_payload_bytes = 10;
  ExecutionReport report = RunToCompletion(machine, J("{}"), options);
  EXPECT_EQ(report.error, "States.DataLimitExceeded");
  EXPECT_EQ(report.cause,
            "The state/task 'State_1' returned a result with a size exceeding the maximum number "
            "of bytes service limit.");
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "PassStateEntered", "ExecutionFailed"));
}

TEST(ExecutionTest, ReportAsJson) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "F", "States": {
      "F": {"Type": "Fail", "Error": "E", "Cause": "C"}}})"),
                                           J("{}"));
  EXPECT_EQ(json::Serialize(ReportToJson(report, false, false)),
            R"({"status":"FAILED","output":null,"error":"E","cause":"C"})");
  json::Value full = ReportToJson(report, true, true);
  ASSERT_NE(full.Find("events"), nullptr);
  EXPECT_EQ(full.Find("events")->size(), 3u);
  EXPECT_EQ(*full.Find("events")->At(2)->Find("executionFailedEventDetails"),
            J(R"({"error": "E", "cause": "C"})"));
  EXPECT_EQ(*full.Find("dataFlow")->At(0)->Find("error"), J(R"({"Error": "E", "Cause": "C"})"));
}

TEST(ExecutionTest, JsonataPassEvaluatesOutputAndAssignFromTheSameInput) {
  ExecutionReport report = RunToCompletion(Machine(R"({"QueryLanguage": "JSONata",
      "StartAt": "A", "States": {
        "A": {"Type": "Pass", "Assign": {"x": "{% $states.input.n %}"},
              "Output": {"sum": "{% $states.input.n + 1 %}", "items": ["{% 'a' & 'b' %}", "lit"]},
              "Next": "B"},
        "B": {"Type": "Succeed", "Output": "{% [$x, $states.input.sum] %}"}}})"),
                                           J(R"({"n": 41})"));
  EXPECT_EQ(report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(report.output, J("[41, 42]"));
}

TEST(ExecutionTest, JsonataUndefinedIsAQueryEvaluationError) {
  ExecutionReport report = RunToCompletion(Machine(R"({"QueryLanguage": "JSONata",
      "StartAt": "S", "States": {"S": {"Type": "Pass", "Output": "{% $doesNotExist %}",
      "End": true}}})"),
                                           J("{}"));
  EXPECT_EQ(report.error, "States.QueryEvaluationError");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'S' (entered at the event id #2). The "
            "JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing "
            "(undefined).");
}

TEST(ExecutionTest, JsonataFailEvaluatesErrorAndCause) {
  ExecutionReport report = RunToCompletion(Machine(R"({"QueryLanguage": "JSONata",
      "StartAt": "S", "States": {"S": {"Type": "Fail", "Error": "{% $states.input.e %}",
      "Cause": "literal"}}})"),
                                           J(R"({"e": "Boom"})"));
  EXPECT_EQ(report.error, "Boom");
  EXPECT_EQ(report.cause, "literal");
}

TEST(ExecutionTest, SameSeedSameHistory) {
  auto machine = Machine(R"({"StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
            "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 5, "JitterStrategy": "FULL",
                       "IntervalSeconds": 10}]}}})");
  auto run = [&](uint64_t seed) {
    mocks::MockTable mocks = Mocks(R"({"T": {"0-3": {"Throw": {"Error": "E"}},
                                             "4": {"Return": 1}}})");
    ExecuteOptions options;
    options.seed = seed;
    options.invoker = &mocks;
    return json::Serialize(HistoryToJson(RunToCompletion(machine, J("{}"), options).history));
  };
  EXPECT_EQ(run(7), run(7));
  EXPECT_NE(run(7), run(8));
}

}  // namespace
}  // namespace asl::engine
