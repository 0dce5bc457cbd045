#include "core/jsonata/ast_processor.h"

#include <optional>
#include <string>

namespace asl::jsonata {
namespace {

class AstProcessor {
 public:
  std::variant<NodePtr, Error> Run(const NodePtr& raw) {
    NodePtr expr = Process(raw);
    if (error_) return *error_;
    if (expr->type == NodeType::kParent || expr->has_seeking_parent) {
      return MakeError("S0217", expr->position, NodeTypeName(expr->type));
    }
    return expr;
  }

 private:
  static std::string NodeTypeName(NodeType t) {
    switch (t) {
      case NodeType::kParent:
        return "parent";
      case NodeType::kPath:
        return "path";
      case NodeType::kBinary:
        return "binary";
      case NodeType::kUnary:
        return "unary";
      case NodeType::kFunction:
        return "function";
      case NodeType::kVariable:
        return "variable";
      case NodeType::kCondition:
        return "condition";
      case NodeType::kBlock:
        return "block";
      default:
        return "expression";
    }
  }

  void Fail(Error e) {
    if (!error_) error_ = std::move(e);
  }

  NodePtr NewNode(NodeType type, const Node& from) {
    auto n = std::make_shared<Node>();
    n->type = type;
    n->value = from.value;
    n->position = from.position;
    return n;
  }

  static void AddSeeking(Node* n, const SlotPtr& slot) {
    n->seeking_parent.push_back(slot);
    n->has_seeking_parent = true;
  }

  void SeekParent(Node* node, SlotPtr& slot) {
    switch (node->type) {
      case NodeType::kName:
      case NodeType::kWildcard:
        slot->level--;
        if (slot->level == 0) {
          if (!node->ancestor) {
            node->ancestor = slot;
          } else {
            ancestry_[slot->index]->slot->label = node->ancestor->label;
            node->ancestor = slot;
          }
          node->tuple = true;
        }
        break;
      case NodeType::kParent:
        slot->level++;
        break;
      case NodeType::kBlock:
        if (!node->expressions.empty()) {
          node->tuple = true;
          SeekParent(node->expressions.back().get(), slot);
        }
        break;
      case NodeType::kPath: {
        node->tuple = true;
        int index = static_cast<int>(node->steps.size()) - 1;
        SeekParent(node->steps[index--].get(), slot);
        while (slot->level > 0 && index >= 0) SeekParent(node->steps[index--].get(), slot);
        break;
      }
      default:
        Fail(MakeError("S0217", node->position, NodeTypeName(node->type)));
    }
  }

  static void PushAncestry(Node* result, const Node* value) {
    if (value->has_seeking_parent || value->type == NodeType::kParent) {
      for (const SlotPtr& s : value->seeking_parent) AddSeeking(result, s);
      if (value->type == NodeType::kParent) AddSeeking(result, value->slot);
    }
  }

  void ResolveAncestry(Node* path) {
    Node* last = path->steps.back().get();
    std::vector<SlotPtr> slots = last->seeking_parent;
    if (last->type == NodeType::kParent) slots.push_back(last->slot);
    for (SlotPtr slot : slots) {
      int index = static_cast<int>(path->steps.size()) - 2;
      while (slot->level > 0) {
        if (index < 0) {
          AddSeeking(path, slot);
          break;
        }
        Node* step = path->steps[index--].get();
        while (index >= 0 && !step->focus.empty() && !path->steps[index]->focus.empty()) {
          step = path->steps[index--].get();
        }
        SeekParent(step, slot);
        if (error_) return;
      }
    }
  }

  NodePtr TailCallOptimize(NodePtr expr) {
    if (expr->type == NodeType::kFunction && expr->predicate.empty()) {
      auto thunk = std::make_shared<Node>();
      thunk->type = NodeType::kLambda;
      thunk->thunk = true;
      thunk->position = expr->position;
      thunk->body = expr;
      return thunk;
    }
    if (expr->type == NodeType::kCondition) {
      if (expr->then) expr->then = TailCallOptimize(expr->then);
      if (expr->otherwise) expr->otherwise = TailCallOptimize(expr->otherwise);
      return expr;
    }
    if (expr->type == NodeType::kBlock && !expr->expressions.empty()) {
      expr->expressions.back() = TailCallOptimize(expr->expressions.back());
    }
    return expr;
  }

  NodePtr Process(const NodePtr& expr) {
    if (error_ || !expr) {
      Fail(MakeError("S0207", 0));
      return std::make_shared<Node>();
    }
    NodePtr result = ProcessInner(expr);
    if (error_) return result ? result : std::make_shared<Node>();
    if (expr->keep_array) result->keep_array = true;
    return result;
  }

