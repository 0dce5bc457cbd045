#include "core/validate/validator.h"

#include <gtest/gtest.h>

#include <string>

#include "core/validate/codes.h"
#include "core/validate/validator_test_support.h"

namespace asl::validate {
namespace {

void ExpectValid(std::string_view text, const ValidateOptions& options = {}) {
  ValidationResult r = Validate(text, options);
  EXPECT_TRUE(r.valid()) << Dump(r);
}

TEST(ValidatorTest, AcceptsEveryStateTypeInJsonPath) {
  ExpectValid(R"j({"Comment": "all", "StartAt": "P", "TimeoutSeconds": 60, "Version": "1.0",
  "States": {
    "P": {"Type": "Pass", "Result": {"a": 1}, "ResultPath": "$.r", "Next": "T"},
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "f", "Payload.$": "$", "Fmt.$": "States.Format('{}', $.a)",
                         "Ctx.$": "$$.Execution.Id", "Var.$": "$myVar"},
          "ResultSelector": {"p.$": "$.Payload"}, "ResultPath": null, "OutputPath": "$",
          "TimeoutSeconds": 30, "HeartbeatSeconds": 10, "Assign": {"myVar.$": "$.a"},
          "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 1, "MaxAttempts": 0,
                     "BackoffRate": 1.0, "MaxDelaySeconds": 10, "JitterStrategy": "FULL"},
                    {"ErrorEquals": ["States.ALL"]}],
          "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "F"}],
          "Next": "C"},
    "C": {"Type": "Choice", "Choices": [
            {"And": [{"Variable": "$.a", "IsPresent": true},
                     {"Not": {"Variable": "$.a", "NumericLessThanPath": "$.b"}}], "Next": "W"},
            {"Variable": "$.t", "TimestampGreaterThan": "2024-01-01T00:00:00.5+01:00",
             "Next": "W"}],
          "Default": "Par"},
    "W": {"Type": "Wait", "SecondsPath": "$.s", "Next": "Par"},
    "Par": {"Type": "Parallel", "Branches": [
        {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}], "Next": "M"},
    "M": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2,
          "ItemSelector": {"i.$": "$$.Map.Item.Value"},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "I",
                            "States": {"I": {"Type": "Succeed"}}},
          "ToleratedFailurePercentage": 10, "Label": "m", "Next": "S"},
    "S": {"Type": "Succeed"},
    "F": {"Type": "Fail", "ErrorPath": "$.error.Error", "CausePath": "States.Format('x{}', $.c)"}
  }})j");
}

TEST(ValidatorTest, AcceptsJsonataStates) {
  ExpectValid(R"j({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Arguments": {"Payload": "{% $states.input %}"}, "Output": "{% $states.result %}",
          "Assign": {"x": "{% 1 %}"}, "TimeoutSeconds": "{% 10 %}",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Output": {"e": "{% $states.errorOutput %}"},
                     "Next": "F"}],
          "Next": "C"},
    "C": {"Type": "Choice", "Choices": [{"Condition": "{% $x = 1 %}", "Next": "W",
                                          "Output": 1}], "Default": "M"},
    "W": {"Type": "Wait", "Timestamp": "{% $now() %}", "Next": "M"},
    "M": {"Type": "Map", "Items": "{% [1, 2] %}", "MaxConcurrency": "{% 2 %}",
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}},
          "Next": "F"},
    "F": {"Type": "Fail", "Error": "{% 'E' %}", "Cause": "c"}}})j");
}

TEST(ValidatorTest, ReportsJsonPathFieldsInJsonataStatesAndBack) {
  ValidationResult r = Validate(R"j({"StartAt": "A", "States": {
    "A": {"Type": "Pass", "QueryLanguage": "JSONata", "ResultPath": "$.x", "Next": "B"},
    "B": {"Type": "Pass", "Output": {"a": 1}, "End": true}}})j");
  ASSERT_EQ(r.diagnostics.size(), 2u) << Dump(r);
  EXPECT_EQ(r.diagnostics[0].path, "/States/A/ResultPath");
  EXPECT_EQ(r.diagnostics[0].code, code::kQueryLanguageMismatch);
  EXPECT_EQ(r.diagnostics[1].path, "/States/B/Output");
  EXPECT_NE(r.diagnostics[1].message.find("use 'OutputPath' instead"), std::string::npos)
      << r.diagnostics[1].message;
}

TEST(ValidatorTest, ReportsTheDowngradeOfTheQueryLanguageAtTheState) {
  ExpectDiagnostic(R"j({"StartAt": "Pass", "QueryLanguage": "JSONata", "States": {
  "Pass": {"Type": "Pass", "End": true, "QueryLanguage": "JSONPath"}}})j",
                   code::kQueryLanguageMismatch, "/States/Pass", "\"Pass\": {", "JSONata");
}

