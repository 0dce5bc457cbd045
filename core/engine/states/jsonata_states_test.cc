// JSONata in every state type: Arguments, Output, Assign, $states, Catch, Choice Conditions,
// Wait fields, Map Items / ItemSelector / limits, Parallel, and QueryEvaluationError reporting.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/engine/execution.h"
#include "core/engine/execution_test_support.h"
#include "core/json/writer.h"

namespace asl::engine {
namespace {

using ::asl::engine::testing::EventTypes;
using ::asl::engine::testing::J;
using ::asl::engine::testing::Machine;
using ::asl::engine::testing::RunWithMocks;
using ::testing::ElementsAre;

ExecutionReport RunJsonata(std::string_view definition, std::string_view input = "{}") {
  return RunToCompletion(Machine(definition), J(input), ExecuteOptions());
}

TEST(JsonataTaskTest, ArgumentsAtAnyDepthResultInOutputAndAssign) {
  ExecutionReport report =
      RunWithMocks(R"({"QueryLanguage": "JSONata", "StartAt": "T",
      "States": {
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": {"FunctionName": "f",
                            "Payload": {"n": "{% $states.input.n * 2 %}",
                                        "list": ["{% $states.input.n %}", "lit"]}},
              "Assign": {"got": "{% $states.result.Payload %}", "n": "{% $states.input.n %}"},
              "Output": {"r": "{% $states.result.Payload.v %}"}, "Next": "S"},
        "S": {"Type": "Succeed", "Output": "{% [$got, $n, $states.input.r] %}"}}})",
                   R"({"T": {"0": {"Return": {"Payload": {"v": 7}}}}})", R"({"n": 21})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"([{"v": 7}, 21, 7])"));
  json::Value scheduled = EventToJson(report.history[2]);
  EXPECT_EQ(*scheduled.Find("taskScheduledEventDetails")->Find("parameters"),
            json::Value(R"({"FunctionName":"f","Payload":{"n":42,"list":[21,"lit"]}})"));
  EXPECT_EQ(*report.data_flow[0].after_arguments,
            J(R"({"FunctionName": "f", "Payload": {"n": 42, "list": [21, "lit"]}})"));
  EXPECT_EQ(*report.data_flow[1].variables, J(R"({"got": {"v": 7}, "n": 21})"));
}

TEST(JsonataTaskTest, DataFlowJsonNamesArgumentsAndVariables) {
  ExecutionReport report = RunWithMocks(R"({"QueryLanguage": "JSONata", "StartAt": "A",
      "States": {
        "A": {"Type": "Pass", "Assign": {"k": 5}, "Next": "T"},
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": {"n": "{% $k %}"}, "End": true}}})",
                                        R"({"T": {"0": {"Return": "r"}}})");
  json::Value flow = DataFlowToJson(report.data_flow);
  EXPECT_EQ(flow.At(0)->Find("variables"), nullptr);
  EXPECT_EQ(*flow.At(1)->Find("variables"), J(R"({"k": 5})"));
  EXPECT_EQ(*flow.At(1)->Find("afterArguments"), J(R"({"n": 5})"));
  EXPECT_EQ(*flow.At(1)->Find("result"), json::Value("r"));
  EXPECT_EQ(*flow.At(1)->Find("output"), json::Value("r"));
}

TEST(JsonataParallelTest, EvaluationErrorInsideABranchFailsTheParallelState) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "P",
      "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
        {"StartAt": "B", "States": {"B": {"Type": "Pass", "Output": "{% $nope %}",
                                          "End": true}}}]}}})");
  EXPECT_EQ(report.error, "States.QueryEvaluationError");
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
                          "PassStateEntered", "EvaluationFailed", "ParallelStateFailed",
                          "ExecutionFailed"));
}

