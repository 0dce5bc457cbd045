#include "core/jsonata/value.h"

#include <cmath>

namespace asl::jsonata {
namespace {

constexpr size_t kIndexThreshold = 12;
constexpr double kMaxSafeInteger = 9007199254740992.0;  // 2^53

// Nodes waiting to be destroyed, and whether a destructor up the stack is draining them.
thread_local std::vector<std::shared_ptr<void>> pending_nodes;
thread_local bool draining_nodes = false;

// Destroys the queued nodes one at a time; nodes they release join the queue.
void DrainPendingNodes() {
  if (draining_nodes) return;
  draining_nodes = true;
  while (!pending_nodes.empty()) {
    std::shared_ptr<void> node = std::move(pending_nodes.back());
    pending_nodes.pop_back();
    node.reset();
  }
  draining_nodes = false;
}

}  // namespace

void Value::DeferRelease(std::vector<std::shared_ptr<void>>& pending) {
  if ((kind_ == Kind::kArray || kind_ == Kind::kObject) && node_.use_count() == 1) {
    pending.push_back(std::move(node_));
  }
}

ArrayNode::~ArrayNode() {
  for (Value& item : items) item.DeferRelease(pending_nodes);
  DrainPendingNodes();
}

ObjectNode::~ObjectNode() {
  for (auto& entry : entries) entry.second.DeferRelease(pending_nodes);
  DrainPendingNodes();
}

Value::Value(std::shared_ptr<ArrayNode> a) : kind_(Kind::kArray), node_(std::move(a)) {}
Value::Value(std::shared_ptr<ObjectNode> o) : kind_(Kind::kObject), node_(std::move(o)) {}
Value::Value(std::shared_ptr<Function> f) : kind_(Kind::kFunction), node_(std::move(f)) {}

const Function* Value::function() const {
  return kind_ == Kind::kFunction ? static_cast<const Function*>(node_.get()) : nullptr;
}
std::shared_ptr<Function> Value::function_ptr() const {
  return kind_ == Kind::kFunction ? std::static_pointer_cast<Function>(node_) : nullptr;
}

Value ArrayNode::at(size_t i) const {
  if (is_range) {
    return i < range_size ? Value(json::Value(range_start + static_cast<int64_t>(i))) : Value();
  }
  return i < items.size() ? items[i] : Value();
}

Value Value::Number(double d) {
  if (d == std::floor(d) && std::fabs(d) <= kMaxSafeInteger) {
    return Value(json::Value(static_cast<int64_t>(d)));
  }
  return Value(json::Value(d));
}

size_t Value::Size() const {
  if (kind_ == Kind::kArray) return array_node()->size();
  if (kind_ == Kind::kJson && json_.is_array()) return json_.size();
  return 0;
}

Value Value::At(size_t i) const {
  if (kind_ == Kind::kArray) return array_node()->at(i);
  if (kind_ == Kind::kJson) {
    const json::Value* item = json_.At(i);
    if (item != nullptr) return Value(*item);
  }
  return Value();
}

const ArrayNode* Value::array_node() const {
  return kind_ == Kind::kArray ? static_cast<const ArrayNode*>(node_.get()) : nullptr;
}
ArrayNode* Value::mutable_array_node() const {
  return kind_ == Kind::kArray ? static_cast<ArrayNode*>(node_.get()) : nullptr;
}
bool Value::IsSequence() const { return kind_ == Kind::kArray && array_node()->sequence; }
bool Value::IsCons() const { return kind_ == Kind::kArray && array_node()->cons; }
bool Value::IsOuterWrapper() const { return kind_ == Kind::kArray && array_node()->outer_wrapper; }
bool Value::IsTupleStream() const { return kind_ == Kind::kArray && array_node()->tuple_stream; }
bool Value::KeepSingleton() const { return kind_ == Kind::kArray && array_node()->keep_singleton; }

std::vector<std::string> Value::Keys() const {
  std::vector<std::string> keys;
  if (kind_ == Kind::kObject) {
    const ObjectNode* o = mutable_object_node();
    keys.reserve(o->entries.size());
    for (const auto& e : o->entries) keys.push_back(e.first);
  } else if (kind_ == Kind::kJson && json_.is_object()) {
    keys.reserve(json_.size());
    for (const json::Member& m : json_.as_object()) keys.push_back(m.key);
  }
  return keys;
}

Value Value::Get(std::string_view key) const {
  if (kind_ == Kind::kObject) {
    const Value* v = mutable_object_node()->Find(key);
    return v ? *v : Value();
  }
  if (kind_ == Kind::kJson) {
    const json::Value* v = json_.Find(key);
    if (v != nullptr) return Value(*v);
  }
  return Value();
}

bool Value::Has(std::string_view key) const {
  if (kind_ == Kind::kObject) return mutable_object_node()->Find(key) != nullptr;
  if (kind_ == Kind::kJson) return json_.Find(key) != nullptr;
  return false;
}

ObjectNode* Value::mutable_object_node() const {
  return kind_ == Kind::kObject ? static_cast<ObjectNode*>(node_.get()) : nullptr;
}

const void* Value::Identity() const { return node_.get(); }

const Value* ObjectNode::Find(std::string_view key) const {
  if (entries.size() <= kIndexThreshold) {
    for (const auto& e : entries) {
      if (e.first == key) return &e.second;
    }
    return nullptr;
  }
  if (index.size() != entries.size()) {
    index.clear();
    for (size_t i = 0; i < entries.size(); ++i) index.emplace(entries[i].first, i);
  }
  auto it = index.find(std::string(key));
  return it == index.end() ? nullptr : &entries[it->second].second;
}

void ObjectNode::Set(std::string key, Value value) {
  const Value* existing = Find(key);
  if (existing != nullptr) {
    const_cast<Value&>(*existing) = std::move(value);
    return;
  }
  entries.emplace_back(std::move(key), std::move(value));
  index.clear();
}

void ObjectNode::Erase(std::string_view key) {
  for (auto it = entries.begin(); it != entries.end(); ++it) {
    if (it->first == key) {
      entries.erase(it);
      index.clear();
      return;
    }
  }
}

std::shared_ptr<ArrayNode> NewSequence() {
  auto a = std::make_shared<ArrayNode>();
  a->sequence = true;
  return a;
}

Value SingletonSequence(Value item) {
  auto a = NewSequence();
  a->items.push_back(std::move(item));
  return Value(a);
}

std::shared_ptr<ArrayNode> NewArray() { return std::make_shared<ArrayNode>(); }
std::shared_ptr<ObjectNode> NewObject() { return std::make_shared<ObjectNode>(); }

namespace {

// Depth-bounded: evaluator-built structures are at most as deep as the evaluation depth
// limit allows, and JSON inputs are bounded by the JSON parser.
json::Value ToJsonInner(const Value& v, bool* defined, int depth) {
  *defined = true;
  switch (v.kind()) {
    case Value::Kind::kUndefined:
      *defined = false;
      return json::Value();
    case Value::Kind::kJson: {
      const json::Value& j = v.json();
      if (j.is_double()) return Value::Number(j.as_double()).json();
      return j;
    }
    case Value::Kind::kFunction:
      return json::Value("");
    case Value::Kind::kArray: {
      json::Array out;
      out.reserve(v.Size());
      const ArrayNode* node = v.array_node();
      for (size_t i = 0; i < node->size(); ++i) {
        const Value item = node->at(i);
        bool d = true;
        json::Value j =
            depth > kMaxStructureDepth ? json::Value() : ToJsonInner(item, &d, depth + 1);
        if (d) out.push_back(std::move(j));
      }
      return json::Value(std::move(out));
    }
    case Value::Kind::kObject: {
      json::Members out;
      const ObjectNode* node = v.mutable_object_node();
      out.reserve(node->entries.size());
      for (const auto& [key, item] : node->entries) {
        bool d = true;
        json::Value j =
            depth > kMaxStructureDepth ? json::Value() : ToJsonInner(item, &d, depth + 1);
        if (d) out.push_back(json::Member{key, std::move(j)});
      }
      return json::Value::FromUniqueMembers(std::move(out));
    }
  }
  return json::Value();
}

}  // namespace

json::Value ToJson(const Value& v, bool* defined) {
  bool d = true;
  json::Value out = ToJsonInner(v, &d, 0);
  if (defined != nullptr) *defined = d;
  return out;
}

Value DeepClone(const Value& v, int depth) {
  if (depth > kMaxStructureDepth) return v;
  if (v.IsArray()) {
    auto a = NewArray();
    const size_t n = v.Size();
    a->items.reserve(n);
    for (size_t i = 0; i < n; ++i) a->items.push_back(DeepClone(v.At(i), depth + 1));
    if (v.kind() == Value::Kind::kArray) {
      const ArrayNode* src = v.array_node();
      a->sequence = src->sequence;
      a->keep_singleton = src->keep_singleton;
      a->cons = src->cons;
      a->outer_wrapper = src->outer_wrapper;
    }
    return Value(a);
  }
  if (v.IsObject()) {
    auto o = NewObject();
    for (const std::string& key : v.Keys())
      o->entries.emplace_back(key, DeepClone(v.Get(key), depth + 1));
    return Value(o);
  }
  return v;
}

}  // namespace asl::jsonata