TEST(ValidatorTest, AMissingTransitionTargetUnderlinesTheTargetName) {
  std::string text = R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "Next": "Nowhere"}}})j";
  ValidationResult r = Validate(text);
  const diag::Diagnostic* d = FindDiagnostic(r, code::kMissingTransitionTarget);
  ASSERT_NE(d, nullptr) << Dump(r);
  EXPECT_EQ(d->path, "/States/A/Next");
  diag::Position start = PositionOf(text, "\"Nowhere\"");
  EXPECT_EQ(d->range.start, start);
  EXPECT_EQ(d->range.end, (diag::Position{start.line, start.column + 9}));  // Quotes included.
}

TEST(ValidatorTest, ForbidsTransitionsOutOfABranch) {
  ExpectDiagnostic(R"j({"StartAt": "P", "States": {
  "P": {"Type": "Parallel", "End": true, "Branches": [
    {"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Done"}}}]},
  "Done": {"Type": "Succeed"}}})j",
                   code::kMissingTransitionTarget, "/States/P/Branches/0/States/X/Next",
                   "\"Done\"}", "outside this scope");
}

TEST(ValidatorTest, PointsIntoThePathString) {
  std::string text =
      R"j({"StartAt": "P", "States": {"P": {"Type": "Pass", "OutputPath": "$.a[?(@.b >]", "End": true}}})j";
  ValidationResult r = Validate(text);
  const diag::Diagnostic* d = FindDiagnostic(r, code::kInvalidPath);
  ASSERT_NE(d, nullptr) << Dump(r);
  size_t value = text.find("\"$.a");
  EXPECT_GT(d->range.start.column, static_cast<int>(value + 1)) << Dump(r);
  EXPECT_LE(d->range.end.column, static_cast<int>(text.find("\", \"End") + 1));
}

TEST(ValidatorTest, WarningsCanBeTurnedOff) {
  std::string text =
      R"j({"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "B": {"Type": "Succeed"}}})j";
  ValidationResult with_warnings = Validate(text);
  EXPECT_NE(FindDiagnostic(with_warnings, code::kUnreachableState), nullptr);
  EXPECT_TRUE(Validate(text, {.warnings = false}).diagnostics.empty());
}

TEST(ValidatorTest, ExpressRejectsSyncAndActivitiesOnly) {
  std::string sync = R"j({"StartAt": "T", "States": {"T": {"Type": "Task",
    "Resource": "arn:aws:states:::states:startExecution.sync:2", "End": true}}})j";
  ExpectValid(sync);
  EXPECT_FALSE(Validate(sync, {.type = StateMachineType::kExpress}).valid());
  ExpectValid(R"j({"StartAt": "T", "States": {"T": {"Type": "Task",
    "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})j",
              {.type = StateMachineType::kExpress});
}

TEST(ValidatorTest, SortsDiagnosticsByPosition) {
  ValidationResult r = Validate(R"j({"StartAt": "A", "States": {
    "A": {"Type": "Pass", "Foo": 1, "End": true},
    "B": {"Type": "Wait"}}})j");
  ASSERT_GE(r.diagnostics.size(), 2u);
  for (size_t i = 1; i < r.diagnostics.size(); ++i) {
    EXPECT_LE(r.diagnostics[i - 1].range.start, r.diagnostics[i].range.start);
  }
}

// Robustness: each bad input gets a clear diagnostic, never a crash or hang.
TEST(RobustnessTest, EmptyFile) {
  ValidationResult r = Validate("");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, code::kSchema);
  EXPECT_NE(r.diagnostics[0].message.find("valid JSON object"), std::string::npos);
}

TEST(RobustnessTest, BinaryGarbage) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919 + 13) % 256));
  ValidationResult r = Validate(garbage);
  ASSERT_FALSE(r.valid());
  EXPECT_EQ(r.diagnostics[0].code, code::kInvalidJson);
}

TEST(RobustnessTest, TruncatedFile) {
  ValidationResult r = Validate(R"j({"StartAt": "A", "States": {"A": {"Type": "Pa)j");
  ASSERT_EQ(r.diagnostics.size(), 1u) << Dump(r);
  EXPECT_EQ(r.diagnostics[0].code, code::kInvalidJson);
  EXPECT_EQ(r.diagnostics[0].range.start.line, 1);
}

TEST(RobustnessTest, TenMegabyteDefinition) {
  std::string text = R"j({"StartAt": "S0", "States": {)j";
  int i = 0;
  while (text.size() < 10 * 1024 * 1024) {
    text += "\"S" + std::to_string(i) + "\": {\"Type\": \"Pass\", \"Result\": {\"pad\": \"" +
            std::string(200, 'x') + "\"}, \"Next\": \"S" + std::to_string(i + 1) + "\"},";
    ++i;
  }
  text += "\"S" + std::to_string(i) + "\": {\"Type\": \"Succeed\"}}}";
  // Over the service's 1 MB limit: one clear diagnostic at the start, nothing else.
  ValidationResult r = Validate(text);
  ASSERT_EQ(r.diagnostics.size(), 1u) << Dump(r).substr(0, 2000);
  EXPECT_EQ(r.diagnostics[0].code, code::kDefinitionTooLarge);
  EXPECT_EQ(r.diagnostics[0].range.start, (diag::Position{1, 1}));
}

