#include "core/validate/rules/jsonata_references.h"

#include <algorithm>
#include <string_view>

namespace asl::validate {
namespace {

using jsonata::Node;
using jsonata::NodePtr;
using jsonata::NodeType;

// The parser bounds nesting far below this; the walks stop here regardless.
constexpr int kMaxDepth = 2000;

// Calls `visit` on every direct child of `node`.
template <typename Visit>
void ForEachChild(const Node& node, Visit&& visit) {
  auto one = [&](const NodePtr& child) {
    if (child) visit(child);
  };
  one(node.lhs);
  one(node.rhs);
  one(node.expression);
  for (const NodePtr& e : node.expressions) one(e);
  for (const auto& [key, value] : node.pairs) {
    one(key);
    one(value);
  }
  for (const jsonata::SortTerm& term : node.terms) one(term.expr);
  for (const NodePtr& step : node.steps) one(step);
  for (const jsonata::Stage& stage : node.predicate) one(stage.expr);
  for (const jsonata::Stage& stage : node.stages) one(stage.expr);
  if (node.group) {
    for (const auto& [key, value] : node.group->pairs) {
      one(key);
      one(value);
    }
  }
  one(node.condition);
  one(node.then);
  one(node.otherwise);
  one(node.procedure);
  for (const NodePtr& a : node.arguments) one(a);
  one(node.body);
  one(node.pattern);
  one(node.update);
  one(node.remove);
}

class Finder {
 public:
  explicit Finder(std::string_view source) : source_(source) {}

  std::vector<JsonataReference> Take() && { return std::move(found_); }

  // Names read against the (absent) context item.
  void TopLevel(const NodePtr& node, int depth) {
    if (!node || depth > kMaxDepth) return;
    switch (node->type) {
      case NodeType::kPath:
        if (!node->steps.empty()) TopLevel(node->steps.front(), depth + 1);
        return;
      case NodeType::kName:
        AddName(node->value, node->position, node->value.size());
        return;
      case NodeType::kVariable:
        // "$" is the context item; "$$" (a variable named "$") the root of the input.
        if (node->value.empty() || node->value == "$") {
          std::string written = "$" + node->value;
          AddName(written, node->position, written.size());
        }
        return;
      case NodeType::kUnary:
      case NodeType::kBinary:
      case NodeType::kApply:
      case NodeType::kFunction:
      case NodeType::kPartial:
      case NodeType::kCondition:
      case NodeType::kBlock:
        ForEachChild(*node, [&](const NodePtr& child) { TopLevel(child, depth + 1); });
        return;
      case NodeType::kLambda:
        TopLevel(node->body, depth + 1);
        return;
      case NodeType::kBind:
        TopLevel(node->rhs, depth + 1);
        return;
      default:
        return;  // Literals, regexes, wildcards, sorts and transforms read no top-level name.
    }
  }

  // $states.result / $states.errorOutput anywhere in the tree.
  void StatesFields(const NodePtr& node, int depth) {
    if (!node || depth > kMaxDepth) return;
    if (node->type == NodeType::kPath && node->steps.size() >= 2) {
      const Node& first = *node->steps[0];
      const Node& second = *node->steps[1];
      if (first.type == NodeType::kVariable && first.value == "states" &&
          second.type == NodeType::kName &&
          (second.value == "result" || second.value == "errorOutput")) {
        JsonataReference ref;
        ref.kind = second.value == "result" ? JsonataReference::Kind::kStatesResult
                                            : JsonataReference::Kind::kStatesErrorOutput;
        ref.name = "$states." + second.value;
        Place(ref, first.position, std::string_view("$states").size(), second.position);
        found_.push_back(std::move(ref));
      }
    }
    ForEachChild(*node, [&](const NodePtr& child) { StatesFields(child, depth + 1); });
  }

 private:
  void AddName(const std::string& name, int end, size_t length) {
    for (const JsonataReference& r : found_) {
      if (r.kind == JsonataReference::Kind::kTopLevelName && r.name == name) return;
    }
    JsonataReference ref;
    ref.kind = JsonataReference::Kind::kTopLevelName;
    ref.name = name;
    Place(ref, end, length, end);
    found_.push_back(std::move(ref));
  }

  // The range from `first_end - first_length` to `last_end` (token end offsets).
  void Place(JsonataReference& ref, int first_end, size_t first_length, int last_end) const {
    size_t end = std::clamp<size_t>(static_cast<size_t>(std::max(last_end, 0)), 0, source_.size());
    size_t first = std::clamp<size_t>(static_cast<size_t>(std::max(first_end, 0)), 0, end);
    ref.offset = first >= first_length ? first - first_length : 0;
    ref.length = std::max<size_t>(end - ref.offset, 1);
  }

  std::string_view source_;
  std::vector<JsonataReference> found_;
};

}  // namespace

std::vector<JsonataReference> FindJsonataReferences(const jsonata::NodePtr& ast,
                                                    std::string_view source) {
  Finder finder(source);
  finder.TopLevel(ast, 0);
  finder.StatesFields(ast, 0);
  std::vector<JsonataReference> found = std::move(finder).Take();
  std::stable_sort(
      found.begin(), found.end(),
      [](const JsonataReference& a, const JsonataReference& b) { return a.offset < b.offset; });
  return found;
}

}  // namespace asl::validate
