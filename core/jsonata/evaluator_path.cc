// Location paths: steps, tuple streams (for @, # and % bindings), predicates and order-by.
#include <cmath>

#include "core/jsonata/evaluator.h"
#include "core/jsonata/merge_sort.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {
namespace {

Value TupleOf(const Value& focus) {
  auto t = NewObject();
  t->entries.emplace_back("@", focus);
  return Value(t);
}

Value CopyTuple(const Value& tuple) {
  auto t = NewObject();
  if (const ObjectNode* o = tuple.mutable_object_node()) *t = *o;
  return Value(t);
}

}  // namespace

Value Evaluator::EvalPath(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env) {
  Value input_sequence;
  if (input.IsArray() && expr->steps[0]->type != NodeType::kVariable) {
    input_sequence = input;
  } else {
    input_sequence = SingletonSequence(input);
  }
  Value result_sequence;
  bool is_tuple_stream = false;
  Value tuple_bindings;
  const size_t n = expr->steps.size();
  for (size_t i = 0; i < n; ++i) {
    const Node* step = expr->steps[i].get();
    if (step->tuple) is_tuple_stream = true;
    if (i == 0 && step->cons_array) {
      result_sequence = Eval(step, input_sequence, env);
    } else if (is_tuple_stream) {
      tuple_bindings = EvalTupleStep(step, input_sequence, tuple_bindings, env);
    } else {
      result_sequence = EvalStep(step, input_sequence, env, i == n - 1);
    }
    if (failed()) return Value();
    if (!is_tuple_stream && (result_sequence.IsUndefined() ||
                             (result_sequence.IsArray() && result_sequence.Size() == 0))) {
      break;
    }
    if (step->focus.empty()) input_sequence = result_sequence;
  }
  if (is_tuple_stream) {
    if (expr->tuple) {
      result_sequence = tuple_bindings;
    } else {
      auto seq = NewSequence();
      for (size_t i = 0, m = tuple_bindings.Size(); i < m; ++i) {
        seq->items.push_back(tuple_bindings.At(i).Get("@"));
      }
      result_sequence = Value(seq);
    }
  }
  if (expr->keep_singleton_array) {
    if (result_sequence.IsArray() && result_sequence.IsCons() && !result_sequence.IsSequence()) {
      result_sequence = SingletonSequence(result_sequence);
    }
    if (ArrayNode* a = result_sequence.mutable_array_node()) a->keep_singleton = true;
  }
  if (expr->group) {
    result_sequence =
        EvalGroup(*expr->group, is_tuple_stream ? tuple_bindings : result_sequence, env);
  }
  return result_sequence;
}

Value Evaluator::EvalStep(const Node* step, const Value& input, const std::shared_ptr<Frame>& env,
                          bool last) {
  if (step->type == NodeType::kSort) {
    Value result = EvalSort(step, input, env);
    if (!step->stages.empty()) result = EvalStages(step->stages, result, env);
    return result;
  }
  std::vector<Value> results;
  for (size_t i = 0, n = input.Size(); i < n; ++i) {
    Value res = Eval(step, input.At(i), env);
    for (const Stage& stage : step->stages) {
      if (failed()) break;
      res = EvalFilter(stage.expr.get(), res, env);
    }
    if (failed()) return Value();
    if (res.IsDefined()) results.push_back(std::move(res));
  }
  if (last && results.size() == 1 && results[0].IsArray() && !results[0].IsSequence()) {
    return results[0];
  }
  auto seq = NewSequence();
  for (Value& res : results) {
    if (!res.IsArray() || res.IsCons()) {
      seq->items.push_back(std::move(res));
    } else {
      for (size_t i = 0, n = res.Size(); i < n; ++i) seq->items.push_back(res.At(i));
    }
  }
  return Value(seq);
}

Value Evaluator::EvalStages(const std::vector<Stage>& stages, Value input,
                            const std::shared_ptr<Frame>& env) {
  Value result = std::move(input);
  for (const Stage& stage : stages) {
    if (failed()) return Value();
    if (stage.kind == Stage::Kind::kFilter) {
      result = EvalFilter(stage.expr.get(), result, env);
    } else {
      for (size_t i = 0, n = result.Size(); i < n; ++i) {
        if (ObjectNode* t = result.At(i).mutable_object_node()) {
          t->Set(stage.value, Value::Number(static_cast<double>(i)));
        }
      }
    }
  }
  return result;
}

