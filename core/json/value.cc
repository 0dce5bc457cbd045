#include "core/json/value.h"

#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace asl::json {
namespace detail {
namespace {

// A per-thread cache of freed node blocks. Parsing a document and releasing it allocate and
// free many nodes of a few small sizes; the cache serves them without the general allocator.
// It keeps at most kMaxCached blocks (the rest are freed at once) and is drained when its
// thread ends; a node freed after that (a static Value) goes straight back to the allocator.
// Sanitizer builds skip it so that they still see every node's lifetime.
#if defined(__SANITIZE_ADDRESS__)
#define ASL_JSON_NODE_CACHE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define ASL_JSON_NODE_CACHE 0
#endif
#endif
#ifndef ASL_JSON_NODE_CACHE
#define ASL_JSON_NODE_CACHE 1
#endif

constexpr size_t kNodeBlockSize = 48;

struct NodeCache {
  struct Block {
    Block* next;
  };
  static constexpr size_t kMaxCached = size_t{1} << 16;
  Block* head = nullptr;
  size_t count = 0;
  size_t capacity = kMaxCached;  // 0 once the thread's cache is drained.

  void Drain() {
    while (head != nullptr) {
      Block* next = head->next;
      ::operator delete(head);
      head = next;
    }
    count = 0;
    capacity = 0;
  }
};

// Trivially destructible, so it stays usable during static destruction; the drainer below
// empties it when the thread ends.
thread_local constinit NodeCache node_cache;

struct NodeCacheDrainer {
  ~NodeCacheDrainer() { node_cache.Drain(); }
};

void* AllocateNode(size_t size) {
#if ASL_JSON_NODE_CACHE
  if (size <= kNodeBlockSize) {
    thread_local NodeCacheDrainer drainer;  // Registers the drain on first use.
    (void)drainer;
    NodeCache& cache = node_cache;
    if (cache.head != nullptr) {
      NodeCache::Block* block = cache.head;
      cache.head = block->next;
      --cache.count;
      return block;
    }
    return ::operator new(kNodeBlockSize);
  }
#endif
  return ::operator new(size);
}

void FreeNode(void* p, size_t size) {
#if ASL_JSON_NODE_CACHE
  if (size <= kNodeBlockSize) {
    NodeCache& cache = node_cache;
    if (cache.count < cache.capacity) {
      auto* block = static_cast<NodeCache::Block*>(p);
      block->next = cache.head;
      cache.head = block;
      ++cache.count;
      return;
    }
    ::operator delete(p);
    return;
  }
#endif
  // Unsized: clang 14 declares sized deallocation only with -fsized-deallocation.
  (void)size;
  ::operator delete(p);
}

}  // namespace

// Node types allocate through the cache.
struct CachedNode : Node {
  static void* operator new(size_t size) { return AllocateNode(size); }
  static void operator delete(void* p, size_t size) { FreeNode(p, size); }
};

struct StringNode : CachedNode {
  explicit StringNode(std::string&& s) : text(std::move(s)) {}
  std::string text;
};

struct ArrayNode : CachedNode {
  explicit ArrayNode(Array a) : items(std::move(a)) {}
  Array items;
};

// Objects above this many members get a hash index on first lookup.
constexpr size_t kIndexThreshold = 12;

struct ObjectNode : CachedNode {
  explicit ObjectNode(Members m) : members(std::move(m)) {}
  Members members;
  mutable std::unique_ptr<std::unordered_map<std::string_view, uint32_t>> index;

  const Value* Find(std::string_view key) const {
    if (members.size() <= kIndexThreshold) {
      const size_t size = key.size();
      for (const Member& m : members) {
        if (m.key.size() == size &&
            (size == 0 ||
             (m.key[0] == key[0] && std::memcmp(m.key.data(), key.data(), size) == 0))) {
          return &m.value;
        }
      }
      return nullptr;
    }
    if (!index) {
      index = std::make_unique<std::unordered_map<std::string_view, uint32_t>>();
      index->reserve(members.size());
      for (uint32_t i = 0; i < members.size(); ++i) index->emplace(members[i].key, i);
    }
    auto it = index->find(key);
    return it == index->end() ? nullptr : &members[it->second].value;
  }
};

}  // namespace detail