TEST(JsonataTaskTest, WithoutOutputTheResultIsTheOutput) {
  ExecutionReport report = RunWithMocks(R"({"QueryLanguage": "JSONata", "StartAt": "T",
      "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Arguments": "{% $states.input %}", "End": true}}})",
                                        R"({"T": {"0": {"Return": [1, 2]}}})");
  EXPECT_EQ(report.output, J("[1, 2]"));
}

TEST(JsonataTaskTest, CatcherOutputAndAssignSeeErrorOutputAndDefaultToIt) {
  const char* definition = R"({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Catch": [{"ErrorEquals": ["A"], "Next": "Done",
                       "Output": {"in": "{% $states.input.x %}",
                                  "err": "{% $states.errorOutput.Error %}"},
                       "Assign": {"cause": "{% $states.errorOutput.Cause %}"}},
                      {"ErrorEquals": ["B"], "Next": "Done"}],
            "End": true},
      "Done": {"Type": "Pass", "Output": {"out": "{% $states.input %}",
                                          "cause": "{% $exists($cause) ? $cause : null %}"},
               "End": true}}})";
  ExecutionReport a = RunWithMocks(
      definition, R"({"T": {"0": {"Throw": {"Error": "A", "Cause": "c"}}}})", R"({"x": 1})");
  EXPECT_EQ(a.output, J(R"({"out": {"in": 1, "err": "A"}, "cause": "c"})"));
  ExecutionReport b = RunWithMocks(
      definition, R"({"T": {"0": {"Throw": {"Error": "B", "Cause": "d"}}}})", R"({"x": 1})");
  EXPECT_EQ(b.output, J(R"({"out": {"Error": "B", "Cause": "d"}, "cause": null})"));
}

TEST(JsonataTaskTest, RetriesThenTimeoutsFromExpressions) {
  ExecutionReport report = RunWithMocks(R"({"QueryLanguage": "JSONata", "StartAt": "T",
      "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "TimeoutSeconds": "{% $states.input.t %}", "HeartbeatSeconds": 5,
                       "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 1}],
                       "End": true}}})",
                                        R"({"T": {"0": {"Throw": {"Error": "E"}},
                                               "1": {"Return": "ok"}}})",
                                        R"({"t": 30})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  json::Value scheduled = EventToJson(report.history[2]);
  EXPECT_EQ(*scheduled.Find("taskScheduledEventDetails")->Find("timeoutInSeconds"),
            json::Value(30));
  EXPECT_EQ(*scheduled.Find("taskScheduledEventDetails")->Find("heartbeatInSeconds"),
            json::Value(5));
}

TEST(JsonataTaskTest, UndefinedArgumentsFieldIsAQueryEvaluationErrorWithEvent) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"FunctionName": "{% $nope %}"}, "End": true}}})");
  EXPECT_EQ(report.error, "States.QueryEvaluationError");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'T' (entered at the event id #2). The "
            "JSONata expression '$nope' specified for the field 'Arguments/FunctionName' returned "
            "nothing (undefined).");
  EXPECT_THAT(EventTypes(report), ElementsAre("ExecutionStarted", "TaskStateEntered",
                                              "EvaluationFailed", "ExecutionFailed"));
  EXPECT_EQ(report.history[2].previous_event_id, report.history[1].previous_event_id);
  EXPECT_EQ(report.history[3].previous_event_id, report.history[2].id);
  json::Value details = *EventToJson(report.history[2]).Find("evaluationFailedEventDetails");
  EXPECT_EQ(*details.Find("location"), json::Value("Arguments/FunctionName"));
  EXPECT_EQ(*details.Find("state"), json::Value("T"));
  EXPECT_EQ(*details.Find("error"), json::Value("States.QueryEvaluationError"));
}

TEST(JsonataTaskTest, QueryEvaluationErrorCanBeCaught) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
      "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": "{% $nope %}", "End": true,
            "Catch": [{"ErrorEquals": ["States.QueryEvaluationError"], "Next": "C"}]},
      "C": {"Type": "Pass", "Output": "{% $states.input.Error %}", "End": true}}})");
  EXPECT_EQ(report.output, json::Value("States.QueryEvaluationError"));
}

