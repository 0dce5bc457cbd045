// Object constructors and group-by: keys evaluated per item, values per group.
#include <unordered_map>

#include "core/jsonata/evaluator.h"
#include "core/jsonata/value_format.h"

namespace asl::jsonata {

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
  Value input = input_value.IsArray() ? input_value : SingletonSequence(input_value);
  std::vector<Value> items;
  for (size_t i = 0, n = input.Size(); i < n; ++i) {
    if (!Charge(1, group.position)) return Value();
    items.push_back(input.At(i));
  }
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
    Value context = entry.data.size() == 1 ? entry.data[0] : AppendAll(Value(), entry.data);
    auto value_env = env;
    if (reduce) {
      auto tuple = NewObject();
      if (entry.data.size() == 1) {
        if (const ObjectNode* o = entry.data[0].mutable_object_node()) *tuple = *o;
      } else {
        // Each binding's values across the group's tuples, keys in first-seen order.
        std::vector<std::pair<std::string, std::vector<Value>>> bindings;
        std::unordered_map<std::string, size_t> slot;
        for (const Value& t : entry.data) {
          for (std::string& k : t.Keys()) {
            auto [it, added] = slot.emplace(k, bindings.size());
            if (added) bindings.emplace_back(std::move(k), std::vector<Value>{});
            bindings[it->second].second.push_back(t.Get(bindings[it->second].first));
          }
        }
        for (auto& [k, values] : bindings) tuple->Set(k, AppendAll(Value(), values));
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
