// Limits of a running execution (issue 7), through api::Run: the payload quota (256 KiB,
// States.DataLimitExceeded), the history quota (25,000 events), and Map iterations and
// variables, which count against both. A limit reached ends the execution with an ASL
// error, never a crash or a hang.
#include <gtest/gtest.h>

#include <string>

#include "core/engine/execute_options.h"
#include "core/engine/history.h"
#include "core/json/value.h"
#include "tests/limits/run_helper.h"

namespace asl::limits_test {
namespace {

using engine::ExecutionStatus;

json::Value InputWithString(size_t bytes) {
  return json::Value(json::Members{{"s", json::Value(std::string(bytes, 'a'))}});
}

// The run was validated and failed with States.DataLimitExceeded.
void ExpectDataLimitExceeded(const api::RunResult& run) {
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.error, "States.DataLimitExceeded") << run.report.cause.value_or("");
}

// As recorded against AWS (conformance case test_states_errors__test_start_large_input).
TEST(ExecutionLimitsTest, PassResultOverThePayloadQuotaFailsWithDataLimitExceeded) {
  std::string definition = R"({"StartAt":"State_1","States":{"State_1":{"Type":"Pass",
      "Result":{"Arg1":")" +
                           std::string(engine::kMaxPayloadBytes, 'a') + R"("},"End":true}}})";
  api::RunResult run = RunDefinition(definition);
  ExpectDataLimitExceeded(run);
  EXPECT_EQ(run.report.cause,
            "The state/task 'State_1' returned a result with a size exceeding the maximum "
            "number of bytes service limit.");
}

TEST(ExecutionLimitsTest, OutputBuiltFromInputOverTheQuotaFailsWithDataLimitExceeded) {
  std::string definition = R"({"StartAt":"Double","States":{"Double":{"Type":"Pass",
      "Parameters":{"a.$":"$.s","b.$":"$.s"},"End":true}}})";
  api::RunResult run = RunDefinition(definition, InputWithString(150 * 1024));
  ExpectDataLimitExceeded(run);
}

// A task's effective input (after Parameters) counts too; the task is never scheduled.
TEST(ExecutionLimitsTest, TaskInputOverTheQuotaFailsBeforeTheTaskIsScheduled) {
  std::string definition = R"({"StartAt":"Call","States":{"Call":{"Type":"Task",
      "Resource":"arn:aws:states:::lambda:invoke","Parameters":{"a.$":"$.s","b.$":"$.s"},
      "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
      "Caught":{"Type":"Succeed"}}})";
  api::RunResult run = RunDefinition(definition, InputWithString(150 * 1024));
  ExpectDataLimitExceeded(run);
  for (const engine::HistoryEvent& event : run.report.history) {
    EXPECT_NE(event.type, engine::EventType::kTaskScheduled);
  }
}

// Every state's Assign is measured when it exits, not only a Pass state's.
TEST(ExecutionLimitsTest, WaitAssignOverTheQuotaFailsWithDataLimitExceeded) {
  std::string definition = R"({"StartAt":"Pause","States":{"Pause":{"Type":"Wait","Seconds":0,
      "Assign":{"big.$":"$.s","again.$":"$.s"},"End":true}}})";
  api::RunResult run = RunDefinition(definition, InputWithString(150 * 1024));
  ExpectDataLimitExceeded(run);
}

TEST(ExecutionLimitsTest, OutputJustUnderTheQuotaSucceeds) {
  std::string definition = R"({"StartAt":"Copy","States":{"Copy":{"Type":"Pass","End":true}}})";
  api::RunResult run = RunDefinition(definition, InputWithString(200 * 1024));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kSucceeded);
}

// An endless loop ends at the history quota: the 25,000th event is ExecutionFailed.
TEST(ExecutionLimitsTest, EndlessLoopEndsAtTheHistoryQuota) {
  std::string definition = R"({"StartAt":"Loop","States":{
      "Loop":{"Type":"Pass","Next":"Check"},
      "Check":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],
               "Default":"Loop"},
      "Done":{"Type":"Succeed"}}})";
  api::RunResult run = RunDefinition(definition);
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.error, std::string(engine::kHistoryLimitError));
  EXPECT_EQ(run.report.cause, std::string(engine::kHistoryLimitCause));
  ASSERT_EQ(run.report.history.size(), static_cast<size_t>(engine::kMaxHistoryEvents));
  EXPECT_EQ(run.report.history.back().type, engine::EventType::kExecutionFailed);
}

