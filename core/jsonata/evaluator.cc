#include "core/jsonata/evaluator.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/jsonata/regex.h"
#include "core/jsonata/signature.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

constexpr uint64_t kClockCheckInterval = 1024;

}  // namespace

Value Lookup(const Value& input, const std::string& key, int depth) {
  if (input.IsArray()) {
    auto result = NewSequence();
    for (size_t i = 0, n = input.Size(); i < n; ++i) {
      Value res = depth > kMaxStructureDepth ? Value() : Lookup(input.At(i), key, depth + 1);
      if (res.IsUndefined()) continue;
      if (res.IsArray()) {
        for (size_t j = 0, m = res.Size(); j < m; ++j) result->items.push_back(res.At(j));
      } else {
        result->items.push_back(std::move(res));
      }
    }
    return Value(result);
  }
  if (input.IsObject()) return input.Get(key);
  return Value();
}

namespace {

void Flatten(const Value& v, std::vector<Value>& out, int depth = 0) {
  if (v.IsArray() && depth < kMaxStructureDepth) {
    for (size_t i = 0, n = v.Size(); i < n; ++i) Flatten(v.At(i), out, depth + 1);
  } else {
    out.push_back(v);
  }
}

void RecurseDescendants(const Value& input, std::vector<Value>& out, int depth = 0) {
  if (depth > kMaxStructureDepth) return;
  if (!input.IsArray()) out.push_back(input);
  if (input.IsArray()) {
    for (size_t i = 0, n = input.Size(); i < n; ++i) {
      RecurseDescendants(input.At(i), out, depth + 1);
    }
  } else if (input.IsObject()) {
    for (const std::string& key : input.Keys()) {
      RecurseDescendants(input.Get(key), out, depth + 1);
    }
  }
}

}  // namespace

namespace {

std::optional<bool> TruthyAt(const Value& v, int depth) {
  if (v.IsUndefined()) return std::nullopt;
  if (v.IsArray()) {
    if (depth > kMaxStructureDepth) return false;
    const size_t n = v.Size();
    if (n == 1) return TruthyAt(v.At(0), depth + 1);
    for (size_t i = 0; i < n; ++i) {
      if (TruthyAt(v.At(i), depth + 1).value_or(false)) return true;
    }
    return false;
  }
  if (v.IsString()) return !v.AsString().empty();
  if (v.IsNumber()) return v.AsNumber() != 0;
  if (v.IsObject()) return !v.Keys().empty();
  if (v.IsBool()) return v.AsBool();
  return false;
}

bool DeepEqualAt(const Value& a, const Value& b, int depth) {
  if (depth > kMaxStructureDepth) {
    if (a.kind() == Value::Kind::kJson && b.kind() == Value::Kind::kJson) {
      return a.json().SameAs(b.json());
    }
    return a.kind() == b.kind() && a.Identity() == b.Identity();
  }
  if (a.IsUndefined() || b.IsUndefined()) return a.IsUndefined() && b.IsUndefined();
  if (a.kind() == Value::Kind::kJson && b.kind() == Value::Kind::kJson) return a.json() == b.json();
  if (a.IsFunction() || b.IsFunction()) return a.Identity() == b.Identity();
  if (a.IsArray() && b.IsArray()) {
    const size_t n = a.Size();
    if (n != b.Size()) return false;
    for (size_t i = 0; i < n; ++i) {
      if (!DeepEqualAt(a.At(i), b.At(i), depth + 1)) return false;
    }
    return true;
  }
  if (a.IsObject() && b.IsObject()) {
    std::vector<std::string> keys = a.Keys();
    if (keys.size() != b.Keys().size()) return false;
    for (const std::string& k : keys) {
      if (!b.Has(k) || !DeepEqualAt(a.Get(k), b.Get(k), depth + 1)) return false;
    }
    return true;
  }
  if (a.IsNumber() && b.IsNumber()) return a.AsNumber() == b.AsNumber();
  return false;
}

}  // namespace

std::optional<bool> Truthy(const Value& v) { return TruthyAt(v, 0); }

bool DeepEqual(const Value& a, const Value& b) { return DeepEqualAt(a, b, 0); }

Value AppendAll(Value first, const std::vector<Value>& parts, Evaluator* budget) {
  auto push = [budget](ArrayNode& out, const Value& v) {
    if (!v.IsArray()) {
      out.items.push_back(v);
      return;
    }
    const size_t n = v.Size();
    out.items.reserve(out.items.size() + n);
    for (size_t i = 0; i < n; ++i) {
      if (budget != nullptr && !budget->Charge(1)) return;
      out.items.push_back(v.At(i));
    }
  };
  std::shared_ptr<ArrayNode> out;  // Set by the first Append of two defined values.
  for (const Value& part : parts) {
    if (part.IsUndefined()) continue;
    if (out) {
      push(*out, part);
    } else if (first.IsUndefined()) {
      first = part;
    } else {
      out = NewArray();
      push(*out, first);
      push(*out, part);
    }
  }
  return out ? Value(out) : first;
}

