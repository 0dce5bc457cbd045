#include "core/model/build.h"

#include <gtest/gtest.h>

#include "core/json/parser.h"
#include "core/model/comparison_operator.h"

namespace asl::model {
namespace {

StateMachine Build(std::string_view text) {
  json::ParseResult parsed = json::Parse(text);
  EXPECT_TRUE(parsed.ok()) << parsed.error->message;
  return BuildStateMachine(parsed.value);
}

TEST(BuildTest, KeepsStatesInDefinitionOrderWithPointersAndIndex) {
  StateMachine m = Build(R"({"Comment": "c", "StartAt": "B", "TimeoutSeconds": 30,
    "Version": "1.0", "States": {
      "B": {"Type": "Pass", "Result": {"x": 1}, "ResultPath": null, "Next": "A/1"},
      "A/1": {"Type": "Succeed"}}})");
  EXPECT_EQ(m.pointer, "");
  EXPECT_EQ(m.start_at, "B");
  EXPECT_EQ(m.comment, "c");
  EXPECT_EQ(m.version, "1.0");
  EXPECT_EQ(m.timeout_seconds->as_int(), 30);
  ASSERT_EQ(m.states.size(), 2u);
  EXPECT_EQ(m.states[0].name, "B");
  EXPECT_EQ(m.states[1].pointer, "/States/A~11");
  EXPECT_EQ(m.Find("A/1"), &m.states[1]);
  EXPECT_EQ(m.Find("C"), nullptr);
  const PassState* pass = m.states[0].As<PassState>();
  ASSERT_NE(pass, nullptr);
  EXPECT_TRUE(pass->result_path.is_null());
  EXPECT_EQ(pass->result->Find("x")->as_int(), 1);
  EXPECT_EQ(m.states[0].next, "A/1");
  EXPECT_TRUE(m.states[0].input_path.absent());
  EXPECT_EQ(m.states[0].input_path.effective(), "$");
  EXPECT_EQ(m.states[1].type, StateType::kSucceed);
}

TEST(BuildTest, InheritsAndOverridesQueryLanguage) {
  StateMachine m = Build(R"({"QueryLanguage": "JSONata", "StartAt": "M", "States": {
    "M": {"Type": "Map", "QueryLanguage": "JSONPath", "ItemProcessor": {
      "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
      "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true},
    "J": {"Type": "Pass", "End": true}}})");
  EXPECT_TRUE(m.query_language_explicit);
  EXPECT_EQ(m.query_language, QueryLanguage::kJsonata);
  EXPECT_EQ(m.states[0].query_language, QueryLanguage::kJsonPath);
  EXPECT_EQ(m.states[1].query_language, QueryLanguage::kJsonata);
  const MapState* map = m.states[0].As<MapState>();
  ASSERT_NE(map, nullptr);
  EXPECT_EQ(map->processor_config.mode, ProcessorMode::kDistributed);
  EXPECT_EQ(map->processor_config.execution_type, "EXPRESS");
  ASSERT_NE(map->item_processor, nullptr);
  EXPECT_FALSE(map->legacy_iterator);
  EXPECT_EQ(map->item_processor->pointer, "/States/M/ItemProcessor");
  EXPECT_EQ(map->item_processor->states[0].pointer, "/States/M/ItemProcessor/States/P");
  EXPECT_EQ(map->item_processor->states[0].query_language, QueryLanguage::kJsonPath);
}

TEST(BuildTest, ReadsTaskFieldsRetryAndCatch) {
  StateMachine m = Build(R"({"StartAt": "T", "States": {"T": {"Type": "Task",
    "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"a.$": "$.a"},
    "ResultSelector": {"r.$": "$.Payload"}, "ResultPath": "$.out", "TimeoutSeconds": 10,
    "HeartbeatSecondsPath": "$.hb", "Credentials": {"RoleArn": "arn:r"},
    "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 0,
               "BackoffRate": 1.5, "MaxDelaySeconds": 5, "JitterStrategy": "FULL"},
              {"ErrorEquals": ["States.ALL"]}],
    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F", "ResultPath": "$.err"}],
    "End": true}, "F": {"Type": "Fail", "Error": "E", "CausePath": "$.c"}}})");
  const TaskState* task = m.states[0].As<TaskState>();
  ASSERT_NE(task, nullptr);
  EXPECT_EQ(task->resource, "arn:aws:states:::lambda:invoke");
  EXPECT_TRUE(task->parameters->is_object());
  EXPECT_EQ(task->result_path.path, "$.out");
  EXPECT_EQ(task->timeout_seconds->as_int(), 10);
  EXPECT_EQ(task->heartbeat_seconds_path, "$.hb");
  ASSERT_EQ(task->retry.size(), 2u);
  EXPECT_EQ(task->retry[0].pointer, "/States/T/Retry/0");
  EXPECT_EQ(task->retry[0].interval_seconds, 2);
  EXPECT_EQ(task->retry[0].max_attempts, 0);
  EXPECT_DOUBLE_EQ(task->retry[0].backoff_rate, 1.5);
  EXPECT_EQ(task->retry[0].max_delay_seconds, 5);
  EXPECT_EQ(task->retry[0].jitter_strategy, JitterStrategy::kFull);
  EXPECT_EQ(task->retry[1].max_attempts, 3);
  EXPECT_DOUBLE_EQ(task->retry[1].backoff_rate, 2.0);
  ASSERT_EQ(task->catch_.size(), 1u);
  EXPECT_EQ(task->catch_[0].next, "F");
  EXPECT_EQ(task->catch_[0].result_path.path, "$.err");
  const FailState* fail = m.states[1].As<FailState>();
  ASSERT_NE(fail, nullptr);
  EXPECT_EQ(fail->error, "E");
  EXPECT_EQ(fail->cause_path, "$.c");
  EXPECT_FALSE(fail->cause.has_value());
}

