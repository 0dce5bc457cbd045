// An immutable JSON value with structural sharing.
//
// Contract:
// - A Value never changes after construction. Copying one is O(1) (a reference count
//   increment for strings, arrays and objects); the "With*" functions return a new value
//   that shares every unchanged child with the old one. Execution states, history events
//   and data-flow records can therefore all hold the same payload without copying it.
// - Objects keep insertion order (as AWS does) and never hold two members with one key.
// - Numbers are int64 when they were written as integers that fit, double otherwise.
//   Equality compares numbers by value (1 == 1.0) and objects ignoring key order.
// - Reference counts are not atomic: a Value and its copies belong to one thread.
#ifndef ASL_CORE_JSON_VALUE_H_
#define ASL_CORE_JSON_VALUE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace asl::json {

// The node-holding types come last: Value::has_node() tests `type >= kString`.
enum class Type : uint8_t { kNull, kBool, kInt, kDouble, kString, kArray, kObject };

// "null", "boolean", "number", "string", "array" or "object" (ints and doubles are "number").
std::string_view TypeName(Type type);

class Value;
struct Member;
// What arrays and objects are built from. A built value holds its items / members in its own
// node (one allocation with the node) and lends them out as the read-only views below.
using Array = std::vector<Value>;
using Members = std::vector<Member>;
// An array's items or an object's members: valid while the value (or a copy of it) lives.
using ItemsView = std::span<const Value>;
using MembersView = std::span<const Member>;

namespace detail {
// The shared part of strings, arrays and objects: a reference count (value.cc derives the
// typed nodes from it).
struct Node {
  uint32_t refs = 1;
};
}  // namespace detail

class Value {
 public:
  Value() noexcept : type_(Type::kNull), int_(0) {}
  Value(std::nullptr_t) noexcept : Value() {}                // NOLINT(google-explicit-constructor)
  Value(bool b) noexcept : type_(Type::kBool), bool_(b) {}   // NOLINT
  Value(int i) noexcept : type_(Type::kInt), int_(i) {}      // NOLINT
  Value(int64_t i) noexcept : type_(Type::kInt), int_(i) {}  // NOLINT
  Value(double d) noexcept : type_(Type::kDouble), double_(d) {}  // NOLINT
  Value(const char* s);                                           // NOLINT
  Value(std::string_view s);                                      // NOLINT
  Value(std::string s);                                           // NOLINT
  Value(Array items);                                             // NOLINT
  // Builds an object; a later member with an existing key replaces the earlier value in place.
  Value(Members members);  // NOLINT

  // An object from members whose keys are known to be distinct (the caller's contract;
  // skips the duplicate check that the Members constructor does).
  static Value FromUniqueMembers(Members members);
  // The same from a range whose members are moved out (left valid but unspecified): a parser
  // builds each object straight from its stack, with one allocation.
  static Value TakeUniqueMembers(std::span<Member> members);
  // An array whose items are moved out of `items` (left null).
  static Value TakeItems(std::span<Value> items);

  // Copies, moves and destruction are inline: for scalars and for counts that stay above zero
  // they are a few instructions; freeing the last reference is out of line (Destroy).
  Value(const Value& other) noexcept : type_(other.type_), int_(other.int_) {
    if (has_node()) ++node_->refs;
  }
  Value(Value&& other) noexcept : type_(other.type_), int_(other.int_) {
    other.type_ = Type::kNull;
  }
  Value& operator=(const Value& other) noexcept {
    if (other.has_node()) ++other.node_->refs;
    Release();
    type_ = other.type_;
    int_ = other.int_;
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    if (this == &other) return *this;
    Release();
    type_ = other.type_;
    int_ = other.int_;
    other.type_ = Type::kNull;
    return *this;
  }
  ~Value() { Release(); }

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_bool() const { return type_ == Type::kBool; }
  bool is_int() const { return type_ == Type::kInt; }
  bool is_double() const { return type_ == Type::kDouble; }
  bool is_number() const { return type_ == Type::kInt || type_ == Type::kDouble; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  // Accessors. Each requires the matching type; a mismatched call returns a neutral
  // value (false, 0, empty) rather than failing, so callers must check the type first.
  bool as_bool() const { return type_ == Type::kBool && bool_; }
  int64_t as_int() const;
  double as_double() const;  // Ints convert.
  const std::string& as_string() const;
  ItemsView as_array() const;
  MembersView as_object() const;

  // Number of items of an array or members of an object; 0 otherwise.
  size_t size() const;

  // The member's value, or nullptr when this is not an object or has no such key.
  const Value* Find(std::string_view key) const;
  // The array item, or nullptr when this is not an array or the index is out of range.
  const Value* At(size_t index) const;

  // Object with `key` set to `value` (replaced in place, or appended). A non-object
  // yields a new object holding just that member.
  Value With(std::string_view key, Value value) const;
  // Object without `key` (this value itself when the key is absent).
  Value Without(std::string_view key) const;
  // Array with `value` appended. A non-array yields a one-item array.
  Value WithAppended(Value value) const;

  // True when both values share one node (or are equal scalars): a cheap identity test.
  bool SameAs(const Value& other) const;

  friend bool operator==(const Value& a, const Value& b);
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

 private:
  friend class ObjectBuilder;
  bool has_node() const { return type_ >= Type::kString; }
  void Release() noexcept {
    if (has_node() && --node_->refs == 0) Destroy();
  }
  // Frees this value's node, whose count has reached zero, and every child it held last.
  void Destroy() noexcept;
  // The value that takes over `node` (a freshly built string, array or object, count 1).
  static Value Adopt(Type type, detail::Node* node) noexcept;

  Type type_;
  union {
    bool bool_;
    int64_t int_;
    double double_;
    detail::Node* node_;
  };
};

struct Member {
  std::string key;
  Value value;
};

// Builds an object whose size and distinct keys are known beforehand (a compiled payload
// template's members) in its final node, with one allocation and no intermediate members:
// Add each member in order, then Finish. A builder dropped before Finish (an evaluation that
// failed half-way) frees the members added so far and the node.
class ObjectBuilder {
 public:
  explicit ObjectBuilder(size_t size);
  ObjectBuilder(const ObjectBuilder&) = delete;
  ObjectBuilder& operator=(const ObjectBuilder&) = delete;
  ~ObjectBuilder();

  // At most `size` calls; `key` must differ from every other key added.
  void Add(const std::string& key, Value value);
  // The object of the members added, in order (all `size` of them, normally); the builder is
  // left empty.
  Value Finish();

 private:
  detail::Node* node_;
  size_t added_ = 0;
};

}  // namespace asl::json

#endif  // ASL_CORE_JSON_VALUE_H_