Evaluator::Evaluator(const EvalLimits& limits) : limits_(limits) {}

Evaluator::~Evaluator() {
  // Break reference cycles between frames and the closures bound in them.
  for (auto& weak : closure_frames_) {
    if (auto frame = weak.lock()) frame->vars.clear();
  }
}

void Evaluator::Fail(Error e) {
  if (!error_) error_ = std::move(e);
}

std::shared_ptr<Frame> Evaluator::NewFrame(const std::shared_ptr<Frame>& parent) {
  return std::make_shared<Frame>(parent);
}

Value Evaluator::Run(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env) {
  if (limits_.time_limit_ms > 0) {
    deadline_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits_.time_limit_ms);
  }
  Value in = input;
  if (in.IsArray() && !in.IsSequence()) {
    auto wrapper = NewSequence();
    wrapper->items.push_back(in);
    wrapper->outer_wrapper = true;
    in = Value(wrapper);
  }
  env->Bind("$", in);
  Value result = Eval(expr, in, env);
  if (failed()) return Value();
  return result;
}

Value Evaluator::EvalNode(const NodePtr& keep, const Value& input,
                          const std::shared_ptr<Frame>& env) {
  kept_.push_back(keep);
  return Eval(keep.get(), input, env);
}

bool Evaluator::CheckLimits(const Node* expr) {
  if (depth_ > limits_.max_depth) {
    Error e = MakeError("U1001", expr->position);
    Fail(std::move(e));
    return false;
  }
  position_ = expr->position;
  return Charge(1, expr->position);
}

bool Evaluator::Charge(uint64_t items, int position) {
  if (failed()) return false;
  if (limits_.time_limit_ms <= 0) return true;
  const uint64_t before = steps_;
  steps_ += items;
  if (steps_ / kClockCheckInterval == before / kClockCheckInterval) return true;
  if (std::chrono::steady_clock::now() <= deadline_) return true;
  Fail(MakeCustomError("U1001", std::string(MessageTemplate("U1002")),
                       position >= 0 ? position : position_));
  return false;
}

bool Evaluator::ChargeString(size_t bytes, int position) {
  if (failed()) return false;
  if (bytes < kLargeStringBytes || limits_.large_string_bytes <= 0) return true;
  if (bytes <= StringRoom()) {
    large_string_bytes_ += bytes;
    return true;
  }
  Fail(MakeCustomError("U1003",
                       "The expression builds more text than the evaluator allows: strings of "
                       "1 MiB or more may total " +
                           std::to_string(limits_.large_string_bytes >> 20) +
                           " MiB in one evaluation (a state's payload is at most 256 KiB)",
                       position >= 0 ? position : position_));
  return false;
}

size_t Evaluator::StringRoom() const {
  if (limits_.large_string_bytes <= 0) return SIZE_MAX;
  const auto limit = static_cast<uint64_t>(limits_.large_string_bytes);
  return large_string_bytes_ >= limit ? 0 : static_cast<size_t>(limit - large_string_bytes_);
}

std::optional<std::string> Evaluator::StringifyCharged(const Value& v, int indent, int position) {
  const size_t room = StringRoom();
  const size_t max_bytes = std::max(room, kLargeStringBytes - 1);
  std::optional<std::string> text =
      StringifyWithin(v, indent, max_bytes, [&] { return Charge(1, position); });
  if (!text) {
    if (!failed()) ChargeString(max_bytes + 1, position);
    return std::nullopt;
  }
  if (!ChargeString(text->size(), position)) return std::nullopt;
  return text;
}

Value Evaluator::Eval(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env) {
  if (failed()) return Value();
  ++depth_;
  if (!CheckLimits(expr)) {
    --depth_;
    return Value();
  }
  Value result = EvalInner(expr, input, env);
  if (!failed() && !expr->predicate.empty()) {
    for (const Stage& stage : expr->predicate) {
      result = EvalFilter(stage.expr.get(), result, env);
      if (failed()) break;
    }
  }
  if (!failed() && expr->type != NodeType::kPath && expr->group) {
    result = EvalGroup(*expr->group, result, env);
  }
  --depth_;
  if (failed()) return Value();
  if (result.IsSequence() && !result.IsTupleStream()) {
    ArrayNode* seq = result.mutable_array_node();
    if (expr->keep_array) seq->keep_singleton = true;
    if (seq->size() == 0) return Value();
    if (seq->size() == 1 && !seq->keep_singleton) return seq->at(0);
  }
  return result;
}

