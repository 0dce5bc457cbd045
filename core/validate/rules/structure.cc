// Per-state structure: required fields, Next/End, mutually exclusive fields, value ranges
// and timestamps (ASL "State Types"; ranges from the Step Functions developer guide).
#include <string>

#include "core/json/pointer.h"
#include "core/timestamp/timestamp.h"
#include "core/validate/codes.h"
#include "core/validate/field_table.h"
#include "core/validate/rules/field_checks.h"
#include "core/validate/rules/rule_context.h"

namespace asl::validate {
namespace {

using model::StateType;
using F = model::StateField;

// Task, Wait, Map: "TimeoutSeconds" etc. and their "*Path" forms exclude each other.
void CheckRequiredAndExclusive(const model::State& s, Report& report) {
  Owner owner(s);
  switch (s.type) {
    case StateType::kTask:
      CheckRequiredFields(s, s.pointer, {F::kResource}, owner, report);
      CheckExclusive(s, s.pointer, {F::kTimeoutSeconds, F::kTimeoutSecondsPath}, owner, report);
      CheckExclusive(s, s.pointer, {F::kHeartbeatSeconds, F::kHeartbeatSecondsPath}, owner, report);
      break;
    case StateType::kChoice:
      CheckRequiredFields(s, s.pointer, {F::kChoices}, owner, report);
      break;
    case StateType::kWait:
      if (!s.Field(F::kSeconds) && !s.Field(F::kSecondsPath) && !s.Field(F::kTimestamp) &&
          !s.Field(F::kTimestampPath)) {
        report.Add(code::kMissingRequiredField, s.pointer,
                   owner.Text() +
                       " needs one of 'Seconds', 'SecondsPath', 'Timestamp' or "
                       "'TimestampPath'; add one.");
      }
      CheckExclusive(s, s.pointer, {F::kSeconds, F::kSecondsPath, F::kTimestamp, F::kTimestampPath},
                     owner, report);
      break;
    case StateType::kFail:
      CheckExclusive(s, s.pointer, {F::kError, F::kErrorPath}, owner, report);
      CheckExclusive(s, s.pointer, {F::kCause, F::kCausePath}, owner, report);
      break;
    case StateType::kParallel:
      CheckRequiredFields(s, s.pointer, {F::kBranches}, owner, report);
      if (const json::Value* branches = s.Field(F::kBranches);
          branches && branches->is_array() && branches->size() == 0) {
        report.Add(code::kMissingRequiredField, json::AppendPointer(s.pointer, "Branches"),
                   "'Branches' of " + owner.Text() + " is empty; add at least one branch.");
      }
      break;
    case StateType::kMap:
      if (!s.Field(F::kItemProcessor) && !s.Field(F::kIterator)) {
        report.Add(code::kMissingRequiredField, s.pointer,
                   owner.Text() + " is missing the required field 'ItemProcessor'; add it.");
      }
      CheckExclusive(s, s.pointer, {F::kItemProcessor, F::kIterator}, owner, report);
      CheckExclusive(s, s.pointer, {F::kItemSelector, F::kParameters}, owner, report);
      CheckExclusive(s, s.pointer, {F::kMaxConcurrency, F::kMaxConcurrencyPath}, owner, report);
      CheckExclusive(s, s.pointer,
                     {F::kToleratedFailurePercentage, F::kToleratedFailurePercentagePath}, owner,
                     report);
      CheckExclusive(s, s.pointer, {F::kToleratedFailureCount, F::kToleratedFailureCountPath},
                     owner, report);
      break;
    case StateType::kPass:
    case StateType::kSucceed:
      break;
  }
}

// ASL: a state other than Choice, Succeed and Fail has "Next" or "End": true, not both.
void CheckNextOrEnd(const model::State& s, Report& report) {
  if (s.type == StateType::kChoice || s.type == StateType::kSucceed || s.type == StateType::kFail) {
    return;
  }
  const json::Value* next = s.Field(F::kNext);
  const json::Value* end = s.Field(F::kEnd);
  bool ends = end != nullptr && end->as_bool();
  if (next != nullptr && ends) {
    report.Add(code::kMutuallyExclusiveFields, json::AppendPointer(s.pointer, "End"),
               Describe(s) + " has both 'Next' and \"End\": true; keep only one.");
  } else if (next == nullptr && !ends) {
    report.Add(code::kMissingNextOrEnd, s.pointer,
               Describe(s) +
                   " has neither 'Next' nor \"End\": true; add \"Next\": \"<state>\" "
                   "or \"End\": true.");
  }
}

// Range-checks a numeric literal field (JSONata expressions are checked when they run).
void Range(const model::State& s, model::StateField id, double min, std::optional<double> max,
           Report& report) {
  const json::Value* v = s.Field(id);
  std::string_view field = model::StateFieldName(id);
  if (v == nullptr || !MatchesKinds(*v, kNumber, false)) return;
  CheckRange(*v, LazyPointer(s.pointer, field), field, min, max, Owner(s), report);
}

void CheckRanges(const model::State& s, Report& report) {
  switch (s.type) {
    case StateType::kTask: {
      Range(s, F::kTimeoutSeconds, 1, 99999999, report);
      Range(s, F::kHeartbeatSeconds, 1, 99999999, report);
      const json::Value* timeout = s.Field(F::kTimeoutSeconds);
      const json::Value* heartbeat = s.Field(F::kHeartbeatSeconds);
      if (timeout && heartbeat && timeout->is_number() && heartbeat->is_number() &&
          heartbeat->as_double() >= timeout->as_double()) {
        report.Add(code::kValueOutOfRange, json::AppendPointer(s.pointer, "HeartbeatSeconds"),
                   "'HeartbeatSeconds' of " + Describe(s) +
                       " must be smaller than its 'TimeoutSeconds'; lower it.");
      }
      break;
    }
    case StateType::kWait:
      Range(s, F::kSeconds, 0, 99999999, report);
      break;
    case StateType::kMap:
      Range(s, F::kMaxConcurrency, 0, std::nullopt, report);
      Range(s, F::kToleratedFailurePercentage, 0, 100, report);
      Range(s, F::kToleratedFailureCount, 0, std::nullopt, report);
      break;
    default:
      break;
  }
}

// Wait.Timestamp: an RFC 3339 literal (or, in JSONata states, an expression).
void CheckTimestamp(const model::State& s, Report& report) {
  if (s.type != StateType::kWait) return;
  const json::Value* ts = s.Field(F::kTimestamp);
  if (ts == nullptr || !ts->is_string()) return;
  bool jsonata = s.query_language == model::QueryLanguage::kJsonata;
  if (jsonata && IsJsonataExpression(*ts)) return;
  if (timestamp::ParseTimestamp(ts->as_string()).has_value()) return;
  std::string message = "'Timestamp' of " + Describe(s) + " is not an RFC 3339 timestamp";
  if (IsJsonataExpression(*ts)) {
    message += "; JSONata expressions need \"QueryLanguage\": \"JSONata\"";
  } else {
    message += "; write it like \"2024-03-14T01:59:00Z\"";
  }
  report.Add(code::kInvalidTimestamp, json::AppendPointer(s.pointer, "Timestamp"), message + ".");
}

// Task.Credentials: {"RoleArn": ...} (or "RoleArn.$" in JSONPath states).
void CheckCredentials(const model::State& s, Report& report) {
  const json::Value* credentials = s.Field(F::kCredentials);
  if (credentials == nullptr || !credentials->is_object()) return;
  LazyPointer pointer(s.pointer, "Credentials");
  bool jsonata = s.query_language == model::QueryLanguage::kJsonata;
  static constexpr std::string_view kJsonPathKeys[] = {"RoleArn", "RoleArn.$"};
  static constexpr std::string_view kJsonataKeys[] = {"RoleArn"};
  std::span<const std::string_view> known = jsonata
                                                ? std::span<const std::string_view>(kJsonataKeys)
                                                : std::span<const std::string_view>(kJsonPathKeys);
  CheckKnownFields(*credentials, pointer, known, Owner(s, "the 'Credentials' of "), report);
  if (!credentials->Find("RoleArn") && !credentials->Find("RoleArn.$")) {
    report.Add(code::kMissingRequiredField, pointer.Build(),
               "The 'Credentials' of " + Describe(s) +
                   " are missing the required field 'RoleArn'; add the ARN of the role to "
                   "assume.");
  }
}

}  // namespace

void CheckStructure(const RuleContext& context, Report& report) {
  ForEachState(context.machine, [&](const model::State& s) {
    if (!s.type_valid) return;
    CheckRequiredAndExclusive(s, report);
    CheckNextOrEnd(s, report);
    CheckRanges(s, report);
    CheckTimestamp(s, report);
    if (s.type == StateType::kTask) CheckCredentials(s, report);
  });
}

}  // namespace asl::validate