namespace {

const std::string& EmptyString() {
  static const std::string* empty = new std::string();
  return *empty;
}
const Array& EmptyArrayRef() {
  static const Array* empty = new Array();
  return *empty;
}
const Members& EmptyMembersRef() {
  static const Members* empty = new Members();
  return *empty;
}

bool HasNode(Type t) { return t >= Type::kString; }

// Removes later duplicates of a key, moving the last value into the first occurrence.
Members Deduplicate(Members members) {
  if (members.size() < 2) return members;
  // Small objects (most payloads) are checked pair by pair, without allocating.
  constexpr size_t kPairwiseLimit = 16;
  if (members.size() <= kPairwiseLimit) {
    bool duplicates = false;
    for (size_t i = 1; i < members.size() && !duplicates; ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (members[i].key == members[j].key) {
          duplicates = true;
          break;
        }
      }
    }
    if (!duplicates) return members;
  }
  std::unordered_map<std::string_view, size_t> first;
  first.reserve(members.size());
  bool duplicates = false;
  for (size_t i = 0; i < members.size(); ++i) {
    auto [it, inserted] = first.emplace(members[i].key, i);
    if (!inserted) duplicates = true;
  }
  if (!duplicates) return members;
  Members out;
  out.reserve(first.size());
  std::unordered_map<std::string, size_t> position;
  for (Member& m : members) {
    auto it = position.find(m.key);
    if (it == position.end()) {
      position.emplace(m.key, out.size());
      out.push_back(std::move(m));
    } else {
      out[it->second].value = std::move(m.value);
    }
  }
  return out;
}

}  // namespace

std::string_view TypeName(Type type) {
  switch (type) {
    case Type::kNull:
      return "null";
    case Type::kBool:
      return "boolean";
    case Type::kInt:
    case Type::kDouble:
      return "number";
    case Type::kString:
      return "string";
    case Type::kArray:
      return "array";
    case Type::kObject:
      return "object";
  }
  return "null";
}

Value::Value(const char* s) : Value(std::string(s)) {}
Value::Value(std::string_view s) : Value(std::string(s)) {}
Value::Value(std::string s) : type_(Type::kString), node_(new detail::StringNode(std::move(s))) {}
Value::Value(Array items) : type_(Type::kArray), node_(new detail::ArrayNode(std::move(items))) {}
Value::Value(Members members)
    : type_(Type::kObject), node_(new detail::ObjectNode(Deduplicate(std::move(members)))) {}

Value Value::FromUniqueMembers(Members members) {
  Value v;
  v.type_ = Type::kObject;
  v.node_ = new detail::ObjectNode(std::move(members));
  return v;
}

// Frees iteratively: children whose count drops to zero are queued instead of being
// destroyed recursively, so releasing a deeply nested value cannot overflow the stack. The
// queue lives on the stack until it outgrows kInline entries.
void Value::Destroy() noexcept {
  detail::Node* node = node_;
  Type type = type_;
  type_ = Type::kNull;
  if (type == Type::kString) {
    delete static_cast<detail::StringNode*>(node);
    return;
  }
  // Not std::pair: its constructor would zero the whole queue on every call, and this runs
  // for every object and array freed.
  struct Pending {
    Type type;
    detail::Node* node;
  };
  constexpr size_t kInline = 64;
  Pending inline_queue[kInline];  // Uninitialised on purpose; entries are written before read.
  size_t inline_size = 0;
  std::vector<Pending> overflow;
  auto push = [&](Type t, detail::Node* n) {
    if (inline_size < kInline) {
      inline_queue[inline_size++] = {t, n};
    } else {
      overflow.push_back({t, n});
    }
  };
  auto detach = [&push](Value& child) {
    if (!child.has_node()) return;
    detail::Node* n = child.node_;
    Type t = child.type_;
    child.type_ = Type::kNull;
    if (--n->refs != 0) return;
    if (t == Type::kString) {
      delete static_cast<detail::StringNode*>(n);
    } else {
      push(t, n);
    }
  };
  push(type, node);
  while (inline_size > 0 || !overflow.empty()) {
    Pending next;
    if (!overflow.empty()) {
      next = overflow.back();
      overflow.pop_back();
    } else {
      next = inline_queue[--inline_size];
    }
    if (next.type == Type::kArray) {
      auto* array = static_cast<detail::ArrayNode*>(next.node);
      for (Value& item : array->items) detach(item);
      delete array;
    } else {
      auto* object = static_cast<detail::ObjectNode*>(next.node);
      for (Member& m : object->members) detach(m.value);
      delete object;
    }
  }
}

