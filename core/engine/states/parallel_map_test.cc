#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/engine/execution.h"
#include "core/engine/execution_test_support.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::EventTypes;
using ::asl::engine::testing::J;
using ::asl::engine::testing::Machine;
using ::asl::engine::testing::RunWithMocks;
using ::testing::ElementsAre;

TEST(ParallelStateTest, BranchOutputsInBranchOrder) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "P", "States": {"P": {
      "Type": "Parallel", "ResultPath": "$.r", "End": true, "Branches": [
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 5, "Next": "A"},
                                    "A": {"Type": "Pass", "Result": "slow", "End": true}}},
        {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "fast", "End": true}}}]}}})"),
                                           J(R"({"in": 1})"));
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"({"in": 1, "r": ["slow", "fast"]})"));
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                          "WaitStateEntered", "PassStateEntered", "PassStateExited",
                          "WaitStateExited", "PassStateEntered", "PassStateExited",
                          "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded"));
  EXPECT_EQ(report.history.back().timestamp_ms - report.history.front().timestamp_ms, 5000);
}

TEST(ParallelStateTest, FailingBranchStopsTheOthersAndIsCaught) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "P", "States": {
      "P": {"Type": "Parallel", "Next": "Done",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
            "Branches": [
              {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "End": true}}},
              {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "Cause": "C"}}}]},
      "Caught": {"Type": "Pass", "End": true},
      "Done": {"Type": "Succeed"}}})"),
                                           J("{}"));
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(report.output, J(R"({"Error": "E", "Cause": "C"})"));
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                          "WaitStateEntered", "FailStateEntered", "ParallelStateFailed",
                          "ParallelStateExited", "PassStateEntered", "PassStateExited",
                          "ExecutionSucceeded"));
  EXPECT_EQ(report.history.back().timestamp_ms, report.history.front().timestamp_ms);
}

TEST(ParallelStateTest, BranchesHaveTheirOwnVariableScope) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "Init", "States": {
      "Init": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "P"},
      "P": {"Type": "Parallel", "End": true, "Branches": [
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"inner": 2}, "Next": "B"},
                                    "B": {"Type": "Pass", "Parameters": {"o.$": "$outer",
                                          "i.$": "$inner"}, "End": true}}}]}}})"),
                                           J("{}"));
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"([{"o": 1, "i": 2}])"));
}

TEST(MapStateTest, InlineIterationsWithItemSelector) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "M", "States": {"M": {
      "Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 1,
      "ItemSelector": {"i.$": "$$.Map.Item.Index", "v.$": "$$.Map.Item.Value", "k.$": "$.k"},
      "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "P",
                        "States": {"P": {"Type": "Pass", "End": true}}},
      "End": true}}})"),
                                           J(R"({"k": "x", "items": ["a", "b"]})"));
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"([{"i": 0, "v": "a", "k": "x"}, {"i": 1, "v": "b", "k": "x"}])"));
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "MapStateEntered", "MapStateStarted",
                          "MapIterationStarted", "PassStateEntered", "PassStateExited",
                          "MapIterationSucceeded", "MapIterationStarted", "PassStateEntered",
                          "PassStateExited", "MapIterationSucceeded", "MapStateSucceeded",
                          "MapStateExited", "ExecutionSucceeded"));
  EXPECT_EQ(report.history[2].number, 2);  // MapStateStarted length.
  EXPECT_EQ(report.history[6].number, 0);  // MapIterationSucceeded index.
}

// The guide: $$.Map.Item is available in the Map state's ItemSelector (Parameters), "not within
// the states included in the Iterator section" (input-output-contextobject.html, "Context object
// data for Map states").
TEST(MapStateTest, MapItemIsNotInTheContextOfTheIterationsStates) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "M", "States": {"M": {
      "Type": "Map", "End": true, "ItemProcessor": {"StartAt": "P", "States": {
        "P": {"Type": "Pass", "Parameters": {"c.$": "$$"}, "End": true}}}}}})"),
                                           J(R"([7])"));
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  ASSERT_TRUE(report.output.is_array());
  const json::Value* context = report.output.as_array()[0].Find("c");
  ASSERT_NE(context, nullptr);
  ASSERT_TRUE(context->is_object());
  EXPECT_NE(context->Find("State"), nullptr);
  EXPECT_EQ(context->Find("Map"), nullptr);
}

TEST(MapStateTest, TasksInIterationsShareOneInvocationCount) {
  ExecutionReport report =
      RunWithMocks(R"({"StartAt": "M", "States": {"M": {
      "Type": "Map", "End": true,
      "ItemProcessor": {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}}}})",
                   R"({"T": {"0": {"Return": "r0"}, "1-2": {"Return": "r1"}}})", "[1, 2, 3]");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"(["r0", "r1", "r1"])"));
}

TEST(MapStateTest, NonArrayItemsAreStatesRuntime) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "MapState", "States": {
      "MapState": {"Type": "Map", "End": true,
                   "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass",
                                                                      "End": true}}}}}})"),
                                           J(R"({"a": 1})"));
  EXPECT_EQ(report.error, "States.Runtime");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'MapState' (entered at the event id "
            "#2). Map state input must be an array but was: {\"a\":1}");
}

TEST(MapStateTest, FailedIterationFailsTheMapUnlessTolerated) {
  const char* definition = R"({"StartAt": "M", "States": {"M": {
      "Type": "Map", "End": true, %s
      "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                        "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2,
                                               "Next": "F"}], "Default": "P"},
          "F": {"Type": "Fail", "Error": "Bad"},
          "P": {"Type": "Pass", "End": true}}}}}})";
  char strict[2048], tolerant[2048];
  std::snprintf(strict, sizeof strict, definition, "");
  std::snprintf(tolerant, sizeof tolerant, definition, R"("ToleratedFailureCount": 1,)");
  ExecutionReport failed = RunToCompletion(Machine(strict), J("[1, 2, 3]"));
  EXPECT_EQ(failed.error, "States.ExceedToleratedFailureThreshold");
  EXPECT_THAT(EventTypes(failed),
              ElementsAre("ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted",
                          "MapRunFailed", "MapStateFailed", "ExecutionFailed"));
  ExecutionReport tolerated = RunToCompletion(Machine(tolerant), J("[1, 2, 3]"));
  EXPECT_EQ(tolerated.status, ExecutionStatus::kSucceeded);
  EXPECT_EQ(tolerated.output, J("[1, null, 3]"));
}

TEST(MapStateTest, ToleratedFailureValidation) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "MapState", "States": {
      "MapState": {"Type": "Map", "End": true, "ToleratedFailurePercentagePath": "$.p",
                   "ItemsPath": "$.items",
                   "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass",
                                                                      "End": true}}}}}})"),
                                           J(R"({"p": "NoNumber", "items": []})"));
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'MapState' (entered at the event id "
            "#2). The ToleratedFailurePercentagePath field refers to value \"NoNumber\" which is "
            "not a valid float: $.p");
  EXPECT_THAT(EventTypes(report), ElementsAre("ExecutionStarted", "MapStateEntered",
                                              "MapStateStarted", "ExecutionFailed"));
}

}  // namespace
}  // namespace asl::engine