TEST(BuildTest, BuildsNestedChoiceRules) {
  StateMachine m = Build(R"({"StartAt": "C", "States": {"C": {"Type": "Choice",
    "Choices": [
      {"And": [{"Variable": "$.a", "IsPresent": true},
               {"Not": {"Variable": "$.a", "StringEqualsPath": "$.b"}}], "Next": "D"},
      {"Condition": "{% true %}", "Next": "D", "Output": {"x": 1}}],
    "Default": "D"}, "D": {"Type": "Succeed"}}})");
  const ChoiceState* choice = m.states[0].As<ChoiceState>();
  ASSERT_NE(choice, nullptr);
  EXPECT_EQ(choice->default_state, "D");
  ASSERT_EQ(choice->choices.size(), 2u);
  const ChoiceRule& and_rule = choice->choices[0];
  EXPECT_EQ(and_rule.kind, ChoiceRule::Kind::kAnd);
  EXPECT_EQ(and_rule.next, "D");
  ASSERT_EQ(and_rule.children.size(), 2u);
  EXPECT_EQ(and_rule.children[0].kind, ChoiceRule::Kind::kComparison);
  EXPECT_EQ(and_rule.children[0].op, "IsPresent");
  EXPECT_EQ(and_rule.children[0].variable, "$.a");
  const ChoiceRule& not_rule = and_rule.children[1];
  EXPECT_EQ(not_rule.kind, ChoiceRule::Kind::kNot);
  EXPECT_EQ(not_rule.pointer, "/States/C/Choices/0/And/1");
  ASSERT_EQ(not_rule.children.size(), 1u);
  EXPECT_EQ(not_rule.children[0].pointer, "/States/C/Choices/0/And/1/Not");
  EXPECT_EQ(not_rule.children[0].operand.as_string(), "$.b");
  EXPECT_EQ(choice->choices[1].kind, ChoiceRule::Kind::kCondition);
  EXPECT_EQ(choice->choices[1].output->Find("x")->as_int(), 1);
}

TEST(BuildTest, ReadsWaitFormsParallelBranchesAndLegacyIterator) {
  StateMachine m = Build(R"({"StartAt": "W", "States": {
    "W": {"Type": "Wait", "TimestampPath": "$.t", "Next": "P"},
    "P": {"Type": "Parallel", "Branches": [
       {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}},
       {"StartAt": "Y", "States": {"Y": {"Type": "Pass", "End": true}}}], "Next": "M"},
    "M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "Iterator": {
       "StartAt": "Z", "States": {"Z": {"Type": "Succeed"}}}, "End": true}}})");
  EXPECT_EQ(m.states[0].As<WaitState>()->timestamp_path, "$.t");
  EXPECT_FALSE(m.states[0].As<WaitState>()->seconds.has_value());
  const ParallelState* parallel = m.states[1].As<ParallelState>();
  ASSERT_EQ(parallel->branches.size(), 2u);
  EXPECT_EQ(parallel->branches[1].pointer, "/States/P/Branches/1");
  EXPECT_EQ(parallel->branches[1].states[0].pointer, "/States/P/Branches/1/States/Y");
  const MapState* map = m.states[2].As<MapState>();
  EXPECT_TRUE(map->legacy_iterator);
  EXPECT_EQ(map->item_processor->pointer, "/States/M/Iterator");
  EXPECT_EQ(map->items_path, "$.items");
  EXPECT_EQ(map->max_concurrency->as_int(), 2);
  EXPECT_EQ(map->processor_config.mode, ProcessorMode::kInline);
}

