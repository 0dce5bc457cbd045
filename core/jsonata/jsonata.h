// JSONata for the ASL engine: compile an expression once, evaluate it many times.
//
//   auto compiled = asl::jsonata::Compile("$states.input.items[price > 10].name");
//   if (auto* error = std::get_if<asl::jsonata::Error>(&compiled)) { ... error->code ... }
//   asl::jsonata::Bindings bindings;
//   bindings.Set("states", states_object);
//   asl::jsonata::Result r = asl::jsonata::Evaluate(std::get<Expression>(compiled), input,
//                                                   bindings, {});
//
// Semantics follow the reference implementation (npm `jsonata` 2.x). Errors are values
// with the reference's codes (S0xxx syntax, T/D runtime, U1001 for the depth and time
// limits) and character positions; nothing throws and no input can crash or hang.
#ifndef ASL_CORE_JSONATA_JSONATA_H_
#define ASL_CORE_JSONATA_JSONATA_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/json/value.h"
#include "core/jsonata/ast.h"
#include "core/jsonata/error.h"
#include "core/jsonata/function.h"

namespace asl::jsonata {

struct Limits {
  // Maximum nesting of evaluation steps; deeper recursion fails with U1001. The default
  // keeps native stack use well below 8 MB (see evaluator.h).
  int max_depth = 1000;
  // Wall-clock budget in milliseconds (AWS allows one second); <= 0 disables it.
  int64_t time_limit_ms = 1000;
  // Bytes that strings of 1 MiB or more built in one evaluation may total (U1003 beyond;
  // the reference has no such limit, but memory has); <= 0 disables it.
  int64_t large_string_bytes = int64_t{256} << 20;
  // Timestamp for $now() / $millis() (ms since the epoch); nullopt uses the clock.
  std::optional<int64_t> now_millis;
};

// A parsed expression; cheap to copy (the syntax tree is shared and immutable).
class Expression {
 public:
  const std::string& source() const { return source_; }
  const NodePtr& ast() const { return ast_; }

 private:
  friend std::variant<Expression, Error> Compile(std::string_view source);
  std::string source_;
  NodePtr ast_;
};

std::variant<Expression, Error> Compile(std::string_view source);

// Variables and extra native functions visible to an evaluation (names without '$').
class Bindings {
 public:
  void Set(std::string name, json::Value value);
  // Registers a native function; `signature` uses JSONata's syntax (e.g. "<s-n?:s>") or
  // "" for none. The implementation reports errors with call.evaluator.Fail(...).
  void SetFunction(std::string name, std::string_view signature, NativeImpl impl, int arity = 1);

  const std::vector<std::pair<std::string, Value>>& values() const { return values_; }

 private:
  std::vector<std::pair<std::string, Value>> values_;
};

struct Result {
  enum class Kind { kValue, kUndefined, kError };
  Kind kind = Kind::kUndefined;
  json::Value value;  // kValue
  Error error;        // kError
  // kValue: the expression returned a function, which `value` renders as "" (JSON has no
  // functions; ASL fields reject such results).
  bool function = false;

  bool ok() const { return kind != Kind::kError; }
  bool is_undefined() const { return kind == Kind::kUndefined; }
};

// Evaluates with `input` as the context (nullopt: no input, the reference's undefined).
Result Evaluate(const Expression& expression, const std::optional<json::Value>& input,
                const Bindings& bindings = {}, const Limits& limits = {});

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_JSONATA_H_
