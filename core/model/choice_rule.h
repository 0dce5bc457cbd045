// Choice Rules of a Choice state: comparisons, boolean combinations and JSONata Conditions.
#ifndef ASL_CORE_MODEL_CHOICE_RULE_H_
#define ASL_CORE_MODEL_CHOICE_RULE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/value.h"

namespace asl::model {

// A rule is one of:
// - kComparison: `variable` (a Path) compared by `op` (e.g. "StringEquals", "NumericLessThanPath",
//   "IsPresent") with `operand` (a literal, or a path string for the *Path operators);
// - kAnd / kOr: every rule of `children`;
// - kNot: exactly one child in `children`;
// - kCondition: a JSONata state's `Condition` (`condition` holds the raw value);
// - kInvalid: none of the above could be recognised (the validator reports why).
// Only top-level rules (those in Choices) have `next`, `assign` and `output`.
struct ChoiceRule {
  enum class Kind { kComparison, kAnd, kOr, kNot, kCondition, kInvalid };
  Kind kind = Kind::kInvalid;
  std::string_view pointer;  // e.g. "/States/Check/Choices/0/And/1" (in the PointerArena).
  std::string variable;
  std::string op;
  json::Value operand;
  json::Value condition;
  std::vector<ChoiceRule> children;
  std::optional<std::string> next;
  std::optional<json::Value> assign;
  std::optional<json::Value> output;
  std::optional<std::string> comment;
};

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_CHOICE_RULE_H_