TEST(BuildTest, ToleratesWrongTypesAndNonObjects) {
  EXPECT_TRUE(BuildStateMachine(json::Value(json::Array{})).states.empty());
  StateMachine m = Build(R"({"StartAt": 3, "States": {"A": 1, "B": {"Type": "Task",
    "Resource": 5, "Retry": [1, {"ErrorEquals": "x", "MaxAttempts": "y"}], "Next": 4}}})");
  EXPECT_EQ(m.start_at, "");
  ASSERT_EQ(m.states.size(), 1u);
  EXPECT_EQ(m.states[0].name, "B");
  const TaskState* task = m.states[0].As<TaskState>();
  EXPECT_EQ(task->resource, "");
  ASSERT_EQ(task->retry.size(), 1u);
  EXPECT_TRUE(task->retry[0].error_equals.empty());
  EXPECT_EQ(task->retry[0].max_attempts, 3);
  EXPECT_FALSE(m.states[0].next.has_value());
}

TEST(BuildTest, StopsAtTheNestingLimit) {
  std::string text;
  for (int i = 0; i < kMaxNesting + 5; ++i) {
    text += R"({"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [)";
  }
  text += R"({"StartAt": "X", "States": {"X": {"Type": "Succeed"}}})";
  for (int i = 0; i < kMaxNesting + 5; ++i) text += "]}}}";
  json::ParseResult parsed = json::Parse(text, {.max_depth = 10000});
  ASSERT_TRUE(parsed.ok()) << parsed.error->message;
  StateMachine m = BuildStateMachine(parsed.value);
  EXPECT_FALSE(m.complete);
}

TEST(ComparisonOperatorTest, KnowsEveryOperatorAndItsOperand) {
  EXPECT_EQ(ComparisonOperators().size(), 39u);
  EXPECT_EQ(FindComparisonOperator("NumericLessThanEqualsPath")->operand, OperandKind::kPath);
  EXPECT_EQ(FindComparisonOperator("TimestampEquals")->operand, OperandKind::kTimestamp);
  EXPECT_EQ(FindComparisonOperator("IsNull")->operand, OperandKind::kBoolean);
  EXPECT_EQ(FindComparisonOperator("StringMatchesPath"), nullptr);
  EXPECT_EQ(FindComparisonOperator("Variable"), nullptr);
}

// Objects have a size too: lists written as objects hold no entries instead of crashing.
TEST(BuildTest, ListsWrittenAsObjectsHoldNoEntries) {
  StateMachine m = Build(R"({"StartAt": "C", "States": {
      "C": {"Type": "Choice", "Choices": {"a": 1}, "Default": "R"},
      "N": {"Type": "Choice", "Choices": [{"And": {"a": 1}, "Next": "R"}], "Default": "R"},
      "R": {"Type": "Task", "Resource": "x", "Retry": {"a": 1}, "Catch": {"b": 2}, "End": true},
      "P": {"Type": "Parallel", "Branches": {"a": 1}, "End": true}}})");
  ASSERT_EQ(m.states.size(), 4u);
  EXPECT_TRUE(m.states[0].As<ChoiceState>()->choices.empty());
  const ChoiceRule& rule = m.states[1].As<ChoiceState>()->choices.at(0);
  EXPECT_EQ(rule.kind, ChoiceRule::Kind::kAnd);
  EXPECT_TRUE(rule.children.empty());
  EXPECT_TRUE(m.states[2].As<TaskState>()->retry.empty());
  EXPECT_TRUE(m.states[2].As<TaskState>()->catch_.empty());
  EXPECT_TRUE(m.states[3].As<ParallelState>()->branches.empty());
}

}  // namespace
}  // namespace asl::model