Value Evaluator::EvalInner(const Node* expr, const Value& input,
                           const std::shared_ptr<Frame>& env) {
  switch (expr->type) {
    case NodeType::kPath:
      return EvalPath(expr, input, env);
    case NodeType::kBinary:
      return EvalBinary(expr, input, env);
    case NodeType::kUnary:
      return EvalUnary(expr, input, env);
    case NodeType::kName:
      return Lookup(input, expr->value);
    case NodeType::kString:
    case NodeType::kNumber:
    case NodeType::kValue:
      return Value(expr->literal);
    case NodeType::kWildcard: {
      Value in = input;
      if (in.IsOuterWrapper() && in.Size() > 0) in = in.At(0);
      auto results = NewSequence();
      if (in.IsArray()) {
        // Object.keys of an array: its indices.
        for (size_t i = 0, n = in.Size(); i < n; ++i) {
          Value v = in.At(i);
          if (v.IsArray()) {
            Flatten(v, results->items);
            results->sequence = false;
          } else {
            results->items.push_back(std::move(v));
          }
        }
      } else if (in.IsObject()) {
        for (const std::string& key : in.Keys()) {
          Value v = in.Get(key);
          if (v.IsArray()) {
            Flatten(v, results->items);
            results->sequence = false;
          } else {
            results->items.push_back(std::move(v));
          }
        }
      }
      return Value(results);
    }
    case NodeType::kDescendant: {
      if (input.IsUndefined()) return Value();
      auto seq = NewSequence();
      RecurseDescendants(input, seq->items);
      if (seq->items.size() == 1) return seq->items[0];
      return Value(seq);
    }
    case NodeType::kParent: {
      const Value* v = env->Lookup(expr->slot->label);
      return v ? *v : Value();
    }
    case NodeType::kCondition: {
      Value condition = Eval(expr->condition.get(), input, env);
      if (failed()) return Value();
      if (expr->value == "??") {
        return condition.IsDefined() ? condition : Eval(expr->otherwise.get(), input, env);
      }
      if (expr->value == "?:") {
        return Truthy(condition).value_or(false) ? condition
                                                 : Eval(expr->otherwise.get(), input, env);
      }
      if (Truthy(condition).value_or(false)) return Eval(expr->then.get(), input, env);
      if (expr->otherwise) return Eval(expr->otherwise.get(), input, env);
      return Value();
    }
    case NodeType::kBlock: {
      auto frame = NewFrame(env);
      Value result;
      for (const NodePtr& e : expr->expressions) {
        result = Eval(e.get(), input, frame);
        if (failed()) return Value();
      }
      return result;
    }
    case NodeType::kBind: {
      Value value = Eval(expr->rhs.get(), input, env);
      if (failed()) return Value();
      if (value.kind() != Value::Kind::kJson && value.IsDefined()) {
        closure_frames_.push_back(env);
      }
      env->Bind(expr->lhs->value, value);
      return value;
    }
    case NodeType::kRegex: {
      auto fn = std::make_shared<Function>();
      fn->kind = Function::Kind::kRegex;
      fn->node = expr;
      fn->regex = expr->regex;
      return Value(fn);
    }
    case NodeType::kFunction:
      return EvalFunction(expr, input, env, nullptr);
    case NodeType::kVariable: {
      if (expr->value.empty()) {
        return input.IsOuterWrapper() ? input.At(0) : input;
      }
      const Value* v = env->Lookup(expr->value);
      return v ? *v : Value();
    }
    case NodeType::kLambda: {
      auto fn = std::make_shared<Function>();
      fn->kind = Function::Kind::kLambda;
      fn->node = expr;
      fn->input = input;
      fn->env = env;
      fn->thunk = expr->thunk;
      for (const NodePtr& p : expr->arguments) fn->params.push_back(p->value);
      fn->signature = expr->signature;
      return Value(fn);
    }
    case NodeType::kPartial:
      return EvalPartial(expr, input, env);
    case NodeType::kApply:
      return EvalApplyExpr(expr, input, env);
    case NodeType::kTransform:
      return EvalTransform(expr, input, env);
    case NodeType::kSort:
      return EvalSort(expr, input.IsArray() ? input : SingletonSequence(input), env);
    default:
      return Value();
  }
}

}  // namespace asl::jsonata