  NodePtr ProcessBinary(const NodePtr& expr) {
    const std::string& op = expr->value;
    if (op == ".") {
      NodePtr lstep = Process(expr->lhs);
      NodePtr result;
      if (lstep->type == NodeType::kPath) {
        result = lstep;
      } else {
        result = std::make_shared<Node>();
        result->type = NodeType::kPath;
        result->position = lstep->position;
        result->steps.push_back(lstep);
      }
      if (lstep->type == NodeType::kParent) {
        result->seeking_parent = {lstep->slot};
        result->has_seeking_parent = true;
      }
      NodePtr rest = Process(expr->rhs);
      if (error_) return result;
      if (rest->type == NodeType::kPath) {
        for (const NodePtr& s : rest->steps) result->steps.push_back(s);
      } else {
        if (!rest->predicate.empty()) {
          rest->stages = std::move(rest->predicate);
          rest->predicate.clear();
        }
        result->steps.push_back(rest);
      }
      for (const NodePtr& step : result->steps) {
        if (step->type == NodeType::kNumber || step->type == NodeType::kValue) {
          Fail(MakeError("S0213", step->position, {}, step->value));
          return result;
        }
        if (step->type == NodeType::kString) step->type = NodeType::kName;
      }
      for (const NodePtr& step : result->steps) {
        if (step->keep_array) result->keep_singleton_array = true;
      }
      Node* first = result->steps.front().get();
      if (first->type == NodeType::kUnary && first->value == "[") first->cons_array = true;
      Node* last = result->steps.back().get();
      if (last->type == NodeType::kUnary && last->value == "[") last->cons_array = true;
      ResolveAncestry(result.get());
      return result;
    }
    if (op == "[") {
      NodePtr result = Process(expr->lhs);
      Node* step = result.get();
      bool stages = false;
      if (result->type == NodeType::kPath) {
        step = result->steps.back().get();
        stages = true;
      }
      if (step->group) {
        Fail(MakeError("S0209", expr->position));
        return result;
      }
      NodePtr predicate = Process(expr->rhs);
      if (error_) return result;
      if (predicate->has_seeking_parent) {
        for (SlotPtr slot : predicate->seeking_parent) {
          if (slot->level == 1) {
            SeekParent(step, slot);
          } else {
            slot->level--;
          }
        }
        PushAncestry(step, predicate.get());
      }
      Stage stage;
      stage.kind = Stage::Kind::kFilter;
      stage.expr = predicate;
      stage.position = expr->position;
      (stages ? step->stages : step->predicate).push_back(std::move(stage));
      return result;
    }
    if (op == "{") {
      NodePtr result = Process(expr->lhs);
      if (result->group) {
        Fail(MakeError("S0210", expr->position));
        return result;
      }
      auto group = std::make_unique<Group>();
      group->position = expr->position;
      for (const auto& [k, v] : expr->pairs) group->pairs.emplace_back(Process(k), Process(v));
      result->group = std::move(group);
      return result;
    }
    if (op == "^") {
      NodePtr result = Process(expr->lhs);
      if (result->type != NodeType::kPath) {
        auto path = std::make_shared<Node>();
        path->type = NodeType::kPath;
        path->position = result->position;
        path->steps.push_back(result);
        result = path;
      }
      auto sort = NewNode(NodeType::kSort, *expr);
      for (const SortTerm& t : expr->terms) {
        SortTerm term;
        term.descending = t.descending;
        term.expr = Process(t.expr);
        PushAncestry(sort.get(), term.expr.get());
        sort->terms.push_back(std::move(term));
      }
      result->steps.push_back(sort);
      ResolveAncestry(result.get());
      return result;
    }
    if (op == ":=") {
      NodePtr result = NewNode(NodeType::kBind, *expr);
      result->lhs = Process(expr->lhs);
      result->rhs = Process(expr->rhs);
      PushAncestry(result.get(), result->rhs.get());
      return result;
    }
    if (op == "@") {
      NodePtr result = Process(expr->lhs);
      Node* step = result.get();
      if (result->type == NodeType::kPath) step = result->steps.back().get();
      if (!step->stages.empty() || !step->predicate.empty()) {
        Fail(MakeError("S0215", expr->position));
        return result;
      }
      if (step->type == NodeType::kSort) {
        Fail(MakeError("S0216", expr->position));
        return result;
      }
      if (expr->keep_array) step->keep_array = true;
      step->focus = expr->rhs->value;
      step->tuple = true;
      return result;
    }
    if (op == "#") {
      NodePtr result = Process(expr->lhs);
      Node* step = result.get();
      if (result->type == NodeType::kPath) {
        step = result->steps.back().get();
      } else {
        auto path = std::make_shared<Node>();
        path->type = NodeType::kPath;
        path->position = result->position;
        path->steps.push_back(result);
        result = path;
        if (!step->predicate.empty()) {
          step->stages = std::move(step->predicate);
          step->predicate.clear();
        }
      }
      if (step->stages.empty()) {
        step->index = expr->rhs->value;
      } else {
        Stage stage;
        stage.kind = Stage::Kind::kIndex;
        stage.value = expr->rhs->value;
        stage.position = expr->position;
        step->stages.push_back(std::move(stage));
      }
      step->tuple = true;
      return result;
    }
    if (op == "~>") {
      NodePtr result = NewNode(NodeType::kApply, *expr);
      result->lhs = Process(expr->lhs);
      result->rhs = Process(expr->rhs);
      return result;
    }
    NodePtr result = NewNode(NodeType::kBinary, *expr);
    result->lhs = Process(expr->lhs);
    result->rhs = Process(expr->rhs);
    PushAncestry(result.get(), result->lhs.get());
    PushAncestry(result.get(), result->rhs.get());
    return result;
  }

