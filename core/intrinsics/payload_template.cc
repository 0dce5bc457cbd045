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

// Built objects' members and arrays' items gather on these per-thread stacks (nested nodes
// above their parent's), and each node is made from its part of the stack with one
// allocation instead of first filling a vector of its own.
thread_local std::vector<json::Member> member_stack;
thread_local std::vector<json::Value> item_stack;

Result EvaluateNode(const Node& node, const path::Environment& env, RandomSource* random) {
  switch (node.kind) {
    case Node::Kind::kConstant:
      return node.constant;
    case Node::Kind::kExpression:
      return node.expression->Evaluate(env, random, node.field);
    case Node::Kind::kArray: {
      std::vector<json::Value>& stack = item_stack;
      const size_t base = stack.size();
      for (const Node& child : node.items) {
        Result r = EvaluateNode(child, env, random);
        if (std::holds_alternative<Failure>(r)) {
          stack.resize(base);
          return r;
        }
        stack.push_back(std::move(std::get<json::Value>(r)));
      }
      json::Value array = json::Value::TakeItems(std::span(stack).subspan(base));
      stack.resize(base);
      return array;
    }
    case Node::Kind::kObject: {
      std::vector<json::Member>& stack = member_stack;
      const size_t base = stack.size();
      for (const auto& [key, child] : node.members) {
        Result r = EvaluateNode(child, env, random);
        if (std::holds_alternative<Failure>(r)) {
          stack.resize(base);
          return r;
        }
        json::Member& member = stack.emplace_back();  // Built in place: no temporary key.
        member.key = key;
        member.value = std::move(std::get<json::Value>(r));
      }
      json::Value object;
      if (node.unique_keys) {
        object = json::Value::TakeUniqueMembers(std::span(stack).subspan(base));
      } else {
        // The Members constructor keeps one member per key should "a" and "a.$" both appear.
        object = json::Value(json::Members(std::make_move_iterator(stack.begin() + base),
                                           std::make_move_iterator(stack.end())));
      }
      stack.resize(base);
      return object;
    }
  }
  return json::Value();
}

}  // namespace

std::variant<PayloadTemplate, TemplateProblem> PayloadTemplate::Compile(const json::Value& tmpl) {
  auto root = std::make_shared<Node>();
  if (auto problem = CompileNode(tmpl, "", 0, *root)) return std::move(*problem);
  return PayloadTemplate(std::move(root));
}

bool PayloadTemplate::is_static() const { return root_->kind == Node::Kind::kConstant; }

Result PayloadTemplate::Evaluate(const path::Environment& env, RandomSource* random) const {
  return EvaluateNode(*root_, env, random);
}

}  // namespace asl::intrinsics