TEST(RobustnessTest, LargeDefinitionUnderTheLimitValidates) {
  std::string text = R"j({"StartAt": "S0", "States": {)j";
  int i = 0;
  while (text.size() < 1000 * 1000) {
    text += "\"S" + std::to_string(i) + "\": {\"Type\": \"Pass\", \"Result\": {\"pad\": \"" +
            std::string(200, 'x') + "\"}, \"Next\": \"S" + std::to_string(i + 1) + "\"},";
    ++i;
  }
  text += "\"S" + std::to_string(i) + "\": {\"Type\": \"Succeed\"}}}";
  ValidationResult r = Validate(text);
  EXPECT_TRUE(r.valid()) << Dump(r).substr(0, 2000);
}

TEST(RobustnessTest, TenThousandLevelsOfNesting) {
  std::string text = R"j({"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": )j";
  text += std::string(10000, '[') + std::string(10000, ']') + R"j(, "End": true}}})j";
  ValidationResult r = Validate(text);
  ASSERT_EQ(r.diagnostics.size(), 1u) << Dump(r);
  EXPECT_EQ(r.diagnostics[0].code, code::kTooDeeplyNested);
}

TEST(RobustnessTest, ManyProblemsOnOneLongLine) {
  // A minified definition with 9,000 misspelt fields: every one is reported, in linear time.
  std::string text = R"j({"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true)j";
  for (int i = 0; i < 9000; ++i) text += ", \"Nxt" + std::to_string(i) + "\": 1";
  text += "}}}";
  ValidationResult r = Validate(text);
  ASSERT_EQ(r.diagnostics.size(), 9000u);
  EXPECT_EQ(r.diagnostics.back().range.start.line, 1);
  EXPECT_EQ(r.diagnostics.back().range.start.column,
            static_cast<int>(text.find("\"Nxt8999\"")) + 1);
}

TEST(RobustnessTest, DeeplyNestedStateMachines) {
  std::string text;
  for (int i = 0; i < 100; ++i) {
    text += R"j({"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [)j";
  }
  text += R"j({"StartAt": "X", "States": {"X": {"Type": "Succeed"}}})j";
  for (int i = 0; i < 100; ++i) text += "]}}}";
  ValidationResult r = Validate(text);
  EXPECT_NE(FindDiagnostic(r, code::kTooDeeplyNested), nullptr) << Dump(r);
}

TEST(RobustnessTest, InvalidUtf8) {
  ValidationResult r = Validate("{\"StartAt\": \"A\xff\", \"States\": {}}");
  ASSERT_EQ(r.diagnostics.size(), 1u) << Dump(r);
  EXPECT_EQ(r.diagnostics[0].code, code::kInvalidJson);
  EXPECT_NE(r.diagnostics[0].message.find("UTF-8"), std::string::npos);
}

TEST(RobustnessTest, WrongTypesEverywhereDoNotCrash) {
  for (
      const char* text :
      {R"j({"StartAt": 1, "States": []})j", R"j({"StartAt": "A", "States": {"A": 5}})j",
       R"j({"StartAt": "A", "States": {"A": {"Type": 5}}})j",
       R"j({"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [1, {"And": 3}]}}})j",
       R"j({"StartAt": "A", "States": {"A": {"Type": "Map", "ItemProcessor": 1, "End": true}}})j",
       R"j({"StartAt": "A", "States": {"A": {"Type": "Parallel", "Branches": [1], "End": true}}})j",
       R"j({"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x", "End": true,
            "Retry": [1, {"ErrorEquals": "x"}], "Catch": {}}}})j"}) {
    ValidationResult r = Validate(text);
    EXPECT_FALSE(r.valid()) << text;
  }
}

}  // namespace
}  // namespace asl::validate

namespace asl::validate {
namespace {

TEST(ValidatorTest, TellsDuplicateStateNamesFromOtherDuplicateKeys) {
  ValidationResult r = Validate(R"j({"StartAt": "P", "States": {
    "P": {"Type": "Parallel", "End": true, "Parameters": {"States": {"x": 1, "x": 2}},
          "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Succeed"},
                                                  "A": {"Type": "Succeed"}}}]}}})j");
  const diag::Diagnostic* state = FindDiagnostic(r, code::kDuplicateStateName);
  ASSERT_NE(state, nullptr) << Dump(r);
  EXPECT_EQ(state->path, "/States/P/Branches/0/States/A");
  const diag::Diagnostic* key = FindDiagnostic(r, code::kDuplicateJsonKey);
  ASSERT_NE(key, nullptr) << Dump(r);
  EXPECT_EQ(key->path, "/States/P/Parameters/States/x");
}

