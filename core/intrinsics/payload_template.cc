#include "core/intrinsics/payload_template.h"

#include <iterator>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "core/intrinsics/expression.h"
#include "core/json/pointer.h"

namespace asl::intrinsics {

// A compiled template: kConstant nodes hold subtrees without ".$" members as they are.
struct PayloadTemplate::Node {
  enum class Kind : uint8_t { kConstant, kObject, kArray, kExpression };
  Kind kind = Kind::kConstant;
  json::Value constant;
  // kObject: output key and its node. A struct rather than std::pair: a pair of an
  // incomplete Node is ill-formed, and libstdc++ under clang rejects it.
  struct Member;
  std::vector<Member> members;
  std::vector<Node> items;               // kArray
  std::optional<Expression> expression;  // kExpression
  std::string field;                     // kExpression: the key as written.
  // kExpression: the expression is a definite path; evaluating it reads the selected value in
  // place (Path::Select) instead of going through Expression::Evaluate.
  bool definite_path = false;
  // kObject: no two output keys are equal (no "a" beside "a.$"), so the object is built
  // without looking for duplicates.
  bool unique_keys = true;
};

struct PayloadTemplate::Node::Member {
  std::string key;
  Node node;
};

namespace {

using Node = PayloadTemplate::Node;
constexpr int kMaxDepth = 1000;
constexpr std::string_view kSuffix = ".$";

bool EndsWithSuffix(const std::string& key) {
  return key.size() >= kSuffix.size() &&
         key.compare(key.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
}

std::optional<TemplateProblem> CompileNode(const json::Value& value, const std::string& pointer,
                                           int depth, Node& out) {
  if (depth > kMaxDepth) {
    return TemplateProblem{pointer, {"The template is nested too deeply.", 0, 0}};
  }
  out.kind = Node::Kind::kConstant;
  out.constant = value;
  bool dynamic = false;
  if (value.is_object()) {
    out.members.reserve(value.size());
    for (const json::Member& member : value.as_object()) {
      std::string member_pointer = json::AppendPointer(pointer, member.key);
      Node child;
      if (EndsWithSuffix(member.key)) {
        if (!member.value.is_string()) {
          return TemplateProblem{
              member_pointer,
              {"The value of '" + member.key +
                   "' must be a string holding a path or an intrinsic call, because its name "
                   "ends in '.$'.",
               0, 0}};
        }
        auto compiled = Expression::Compile(member.value.as_string());
        if (auto* problem = std::get_if<path::PathProblem>(&compiled)) {
          return TemplateProblem{member_pointer, std::move(*problem)};
        }
        child.kind = Node::Kind::kExpression;
        child.expression = std::move(std::get<Expression>(compiled));
        child.field = member.key;
        const path::Path* path = child.expression->path();
        child.definite_path = path != nullptr && path->is_definite();
        dynamic = true;
        out.members.push_back(
            {member.key.substr(0, member.key.size() - kSuffix.size()), std::move(child)});
        continue;
      }
      if (auto problem = CompileNode(member.value, member_pointer, depth + 1, child)) {
        return problem;
      }
      dynamic = dynamic || child.kind != Node::Kind::kConstant;
      out.members.push_back({member.key, std::move(child)});
    }
    if (dynamic) {
      out.kind = Node::Kind::kObject;
      for (size_t i = 1; i < out.members.size() && out.unique_keys; ++i) {
        for (size_t j = 0; j < i; ++j) {
          if (out.members[i].key == out.members[j].key) {
            out.unique_keys = false;
            break;
          }
        }
      }
    }
  } else if (value.is_array()) {
    out.items.reserve(value.size());
    for (size_t i = 0; i < value.size(); ++i) {
      Node child;
      if (auto problem =
              CompileNode(value.as_array()[i], json::AppendPointer(pointer, i), depth + 1, child)) {
        return problem;
      }
      dynamic = dynamic || child.kind != Node::Kind::kConstant;
      out.items.push_back(std::move(child));
    }
    if (dynamic) out.kind = Node::Kind::kArray;
  }
  if (!dynamic) {
    out.members.clear();
    out.items.clear();
  }
  return std::nullopt;
}

// Arrays' items, and the members of objects whose keys may repeat ("a" beside "a.$"), gather
// on these per-thread stacks (nested nodes above their parent's), and each node is made from
// its part of the stack with one allocation instead of first filling a vector of its own.
// Objects with distinct keys are built in their final node (json::ObjectBuilder).
thread_local std::vector<json::Member> member_stack;
thread_local std::vector<json::Value> item_stack;

// The value a constant node holds, or a definite path node selects, read without evaluating
// the node; nullptr for every other node and for a path that matches nothing (EvaluateNode
// then gives the value or the failure).
const json::Value* ValueInPlace(const Node& node, const path::Environment& env) {
  if (node.kind == Node::Kind::kConstant) return &node.constant;
  if (node.kind == Node::Kind::kExpression && node.definite_path) {
    return node.expression->path()->Select(env);
  }
  return nullptr;
}

// Sets `out` to the node's value, or returns why it failed (`out` is then unspecified).
std::optional<Failure> EvaluateNode(const Node& node, const path::Environment& env,
                                    RandomSource* random, json::Value& out) {
  switch (node.kind) {
    case Node::Kind::kConstant:
      out = node.constant;
      return std::nullopt;
    case Node::Kind::kExpression: {
      // A definite path that matches copies the value it selects; a miss goes to the general
      // path, which words the failure.
      if (node.definite_path) {
        if (const json::Value* selected = node.expression->path()->Select(env)) {
          out = *selected;
          return std::nullopt;
        }
      }
      Result r = node.expression->Evaluate(env, random, node.field);
      if (auto* failure = std::get_if<Failure>(&r)) return std::move(*failure);
      out = std::move(std::get<json::Value>(r));
      return std::nullopt;
    }
    case Node::Kind::kArray: {
      std::vector<json::Value>& stack = item_stack;
      const size_t base = stack.size();
      for (const Node& child : node.items) {
        json::Value value;
        if (auto failure = EvaluateNode(child, env, random, value)) {
          stack.resize(base);
          return failure;
        }
        stack.push_back(std::move(value));
      }
      out = json::Value::TakeItems(std::span(stack).subspan(base));
      stack.resize(base);
      return std::nullopt;
    }
    case Node::Kind::kObject: {
      if (node.unique_keys) {
        // Distinct keys, known in number: the object is built in its final node.
        json::ObjectBuilder object(node.members.size());
        for (const auto& [key, child] : node.members) {
          // Most members are paths or constants: read in place, without a nested evaluation.
          if (const json::Value* in_place = ValueInPlace(child, env)) {
            object.Add(key, *in_place);
            continue;
          }
          json::Value value;
          if (auto failure = EvaluateNode(child, env, random, value)) return failure;
          object.Add(key, std::move(value));
        }
        out = object.Finish();
        return std::nullopt;
      }
      std::vector<json::Member>& stack = member_stack;
      const size_t base = stack.size();
      for (const auto& [key, child] : node.members) {
        json::Value value;  // Not in the stack: a nested node may grow it.
        if (auto failure = EvaluateNode(child, env, random, value)) {
          stack.resize(base);
          return failure;
        }
        json::Member& member = stack.emplace_back();  // Built in place: no temporary key.
        member.key = key;
        member.value = std::move(value);
      }
      // The Members constructor keeps one member per key should "a" and "a.$" both appear.
      out = json::Value(json::Members(std::make_move_iterator(stack.begin() + base),
                                      std::make_move_iterator(stack.end())));
      stack.resize(base);
      return std::nullopt;
    }
  }
  out = json::Value();
  return std::nullopt;
}

}  // namespace

std::variant<PayloadTemplate, TemplateProblem> PayloadTemplate::Compile(const json::Value& tmpl) {
  auto root = std::make_shared<Node>();
  if (auto problem = CompileNode(tmpl, "", 0, *root)) return std::move(*problem);
  return PayloadTemplate(std::move(root));
}

bool PayloadTemplate::is_static() const { return root_->kind == Node::Kind::kConstant; }

Result PayloadTemplate::Evaluate(const path::Environment& env, RandomSource* random) const {
  json::Value out;
  if (auto failure = EvaluateNode(*root_, env, random, out)) return std::move(*failure);
  return out;
}

std::optional<Failure> PayloadTemplate::EvaluateInto(const path::Environment& env,
                                                     RandomSource* random, json::Value& out) const {
  return EvaluateNode(*root_, env, random, out);
}

}  // namespace asl::intrinsics
