// Choice Rules of JSONPath Choice states, prepared once and evaluated per input
// (ASL "Choice Rules"; the *Path operators and Is* tests from the Step Functions guide,
// https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html).
//
// Semantics, as the service applies them:
// - A comparison whose Variable value has another type than the operator compares (a number
//   for StringEquals, a non-timestamp string for TimestampEquals...) is false, not an error.
// - Strings compare by code unit; numbers by value (1 == 1.0); timestamps by instant.
// - StringMatches: "*" matches any run of characters; "\*" is a literal star, "\\" a backslash.
// - IsPresent tests whether the Variable path matches; for every other operator a Variable (or
//   an operand *Path) that matches nothing is a States.Runtime error ("Invalid path ...").
#ifndef ASL_CORE_ENGINE_CHOICE_RULE_EVALUATOR_H_
#define ASL_CORE_ENGINE_CHOICE_RULE_EVALUATOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/json/value.h"
#include "core/model/choice_rule.h"
#include "core/path/environment.h"
#include "core/path/path.h"

namespace asl::engine {

struct PreparedRule {
  enum class Kind : uint8_t { kComparison, kAnd, kOr, kNot, kInvalid };
  enum class Compare : uint8_t { kEquals, kLess, kLessEquals, kGreater, kGreaterEquals };
  enum class Family : uint8_t {
    kString,
    kNumeric,
    kBoolean,
    kTimestamp,
    kStringMatches,
    kIsNull,
    kIsPresent,
    kIsNumeric,
    kIsString,
    kIsBoolean,
    kIsTimestamp,
  };
  Kind kind = Kind::kInvalid;
  Family family = Family::kString;
  Compare compare = Compare::kEquals;
  std::optional<path::Path> variable;
  std::optional<path::Path> operand_path;  // The *Path operators.
  json::Value operand;                     // The literal operand.
  std::optional<int64_t> operand_instant;  // Timestamp operators with a literal.
  std::vector<PreparedRule> children;
  std::string problem;  // Why a kInvalid rule cannot run.
};

PreparedRule PrepareRule(const model::ChoiceRule& rule);

// True / false, or the States.Runtime detail (without the state prefix).
std::variant<bool, std::string> EvaluateRule(const PreparedRule& rule,
                                             const path::Environment& env);

// StringMatches' wildcard matching, exposed for tests.
bool WildcardMatches(std::string_view pattern, std::string_view text);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_CHOICE_RULE_EVALUATOR_H_
