#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/engine/choice_rule_evaluator.h"
#include "core/engine/execution.h"
#include "core/engine/execution_test_support.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::EventTypes;
using ::asl::engine::testing::J;
using ::asl::engine::testing::Machine;
using ::testing::ElementsAre;

// Runs a Choice whose single rule is `rule` on `input`: "T" when it matches, "F" otherwise,
// or the error and cause.
std::string Decide(const std::string& rule, std::string_view input) {
  auto machine = Machine(R"({"StartAt": "C", "States": {
      "C": {"Type": "Choice", "Choices": [)" +
                         rule.substr(0, rule.size() - 1) + R"(, "Next": "T"}], "Default": "F"},
      "T": {"Type": "Pass", "Result": "T", "End": true},
      "F": {"Type": "Pass", "Result": "F", "End": true}}})");
  ExecutionReport report = RunToCompletion(machine, J(input));
  if (report.status != ExecutionStatus::kSucceeded) {
    return report.error.value_or("") + ": " + report.cause.value_or("");
  }
  return report.output.as_string();
}

TEST(ChoiceStateTest, StringOperators) {
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "StringEquals": "a"})", R"({"v": "a"})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "StringEquals": "a"})", R"({"v": 1})"), "F");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "StringLessThan": "b"})", R"({"v": "a"})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "StringGreaterThanEquals": "b"})", R"({"v": "b"})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "StringEqualsPath": "$.w"})", R"({"v": "x", "w": "x"})"),
            "T");
}

TEST(ChoiceStateTest, StringMatchesWithEscapes) {
  EXPECT_TRUE(WildcardMatches("log-*.txt", "log-2024.txt"));
  EXPECT_TRUE(WildcardMatches("*", ""));
  EXPECT_TRUE(WildcardMatches("a*b*c", "aXXbYYc"));
  EXPECT_FALSE(WildcardMatches("a*b", "aXXc"));
  EXPECT_TRUE(WildcardMatches(R"(a\*b)", "a*b"));
  EXPECT_FALSE(WildcardMatches(R"(a\*b)", "aXb"));
  EXPECT_TRUE(WildcardMatches(R"(a\\b)", R"(a\b)"));
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "StringMatches": "*.log"})", R"({"v": "x.log"})"), "T");
}

TEST(ChoiceStateTest, NumericOperatorsCompareByValue) {
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "NumericEquals": 1})", R"({"v": 1.0})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "NumericLessThan": 2.5})", R"({"v": 2})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "NumericGreaterThan": 2})", R"({"v": "3"})"), "F");
  EXPECT_EQ(
      Decide(R"({"Variable": "$.v", "NumericLessThanEqualsPath": "$.w"})", R"({"v": 3, "w": 3})"),
      "T");
}

TEST(ChoiceStateTest, BooleanAndTimestampOperators) {
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "BooleanEquals": false})", R"({"v": false})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "BooleanEquals": false})", R"({"v": null})"), "F");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "TimestampLessThan": "2024-01-01T00:00:00Z"})",
                   R"({"v": "2023-12-31T23:59:59.999Z"})"),
            "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "TimestampEquals": "2024-01-01T01:00:00+01:00"})",
                   R"({"v": "2024-01-01T00:00:00Z"})"),
            "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "TimestampEquals": "2024-01-01T00:00:00Z"})",
                   R"({"v": "not a time"})"),
            "F");
}

TEST(ChoiceStateTest, TypeTestsWithTrueAndFalse) {
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "IsPresent": false})", "{}"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "IsPresent": true})", R"({"v": null})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "IsNull": true})", R"({"v": null})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "IsNumeric": false})", R"({"v": "1"})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "IsString": true})", R"({"v": "1"})"), "T");
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "IsBoolean": false})", R"({"v": true})"), "F");
  EXPECT_EQ(
      Decide(R"({"Variable": "$.v", "IsTimestamp": true})", R"({"v": "2016-03-14T01:59:00Z"})"),
      "T");
}

TEST(ChoiceStateTest, BooleanCombinations) {
  EXPECT_EQ(Decide(R"({"And": [{"Variable": "$.a", "NumericEquals": 1},
                               {"Not": {"Variable": "$.b", "StringEquals": "x"}}]})",
                   R"({"a": 1, "b": "y"})"),
            "T");
  EXPECT_EQ(Decide(R"({"Or": [{"Variable": "$.a", "NumericEquals": 2},
                              {"Variable": "$.b", "IsPresent": true}]})",
                   R"({"a": 1})"),
            "F");
}

TEST(ChoiceStateTest, MissingVariableIsStatesRuntime) {
  EXPECT_EQ(Decide(R"({"Variable": "$.v", "NumericEquals": 1})", "{}"),
            "States.Runtime: An error occurred while executing the state 'C' (entered at the "
            "event id #2). Invalid path '$.v' : No results for path: $['v']");
}

TEST(ChoiceStateTest, NoMatchWithoutDefault) {
  ExecutionReport report = RunToCompletion(Machine(R"({"StartAt": "C", "States": {
      "C": {"Type": "Choice", "Choices": [{"Variable": "$.v", "IsNull": true, "Next": "E"}]},
      "E": {"Type": "Succeed"}}})"),
                                           J(R"({"v": 1})"));
  EXPECT_EQ(report.error, "States.NoChoiceMatched");
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "ChoiceStateEntered", "ExecutionFailed"));
}

TEST(ChoiceStateTest, RuleAssignOrStateAssignWithDefault) {
  auto machine = Machine(R"({"StartAt": "C", "States": {
      "C": {"Type": "Choice", "Choices": [{"Variable": "$.v", "NumericEquals": 42,
                                           "Assign": {"status": "CORRECT"}, "Next": "F"}],
            "Assign": {"status": "INCORRECT", "guess.$": "$.v"}, "Default": "F"},
      "F": {"Type": "Pass", "Parameters": {"status.$": "$status"}, "End": true}}})");
  EXPECT_EQ(RunToCompletion(machine, J(R"({"v": 42})")).output, J(R"({"status": "CORRECT"})"));
  EXPECT_EQ(RunToCompletion(machine, J(R"({"v": 1})")).output, J(R"({"status": "INCORRECT"})"));
}

}  // namespace
}  // namespace asl::engine
