#include "core/model/comparison_operator.h"

#include <array>

namespace asl::model {
namespace {

using K = OperandKind;

constexpr std::array<ComparisonOperator, 39> kOperators = {{
    {"BooleanEquals", K::kBoolean},
    {"BooleanEqualsPath", K::kPath},
    {"IsBoolean", K::kBoolean},
    {"IsNull", K::kBoolean},
    {"IsNumeric", K::kBoolean},
    {"IsPresent", K::kBoolean},
    {"IsString", K::kBoolean},
    {"IsTimestamp", K::kBoolean},
    {"NumericEquals", K::kNumber},
    {"NumericEqualsPath", K::kPath},
    {"NumericGreaterThan", K::kNumber},
    {"NumericGreaterThanPath", K::kPath},
    {"NumericGreaterThanEquals", K::kNumber},
    {"NumericGreaterThanEqualsPath", K::kPath},
    {"NumericLessThan", K::kNumber},
    {"NumericLessThanPath", K::kPath},
    {"NumericLessThanEquals", K::kNumber},
    {"NumericLessThanEqualsPath", K::kPath},
    {"StringEquals", K::kString},
    {"StringEqualsPath", K::kPath},
    {"StringGreaterThan", K::kString},
    {"StringGreaterThanPath", K::kPath},
    {"StringGreaterThanEquals", K::kString},
    {"StringGreaterThanEqualsPath", K::kPath},
    {"StringLessThan", K::kString},
    {"StringLessThanPath", K::kPath},
    {"StringLessThanEquals", K::kString},
    {"StringLessThanEqualsPath", K::kPath},
    {"StringMatches", K::kString},
    {"TimestampEquals", K::kTimestamp},
    {"TimestampEqualsPath", K::kPath},
    {"TimestampGreaterThan", K::kTimestamp},
    {"TimestampGreaterThanPath", K::kPath},
    {"TimestampGreaterThanEquals", K::kTimestamp},
    {"TimestampGreaterThanEqualsPath", K::kPath},
    {"TimestampLessThan", K::kTimestamp},
    {"TimestampLessThanPath", K::kPath},
    {"TimestampLessThanEquals", K::kTimestamp},
    {"TimestampLessThanEqualsPath", K::kPath},
}};

}  // namespace

std::span<const ComparisonOperator> ComparisonOperators() { return kOperators; }

const ComparisonOperator* FindComparisonOperator(std::string_view name) {
  // Every operator starts with B, I, N, S or T: other keys ("Variable", "Next") fail fast.
  if (name.size() < 6) return nullptr;
  switch (name[0]) {
    case 'B':
    case 'I':
    case 'N':
    case 'S':
    case 'T':
      break;
    default:
      return nullptr;
  }
  for (const ComparisonOperator& op : ComparisonOperators()) {
    if (op.name == name) return &op;
  }
  return nullptr;
}

}  // namespace asl::model