TEST(JsonataChoiceTest, ConditionRuleOutputAssignAndDefault) {
  const char* definition = R"({"QueryLanguage": "JSONata", "StartAt": "C", "States": {
      "C": {"Type": "Choice",
            "Choices": [{"Condition": "{% $states.input.n > 10 %}", "Next": "Big",
                         "Output": {"big": "{% $states.input.n %}"},
                         "Assign": {"kind": "big"}}],
            "Default": "Small", "Output": "{% 'small' %}", "Assign": {"kind": "small"}},
      "Big": {"Type": "Pass", "Output": "{% [$kind, $states.input] %}", "End": true},
      "Small": {"Type": "Pass", "Output": "{% [$kind, $states.input] %}", "End": true}}})";
  EXPECT_EQ(RunJsonata(definition, R"({"n": 11})").output, J(R"(["big", {"big": 11}])"));
  EXPECT_EQ(RunJsonata(definition, R"({"n": 1})").output, J(R"(["small", "small"])"));
}

TEST(JsonataChoiceTest, ConditionMustBeBoolean) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "C", "States": {
      "C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n %}", "Next": "E"}],
            "Default": "E"},
      "E": {"Type": "Succeed"}}})",
                                      R"({"n": 1})");
  EXPECT_EQ(report.error, "States.QueryEvaluationError");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'C' (entered at the event id #2). The "
            "JSONata expression '$states.input.n' specified for the field 'Condition' returned an "
            "unexpected result type. Expected 'boolean', but was 'number' for value: 1");
}

TEST(JsonataChoiceTest, NoMatchWithoutDefault) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "C", "States": {
      "C": {"Type": "Choice", "Choices": [{"Condition": false, "Next": "E"}]},
      "E": {"Type": "Succeed"}}})");
  EXPECT_EQ(report.error, "States.NoChoiceMatched");
}

TEST(JsonataWaitTest, SecondsAndTimestampExpressionsOnTheVirtualClock) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "W", "States": {
      "W": {"Type": "Wait", "Seconds": "{% $states.input.s %}", "Next": "V",
            "Output": {"t": "{% $now() %}"}},
      "V": {"Type": "Wait", "Timestamp": "{% '2024-01-01T01:00:00Z' %}", "Next": "D"},
      "D": {"Type": "Pass", "Output": {"t": "{% $states.input.t %}", "now": "{% $now() %}"},
            "End": true}}})",
                                      R"({"s": 90})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output,
            J(R"({"t": "2024-01-01T00:01:30.000Z", "now": "2024-01-01T01:00:00.000Z"})"));
}

TEST(JsonataWaitTest, UnparsableTimestampIsAQueryEvaluationError) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "W", "States": {
      "W": {"Type": "Wait", "Timestamp": "{% $states.input.ts %}", "End": true}}})",
                                      R"({"ts": "2016-12-05 21:29:29Z"})");
  EXPECT_EQ(report.error, "States.QueryEvaluationError");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'W' (entered at the event id #2). The "
            "Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format "
            "string: 2016-12-05 21:29:29Z");
  EXPECT_THAT(EventTypes(report), ElementsAre("ExecutionStarted", "WaitStateEntered",
                                              "EvaluationFailed", "ExecutionFailed"));
}

TEST(JsonataMapTest, ItemsItemSelectorAndScopes) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
      "Init": {"Type": "Pass", "Assign": {"outer": 100, "xs": [1, 2, 3]}, "Next": "M"},
      "M": {"Type": "Map", "Items": "{% $xs %}", "MaxConcurrency": "{% 1 %}",
            "ItemSelector": {"v": "{% $states.context.Map.Item.Value %}",
                             "i": "{% $states.context.Map.Item.Index %}",
                             "in": "{% $states.input.k %}"},
            "ItemProcessor": {"StartAt": "P", "States": {
              "P": {"Type": "Pass", "Assign": {"outer": "{% $outer + $states.input.v %}"},
                    "Output": "{% $states.input.v * 10 + $states.input.i + $states.input.in %}",
                    "End": true}}},
            "Output": {"r": "{% $states.result %}", "outer": "{% $outer %}"},
            "End": true}}})",
                                      R"({"k": 1000})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"({"r": [1010, 1021, 1032], "outer": 100})"));
}

