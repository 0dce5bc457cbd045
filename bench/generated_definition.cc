#include "bench/generated_definition.h"

namespace asl::bench {
namespace {

std::string Name(int i) { return "State" + std::to_string(i); }

std::string StateText(int i, int last) {
  std::string next = "\"Next\": \"" + Name(i + 1) + "\"";
  std::string catch_to_end = "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"ResultPath\": \"$.error\", \"Next\": \"" + Name(last) + "\"}]";
  switch (i % 7) {
    case 0:
      return R"~({"Type": "Pass", "Parameters": {"id.$": "$.id", "label.$": "States.Format('item {}', $.id)", "fixed": [1, 2, 3]}, "ResultPath": "$.p", )~" + next + "}";
    case 1:
      return R"~({"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f", "Payload.$": "$"}, "ResultSelector": {"body.$": "$.Payload"}, "ResultPath": "$.t", "TimeoutSeconds": 30, "HeartbeatSeconds": 10, "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2.0, "MaxDelaySeconds": 60, "JitterStrategy": "FULL"}], )~" + catch_to_end + ", " + next + "}";
    case 2:
      return R"~({"Type": "Choice", "Choices": [{"And": [{"Variable": "$.id", "NumericGreaterThan": 5}, {"Not": {"Variable": "$.name", "StringMatches": "x*"}}], "Next": ")~" + Name(i + 1) + R"~("}, {"Variable": "$.flag", "BooleanEquals": true, "Next": ")~" + Name(i + 1) + R"~("}], "Default": ")~" + Name(i + 1) + "\"}";
    case 3:
      return R"~({"Type": "Wait", "Seconds": 1, )~" + next + "}";
    case 4:
      return R"~({"Type": "Map", "ItemsPath": "$.items", "ItemSelector": {"value.$": "$$.Map.Item.Value"}, "MaxConcurrency": 2, "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": ")~" + Name(i) + R"~(Inner", "States": {")~" + Name(i) + R"~(Inner": {"Type": "Pass", "End": true}}}, "ResultPath": "$.m", )~" + next + "}";
    case 5:
      return R"~({"Type": "Parallel", "Branches": [{"StartAt": ")~" + Name(i) + R"~(A", "States": {")~" + Name(i) + R"~(A": {"Type": "Pass", "End": true}}}, {"StartAt": ")~" + Name(i) + R"~(B", "States": {")~" + Name(i) + R"~(B": {"Type": "Pass", "Result": {"x": 1}, "End": true}}}], "ResultPath": "$.par", )~" + catch_to_end + ", " + next + "}";
    default:
      return R"~({"Type": "Pass", "InputPath": "$", "OutputPath": "$", "Result": {"n": 1}, "ResultPath": "$.r", )~" + next + "}";
  }
}

}  // namespace

std::string GenerateDefinition(int states) {
  if (states < 10) states = 10;
  int last = states - 1;
  std::string out = "{\n  \"Comment\": \"generated\",\n  \"StartAt\": \"State0\",\n  \"States\": {\n";
  for (int i = 0; i < last; ++i) {
    out += "    \"" + Name(i) + "\": " + StateText(i, last) + ",\n";
  }
  out += "    \"" + Name(last) + "\": {\"Type\": \"Succeed\"}\n  }\n}\n";
  return out;
}

}  // namespace asl::bench
