// The comparison operators of Choice Rules (ASL "Choice Rules"; the *Path forms and the Is*
// type tests are AWS additions documented in the Step Functions developer guide).
#ifndef ASL_CORE_MODEL_COMPARISON_OPERATOR_H_
#define ASL_CORE_MODEL_COMPARISON_OPERATOR_H_

#include <optional>
#include <span>
#include <string_view>

namespace asl::model {

// What the operator's value must be.
enum class OperandKind {
  kString,     // StringEquals, StringMatches ...
  kNumber,     // NumericEquals ...
  kBoolean,    // BooleanEquals, and the Is* tests (IsNull: true).
  kTimestamp,  // TimestampEquals ...: an RFC 3339 string.
  kPath,       // Every *Path operator: a Path to the value to compare with.
};

struct ComparisonOperator {
  std::string_view name;
  OperandKind operand;
};

// All operators, in the order the developer guide lists them.
std::span<const ComparisonOperator> ComparisonOperators();
const ComparisonOperator* FindComparisonOperator(std::string_view name);

}  // namespace asl::model

#endif  // ASL_CORE_MODEL_COMPARISON_OPERATOR_H_