int64_t Value::as_int() const {
  if (type_ == Type::kInt) return int_;
  if (type_ == Type::kDouble) return static_cast<int64_t>(double_);
  return 0;
}

double Value::as_double() const {
  if (type_ == Type::kDouble) return double_;
  if (type_ == Type::kInt) return static_cast<double>(int_);
  return 0;
}

const std::string& Value::as_string() const {
  if (type_ != Type::kString) return EmptyString();
  return static_cast<detail::StringNode*>(node_)->text;
}

const Array& Value::as_array() const {
  if (type_ != Type::kArray) return EmptyArrayRef();
  return static_cast<detail::ArrayNode*>(node_)->items;
}

const Members& Value::as_object() const {
  if (type_ != Type::kObject) return EmptyMembersRef();
  return static_cast<detail::ObjectNode*>(node_)->members;
}

size_t Value::size() const {
  if (type_ == Type::kArray) return as_array().size();
  if (type_ == Type::kObject) return as_object().size();
  return 0;
}

const Value* Value::Find(std::string_view key) const {
  if (type_ != Type::kObject) return nullptr;
  return static_cast<detail::ObjectNode*>(node_)->Find(key);
}

const Value* Value::At(size_t index) const {
  if (type_ != Type::kArray) return nullptr;
  const Array& items = as_array();
  return index < items.size() ? &items[index] : nullptr;
}

Value Value::With(std::string_view key, Value value) const {
  if (type_ != Type::kObject) {
    Members members;
    members.push_back({std::string(key), std::move(value)});
    return FromUniqueMembers(std::move(members));
  }
  const Members& current = as_object();
  Members members;
  members.reserve(current.size() + 1);  // One allocation whether the key is new or not.
  members.insert(members.end(), current.begin(), current.end());
  for (Member& m : members) {
    if (m.key == key) {
      m.value = std::move(value);
      return FromUniqueMembers(std::move(members));
    }
  }
  members.push_back({std::string(key), std::move(value)});
  return FromUniqueMembers(std::move(members));
}

Value Value::Without(std::string_view key) const {
  if (Find(key) == nullptr) return *this;
  Members members;
  members.reserve(size() - 1);
  for (const Member& m : as_object()) {
    if (m.key != key) members.push_back(m);
  }
  return FromUniqueMembers(std::move(members));
}

Value Value::WithAppended(Value value) const {
  Array items = as_array();
  items.push_back(std::move(value));
  return Value(std::move(items));
}

bool Value::SameAs(const Value& other) const {
  if (type_ != other.type_) return false;
  if (HasNode(type_)) return node_ == other.node_;
  return *this == other;
}

bool operator==(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) {
    if (a.is_int() && b.is_int()) return a.int_ == b.int_;
    return a.as_double() == b.as_double();
  }
  if (a.type_ != b.type_) return false;
  switch (a.type_) {
    case Type::kNull:
      return true;
    case Type::kBool:
      return a.bool_ == b.bool_;
    case Type::kString:
      return a.node_ == b.node_ || a.as_string() == b.as_string();
    case Type::kArray: {
      if (a.node_ == b.node_) return true;
      const Array& x = a.as_array();
      const Array& y = b.as_array();
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i) {
        if (x[i] != y[i]) return false;
      }
      return true;
    }
    case Type::kObject: {
      if (a.node_ == b.node_) return true;
      if (a.size() != b.size()) return false;
      for (const Member& m : a.as_object()) {
        const Value* other = b.Find(m.key);
        if (other == nullptr || *other != m.value) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

}  // namespace asl::json
