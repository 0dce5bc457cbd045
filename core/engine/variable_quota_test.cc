// The execution-wide quota on stored variables (ExecuteOptions::max_variable_bytes; AWS: "The
// total size of all stored variables cannot exceed 10MiB per execution").
#include <gtest/gtest.h>

#include <string>

#include "core/engine/execution.h"
#include "core/engine/execution_test_support.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::J;
using ::asl::engine::testing::Machine;

// A quota of 100 bytes; each value below is a 50-character string (52 bytes of JSON).
ExecutionReport RunWithQuota(std::string_view definition, std::string_view input = "{}") {
  ExecuteOptions options;
  options.max_variable_bytes = 100;
  return RunToCompletion(Machine(definition), J(input), options);
}

const std::string kFifty(50, 'v');

TEST(VariableQuotaTest, AllStoredVariablesOverTheQuotaFailWithDataLimitExceeded) {
  ExecutionReport report = RunWithQuota(R"({"StartAt": "A", "States": {
      "A": {"Type": "Pass", "Assign": {"a.$": "$.s"}, "Next": "B"},
      "B": {"Type": "Pass", "Assign": {"b.$": "$.s"},
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C"}], "Next": "C"},
      "C": {"Type": "Succeed"}}})",
                                        R"({"s": ")" + kFifty + R"("})");
  EXPECT_EQ(report.status, ExecutionStatus::kFailed);
  EXPECT_EQ(report.error, "States.DataLimitExceeded");
  EXPECT_EQ(report.cause,
            "The variables assigned by the state 'B' bring the size of all stored variables of "
            "the execution over the maximum number of bytes service limit.");
}

TEST(VariableQuotaTest, ReassigningAVariableReplacesItsSize) {
  ExecutionReport report = RunWithQuota(R"({"StartAt": "A", "States": {
      "A": {"Type": "Pass", "Assign": {"a.$": "$.s"}, "Next": "B"},
      "B": {"Type": "Pass", "Assign": {"a.$": "$.s", "n": 1}, "Next": "C"},
      "C": {"Type": "Pass", "Assign": {"a.$": "$.s", "n": 2}, "End": true}}})",
                                        R"({"s": ")" + kFifty + R"("})");
  EXPECT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
}

TEST(VariableQuotaTest, AnIterationsVariablesGoOutOfScopeWhenItEnds) {
  constexpr std::string_view kMap = R"({"StartAt": "M", "States": {"M": {"Type": "Map",
      "MaxConcurrency": %, "End": true, "ItemProcessor": {"StartAt": "A", "States": {
        "A": {"Type": "Pass", "Assign": {"a.$": "$"}, "Next": "W"},
        "W": {"Type": "Wait", "Seconds": 1, "End": true}}}}}})";
  std::string items = "[\"" + kFifty + "\", \"" + kFifty + "\", \"" + kFifty + "\"]";
  std::string one_at_a_time(kMap);
  one_at_a_time.replace(one_at_a_time.find('%'), 1, "1");
  ExecutionReport sequential = RunWithQuota(one_at_a_time, items);
  EXPECT_EQ(sequential.status, ExecutionStatus::kSucceeded) << sequential.cause.value_or("");

  std::string all_at_once(kMap);
  all_at_once.replace(all_at_once.find('%'), 1, "0");
  ExecutionReport concurrent = RunWithQuota(all_at_once, items);
  EXPECT_EQ(concurrent.status, ExecutionStatus::kFailed);
  EXPECT_EQ(concurrent.error, "States.DataLimitExceeded");
}

TEST(VariableQuotaTest, ZeroDisablesTheQuota) {
  ExecuteOptions options;
  options.max_variable_bytes = 0;
  options.max_payload_bytes = 0;
  ExecutionReport report =
      RunToCompletion(Machine(R"({"StartAt": "A", "States": {
      "A": {"Type": "Pass", "Assign": {"a.$": "$.s", "b.$": "$.s"}, "End": true}}})"),
                      J(R"({"s": ")" + std::string(11 << 20, 'x') + "\"}"), options);
  EXPECT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
}

}  // namespace
}  // namespace asl::engine
