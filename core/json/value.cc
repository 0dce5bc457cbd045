#include "core/json/value.h"

#include <cstring>
#include <iterator>
#include <memory>
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

// Blocks are cached by size class: sizes rounded up to kSizeClassBytes, up to kMaxCachedSize.
// Larger nodes (arrays of more than ~60 items, objects of more than ~10 members) go to the
// general allocator. The cache holds at most kMaxCachedBytes in all.
constexpr size_t kSizeClassBytes = 16;
constexpr size_t kMaxCachedSize = 512;
constexpr size_t kSizeClasses = kMaxCachedSize / kSizeClassBytes;
constexpr size_t kMaxCachedBytes = size_t{4} << 20;

size_t SizeClass(size_t size) { return (size + kSizeClassBytes - 1) / kSizeClassBytes - 1; }
// The size of the blocks of `size_class`.
size_t ClassBytes(size_t size_class) { return (size_class + 1) * kSizeClassBytes; }

struct NodeCache {
  struct Block {
    Block* next;
  };
  Block* heads[kSizeClasses] = {};
  size_t bytes = 0;
  size_t capacity = kMaxCachedBytes;  // 0 once the thread's cache is drained.

  void Drain() {
    for (Block*& head : heads) {
      while (head != nullptr) {
        Block* next = head->next;
        ::operator delete(head);
        head = next;
      }
    }
    bytes = 0;
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
  if (size <= kMaxCachedSize) {
    thread_local NodeCacheDrainer drainer;  // Registers the drain on first use.
    (void)drainer;
    NodeCache& cache = node_cache;
    const size_t size_class = SizeClass(size);
    if (NodeCache::Block* block = cache.heads[size_class]) {
      cache.heads[size_class] = block->next;
      cache.bytes -= ClassBytes(size_class);
      return block;
    }
    return ::operator new(ClassBytes(size_class));
  }
#endif
  return ::operator new(size);
}

// `size` must be the size the block was allocated with.
void FreeNode(void* p, size_t size) {
#if ASL_JSON_NODE_CACHE
  if (size <= kMaxCachedSize) {
    NodeCache& cache = node_cache;
    const size_t size_class = SizeClass(size);
    const size_t block_bytes = ClassBytes(size_class);
    if (cache.bytes + block_bytes <= cache.capacity) {
      auto* block = static_cast<NodeCache::Block*>(p);
      block->next = cache.heads[size_class];
      cache.heads[size_class] = block;
      cache.bytes += block_bytes;
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

// Arrays and objects keep their items / members in the same block, right after the node:
// one allocation, and a lookup reads one block instead of following a pointer to a second.
// Create() allocates room for `size` elements and constructs none; the caller constructs all
// `size` of them before the node is used. Destroy() destroys them and frees the block.
template <typename Self, typename Element>
struct alignas(alignof(Element)) TrailingNode : Node {
  uint32_t size = 0;

  Element* elements() { return reinterpret_cast<Element*>(static_cast<Self*>(this) + 1); }
  const Element* elements() const {
    return reinterpret_cast<const Element*>(static_cast<const Self*>(this) + 1);
  }
  static size_t Bytes(size_t size) { return sizeof(Self) + size * sizeof(Element); }

  static Self* Create(size_t size) {
    Self* node = new (AllocateNode(Bytes(size))) Self();
    node->size = static_cast<uint32_t>(size);
    return node;
  }
  static void Destroy(Self* node) {
    const size_t size = node->size;
    Element* elements = node->elements();
    for (size_t i = 0; i < size; ++i) elements[i].~Element();
    node->~Self();
    FreeNode(node, Bytes(size));
  }
};

struct ArrayNode : TrailingNode<ArrayNode, Value> {};

// Whether the `length` bytes at `a` and `b` are equal. Keys are mostly a few bytes long: those
// are compared here rather than through a call to memcmp.
inline bool SameBytes(const char* a, const char* b, size_t length) {
  if (length > 16) return std::memcmp(a, b, length) == 0;
  for (size_t i = 0; i < length; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Objects above this many members get a hash index on first lookup.
constexpr size_t kIndexThreshold = 12;

struct ObjectNode : TrailingNode<ObjectNode, Member> {
  mutable std::unique_ptr<std::unordered_map<std::string_view, uint32_t>> index;

  const Value* Find(std::string_view key) const {
    if (size > kIndexThreshold) return FindIndexed(key);
    const Member* members = elements();
    const size_t length = key.size();
    for (uint32_t i = 0; i < size; ++i) {
      const std::string& k = members[i].key;
      if (k.size() == length && SameBytes(k.data(), key.data(), length)) {
        return &members[i].value;
      }
    }
    return nullptr;
  }

  // Find() above kIndexThreshold members: out of line, so that the scan of small objects
  // (nearly all lookups) needs no more registers than it uses.
  [[gnu::noinline]] const Value* FindIndexed(std::string_view key) const {
    const Member* members = elements();
    if (!index) {
      index = std::make_unique<std::unordered_map<std::string_view, uint32_t>>();
      index->reserve(size);
      for (uint32_t i = 0; i < size; ++i) index->emplace(members[i].key, i);
    }
    auto it = index->find(key);
    return it == index->end() ? nullptr : &members[it->second].value;
  }
};

// Nodes built from a range: each element is constructed from (moved or copied) `*first++`.
template <typename ContainerNode, typename Iterator>
ContainerNode* NodeFrom(size_t size, Iterator first) {
  ContainerNode* node = ContainerNode::Create(size);
  auto* out = node->elements();
  for (size_t i = 0; i < size; ++i, ++first) {
    new (out + i) std::remove_reference_t<decltype(*out)>(*first);
  }
  return node;
}

}  // namespace detail

namespace {

const std::string& EmptyString() {
  static const std::string* empty = new std::string();
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

Value Value::Adopt(Type type, detail::Node* node) noexcept {
  Value v;
  v.type_ = type;
  v.node_ = node;
  return v;
}

Value::Value(Array items) : Value(TakeItems(items)) {}
Value::Value(Members members) : Value(FromUniqueMembers(Deduplicate(std::move(members)))) {}

Value Value::FromUniqueMembers(Members members) { return TakeUniqueMembers(members); }

Value Value::TakeUniqueMembers(std::span<Member> members) {
  return Adopt(Type::kObject, detail::NodeFrom<detail::ObjectNode>(
                                  members.size(), std::make_move_iterator(members.begin())));
}

Value Value::TakeItems(std::span<Value> items) {
  return Adopt(Type::kArray, detail::NodeFrom<detail::ArrayNode>(
                                 items.size(), std::make_move_iterator(items.begin())));
}

ObjectBuilder::ObjectBuilder(size_t size) : node_(detail::ObjectNode::Create(size)) {}

ObjectBuilder::~ObjectBuilder() {
  if (node_ == nullptr) return;
  // Only the members added so far were constructed: shrink the node to them before freeing.
  auto* node = static_cast<detail::ObjectNode*>(node_);
  Member* members = node->elements();
  for (size_t i = 0; i < added_; ++i) members[i].~Member();
  const size_t allocated = node->size;
  node->~ObjectNode();
  detail::FreeNode(node, detail::ObjectNode::Bytes(allocated));
}

void ObjectBuilder::Add(const std::string& key, Value value) {
  auto* node = static_cast<detail::ObjectNode*>(node_);
  new (node->elements() + added_++) Member{key, std::move(value)};
}

Value ObjectBuilder::Finish() {
  auto* node = static_cast<detail::ObjectNode*>(node_);
  node_ = nullptr;
  // Fewer members than allocated for: the object holds those (its block, being larger than
  // its size class needs, goes back to the cache safely).
  node->size = static_cast<uint32_t>(added_);
  return Value::Adopt(Type::kObject, node);
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
      Value* items = array->elements();
      for (uint32_t i = 0; i < array->size; ++i) detach(items[i]);
      detail::ArrayNode::Destroy(array);
    } else {
      auto* object = static_cast<detail::ObjectNode*>(next.node);
      Member* members = object->elements();
      for (uint32_t i = 0; i < object->size; ++i) detach(members[i].value);
      detail::ObjectNode::Destroy(object);
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

ItemsView Value::as_array() const {
  if (type_ != Type::kArray) return {};
  const auto* array = static_cast<const detail::ArrayNode*>(node_);
  return {array->elements(), array->size};
}

MembersView Value::as_object() const {
  if (type_ != Type::kObject) return {};
  const auto* object = static_cast<const detail::ObjectNode*>(node_);
  return {object->elements(), object->size};
}

size_t Value::size() const {
  if (type_ == Type::kArray) return static_cast<const detail::ArrayNode*>(node_)->size;
  if (type_ == Type::kObject) return static_cast<const detail::ObjectNode*>(node_)->size;
  return 0;
}

const Value* Value::Find(std::string_view key) const {
  if (type_ != Type::kObject) return nullptr;
  return static_cast<detail::ObjectNode*>(node_)->Find(key);
}

const Value* Value::At(size_t index) const {
  if (type_ != Type::kArray) return nullptr;
  const auto* array = static_cast<const detail::ArrayNode*>(node_);
  return index < array->size ? &array->elements()[index] : nullptr;
}

Value Value::With(std::string_view key, Value value) const {
  MembersView current = as_object();
  size_t replaced = current.size();
  for (size_t i = 0; i < current.size(); ++i) {
    if (current[i].key == key) {
      replaced = i;
      break;
    }
  }
  const size_t size = current.size() + (replaced == current.size() ? 1 : 0);
  auto* node = detail::ObjectNode::Create(size);
  Member* out = node->elements();
  for (size_t i = 0; i < current.size(); ++i) {
    if (i == replaced) {
      new (out + i) Member{current[i].key, std::move(value)};
    } else {
      new (out + i) Member(current[i]);
    }
  }
  if (replaced == current.size()) new (out + replaced) Member{std::string(key), std::move(value)};
  return Adopt(Type::kObject, node);
}

Value Value::Without(std::string_view key) const {
  if (Find(key) == nullptr) return *this;
  MembersView current = as_object();
  auto* node = detail::ObjectNode::Create(current.size() - 1);
  Member* out = node->elements();
  for (const Member& m : current) {
    if (m.key != key) new (out++) Member(m);
  }
  return Adopt(Type::kObject, node);
}

Value Value::WithAppended(Value value) const {
  ItemsView current = as_array();
  auto* node = detail::ArrayNode::Create(current.size() + 1);
  Value* out = node->elements();
  for (size_t i = 0; i < current.size(); ++i) new (out + i) Value(current[i]);
  new (out + current.size()) Value(std::move(value));
  return Adopt(Type::kArray, node);
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
      ItemsView x = a.as_array();
      ItemsView y = b.as_array();
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
