// Every diagnostic code the validator emits, with its default severity and a one-line
// description. AWS's ValidateStateMachineDefinition codes are reused where they exist
// (SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET, ...); the others are finer codes in
// the same style.
#ifndef ASL_CORE_VALIDATE_CODES_H_
#define ASL_CORE_VALIDATE_CODES_H_

#include <span>
#include <string_view>

#include "core/diag/diagnostic.h"

namespace asl::validate {

struct CodeInfo {
  std::string_view code;
  diag::Severity severity;
  std::string_view description;
};

namespace code {
// AWS codes.
inline constexpr std::string_view kInvalidJson = "INVALID_JSON_DESCRIPTION";
inline constexpr std::string_view kSchema = "SCHEMA_VALIDATION_FAILED";
inline constexpr std::string_view kMissingTransitionTarget = "MISSING_TRANSITION_TARGET";
inline constexpr std::string_view kMissingEndState = "MISSING_END_STATE";
inline constexpr std::string_view kDuplicateStateName = "DUPLICATE_STATE_NAME";
inline constexpr std::string_view kInvalidStateName = "INVALID_STATE_NAME";
inline constexpr std::string_view kTooDeeplyNested = "TOO_DEEPLY_NESTED";
inline constexpr std::string_view kInvalidResource = "INVALID_RESOURCE";
inline constexpr std::string_view kNoDollar = "NO_DOLLAR";
inline constexpr std::string_view kNoPath = "NO_PATH";
inline constexpr std::string_view kPassResultIsStatic = "PASS_RESULT_IS_STATIC";
// Finer codes.
inline constexpr std::string_view kDuplicateJsonKey = "DUPLICATE_JSON_KEY";
inline constexpr std::string_view kMissingRequiredField = "MISSING_REQUIRED_FIELD";
inline constexpr std::string_view kUnknownField = "UNKNOWN_FIELD";
inline constexpr std::string_view kFieldNotAllowed = "FIELD_NOT_ALLOWED";
inline constexpr std::string_view kQueryLanguageMismatch = "QUERY_LANGUAGE_MISMATCH";
inline constexpr std::string_view kInvalidFieldType = "INVALID_FIELD_TYPE";
inline constexpr std::string_view kInvalidFieldValue = "INVALID_FIELD_VALUE";
inline constexpr std::string_view kValueOutOfRange = "VALUE_OUT_OF_RANGE";
inline constexpr std::string_view kMutuallyExclusiveFields = "MUTUALLY_EXCLUSIVE_FIELDS";
inline constexpr std::string_view kInvalidTimestamp = "INVALID_TIMESTAMP";
inline constexpr std::string_view kMissingNextOrEnd = "MISSING_NEXT_OR_END";
inline constexpr std::string_view kUnreachableState = "UNREACHABLE_STATE";
inline constexpr std::string_view kNoReachableEndState = "NO_REACHABLE_END_STATE";
inline constexpr std::string_view kInvalidChoiceRule = "INVALID_CHOICE_RULE";
inline constexpr std::string_view kInvalidChoiceOperand = "INVALID_CHOICE_OPERAND";
inline constexpr std::string_view kEmptyErrorEquals = "EMPTY_ERROR_EQUALS";
inline constexpr std::string_view kStatesAllNotLast = "STATES_ALL_NOT_ALONE_AND_LAST";
inline constexpr std::string_view kInvalidPath = "INVALID_PATH";
inline constexpr std::string_view kInvalidReferencePath = "INVALID_REFERENCE_PATH";
inline constexpr std::string_view kInvalidIntrinsicCall = "INVALID_INTRINSIC_CALL";
inline constexpr std::string_view kInvalidPayloadTemplate = "INVALID_PAYLOAD_TEMPLATE";
inline constexpr std::string_view kInvalidJsonataExpression = "INVALID_JSONATA_EXPRESSION";
inline constexpr std::string_view kUnsupportedJsonataExpression = "UNSUPPORTED_JSONATA_EXPRESSION";
inline constexpr std::string_view kStatesResultNotAvailable = "STATES_RESULT_NOT_AVAILABLE";
inline constexpr std::string_view kStatesErrorOutputNotAvailable =
    "STATES_ERROR_OUTPUT_NOT_AVAILABLE";
inline constexpr std::string_view kUnsupportedInExpress = "UNSUPPORTED_IN_EXPRESS";
inline constexpr std::string_view kTooManyProblems = "TOO_MANY_PROBLEMS";
inline constexpr std::string_view kDefinitionTooLarge = "DEFINITION_TOO_LARGE";
}  // namespace code

std::span<const CodeInfo> AllCodes();
const CodeInfo* FindCode(std::string_view code);

}  // namespace asl::validate

#endif  // ASL_CORE_VALIDATE_CODES_H_