TEST(ExecutionLimitsTest, EndlessWaitLoopEndsAtTheHistoryQuotaWithoutSleeping) {
  std::string definition = R"({"StartAt":"W","States":{
      "W":{"Type":"Wait","Seconds":3600,"Next":"Check"},
      "Check":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],
               "Default":"W"},
      "Done":{"Type":"Succeed"}}})";
  api::RunResult run = RunDefinition(definition);
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.cause, std::string(engine::kHistoryLimitCause));
}

// Map iterations write events of their own: an inline Map over 10,000 items cannot finish
// within 25,000 events and ends at the quota.
TEST(ExecutionLimitsTest, MapOverTooManyItemsEndsAtTheHistoryQuota) {
  json::Array items(10000, json::Value(int64_t{1}));
  json::Value input(json::Members{{"items", json::Value(std::move(items))}});
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}})";
  api::RunResult run = RunDefinition(definition, input);
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(run.report.cause, std::string(engine::kHistoryLimitCause));
  EXPECT_LE(run.report.history.size(), static_cast<size_t>(engine::kMaxHistoryEvents));
}

TEST(ExecutionLimitsTest, MapResultsOverThePayloadQuotaFailWithDataLimitExceeded) {
  json::Array items(100, json::Value(int64_t{1}));
  json::Value input(json::Members{{"items", json::Value(std::move(items))},
                                  {"s", json::Value(std::string(3000, 'a'))}});
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "ItemSelector":{"s.$":"$.s"},
      "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}})";
  api::RunResult run = RunDefinition(definition, input);
  ExpectDataLimitExceeded(run);
}

// AWS: a single variable and the values of one Assign field are limited to 256 KiB
// (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html).
TEST(ExecutionLimitsTest, AssignOverThePayloadQuotaFailsWithDataLimitExceeded) {
  std::string definition = R"({"StartAt":"A","States":{"A":{"Type":"Pass",
      "Assign":{"a.$":"$.s","b.$":"$.s"},"End":true}}})";
  api::RunResult run = RunDefinition(definition, InputWithString(150 * 1024));
  ExpectDataLimitExceeded(run);
  EXPECT_EQ(run.report.cause,
            "The variables assigned by the state 'A' have a size exceeding the maximum number "
            "of bytes service limit.");
}

TEST(ExecutionLimitsTest, AssignJustUnderTheQuotaSucceeds) {
  std::string definition = R"({"StartAt":"A","States":{"A":{"Type":"Pass",
      "Assign":{"a.$":"$.s"},"OutputPath":null,"Next":"B"},
      "B":{"Type":"Pass","Parameters":{"a.$":"$a"},"End":true}}})";
  api::RunResult run = RunDefinition(definition, InputWithString(200 * 1024));
  ASSERT_TRUE(run.ran) << ErrorCodes(run.validation);
  EXPECT_EQ(run.report.status, ExecutionStatus::kSucceeded) << run.report.cause.value_or("");
  EXPECT_EQ(run.report.output,
            json::Value(json::Members{{"a", json::Value(std::string(200 * 1024, 'a'))}}));
}

