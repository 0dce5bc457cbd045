// Rule families in detail: each case is a definition with one mistake, where the diagnostic
// must point and what its message must say; and definitions AWS accepts that must stay clean.
#include <gtest/gtest.h>

#include <string>

#include "core/validate/codes.h"
#include "core/validate/validator_test_support.h"

namespace asl::validate {
namespace {

struct RuleCase {
  const char* name;
  std::string_view code;
  const char* pointer;
  const char* marker;
  const char* message_part;
  const char* text;
};

// A Task state whose extra fields are spliced in.
#define TASK(extra)                                                    \
  "{\"StartAt\": \"T\", \"States\": {\n  \"T\": {\"Type\": \"Task\", " \
  "\"Resource\": \"arn:aws:states:::lambda:invoke\", " extra           \
  "},\n  \"F\": {\"Type\": "                                           \
  "\"Fail\"}}}"

const RuleCase kRuleCases[] = {
    // Structure.
    {"HeartbeatNotBelowTimeout", code::kValueOutOfRange, "/States/T/HeartbeatSeconds",
     "\"HeartbeatSeconds\"", "smaller than its 'TimeoutSeconds'",
     TASK("\"TimeoutSeconds\": 10, \"HeartbeatSeconds\": 10, \"End\": true")},
    {"TimeoutAndTimeoutPath", code::kMutuallyExclusiveFields, "/States/T/TimeoutSecondsPath",
     "\"TimeoutSecondsPath\"", "sets both 'TimeoutSeconds' and 'TimeoutSecondsPath'",
     TASK("\"TimeoutSeconds\": 10, \"TimeoutSecondsPath\": \"$.t\", \"End\": true")},
    {"NextAndEnd", code::kMutuallyExclusiveFields, "/States/T/End", "\"End\"",
     "both 'Next' and \"End\": true", TASK("\"Next\": \"F\", \"End\": true")},
    {"MissingResource", code::kMissingRequiredField, "/States/T", "\"T\": {",
     "missing the required field 'Resource'",
     R"j({"StartAt": "T", "States": {
  "T": {"Type": "Task", "End": true}}})j"},
    {"WaitWithoutForm", code::kMissingRequiredField, "/States/W", "\"W\": {",
     "needs one of 'Seconds'",
     R"j({"StartAt": "W", "States": {
  "W": {"Type": "Wait", "End": true}}})j"},
    {"NegativeWaitSeconds", code::kValueOutOfRange, "/States/W/Seconds", "\"Seconds\"",
     "it must be between 0 and",
     R"j({"StartAt": "W", "States": {
  "W": {"Type": "Wait", "Seconds": -1, "End": true}}})j"},
    {"FractionalTimeout", code::kInvalidFieldType, "/States/T/TimeoutSeconds", "\"TimeoutSeconds\"",
     "must be an integer, not a fractional number", TASK("\"TimeoutSeconds\": 1.5, \"End\": true")},
    {"ErrorAndErrorPath", code::kMutuallyExclusiveFields, "/States/F/ErrorPath", "\"ErrorPath\"",
     "keep only one",
     R"j({"StartAt": "F", "States": {
  "F": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e"}}})j"},
    {"ToleratedPercentageAbove100", code::kValueOutOfRange, "/States/M/ToleratedFailurePercentage",
     "\"ToleratedFailurePercentage\"", "between 0 and 100",
     R"j({"StartAt": "M", "States": {
  "M": {"Type": "Map", "ToleratedFailurePercentage": 101, "End": true,
        "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}}})j"},
    {"EndOnChoice", code::kFieldNotAllowed, "/States/C/End", "\"End\"",
     "not allowed in Choice state 'C'",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "End": true, "Choices": [
    {"Variable": "$.a", "IsNull": true, "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    {"OutputInJsonPath", code::kQueryLanguageMismatch, "/States/P/Output", "\"Output\"",
     "use 'OutputPath' instead",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Pass", "Output": {}, "End": true}}})j"},
    {"MissingType", code::kMissingRequiredField, "/States/A", "\"A\": {", "has no 'Type'",
     R"j({"StartAt": "A", "States": {
  "A": {"End": true}}})j"},
    {"StateNotObject", code::kInvalidFieldType, "/States/A", "\"A\": [", "must be an object",
     R"j({"StartAt": "A", "States": {
  "A": []}})j"},
    {"UnknownTopLevelField", code::kUnknownField, "/StatesX", "\"StatesX\"",
     "did you mean 'States'?",
     R"j({"StartAt": "A", "StatesX": {},
  "States": {"A": {"Type": "Succeed"}}})j"},
    {"BadQueryLanguage", code::kInvalidFieldValue, "/QueryLanguage", "\"QueryLanguage\"",
     "did you mean 'JSONata'?",
     R"j({"QueryLanguage": "JSONATA", "StartAt": "A",
  "States": {"A": {"Type": "Succeed"}}})j"},
    {"EmptyBranches", code::kMissingRequiredField, "/States/P/Branches", "\"Branches\"",
     "add at least one branch",
     R"j({"StartAt": "P", "States": {
  "P": {"Type": "Parallel", "Branches": [], "End": true}}})j"},
    // Names.
    {"NameTooLong", code::kInvalidStateName,
     "/States/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
     "\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\": ",
     "81 characters long",
     R"j({"StartAt": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "States": {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA": {"Type": "Succeed"}}})j"},
    {"DuplicateKeyInStates", code::kDuplicateStateName, "/States/A", "\"A\": {\"Type\": \"Fail\"",
     "defined twice",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Succeed"},
  "A": {"Type": "Fail"}}})j"},
    // Transitions.
    {"DefaultMissing", code::kMissingTransitionTarget, "/States/C/Default", "\"Nope\"",
     "'Default' of Choice state 'C' names state 'Nope'",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "Nope", "Choices": [
    {"Variable": "$.a", "IsNull": true, "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    {"CatchNextMissing", code::kMissingTransitionTarget, "/States/T/Catch/0/Next", "\"Nope\"",
     "'Nope', which does not exist",
     TASK("\"End\": true, \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Nope\"}]")},
    {"StartAtMissing", code::kMissingTransitionTarget, "/StartAt", "\"B\"",
     "'StartAt' names state 'B'",
     R"j({"StartAt": "B", "States": {
  "A": {"Type": "Succeed"}}})j"},
    {"IntoAMapProcessor", code::kMissingTransitionTarget, "/States/A/Next", "\"X\"",
     "outside this state machine",
     R"j({"StartAt": "A", "States": {
  "A": {"Type": "Pass", "Next": "X"},
  "M": {"Type": "Map", "End": true,
        "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}}})j"},
    // Choice.
    {"NoOperator", code::kInvalidChoiceRule, "/States/C/Choices/0", "{\"Variable\"",
     "has no comparison",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    {"NextInNestedRule", code::kFieldNotAllowed, "/States/C/Choices/0/Not/Next", "\"Next\": \"E\"",
     "only allowed on top-level Choice Rules",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Choices": [
    {"Not": {"Variable": "$.a", "IsNull": true, "Next": "E"}, "Next": "D"}]},
  "D": {"Type": "Succeed"}, "E": {"Type": "Succeed"}}})j"},
    {"RuleWithoutNext", code::kMissingRequiredField, "/States/C/Choices/0", "{\"Variable\"",
     "has no 'Next'",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [{"Variable": "$.a", "IsNull": true}]},
  "D": {"Type": "Succeed"}}})j"},
    {"MisspeltOperator", code::kUnknownField, "/States/C/Choices/0/StringEqual", "\"StringEqual\"",
     "did you mean 'StringEquals'?",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Variable": "$.a", "StringEqual": "x", "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    {"BadTimestampOperand", code::kInvalidTimestamp, "/States/C/Choices/0/TimestampEquals",
     "\"TimestampEquals\"", "RFC 3339",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Variable": "$.a", "TimestampEquals": "yesterday", "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    {"VariableInJsonata", code::kQueryLanguageMismatch, "/States/C/Choices/0/Variable",
     "\"Variable\"", "write a \"Condition\" instead",
     R"j({"QueryLanguage": "JSONata", "StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Variable": "$.a", "IsNull": true, "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    {"OutputOnJsonPathRule", code::kQueryLanguageMismatch, "/States/C/Choices/0/Output",
     "\"Output\"", "use the state's 'OutputPath'",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Variable": "$.a", "IsNull": true, "Next": "D", "Output": {}}]},
  "D": {"Type": "Succeed"}}})j"},
    {"NoDowngradeAdvice", code::kQueryLanguageMismatch, "/States/P/InputPath", "\"InputPath\"",
     "uses JSONata; remove it.",
     R"j({"QueryLanguage": "JSONata", "StartAt": "P", "States": {
  "P": {"Type": "Pass", "InputPath": "$.a", "End": true}}})j"},
    {"EmptyAnd", code::kInvalidFieldType, "/States/C/Choices/0/And", "\"And\"", "non-empty array",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [{"And": [], "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    {"PathOperandNotPath", code::kInvalidPath, "/States/C/Choices/0/StringEqualsPath", "a.b", "",
     R"j({"StartAt": "C", "States": {
  "C": {"Type": "Choice", "Default": "D", "Choices": [
    {"Variable": "$.a", "StringEqualsPath": "a.b", "Next": "D"}]},
  "D": {"Type": "Succeed"}}})j"},
    // Retry / Catch.
    {"StatesAllNotAlone", code::kStatesAllNotLast, "/States/T/Catch/0/ErrorEquals/1",
     "\"States.ALL\"", "must appear alone",
     TASK("\"End\": true, \"Catch\": [{\"ErrorEquals\": [\"E\", \"States.ALL\"], \"Next\": "
          "\"F\"}]")},
    {"NegativeMaxAttempts", code::kValueOutOfRange, "/States/T/Retry/0/MaxAttempts",
     "\"MaxAttempts\"", "between 0 and",
     TASK("\"End\": true, \"Retry\": [{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": -1}]")},
    {"ZeroInterval", code::kValueOutOfRange, "/States/T/Retry/0/IntervalSeconds",
     "\"IntervalSeconds\"", "between 1 and",
     TASK("\"End\": true, \"Retry\": [{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 0}]")},
    {"BadJitter", code::kInvalidFieldValue, "/States/T/Retry/0/JitterStrategy",
     "\"JitterStrategy\"", "one of [FULL, NONE]",
     TASK("\"End\": true, \"Retry\": [{\"ErrorEquals\": [\"E\"], \"JitterStrategy\": \"HALF\"}]")},
    {"MaxDelayTooLarge", code::kValueOutOfRange, "/States/T/Retry/0/MaxDelaySeconds",
     "\"MaxDelaySeconds\"", "between 1 and 31622400",
     TASK("\"End\": true, \"Retry\": [{\"ErrorEquals\": [\"E\"], \"MaxDelaySeconds\": 99999999}]")},
    {"CatchWithoutNext", code::kMissingRequiredField, "/States/T/Catch/0", "{\"ErrorEquals\"",
     "missing the required field 'Next'",
     TASK("\"End\": true, \"Catch\": [{\"ErrorEquals\": [\"E\"]}]")},
    {"RetryTypo", code::kUnknownField, "/States/T/Retry/0/MaxAttempt", "\"MaxAttempt\"",
     "did you mean 'MaxAttempts'?",
     TASK("\"End\": true, \"Retry\": [{\"ErrorEquals\": [\"E\"], \"MaxAttempt\": 2}]")},
    // Map.
    {"BadProcessorMode", code::kInvalidFieldValue, "/States/M/ItemProcessor/ProcessorConfig/Mode",
     "\"Mode\"", "did you mean 'INLINE'?",
     R"j({"StartAt": "M", "States": {
  "M": {"Type": "Map", "End": true, "ItemProcessor": {
    "ProcessorConfig": {"Mode": "INLIN"},
    "StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}}})j"},
    {"ItemReaderWithoutResource", code::kMissingRequiredField, "/States/M/ItemReader",
     "\"ItemReader\"", "'Resource'",
     R"j({"StartAt": "M", "States": {
  "M": {"Type": "Map", "End": true, "ItemReader": {"ReaderConfig": {}},
        "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}}})j"},
    {"ItemsPathSyntax", code::kInvalidPath, "/States/M/ItemsPath", "[*", "",
     R"j({"StartAt": "M", "States": {
  "M": {"Type": "Map", "End": true, "ItemsPath": "$.a[*",
        "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}}})j"},
    // Paths and templates.
    {"TemplateNonString", code::kInvalidPayloadTemplate, "/States/T/Parameters/a.$", "\"a.$\"",
     "must hold a path or intrinsic call string",
     TASK("\"Parameters\": {\"a.$\": 5}, \"End\": true")},
    {"CatchResultPathWildcard", code::kInvalidReferencePath, "/States/T/Catch/0/ResultPath", "..x",
     "",
     TASK("\"End\": true, \"Catch\": [{\"ErrorEquals\": [\"E\"], \"Next\": \"F\", \"ResultPath\": "
          "\"$..x\"}]")},
};

class RuleTest : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RuleTest, PointsAtTheMistake) {
  const RuleCase& c = GetParam();
  ExpectDiagnostic(c.text, c.code, c.pointer, c.marker, c.message_part);
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleTest, ::testing::ValuesIn(kRuleCases),
                         [](const ::testing::TestParamInfo<RuleCase>& info) {
                           return std::string(info.param.name);
                         });

// Definitions AWS accepts: no errors (warnings allowed).
const char* const kAccepted[] = {
    R"j({"StartAt": "P", "States": {"P": {"Type": "Pass",
        "Parameters": {"error": "States.ALL", "price": "$5"}, "End": true}}})j",
    R"j({"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": null, "OutputPath": null,
        "ResultPath": null, "End": true}}})j",
    R"j({"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {
        "list.$": "States.Array($.a, $$.Execution.Id)", "n.$": "States.ArrayLength($.items)",
        "f.$": "$.items[?(@.price < 10)]", "deep.$": "$..name", "s.$": "$.a[1:3]"},
        "End": true}}})j",
    R"j({"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "2024-02-29T12:00:00+05:30",
        "End": true}}})j",
    R"j({"StartAt": "C", "States": {
        "C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "StringMatches": "*.log",
                                             "Next": "D"}]},
        "D": {"Type": "Succeed"}}})j",
    R"j({"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
        "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                       "ReaderConfig": {"InputType": "JSON"}, "Parameters": {"Bucket": "b", "Key": "k"}},
        "ItemBatcher": {"MaxItemsPerBatch": 10},
        "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "b"}},
        "MaxConcurrencyPath": "$.max", "ToleratedFailureCountPath": "$.count",
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                          "StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}}})j",
    R"j({"StartAt": "T", "States": {"T": {"Type": "Task",
        "Resource": "arn:aws:states:::dynamodb:getItem", "Credentials": {"RoleArn.$": "$.role"},
        "TimeoutSecondsPath": "$.t", "HeartbeatSecondsPath": "$.h", "End": true}}})j",
    R"j({"StartAt": "Loop", "States": {
        "Loop": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": 3,
                                                "Next": "Inc"}], "Default": "Done"},
        "Inc": {"Type": "Pass", "Next": "Loop"},
        "Done": {"Type": "Succeed"}}})j",
};

TEST(AcceptedTest, ProducesNoErrors) {
  for (const char* text : kAccepted) {
    ValidationResult r = Validate(text);
    EXPECT_TRUE(r.valid()) << text << "\n" << Dump(r);
  }
  // Literals that merely start like a path or an error name are not NO_DOLLAR material.
  EXPECT_TRUE(Validate(kAccepted[0]).diagnostics.empty()) << Dump(Validate(kAccepted[0]));
}

}  // namespace
}  // namespace asl::validate
