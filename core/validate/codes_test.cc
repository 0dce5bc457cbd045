// One failing definition per diagnostic code, with the expected pointer and position; and a
// check that the table of cases covers every code.
#include "core/validate/codes.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/validate/validator_test_support.h"

namespace asl::validate {
namespace {

struct CodeCase {
  const char* name;
  std::string_view code;
  const char* pointer;
  const char* marker;  // Where the range must start (first occurrence in the text).
  const char* text;
  const char* message_part;
  bool express = false;
  diag::Position position = {};  // Used instead of `marker` when that is null.
};

const CodeCase kCases[] = {
    {"InvalidJson", code::kInvalidJson, "", "}", "{\"StartAt\": \"A\",\n}", "trailing comma"},
    {"SchemaNotObject", code::kSchema, "", "[", "[1, 2]", "must be a valid JSON object"},
    {"MissingTransitionTarget", code::kMissingTransitionTarget, "/States/A/Next", "\"Nowhere\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "Next": "Nowhere"}}})j",
     "'Nowhere', which does not exist"},
    {"MissingEndState", code::kMissingEndState, "/StartAt", "\"StartAt\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "Next": "B"},
  "B": {"Type": "Pass", "Next": "A"}}})j",
     "has no terminal state"},
    {"NoReachableEndState", code::kNoReachableEndState, "/StartAt", "\"StartAt\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "Next": "A"},
  "B": {"Type": "Succeed"}}})j",
     "none of its terminal states can be reached"},
    {"DuplicateStateName", code::kDuplicateStateName, "/States/P/Branches/0/States/A",
     "\"A\": {\"Type\": \"Succeed\"}}}]",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "Next": "P"},
  "P": {"Type": "Parallel", "End": true, "Branches": [
    {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}]}}})j",
     "already used at /States/A"},
    {"InvalidStateName", code::kInvalidStateName, "/States/A\tB", "\"A\\tB\": {",
     "{\"StartAt\": \"A\\tB\", \"States\": {\n  \"A\\tB\": {\"Type\": \"Succeed\"}}}",
     "control character"},
    {"TooDeeplyNested",
     code::kTooDeeplyNested,
     "",
     nullptr,
     nullptr,
     "nests deeper",
     false,
     {1, 513}},
    {"InvalidResource", code::kInvalidResource, "/States/T/Resource", "\"Resource\"",
     R"j({"StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "lambda", "End": true}}})j",
     "not an ARN"},
    {"NoDollar", code::kNoDollar, "/States/P/Parameters/x", "\"x\"",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "Parameters": {"x": "$.input"}, "End": true}}})j",
     "rename the key to 'x.$'"},
    {"NoPath", code::kNoPath, "/States/F/Error", "\"Error\"",
     R"j({"StartAt": "F", "States": {
  "F": {"Type": "Fail", "Error": "$.error"}}})j",
     "'ErrorPath'"},
    {"PassResultIsStatic", code::kPassResultIsStatic, "/States/P/Result/x.$", "\"x.$\"",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "Result": {"x.$": "$.a"}, "End": true}}})j",
     "static"},
    {"DuplicateJsonKey", code::kDuplicateJsonKey, "/States/P/End", "\"End\": false",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "End": true, "End": false}}})j",
     "appears twice"},
    {"MissingRequiredField", code::kMissingRequiredField, "", "{",
     R"j({"States": {"A": {"Type": "Succeed"}}})j", "'StartAt'"},
    {"UnknownField", code::kUnknownField, "/States/A/Nxt", "\"Nxt\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "Nxt": "B"},
  "B": {"Type": "Succeed"}}})j",
     "'Nxt' is not a field of a Pass state; did you mean 'Next'?"},
    {"FieldNotAllowed", code::kFieldNotAllowed, "/States/A/Retry", "\"Retry\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "End": true, "Retry": []}}})j",
     "only Task, Parallel and Map states have it"},
    {"QueryLanguageMismatch", code::kQueryLanguageMismatch, "/States/A/Parameters",
     "\"Parameters\"",
     R"j({"QueryLanguage": "JSONata", "StartAt": "A", "States": {
  "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {"a": 1}, "End": true}}})j",
     "use 'Arguments' instead"},
    {"InvalidFieldType", code::kInvalidFieldType, "/States/A/End", "\"End\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "End": "yes"}}})j",
     "'End' of Pass state 'A' must be a boolean, not string"},
    {"InvalidFieldValue", code::kInvalidFieldValue, "/States/A/Type", "\"Type\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Passs", "End": true}}})j",
     "did you mean 'Pass'?"},
    {"ValueOutOfRange", code::kValueOutOfRange, "/States/T/Retry/0/BackoffRate", "\"BackoffRate\"",
     R"j({"StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
        "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}]}}})j",
     "it must be between 1 and"},
    {"MutuallyExclusiveFields", code::kMutuallyExclusiveFields, "/States/W/Timestamp",
     "\"Timestamp\"",
     R"j({"StartAt": "W", "States": {
  "W": {"Type": "Wait", "Seconds": 5, "Timestamp": "2024-01-01T00:00:00Z", "End": true}}})j",
     "keep only one"},
    {"InvalidTimestamp", code::kInvalidTimestamp, "/States/W/Timestamp", "\"Timestamp\"",
     R"j({"StartAt": "W", "States": {
  "W": {"Type": "Wait", "Timestamp": "2016-13-05T21:29:29Z", "End": true}}})j",
     "RFC 3339"},
    {"MissingNextOrEnd", code::kMissingNextOrEnd, "/States/A", "\"A\": {",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass"}}})j",
     "neither 'Next' nor \"End\": true"},
    {"UnreachableState", code::kUnreachableState, "/States/B", "\"B\"",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Succeed"},
  "B": {"Type": "Succeed"}}})j",
     "No transition leads to Succeed state 'B'"},
    {"InvalidChoiceRule", code::kInvalidChoiceRule, "/States/C/Choices/0/NumericEquals",
     "\"NumericEquals\"",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Variable": "$.a", "StringEquals": "x", "NumericEquals": 1, "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j",
     "exactly one"},
    {"InvalidChoiceOperand", code::kInvalidChoiceOperand, "/States/C/Choices/0/NumericEquals",
     "\"NumericEquals\"",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Variable": "$.a", "NumericEquals": "1", "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j",
     "compares with a number"},
    {"EmptyErrorEquals", code::kEmptyErrorEquals, "/States/T/Catch/0/ErrorEquals",
     "\"ErrorEquals\"",
     R"j({"StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
        "Catch": [{"ErrorEquals": [], "Next": "F"}]},
  "F": {"Type": "Fail"}}})j",
     "is empty"},
    {"StatesAllNotLast", code::kStatesAllNotLast, "/States/T/Retry/0/ErrorEquals/0",
     "\"States.ALL\"",
     R"j({"StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
        "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["States.Timeout"]}]}}})j",
     "last Retry entry"},
    {"InvalidPath", code::kInvalidPath, "/States/P/InputPath", ".x\"",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "InputPath": "$...x", "End": true}}})j",
     "'InputPath' of Pass state 'P'"},
    {"InvalidReferencePath", code::kInvalidReferencePath, "/States/P/ResultPath", "[*]",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "ResultPath": "$.a[*]", "End": true}}})j",
     "single node"},
    {"InvalidIntrinsicCall", code::kInvalidIntrinsicCall, "/States/P/Parameters/x.$",
     "States.Fromat",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "Parameters": {"x.$": "States.Fromat('{}', $.a)"}, "End": true}}})j",
     ""},
    {"InvalidPayloadTemplate", code::kInvalidPayloadTemplate, "/States/P/Parameters/x.$", "\"x.$\"",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "Parameters": {"x.$": "hello"}, "End": true}}})j",
     "remove '.$'"},
    {"InvalidJsonataExpression", code::kInvalidJsonataExpression, "/States/P/Output", "\"Output\"",
     R"j({"QueryLanguage": "JSONata", "StartAt": "P", "States": {
  "P": {"Type": "Pass", "Output": "{% $states.input", "End": true}}})j",
     "close it with '%}'"},
    {"UnsupportedJsonataExpression", code::kUnsupportedJsonataExpression, "/States/P/Output/n",
     "total + 1", R"j({"QueryLanguage": "JSONata", "StartAt": "P", "States": {
  "P": {"Type": "Pass", "Output": {"n": "{% total + 1 %}"}, "End": true}}})j",
     "read the state's input as $states.input.total, or a variable as $total"},
    {"StatesResultNotAvailable", code::kStatesResultNotAvailable, "/States/T/Arguments",
     "$states.result.x", R"j({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "Arguments": "{% $states.result.x %}", "Output": "{% $states.result %}", "End": true}}})j",
     "exists only in the Output and Assign of Task, Parallel and Map states"},
    {"StatesErrorOutputNotAvailable", code::kStatesErrorOutputNotAvailable, "/States/T/Output",
     "$states.errorOutput", R"j({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "Output": "{% $states.errorOutput %}", "End": true,
        "Catch": [{"ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}",
                   "Next": "F"}]},
  "F": {"Type": "Fail"}}})j",
     "Output and Assign of a Catcher"},
    {"TooManyProblems",
     code::kTooManyProblems,
     "",
     nullptr,
     nullptr,
     "Only the first 10000 problems are shown",
     false,
     {1, 1}},
    {"DefinitionTooLarge",
     code::kDefinitionTooLarge,
     "",
     nullptr,
     nullptr,
     "at most 1,048,576 bytes",
     false,
     {1, 1}},
    {"UnsupportedInExpress", code::kUnsupportedInExpress, "/States/T/Resource", "\"Resource\"",
     R"j({"StartAt": "T", "States": {
  "T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "End": true}}})j",
     "Express", true},
};

