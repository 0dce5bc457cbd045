// The syntax tree of a JSONata expression, after the reference's post-parse stage
// (paths flattened into steps, predicates into stages, parent slots resolved).
#ifndef ASL_CORE_JSONATA_AST_H_
#define ASL_CORE_JSONATA_AST_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/json/value.h"

namespace asl::jsonata {

class Signature;
class Regex;
struct Node;
using NodePtr = std::shared_ptr<Node>;

enum class NodeType {
  kPath,
  kBinary,
  kUnary,
  kName,
  kString,
  kNumber,
  kValue,
  kWildcard,
  kDescendant,
  kParent,
  kCondition,
  kBlock,
  kBind,
  kRegex,
  kFunction,
  kPartial,
  kVariable,
  kLambda,
  kApply,
  kSort,
  kTransform,
  kPlaceholder,
  kOperator,
  kEnd
};

// A '%' parent reference waiting for the step that supplies its value.
struct Slot {
  std::string label;
  int level = 1;
  int index = 0;
};
using SlotPtr = std::shared_ptr<Slot>;

struct Stage {
  enum class Kind { kFilter, kIndex } kind = Kind::kFilter;
  NodePtr expr;       // kFilter
  std::string value;  // kIndex: the variable name
  int position = 0;
};

struct SortTerm {
  bool descending = false;
  NodePtr expr;
};

struct Group {
  std::vector<std::pair<NodePtr, NodePtr>> pairs;
  int position = 0;
};

struct Node {
  NodeType type = NodeType::kEnd;
  std::string value;    // Operator, name, variable or string text.
  json::Value literal;  // kString, kNumber, kValue.
  int position = 0;

  NodePtr lhs, rhs, expression;                    // binary, bind, apply, unary '-'
  std::vector<NodePtr> expressions;                // array constructor, block
  std::vector<std::pair<NodePtr, NodePtr>> pairs;  // object constructor / raw group-by
  std::vector<SortTerm> terms;                     // sort
  std::vector<NodePtr> steps;                      // path
  std::vector<Stage> predicate;                    // predicates on a non-path expression
  std::vector<Stage> stages;                       // predicates / index bindings on a step
  std::unique_ptr<Group> group;
  NodePtr condition, then, otherwise;    // condition
  NodePtr procedure;                     // function, partial
  std::vector<NodePtr> arguments;        // function, partial, lambda (parameters)
  NodePtr body;                          // lambda
  std::shared_ptr<Signature> signature;  // lambda
  NodePtr pattern, update, remove;       // transform
  std::shared_ptr<Regex> regex;          // regex
  std::string regex_flags;

  SlotPtr slot;      // parent
  SlotPtr ancestor;  // step that binds a parent label
  std::vector<SlotPtr> seeking_parent;
  bool has_seeking_parent = false;
  std::string focus;  // @ binding
  std::string index;  // # binding
  bool keep_array = false;
  bool keep_singleton_array = false;
  bool cons_array = false;
  bool tuple = false;
  bool thunk = false;
  bool is_function_lambda = false;  // lambda defined with function(...) syntax
};

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_AST_H_