  NodePtr ProcessInner(const NodePtr& expr) {
    switch (expr->type) {
      case NodeType::kBinary:
        return ProcessBinary(expr);
      case NodeType::kUnary: {
        NodePtr result = NewNode(NodeType::kUnary, *expr);
        if (expr->value == "[") {
          for (const NodePtr& item : expr->expressions) {
            NodePtr v = Process(item);
            PushAncestry(result.get(), v.get());
            result->expressions.push_back(v);
          }
        } else if (expr->value == "{") {
          for (const auto& [k, v] : expr->pairs) {
            NodePtr key = Process(k);
            PushAncestry(result.get(), key.get());
            NodePtr value = Process(v);
            PushAncestry(result.get(), value.get());
            result->pairs.emplace_back(key, value);
          }
        } else {
          result->expression = Process(expr->expression);
          if (expr->value == "-" && result->expression->type == NodeType::kNumber) {
            NodePtr num = result->expression;
            num->literal = json::Value(-num->literal.as_double());
            return num;
          }
          PushAncestry(result.get(), result->expression.get());
        }
        return result;
      }
      case NodeType::kFunction:
      case NodeType::kPartial: {
        NodePtr result = NewNode(expr->type, *expr);
        for (const NodePtr& arg : expr->arguments) {
          NodePtr a = Process(arg);
          PushAncestry(result.get(), a.get());
          result->arguments.push_back(a);
        }
        result->procedure = Process(expr->procedure);
        return result;
      }
      case NodeType::kLambda: {
        NodePtr result = NewNode(NodeType::kLambda, *expr);
        result->arguments = expr->arguments;
        result->signature = expr->signature;
        NodePtr body = Process(expr->body);
        if (error_) return result;
        result->body = TailCallOptimize(body);
        return result;
      }
      case NodeType::kCondition: {
        NodePtr result = NewNode(NodeType::kCondition, *expr);
        result->condition = Process(expr->condition);
        PushAncestry(result.get(), result->condition.get());
        if (expr->then) {
          result->then = Process(expr->then);
          PushAncestry(result.get(), result->then.get());
        }
        if (expr->otherwise) {
          result->otherwise = Process(expr->otherwise);
          PushAncestry(result.get(), result->otherwise.get());
        }
        return result;
      }
      case NodeType::kTransform: {
        NodePtr result = NewNode(NodeType::kTransform, *expr);
        result->pattern = Process(expr->pattern);
        result->update = Process(expr->update);
        if (expr->remove) result->remove = Process(expr->remove);
        return result;
      }
      case NodeType::kBlock: {
        NodePtr result = NewNode(NodeType::kBlock, *expr);
        for (const NodePtr& item : expr->expressions) {
          NodePtr part = Process(item);
          PushAncestry(result.get(), part.get());
          if (part->cons_array ||
              (part->type == NodeType::kPath && part->steps.front()->cons_array)) {
            result->cons_array = true;
          }
          result->expressions.push_back(part);
        }
        return result;
      }
      case NodeType::kName: {
        auto result = std::make_shared<Node>();
        result->type = NodeType::kPath;
        result->position = expr->position;
        result->steps.push_back(expr);
        if (expr->keep_array) result->keep_singleton_array = true;
        return result;
      }
      case NodeType::kParent: {
        NodePtr result = NewNode(NodeType::kParent, *expr);
        result->slot = std::make_shared<Slot>();
        result->slot->label = "!" + std::to_string(ancestor_label_++);
        result->slot->level = 1;
        result->slot->index = ancestor_index_++;
        ancestry_.push_back(result);
        return result;
      }
      case NodeType::kString:
      case NodeType::kNumber:
      case NodeType::kValue:
      case NodeType::kWildcard:
      case NodeType::kDescendant:
      case NodeType::kVariable:
      case NodeType::kRegex:
      case NodeType::kPlaceholder:
        return expr;
      case NodeType::kOperator:
        if (expr->value == "and" || expr->value == "or" || expr->value == "in") {
          expr->type = NodeType::kName;
          return ProcessInner(expr);
        }
        Fail(MakeError("S0201", expr->position, expr->value));
        return expr;
      default:
        Fail(MakeError(expr->type == NodeType::kEnd ? "S0207" : "S0206", expr->position,
                       expr->value));
        return expr;
    }
  }

  std::optional<Error> error_;
  int ancestor_label_ = 0;
  int ancestor_index_ = 0;
  std::vector<NodePtr> ancestry_;
};

}  // namespace

std::variant<NodePtr, Error> ProcessAst(const NodePtr& raw) { return AstProcessor().Run(raw); }

}  // namespace asl::jsonata
