#include "core/validate/codes.h"

#include <array>

namespace asl::validate {
namespace {

using diag::Severity;

constexpr std::array<CodeInfo, 39> kCodes = {{
    {code::kInvalidJson, Severity::kError, "The text is not valid JSON."},
    {code::kSchema, Severity::kError,
     "The definition is not a JSON object or breaks a rule of the language's schema."},
    {code::kMissingTransitionTarget, Severity::kError,
     "StartAt, Next, Default or a Catch's Next names a state that is not in the same scope."},
    {code::kMissingEndState, Severity::kError,
     "The machine has no terminal state (End, Succeed or Fail)."},
    {code::kDuplicateStateName, Severity::kError,
     "Two states share one name anywhere in the state machine."},
    {code::kInvalidStateName, Severity::kError,
     "A state name is empty, longer than 80 characters, or holds forbidden characters."},
    {code::kTooDeeplyNested, Severity::kError,
     "The definition nests JSON or state machines deeper than the validator accepts."},
    {code::kInvalidResource, Severity::kError, "A Task's Resource is not a valid ARN."},
    {code::kNoDollar, Severity::kWarning,
     "A field's value looks like a path or intrinsic call but its key does not end in '.$'."},
    {code::kNoPath, Severity::kWarning,
     "A field's value looks like a path but the field name does not end with 'Path'."},
    {code::kPassResultIsStatic, Severity::kWarning,
     "A Pass state's Result holds a path; Result is copied literally."},
    {code::kDuplicateJsonKey, Severity::kWarning,
     "An object holds one key twice; the later value wins."},
    {code::kMissingRequiredField, Severity::kError, "A required field is missing."},
    {code::kUnknownField, Severity::kError, "A field is not part of the language."},
    {code::kFieldNotAllowed, Severity::kError,
     "A field of the language is not allowed in this kind of state or place."},
    {code::kQueryLanguageMismatch, Severity::kError,
     "A field or value belongs to the other query language (JSONPath vs JSONata)."},
    {code::kInvalidFieldType, Severity::kError, "A field's value has the wrong JSON type."},
    {code::kInvalidFieldValue, Severity::kError,
     "A field's value is not one of the values the language allows."},
    {code::kValueOutOfRange, Severity::kError, "A number is outside its allowed range."},
    {code::kMutuallyExclusiveFields, Severity::kError,
     "Fields that exclude each other are set together."},
    {code::kInvalidTimestamp, Severity::kError, "A timestamp is not in RFC 3339 format."},
    {code::kMissingNextOrEnd, Severity::kError,
     "A state that must transition has neither or both of Next and End."},
    {code::kUnreachableState, Severity::kWarning, "No transition leads to this state."},
    {code::kNoReachableEndState, Severity::kWarning,
     "The machine has terminal states but none can be reached from StartAt."},
    {code::kInvalidChoiceRule, Severity::kError,
     "A Choice Rule does not have exactly one comparison, And, Or, Not or Condition."},
    {code::kInvalidChoiceOperand, Severity::kError,
     "A comparison operator's value has the wrong type for the operator."},
    {code::kEmptyErrorEquals, Severity::kError, "A Retry or Catch has an empty ErrorEquals."},
    {code::kStatesAllNotLast, Severity::kError,
     "States.ALL is not alone in ErrorEquals or its retrier/catcher is not the last one."},
    {code::kInvalidPath, Severity::kError, "A Path is not valid JSONPath."},
    {code::kInvalidReferencePath, Severity::kError,
     "A field that requires a Reference Path holds something else."},
    {code::kInvalidIntrinsicCall, Severity::kError, "An intrinsic function call is invalid."},
    {code::kInvalidPayloadTemplate, Severity::kError,
     "A '.$' field of a payload template does not hold a path or an intrinsic call."},
    {code::kInvalidJsonataExpression, Severity::kError,
     "A '{% %}' JSONata expression is malformed or does not parse."},
    {code::kUnsupportedJsonataExpression, Severity::kError,
     "A JSONata expression reads a name at the top level; expressions have no context item."},
    {code::kStatesResultNotAvailable, Severity::kError,
     "$states.result is read outside the Output and Assign of a Task, Parallel or Map state."},
    {code::kStatesErrorOutputNotAvailable, Severity::kError,
     "$states.errorOutput is read outside the Output and Assign of a Catcher."},
    {code::kUnsupportedInExpress, Severity::kError,
     "An Express state machine uses an integration pattern only Standard supports."},
    {code::kTooManyProblems, Severity::kInfo,
     "More problems were found than are shown; fix the ones shown and validate again."},
    {code::kDefinitionTooLarge, Severity::kError,
     "The definition is larger than the service's 1 MB limit."},
}};

}  // namespace

std::span<const CodeInfo> AllCodes() { return kCodes; }

const CodeInfo* FindCode(std::string_view code) {
  for (const CodeInfo& info : kCodes) {
    if (info.code == code) return &info;
  }
  return nullptr;
}

}  // namespace asl::validate
