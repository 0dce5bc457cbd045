// The evaluator's value: JSON plus what JSONata adds (undefined, functions, sequences).
//
// Contract:
// - Input documents stay json::Value (O(1) to wrap); arrays and objects built during
//   evaluation are ArrayNode / ObjectNode, which may hold functions and carry the
//   reference implementation's sequence flags (sequence, keepSingleton, cons,
//   outerWrapper, tupleStream).
// - Numbers are held as json::Value; MakeNumber stores integral doubles within ±2^53 as
//   int64 so results print like JavaScript's JSON.stringify ("3", not "3.0").
// - Values are shared, not copied; a node is only mutated while the evaluator still owns
//   it exclusively (building a result, or the private clone inside a transform).
#ifndef ASL_CORE_JSONATA_VALUE_H_
#define ASL_CORE_JSONATA_VALUE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/json/value.h"

namespace asl::jsonata {

struct ArrayNode;
struct ObjectNode;

// Recursive walks over values (equality, cloning, printing) stop descending below this
// depth, so that structures built by deep evaluation cannot overflow the native stack.
inline constexpr int kMaxStructureDepth = 5000;
struct Function;

class Value {
 public:
  enum class Kind : uint8_t { kUndefined, kJson, kArray, kObject, kFunction };

  Value() = default;
  Value(json::Value v) : kind_(Kind::kJson), json_(std::move(v)) {}  // NOLINT
  Value(std::shared_ptr<ArrayNode> a);                               // NOLINT
  Value(std::shared_ptr<ObjectNode> o);                              // NOLINT
  Value(std::shared_ptr<Function> f);                                // NOLINT

  static Value Number(double d);
  static Value String(std::string s) { return Value(json::Value(std::move(s))); }
  static Value Bool(bool b) { return Value(json::Value(b)); }
  static Value Null() { return Value(json::Value()); }

  Kind kind() const { return kind_; }
  bool IsUndefined() const { return kind_ == Kind::kUndefined; }
  bool IsDefined() const { return kind_ != Kind::kUndefined; }
  bool IsNull() const { return kind_ == Kind::kJson && json_.is_null(); }
  bool IsBool() const { return kind_ == Kind::kJson && json_.is_bool(); }
  bool IsNumber() const { return kind_ == Kind::kJson && json_.is_number(); }
  bool IsString() const { return kind_ == Kind::kJson && json_.is_string(); }
  bool IsArray() const {
    return kind_ == Kind::kArray || (kind_ == Kind::kJson && json_.is_array());
  }
  bool IsObject() const {
    return kind_ == Kind::kObject || (kind_ == Kind::kJson && json_.is_object());
  }
  bool IsFunction() const { return kind_ == Kind::kFunction; }

  bool AsBool() const { return json_.as_bool(); }
  double AsNumber() const { return json_.as_double(); }
  const std::string& AsString() const { return json_.as_string(); }
  const json::Value& json() const { return json_; }

  // Arrays (JSON or evaluator-built).
  size_t Size() const;
  Value At(size_t i) const;
  const ArrayNode* array_node() const;
  ArrayNode* mutable_array_node() const;
  // Sequence flags; false for JSON arrays and non-arrays.
  bool IsSequence() const;
  bool IsCons() const;
  bool IsOuterWrapper() const;
  bool IsTupleStream() const;
  bool KeepSingleton() const;

  // Objects (JSON or evaluator-built). Keys in insertion order.
  std::vector<std::string> Keys() const;
  Value Get(std::string_view key) const;  // Undefined when absent or not an object.
  bool Has(std::string_view key) const;
  ObjectNode* mutable_object_node() const;

  const Function* function() const;
  std::shared_ptr<Function> function_ptr() const;

  // Identity of the underlying node (used by the transform operator and `in`).
  const void* Identity() const;

  // Moves this value's array or object node to `pending` when nothing else holds it, so that
  // its owner can destroy it later instead of recursively (see ArrayNode's destructor).
  void DeferRelease(std::vector<std::shared_ptr<void>>& pending);

 private:
  Kind kind_ = Kind::kUndefined;
  json::Value json_;
  std::shared_ptr<void> node_;  // ArrayNode, ObjectNode or Function by kind_.
};

// Destroying a node releases its children iteratively: the nodes only it held are queued
// and destroyed one after another, so a structure nested 100,000 deep (easy to build with
// $reduce) cannot overflow the native stack, which in WebAssembly corrupts memory silently.
struct ArrayNode {
  ArrayNode() = default;
  ArrayNode(const ArrayNode&) = default;
  ArrayNode(ArrayNode&&) = default;
  ArrayNode& operator=(const ArrayNode&) = default;
  ArrayNode& operator=(ArrayNode&&) = default;
  ~ArrayNode();

  // Items; a range [range_start, range_start + range_size) is kept unmaterialized (at()
  // computes its items), so that `[1..10000000]` costs no memory.
  std::vector<Value> items;
  int64_t range_start = 0;
  size_t range_size = 0;
  bool is_range = false;
  size_t size() const { return is_range ? range_size : items.size(); }
  Value at(size_t i) const;

  bool sequence = false;
  bool keep_singleton = false;
  bool cons = false;
  bool outer_wrapper = false;
  bool tuple_stream = false;
};

struct ObjectNode {
  ObjectNode() = default;
  ObjectNode(const ObjectNode&) = default;
  ObjectNode(ObjectNode&&) = default;
  ObjectNode& operator=(const ObjectNode&) = default;
  ObjectNode& operator=(ObjectNode&&) = default;
  ~ObjectNode();

  std::vector<std::pair<std::string, Value>> entries;
  mutable std::unordered_map<std::string, size_t> index;  // Built when large.

  const Value* Find(std::string_view key) const;
  void Set(std::string key, Value value);  // Replaces in place or appends.
  void Erase(std::string_view key);
};

// A new empty sequence (the reference's createSequence()).
std::shared_ptr<ArrayNode> NewSequence();
// A number clamped into [lo, hi] (NaN gives lo) before converting it to an integer type.
inline double Clamp(double v, double lo, double hi) { return v >= lo ? (v <= hi ? v : hi) : lo; }

// createSequence(item): a one-item sequence, even when the item is undefined.
Value SingletonSequence(Value item);
std::shared_ptr<ArrayNode> NewArray();
std::shared_ptr<ObjectNode> NewObject();

// Converts to plain JSON for output: undefined members are dropped, functions become
// "" as JSON.stringify would render them in the reference's string(), sequences become arrays.
// Returns nullopt-like Undefined via *defined=false for an undefined top level.
json::Value ToJson(const Value& v, bool* defined = nullptr);

// Deep copy into evaluator-owned, mutable nodes (used by the transform operator).
Value DeepClone(const Value& v, int depth = 0);

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_VALUE_H_