Value Evaluator::EvalTupleStep(const Node* step, const Value& input, const Value& tuples,
                               const std::shared_ptr<Frame>& env) {
  if (step->type == NodeType::kSort) {
    Value result;
    if (tuples.IsDefined()) {
      result = EvalSort(step, tuples, env);
    } else {
      Value sorted = EvalSort(step, input, env);
      if (failed()) return Value();
      auto seq = NewSequence();
      seq->tuple_stream = true;
      for (size_t i = 0, n = sorted.Size(); i < n; ++i) {
        Value t = TupleOf(sorted.At(i));
        if (!step->index.empty()) {
          t.mutable_object_node()->Set(step->index, Value::Number(static_cast<double>(i)));
        }
        seq->items.push_back(std::move(t));
      }
      result = Value(seq);
    }
    if (!step->stages.empty()) result = EvalStages(step->stages, result, env);
    return result;
  }
  auto result = NewSequence();
  result->tuple_stream = true;
  std::vector<Value> bindings;
  if (tuples.IsUndefined()) {
    for (size_t i = 0, n = input.Size(); i < n; ++i) bindings.push_back(TupleOf(input.At(i)));
  } else {
    for (size_t i = 0, n = tuples.Size(); i < n; ++i) bindings.push_back(tuples.At(i));
  }
  for (const Value& tuple : bindings) {
    auto step_env = FrameFromTuple(env, tuple);
    const Value focus = tuple.Get("@");
    Value res = Eval(step, focus, step_env);
    if (failed()) return Value();
    if (res.IsUndefined()) continue;
    if (!res.IsArray()) res = SingletonSequence(res);
    const bool res_tuples = res.IsTupleStream();
    for (size_t b = 0, m = res.Size(); b < m; ++b) {
      Value t = CopyTuple(tuple);
      ObjectNode* o = t.mutable_object_node();
      if (res_tuples) {
        Value rt = res.At(b);
        if (const ObjectNode* ro = rt.mutable_object_node()) {
          for (const auto& [k, v] : ro->entries) o->Set(k, v);
        }
      } else {
        if (!step->focus.empty()) {
          o->Set(step->focus, res.At(b));
          o->Set("@", focus);
        } else {
          o->Set("@", res.At(b));
        }
        if (!step->index.empty()) o->Set(step->index, Value::Number(static_cast<double>(b)));
        if (step->ancestor) o->Set(step->ancestor->label, focus);
      }
      result->items.push_back(std::move(t));
    }
  }
  Value out(result);
  if (!step->stages.empty()) out = EvalStages(step->stages, out, env);
  return out;
}

Value Evaluator::EvalFilter(const Node* predicate, const Value& input_value,
                            const std::shared_ptr<Frame>& env) {
  auto results = NewSequence();
  const bool tuple_stream = input_value.IsTupleStream();
  if (tuple_stream) results->tuple_stream = true;
  Value input = input_value.IsArray() ? input_value : SingletonSequence(input_value);
  const size_t n = input.Size();
  if (predicate->type == NodeType::kNumber) {
    double index = std::floor(predicate->literal.as_double());
    if (index < 0) index += static_cast<double>(n);
    if (index >= 0 && index < static_cast<double>(n)) {
      Value item = input.At(static_cast<size_t>(index));
      if (item.IsDefined()) {
        if (item.IsArray()) return item;
        results->items.push_back(std::move(item));
      }
    }
    return Value(results);
  }
  for (size_t i = 0; i < n; ++i) {
    Value item = input.At(i);
    Value context = item;
    std::shared_ptr<Frame> item_env = env;
    if (tuple_stream) {
      context = item.Get("@");
      item_env = FrameFromTuple(env, item);
    }
    Value res = Eval(predicate, context, item_env);
    if (failed()) return Value();
    if (res.IsNumber()) res = SingletonSequence(res);
    if (res.IsArray() && [&] {
          for (size_t k = 0, m = res.Size(); k < m; ++k) {
            if (!res.At(k).IsNumber()) return false;
          }
          return true;
        }()) {
      for (size_t k = 0, m = res.Size(); k < m; ++k) {
        double ii = std::floor(res.At(k).AsNumber());
        if (ii < 0) ii += static_cast<double>(n);
        if (ii == static_cast<double>(i)) results->items.push_back(item);
      }
    } else if (Truthy(res).value_or(false)) {
      results->items.push_back(item);
    }
  }
  return Value(results);
}

Value Evaluator::EvalSort(const Node* expr, const Value& input, const std::shared_ptr<Frame>& env) {
  const bool tuple_sort = input.IsTupleStream();
  auto term_value = [&](const SortTerm& term, const Value& item) {
    if (tuple_sort) return Eval(term.expr.get(), item.Get("@"), FrameFromTuple(env, item));
    return Eval(term.expr.get(), item, env);
  };
  // True when a must come after b.
  auto comparator = [&](const Value& a, const Value& b) -> bool {
    int comp = 0;
    for (size_t t = 0; comp == 0 && t < expr->terms.size(); ++t) {
      const SortTerm& term = expr->terms[t];
      Value aa = term_value(term, a);
      Value bb = term_value(term, b);
      if (failed()) return false;
      if (aa.IsUndefined()) {
        comp = bb.IsUndefined() ? 0 : 1;
        continue;
      }
      if (bb.IsUndefined()) {
        comp = -1;
        continue;
      }
      const bool a_ok = aa.IsString() || aa.IsNumber();
      const bool b_ok = bb.IsString() || bb.IsNumber();
      if (!a_ok || !b_ok) {
        Fail(MakeError("T2008", expr->position, {}, FormatForMessage(a_ok ? bb : aa)));
        return false;
      }
      if (aa.IsString() != bb.IsString()) {
        Fail(MakeError("T2007", expr->position, {}, FormatForMessage(aa), FormatForMessage(bb)));
        return false;
      }
      if (aa.IsString()) {
        int c = aa.AsString().compare(bb.AsString());
        if (c == 0) continue;
        comp = c < 0 ? -1 : 1;
      } else {
        double x = aa.AsNumber(), y = bb.AsNumber();
        if (x == y) continue;
        comp = x < y ? -1 : 1;
      }
      if (term.descending) comp = -comp;
    }
    return comp == 1;
  };
  if (input.Size() <= 1) return input;
  std::vector<Value> items;
  for (size_t i = 0, n = input.Size(); i < n; ++i) items.push_back(input.At(i));
  MergeSort(items, comparator, [&] { return failed(); });
  if (failed()) return Value();
  auto out = NewArray();
  out->items = std::move(items);
  out->tuple_stream = tuple_sort;
  out->sequence = tuple_sort;
  return Value(out);
}

}  // namespace asl::jsonata