TEST(JsonataMapTest, ItemsThatAreNotAnArray) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "M", "States": {
      "M": {"Type": "Map", "Items": "{% {'a': 1} %}",
            "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
            "End": true}}})");
  EXPECT_EQ(report.error, "States.QueryEvaluationError");
  EXPECT_EQ(report.cause,
            "An error occurred while executing the state 'M' (entered at the event id #2). The "
            "JSONata expression '{'a': 1}' specified for the field 'Items' returned an unexpected "
            "result type. Expected 'array', but was 'object' for value: {\"a\":1}");
  EXPECT_THAT(EventTypes(report),
              ElementsAre("ExecutionStarted", "MapStateEntered", "EvaluationFailed",
                          "MapStateFailed", "ExecutionFailed"));
}

TEST(JsonataMapTest, ToleratedFailuresFromExpressions) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "M", "States": {
      "M": {"Type": "Map", "Items": [1, 2, 3, 4],
            "ToleratedFailureCount": "{% $states.input.n %}",
            "ItemProcessor": {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input > 2 %}",
                                                   "Next": "F"}], "Default": "OK"},
              "F": {"Type": "Fail", "Error": "Odd"},
              "OK": {"Type": "Succeed"}}},
            "End": true}}})",
                                      R"({"n": 2})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J("[1, 2, null, null]"));
}

TEST(JsonataMapTest, ItemBatcherGroupsSelectedItems) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "M", "States": {
      "M": {"Type": "Map", "Items": [1, 2, 3, 4, 5],
            "ItemSelector": {"v": "{% $states.context.Map.Item.Value * 10 %}"},
            "ItemBatcher": {"MaxItemsPerBatch": "{% $states.input.size %}",
                            "BatchInput": {"tag": "{% $states.input.tag %}"}},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
                                                  "ExecutionType": "STANDARD"},
                              "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
            "End": true}}})",
                                      R"({"size": 2, "tag": "t"})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"([
      {"BatchInput": {"tag": "t"}, "Items": [{"v": 10}, {"v": 20}]},
      {"BatchInput": {"tag": "t"}, "Items": [{"v": 30}, {"v": 40}]},
      {"BatchInput": {"tag": "t"}, "Items": [{"v": 50}]}])"))
      << json::Serialize(report.output);
}

TEST(MapItemBatcherTest, JsonPathBatchesByCountAndBytes) {
  ExecutionReport report = RunJsonata(R"({"StartAt": "M", "States": {
      "M": {"Type": "Map", "ItemsPath": "$.xs",
            "ItemBatcher": {"MaxItemsPerBatchPath": "$.n", "MaxInputBytesPerBatch": 22},
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED",
                                                  "ExecutionType": "STANDARD"},
                              "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
            "End": true}}})",
                                      R"({"xs": ["aaaa", "bbbb", "c", "d", "e"], "n": 3})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  // {"Items":["aaaa"]} is 18 bytes and ,"bbbb" would make it 25 > 22; {"Items":["bbbb","c"]}
  // is exactly 22.
  EXPECT_EQ(report.output,
            J(R"([{"Items": ["aaaa"]}, {"Items": ["bbbb", "c"]}, {"Items": ["d", "e"]}])"))
      << json::Serialize(report.output);
}

