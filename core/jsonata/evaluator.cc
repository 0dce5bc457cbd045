#include "core/jsonata/evaluator.h"

#include <cmath>
#include <utility>

#include "core/jsonata/regex.h"
#include "core/jsonata/signature.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

constexpr uint64_t kClockCheckInterval = 1024;

// isNumeric of the reference: false for non-numbers; a non-finite number is an error
// (D1001), reported through *non_finite.
bool IsNumeric(const Value& v, bool* non_finite) {
  if (!v.IsNumber()) return false;
  if (!std::isfinite(v.AsNumber())) *non_finite = true;
  return true;
}

// createSequence(item): a one-item sequence, even when the item is undefined.
Value Singleton(const Value& item) {
  auto seq = NewSequence();
  seq->items.push_back(item);
  return Value(seq);
}

// fn.lookup: the value of `key` in an object, or the flattened values over an array.
Value Lookup(const Value& input, const std::string& key, int depth = 0) {
  if (input.IsArray()) {
    auto result = NewSequence();
    for (size_t i = 0, n = input.Size(); i < n; ++i) {
      Value res = depth > 1000 ? Value() : Lookup(input.At(i), key, depth + 1);
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

void Flatten(const Value& v, std::vector<Value>& out, int depth = 0) {
  if (v.IsArray() && depth < 1000) {
    for (size_t i = 0, n = v.Size(); i < n; ++i) Flatten(v.At(i), out, depth + 1);
  } else {
    out.push_back(v);
  }
}

void RecurseDescendants(const Value& input, std::vector<Value>& out, int depth = 0) {
  if (depth > 1000) return;
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

// JavaScript's === for the `in` operator: scalars by value, structures by identity.
bool StrictEqual(const Value& a, const Value& b) {
  if (a.kind() == Value::Kind::kJson && b.kind() == Value::Kind::kJson) {
    const json::Value& x = a.json();
    const json::Value& y = b.json();
    if (x.is_number() && y.is_number()) return x.as_double() == y.as_double();
    if (x.type() != y.type()) return false;
    if (x.is_array() || x.is_object()) return x.SameAs(y);
    return x == y;
  }
  return a.kind() == b.kind() && a.Identity() == b.Identity() && a.Identity() != nullptr;
}

}  // namespace

std::optional<bool> Truthy(const Value& v) {
  if (v.IsUndefined()) return std::nullopt;
  if (v.IsArray()) {
    const size_t n = v.Size();
    if (n == 1) return Truthy(v.At(0));
    for (size_t i = 0; i < n; ++i) {
      if (Truthy(v.At(i)).value_or(false)) return true;
    }
    return false;
  }
  if (v.IsString()) return !v.AsString().empty();
  if (v.IsNumber()) return v.AsNumber() != 0;
  if (v.IsObject()) return !v.Keys().empty();
  if (v.IsBool()) return v.AsBool();
  return false;
}

bool DeepEqual(const Value& a, const Value& b) {
  if (a.IsUndefined() || b.IsUndefined()) return a.IsUndefined() && b.IsUndefined();
  if (a.kind() == Value::Kind::kJson && b.kind() == Value::Kind::kJson) return a.json() == b.json();
  if (a.IsFunction() || b.IsFunction()) return a.Identity() == b.Identity();
  if (a.IsArray() && b.IsArray()) {
    const size_t n = a.Size();
    if (n != b.Size()) return false;
    for (size_t i = 0; i < n; ++i) {
      if (!DeepEqual(a.At(i), b.At(i))) return false;
    }
    return true;
  }
  if (a.IsObject() && b.IsObject()) {
    std::vector<std::string> keys = a.Keys();
    if (keys.size() != b.Keys().size()) return false;
    for (const std::string& k : keys) {
      if (!b.Has(k) || !DeepEqual(a.Get(k), b.Get(k))) return false;
    }
    return true;
  }
  if (a.IsNumber() && b.IsNumber()) return a.AsNumber() == b.AsNumber();
  return false;
}

Value Append(const Value& a, const Value& b) {
  if (a.IsUndefined()) return b;
  if (b.IsUndefined()) return a;
  auto out = NewArray();
  if (a.IsArray()) {
    for (size_t i = 0, n = a.Size(); i < n; ++i) out->items.push_back(a.At(i));
  } else {
    out->items.push_back(a);
  }
  if (b.IsArray()) {
    for (size_t i = 0, n = b.Size(); i < n; ++i) out->items.push_back(b.At(i));
  } else {
    out->items.push_back(b);
  }
  return Value(out);
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
  if (limits_.time_limit_ms > 0 && (++steps_ % kClockCheckInterval) == 0 &&
      std::chrono::steady_clock::now() > deadline_) {
    Error e = MakeError("U1001", expr->position);
    e.message = std::string(MessageTemplate("U1002"));
    Fail(std::move(e));
    return false;
  }
  return true;
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
      return EvalSort(expr, input.IsArray() ? input : Singleton(input), env);
    default:
      return Value();
  }
}

Value Evaluator::EvalBinary(const Node* expr, const Value& input,
                            const std::shared_ptr<Frame>& env) {
  Value lhs = Eval(expr->lhs.get(), input, env);
  if (failed()) return Value();
  const std::string& op = expr->value;
  if (op == "and" || op == "or") {
    bool l = Truthy(lhs).value_or(false);
    if (op == "and" && !l) return Value::Bool(false);
    if (op == "or" && l) return Value::Bool(true);
    Value rhs = Eval(expr->rhs.get(), input, env);
    if (failed()) return Value();
    return Value::Bool(Truthy(rhs).value_or(false));
  }
  Value rhs = Eval(expr->rhs.get(), input, env);
  if (failed()) return Value();
  auto fail = [&](const char* code, const Value& v, const Value& v2 = Value()) {
    Fail(MakeError(code, expr->position, op, FormatForMessage(v), FormatForMessage(v2)));
    return Value();
  };
  if (op == "+" || op == "-" || op == "*" || op == "/" || op == "%") {
    bool non_finite = false;
    if (lhs.IsDefined() && !IsNumeric(lhs, &non_finite)) return fail("T2001", lhs);
    if (rhs.IsDefined() && !IsNumeric(rhs, &non_finite)) return fail("T2002", rhs);
    if (non_finite) return fail("D1001", lhs.IsNumber() && !std::isfinite(lhs.AsNumber()) ? lhs : rhs);
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value();
    const double a = lhs.AsNumber();
    const double b = rhs.AsNumber();
    double r = 0;
    switch (op[0]) {
      case '+': r = a + b; break;
      case '-': r = a - b; break;
      case '*': r = a * b; break;
      case '/': r = a / b; break;
      default: r = std::fmod(a, b); break;
    }
    return Value::Number(r);
  }
  if (op == "=" || op == "!=") {
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value::Bool(false);
    bool eq = DeepEqual(lhs, rhs);
    return Value::Bool(op == "=" ? eq : !eq);
  }
  if (op == "<" || op == "<=" || op == ">" || op == ">=") {
    auto comparable = [](const Value& v) {
      return v.IsUndefined() || v.IsString() || v.IsNumber();
    };
    if (!comparable(lhs) || !comparable(rhs)) {
      return fail("T2010", !(lhs.IsString() || lhs.IsNumber()) ? lhs : rhs);
    }
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value();
    if (lhs.IsString() != rhs.IsString()) return fail("T2009", lhs, rhs);
    int c = 0;
    if (lhs.IsString()) {
      c = lhs.AsString().compare(rhs.AsString());
    } else {
      double a = lhs.AsNumber(), b = rhs.AsNumber();
      c = a < b ? -1 : (a > b ? 1 : 0);
    }
    bool r = op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0;
    return Value::Bool(r);
  }
  if (op == "&") {
    std::string out;
    for (const Value* v : {&lhs, &rhs}) {
      if (v->IsUndefined()) continue;
      if (v->IsString()) {
        out += v->AsString();
      } else {
        out += Stringify(*v);
      }
    }
    return Value::String(std::move(out));
  }
  if (op == "..") {
    auto is_int = [](const Value& v) {
      return v.IsNumber() && v.AsNumber() == std::floor(v.AsNumber());
    };
    if (lhs.IsDefined() && !is_int(lhs)) return fail("T2003", lhs);
    if (rhs.IsDefined() && !is_int(rhs)) return fail("T2004", rhs);
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value();
    const double a = lhs.AsNumber(), b = rhs.AsNumber();
    if (a > b) return Value();
    const double size = b - a + 1;
    if (size > 1e7) {
      Fail(MakeError("D2014", expr->position, op, FormatNumber(size)));
      return Value();
    }
    auto seq = NewSequence();
    seq->is_range = true;
    seq->range_start = static_cast<int64_t>(a);
    seq->range_size = static_cast<size_t>(size);
    return Value(seq);
  }
  if (op == "in") {
    if (lhs.IsUndefined() || rhs.IsUndefined()) return Value::Bool(false);
    if (!rhs.IsArray()) return Value::Bool(StrictEqual(lhs, rhs));
    for (size_t i = 0, n = rhs.Size(); i < n; ++i) {
      if (StrictEqual(rhs.At(i), lhs)) return Value::Bool(true);
    }
    return Value::Bool(false);
  }
  return Value();
}

Value Evaluator::EvalUnary(const Node* expr, const Value& input,
                           const std::shared_ptr<Frame>& env) {
  if (expr->value == "-") {
    Value v = Eval(expr->expression.get(), input, env);
    if (failed() || v.IsUndefined()) return Value();
    bool non_finite = false;
    if (IsNumeric(v, &non_finite)) {
      if (non_finite) {
        Fail(MakeError("D1001", expr->position, "-", FormatNumber(v.AsNumber())));
        return Value();
      }
      return Value::Number(-v.AsNumber());
    }
    Fail(MakeError("D1002", expr->position, "-", FormatForMessage(v)));
    return Value();
  }
  if (expr->value == "[") {
    auto result = NewArray();
    for (const NodePtr& item : expr->expressions) {
      Value value = Eval(item.get(), input, env);
      if (failed()) return Value();
      if (value.IsUndefined()) continue;
      if (item->type == NodeType::kUnary && item->value == "[") {
        result->items.push_back(std::move(value));
      } else if (value.IsArray()) {
        for (size_t i = 0, n = value.Size(); i < n; ++i) result->items.push_back(value.At(i));
      } else {
        result->items.push_back(std::move(value));
      }
    }
    if (expr->cons_array) result->cons = true;
    return Value(result);
  }
  if (expr->value == "{") return EvalObject(expr->pairs, expr->position, input, env);
  return Value();
}

Value Evaluator::EvalObject(const std::vector<std::pair<NodePtr, NodePtr>>& pairs, int position,
                            const Value& input, const std::shared_ptr<Frame>& env) {
  Group group;
  group.position = position;
  group.pairs = pairs;
  return EvalGroup(group, input, env);
}

std::shared_ptr<Frame> Evaluator::FrameFromTuple(const std::shared_ptr<Frame>& env,
                                                 const Value& tuple) {
  auto frame = NewFrame(env);
  if (const ObjectNode* o = tuple.mutable_object_node()) {
    for (const auto& [key, value] : o->entries) frame->vars.emplace_back(key, value);
  }
  return frame;
}

Value Evaluator::EvalGroup(const Group& group, const Value& input_value,
                           const std::shared_ptr<Frame>& env) {
  const bool reduce = input_value.IsTupleStream();
  Value input = input_value.IsArray() ? input_value : Singleton(input_value);
  std::vector<Value> items;
  for (size_t i = 0, n = input.Size(); i < n; ++i) items.push_back(input.At(i));
  if (items.empty()) items.emplace_back();

  struct Entry {
    std::vector<Value> data;
    size_t expr_index;
  };
  std::vector<std::pair<std::string, Entry>> groups;
  std::unordered_map<std::string, size_t> index;
  for (const Value& item : items) {
    auto item_env = reduce ? FrameFromTuple(env, item) : env;
    for (size_t p = 0; p < group.pairs.size(); ++p) {
      Value key = Eval(group.pairs[p].first.get(), reduce ? item.Get("@") : item, item_env);
      if (failed()) return Value();
      if (key.IsUndefined()) continue;
      if (!key.IsString()) {
        Fail(MakeError("T1003", group.position, {}, FormatForMessage(key)));
        return Value();
      }
      auto it = index.find(key.AsString());
      if (it != index.end()) {
        Entry& entry = groups[it->second].second;
        if (entry.expr_index != p) {
          Fail(MakeError("D1009", group.position, {}, FormatForMessage(key)));
          return Value();
        }
        entry.data.push_back(item);
      } else {
        index.emplace(key.AsString(), groups.size());
        groups.push_back({key.AsString(), Entry{{item}, p}});
      }
    }
  }
  auto result = NewObject();
  for (auto& [key, entry] : groups) {
    Value context;
    if (entry.data.size() == 1) {
      context = entry.data[0];
    } else {
      for (const Value& d : entry.data) context = Append(context, d);
    }
    auto value_env = env;
    if (reduce) {
      auto tuple = NewObject();
      if (entry.data.size() == 1) {
        if (const ObjectNode* o = entry.data[0].mutable_object_node()) *tuple = *o;
      } else {
        for (const Value& t : entry.data) {
          for (const std::string& k : t.Keys()) tuple->Set(k, Append(tuple->Find(k) ? *tuple->Find(k) : Value(), t.Get(k)));
        }
      }
      const Value* at = tuple->Find("@");
      context = at ? *at : Value();
      tuple->Erase("@");
      value_env = FrameFromTuple(env, Value(tuple));
    }
    Value value = Eval(group.pairs[entry.expr_index].second.get(), context, value_env);
    if (failed()) return Value();
    if (value.IsDefined()) result->entries.emplace_back(key, std::move(value));
  }
  return Value(result);
}

}  // namespace asl::jsonata