// 10,001 misspelt fields: one more problem than the validator shows.
std::string ManyProblems() {
  std::string text = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true";
  for (int i = 0; i <= 10000; ++i) text += ", \"Nxt" + std::to_string(i) + "\": 1";
  return text + "}}}";
}

std::string DeepText() {
  std::string deep(10000, '[');
  return deep + std::string(10000, ']');
}

class CodeTest : public ::testing::TestWithParam<CodeCase> {};

TEST_P(CodeTest, ReportsAtThePointerAndPosition) {
  const CodeCase& c = GetParam();
  std::string text = c.text                                ? c.text
                     : c.code == code::kTooManyProblems    ? ManyProblems()
                     : c.code == code::kDefinitionTooLarge ? std::string(1024 * 1024 + 1, ' ')
                                                           : DeepText();
  ValidateOptions options;
  if (c.express) options.type = StateMachineType::kExpress;
  if (c.marker != nullptr) {
    ExpectDiagnostic(text, c.code, c.pointer, c.marker, c.message_part, options);
  } else {
    ValidationResult r = Validate(text, options);
    const diag::Diagnostic* d = FindDiagnostic(r, c.code);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->path, c.pointer);
    EXPECT_EQ(d->range.start, c.position);
    EXPECT_NE(d->message.find(c.message_part), std::string::npos) << d->message;
  }
  const CodeInfo* info = FindCode(c.code);
  ASSERT_NE(info, nullptr);
  ValidationResult r = Validate(text, options);
  const diag::Diagnostic* d = FindDiagnostic(r, c.code);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, info->severity);
}

INSTANTIATE_TEST_SUITE_P(AllCodes, CodeTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<CodeCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(CodesTableTest, EveryCodeHasACaseAndADescription) {
  std::set<std::string_view> covered;
  for (const CodeCase& c : kCases) covered.insert(c.code);
  for (const CodeInfo& info : AllCodes()) {
    EXPECT_TRUE(covered.count(info.code)) << "no test case for " << info.code;
    EXPECT_FALSE(info.description.empty()) << info.code;
  }
  EXPECT_EQ(covered.size(), AllCodes().size());
}

TEST(CodesTableTest, PointsAtExactLineAndColumn) {
  std::string text =
      "{\"StartAt\": \"A\", \"States\": {\n  \"A\": {\"Type\": \"Pass\", \"Nxt\": 1}}}";
  ValidationResult r = Validate(text);
  const diag::Diagnostic* d = FindDiagnostic(r, code::kUnknownField);
  ASSERT_NE(d, nullptr) << Dump(r);
  EXPECT_EQ(d->path, "/States/A/Nxt");
  EXPECT_EQ(d->range.start, (diag::Position{2, 25}));
  EXPECT_EQ(d->range.end, (diag::Position{2, 30}));
}

}  // namespace
}  // namespace asl::validate