TEST(ValidatorTest, ReportsOnlyStatesNoTransitionNames) {
  ValidationResult r = Validate(R"j({"StartAt": "A", "States": {
    "A": {"Type": "Pass", "Nxt": "B"},
    "B": {"Type": "Pass", "Next": "C"},
    "C": {"Type": "Succeed"}}})j");
  int unreachable = 0;
  for (const diag::Diagnostic& d : r.diagnostics) {
    if (d.code == code::kUnreachableState) {
      ++unreachable;
      EXPECT_EQ(d.path, "/States/B");
    }
  }
  EXPECT_EQ(unreachable, 1) << Dump(r);
}

TEST(ValidatorTest, NamesRetryEntriesAndChoiceRulesByPosition) {
  ValidationResult r = Validate(R"j({"StartAt": "T", "States": {
    "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C",
          "Retry": [{"ErrorEquals": ["E"]}, {"ErrorEquals": ["E"], "BackoffRate": 0}]},
    "C": {"Type": "Choice", "Default": "D", "Choices": [{"Variable": "$.a", "Next": "D"}]},
    "D": {"Type": "Succeed"}}})j");
  const diag::Diagnostic* range = FindDiagnostic(r, code::kValueOutOfRange);
  ASSERT_NE(range, nullptr) << Dump(r);
  EXPECT_EQ(range->message,
            "'BackoffRate' of Retry #2 of Task state 'T' is 0; it must be between 1 and "
            "99999999.");
  const diag::Diagnostic* rule = FindDiagnostic(r, code::kInvalidChoiceRule);
  ASSERT_NE(rule, nullptr) << Dump(r);
  EXPECT_EQ(rule->message.rfind("Choice Rule #1 of Choice state 'C' has no comparison", 0), 0u)
      << rule->message;
}

}  // namespace
}  // namespace asl::validate

namespace asl::validate {
namespace {

TEST(ValidatorTest, ChecksJsonataSyntaxAndPointsIntoTheExpression) {
  std::string text = R"j({"QueryLanguage": "JSONata", "StartAt": "P", "States": {
  "P": {"Type": "Pass", "Output": {"a": "{% $states.input.x + %}"}, "Next": "C"},
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Condition": "{% $x = ) %}", "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j";
  ValidationResult r = Validate(text);
  std::vector<const diag::Diagnostic*> found;
  for (const diag::Diagnostic& d : r.diagnostics) {
    if (d.code == code::kInvalidJsonataExpression) found.push_back(&d);
  }
  ASSERT_EQ(found.size(), 2u) << Dump(r);
  EXPECT_EQ(found[0]->path, "/States/P/Output/a");
  EXPECT_EQ(found[0]->range.start.line, 2);
  EXPECT_GT(found[0]->range.start.column, PositionOf(text, "\"{% $states").column);
  EXPECT_NE(found[0]->message.find("Pass state 'P'"), std::string::npos) << found[0]->message;
  EXPECT_EQ(found[1]->path, "/States/C/Choices/0/Condition");
  EXPECT_EQ(found[1]->range.start, PositionOf(text, ") %}"));
}

// Found by the pipeline fuzzer: a JSONPath rule whose only key is Condition has no operator to
// check an operand against.
TEST(ValidatorTest, ReportsAConditionAloneInAJsonPathChoiceRule) {
  std::string text = R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "QueryLanguage": "JSONa)ta", "Default": "D", "Choices": [
    {"Condition": "{% $states.input.x = 0 %}", "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j";
  ExpectDiagnostic(text, code::kQueryLanguageMismatch, "/States/C/Choices/0/Condition",
                   "\"Condition\"", "'Condition' is a JSONata Choice Rule field");
}

TEST(ValidatorTest, ReportsListsWrittenAsObjects) {
  std::string text = R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Choices": {"a": 1}, "Default": "R"},
  "R": {"Type": "Task", "Resource": "x", "Retry": {"a": 1}, "End": true}}})j";
  ExpectDiagnostic(text, code::kInvalidFieldType, "/States/C/Choices", "\"Choices\"");
  ExpectDiagnostic(text, code::kInvalidFieldType, "/States/R/Retry", "\"Retry\"");
}

TEST(ValidatorTest, LeavesJsonataLookalikesInJsonPathStatesAlone) {
  EXPECT_TRUE(Validate(R"j({"StartAt": "P", "States": {
    "P": {"Type": "Pass", "Result": {"a": "{% not parsed + %}"}, "End": true}}})j")
                  .valid());
}

}  // namespace
}  // namespace asl::validate