// AWS: "The total size of all stored variables cannot exceed 10MiB per execution"; a Map
// iteration's variables go out of scope when it ends. 60 iterations holding 200 KiB each at
// once pass the quota; 10 at a time do not.
TEST(ExecutionLimitsTest, StoredVariablesOfAllScopesOverTenMiBFailWithDataLimitExceeded) {
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "MaxConcurrency":CONCURRENCY,"ResultPath":null,"End":true,
      "ItemProcessor":{"StartAt":"Keep","States":{
        "Keep":{"Type":"Pass","Assign":{"kept.$":"$$.Execution.Input.s"},"Next":"Hold"},
        "Hold":{"Type":"Wait","Seconds":1,"End":true}}}}}})";
  json::Array items(60, json::Value(int64_t{1}));
  json::Value input = InputWithString(200 * 1024).With("items", json::Value(std::move(items)));
  std::string all_at_once = definition;
  all_at_once.replace(all_at_once.find("CONCURRENCY"), 11, "0");
  api::RunResult run = RunDefinition(all_at_once, input);
  ExpectDataLimitExceeded(run);
  EXPECT_EQ(run.report.cause,
            "The variables assigned by the state 'Keep' bring the size of all stored variables "
            "of the execution over the maximum number of bytes service limit.");

  std::string ten_at_a_time = definition;
  ten_at_a_time.replace(ten_at_a_time.find("CONCURRENCY"), 11, "10");
  api::RunResult bounded = RunDefinition(ten_at_a_time, input);
  ASSERT_TRUE(bounded.ran) << ErrorCodes(bounded.validation);
  EXPECT_EQ(bounded.report.status, ExecutionStatus::kSucceeded)
      << bounded.report.cause.value_or("");
}

// States.DataLimitExceeded is not caught by States.ALL: the Catcher does not apply.
TEST(ExecutionLimitsTest, AssignOverTheQuotaOnAMapIsNotCaughtByStatesAll) {
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},
      "Assign":{"a.$":"$$.Execution.Input.s","b.$":"$$.Execution.Input.s"},
      "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
      "Caught":{"Type":"Succeed"}}})";
  json::Value input =
      InputWithString(150 * 1024).With("items", json::Value(json::Array{json::Value(int64_t{1})}));
  api::RunResult run = RunDefinition(definition, input);
  ExpectDataLimitExceeded(run);
  EXPECT_EQ(run.report.cause,
            "The variables assigned by the state 'M' have a size exceeding the maximum number "
            "of bytes service limit.");
}

// The branches' input, made by Parameters, is a payload of its own.
TEST(ExecutionLimitsTest, ParallelBranchInputOverTheQuotaFailsWithDataLimitExceeded) {
  std::string definition = R"({"StartAt":"Par","States":{"Par":{"Type":"Parallel",
      "Parameters":{"a.$":"$.s","b.$":"$.s"},"ResultSelector":{"n":1},
      "Branches":[{"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"End":true}}}],
      "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
      "Caught":{"Type":"Succeed"}}})";
  api::RunResult run = RunDefinition(definition, InputWithString(150 * 1024));
  ExpectDataLimitExceeded(run);
  EXPECT_EQ(run.report.cause,
            "The state/task 'Par' returned a result with a size exceeding the maximum number "
            "of bytes service limit.");
}

// A Map iteration's input, made by ItemSelector, is measured before the iteration starts.
TEST(ExecutionLimitsTest, MapIterationInputOverTheQuotaFailsWithDataLimitExceeded) {
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "ItemSelector":{"a.$":"$.s","b.$":"$.s"},"ResultSelector":{"n":1},
      "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"End":true}}},
      "End":true}}})";
  json::Value input =
      InputWithString(150 * 1024).With("items", json::Value(json::Array{json::Value(int64_t{1})}));
  api::RunResult run = RunDefinition(definition, input);
  ExpectDataLimitExceeded(run);
}

// The iterations' outputs together are the Map's result: over the quota it fails even when
// ResultSelector would keep little of it.
TEST(ExecutionLimitsTest, MapResultOverTheQuotaFailsBeforeResultSelector) {
  json::Array items(100, json::Value(int64_t{1}));
  json::Value input(json::Members{{"items", json::Value(std::move(items))},
                                  {"s", json::Value(std::string(3000, 'a'))}});
  std::string definition = R"({"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items",
      "ItemSelector":{"s.$":"$.s"},"ResultSelector":{"first.$":"$[0]"},
      "ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}})";
  api::RunResult run = RunDefinition(definition, input);
  ExpectDataLimitExceeded(run);
  EXPECT_EQ(run.report.cause,
            "The state/task 'M' returned a result with a size exceeding the maximum number "
            "of bytes service limit.");
}

}  // namespace
}  // namespace asl::limits_test