TEST(JsonataParallelTest, ArgumentsResultAndBranchScopes) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
      "Init": {"Type": "Pass", "Assign": {"v": 1}, "Next": "P"},
      "P": {"Type": "Parallel", "Arguments": {"x": "{% $states.input.x + $v %}"},
            "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"v": 50},
                                                "Output": "{% $states.input.x + $v %}",
                                                "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Pass",
                                                "Output": "{% $states.input.x * 10 + $v %}",
                                                "End": true}}}],
            "Assign": {"sum": "{% $sum($states.result) %}"},
            "Output": "{% $states.result %}", "Next": "D"},
      "D": {"Type": "Pass", "Output": {"in": "{% $states.input %}", "sum": "{% $sum %}",
                                       "v": "{% $v %}"}, "End": true}}})",
                                      R"({"x": 1})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"({"in": [3, 21], "sum": 24, "v": 1})"))
      << json::Serialize(report.output);
}

TEST(JsonataAssignTest, AssignReadsVariablesAsTheyWereBefore) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "A", "States": {
      "A": {"Type": "Pass", "Assign": {"x": 1, "y": 2}, "Next": "B"},
      "B": {"Type": "Pass", "Assign": {"x": "{% $y %}", "y": "{% $x %}"},
            "Output": "{% [$x, $y] %}", "Next": "C"},
      "C": {"Type": "Pass", "Output": {"in": "{% $states.input %}", "x": "{% $x %}",
                                       "y": "{% $y %}"}, "End": true}}})");
  EXPECT_EQ(report.output, J(R"({"in": [1, 2], "x": 2, "y": 1})"))
      << json::Serialize(report.output);
}

TEST(JsonataFunctionsTest, StepFunctionsFunctions) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "A", "States": {
      "A": {"Type": "Pass", "Output": {
        "partition": "{% $partition([1, 2, 3, 4, 5], 2) %}",
        "range": "{% $range(0, 10, 4) %}",
        "one": "{% $range(1, 9, 9) %}",
        "hash": "{% $hash('input data', 'SHA-256') %}",
        "md5": "{% $hash('', 'MD5') %}",
        "parse": "{% $parse('{\"a\": [1, true]}') %}",
        "seeded": "{% $random(7) = $random(7) %}",
        "random": "{% $random() >= 0 and $random() < 1 %}",
        "uuid": "{% $length($uuid()) %}"}, "End": true}}})");
  ASSERT_EQ(report.status, ExecutionStatus::kSucceeded) << report.cause.value_or("");
  EXPECT_EQ(report.output, J(R"({"partition": [[1, 2], [3, 4], [5]], "range": [0, 4, 8],
      "one": 1,
      "hash": "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
      "md5": "d41d8cd98f00b204e9800998ecf8427e", "parse": {"a": [1, true]},
      "seeded": true, "random": true, "uuid": 36})"))
      << json::Serialize(report.output);
}

TEST(JsonataFunctionsTest, UuidAndRandomFollowTheExecutionSeed) {
  auto machine = Machine(R"({"QueryLanguage": "JSONata", "StartAt": "A", "States": {
      "A": {"Type": "Pass", "Output": ["{% $uuid() %}", "{% $random() %}"], "End": true}}})");
  auto run = [&](uint64_t seed) {
    ExecuteOptions options;
    options.seed = seed;
    return json::Serialize(RunToCompletion(machine, J("{}"), options).output);
  };
  EXPECT_EQ(run(3), run(3));
  EXPECT_NE(run(3), run(4));
}

TEST(JsonataFunctionsTest, EvalIsRejected) {
  ExecutionReport report = RunJsonata(R"({"QueryLanguage": "JSONata", "StartAt": "A", "States": {
      "A": {"Type": "Pass", "Output": "{% $eval('1 + 1') %}", "End": true}}})");
  EXPECT_EQ(report.error, "States.QueryEvaluationError");
  EXPECT_THAT(*report.cause, ::testing::HasSubstr("not supported"));
}

}  // namespace
}  // namespace asl::engine
