// The syntax tree of a JSONPath in AWS's dialect (Jayway JsonPath), built once by ParsePath.
#ifndef ASL_CORE_PATH_SEGMENT_H_
#define ASL_CORE_PATH_SEGMENT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/json/value.h"
#include "core/path/regex.h"

namespace asl::path {

struct FilterNode;

enum class SegmentKind : uint8_t {
  kName,      // .name  ['name']
  kIndex,     // [0]  [-1]
  kNames,     // ['a','b']
  kIndexes,   // [0,2]
  kWildcard,  // .*  [*]
  kSlice,     // [1:3]  [:2]  [-2:]  [::2]
  kFilter,    // [?(...)]
};

struct Segment {
  SegmentKind kind = SegmentKind::kName;
  bool descendant = false;  // Reached through ".." (recursive descent).
  std::string name;
  int64_t index = 0;
  std::vector<std::string> names;
  std::vector<int64_t> indexes;
  std::optional<int64_t> slice_start;
  std::optional<int64_t> slice_end;
  int64_t slice_step = 1;
  std::shared_ptr<const FilterNode> filter;
};

// Where a path starts.
enum class Root : uint8_t { kInput, kContext, kVariable, kCurrent /* @ inside filters */ };

struct PathAst {
  Root root = Root::kInput;
  std::string variable;  // The variable's name (without '$') when root is kVariable.
  std::vector<Segment> segments;
};

// Jayway's filter operators: comparisons, membership (in, nin, subsetof, anyof, noneof),
// size and empty tests, and regular-expression matching (=~).
enum class CompareOp : uint8_t {
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kIn,
  kNin,
  kSubsetOf,
  kAnyOf,
  kNoneOf,
  kSize,
  kEmpty,
  kRegex
};

// An operand of a filter comparison: a path (relative "@..." or absolute "$..."), a regular
// expression (right of =~), or a literal.
struct FilterOperand {
  std::shared_ptr<const PathAst> path;  // Set for paths.
  std::shared_ptr<const Regex> regex;   // Set for /pattern/flags.
  json::Value literal;                  // Used when both are null.
};

struct FilterNode {
  enum class Kind : uint8_t { kOr, kAnd, kNot, kCompare, kExists };
  Kind kind = Kind::kExists;
  std::unique_ptr<FilterNode> left;   // kOr, kAnd, kNot
  std::unique_ptr<FilterNode> right;  // kOr, kAnd
  CompareOp op = CompareOp::kEq;      // kCompare
  FilterOperand lhs;                  // kCompare, kExists
  FilterOperand rhs;                  // kCompare
};

}  // namespace asl::path

#endif  // ASL_CORE_PATH_SEGMENT_H_
