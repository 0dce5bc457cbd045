// Function values: lambdas (closures over a frame), native built-ins, partial
// applications, transform operators and regular-expression matchers.
#ifndef ASL_CORE_JSONATA_FUNCTION_H_
#define ASL_CORE_JSONATA_FUNCTION_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/jsonata/ast.h"
#include "core/jsonata/frame.h"
#include "core/jsonata/value.h"

namespace asl::jsonata {

class Evaluator;
class Signature;
class Regex;

// What a native function sees of its call: the evaluator (to report errors with
// Fail and to apply function arguments), the focus value and the caller's frame.
struct NativeCall {
  Evaluator& evaluator;
  const Value& input;
  const std::shared_ptr<Frame>& env;
  std::vector<Value>& args;
};

// Returns the result; on failure calls evaluator.Fail(...) and returns Undefined.
using NativeImpl = std::function<Value(NativeCall&)>;

struct Function {
  enum class Kind { kLambda, kNative, kPartial, kTransform, kRegex };
  Kind kind = Kind::kNative;

  // kLambda and kTransform: the defining node, its focus and its closure frame.
  const Node* node = nullptr;
  Value input;
  std::shared_ptr<Frame> env;
  bool thunk = false;
  std::vector<std::string> params;  // kLambda parameter names (without '$').

  // kNative
  std::string name;
  NativeImpl impl;
  std::shared_ptr<Signature> signature;
  int arity = 0;

  // kPartial: the target with some arguments bound (nullopt marks a '?' placeholder).
  std::shared_ptr<Function> target;
  std::vector<std::optional<Value>> bound;

  // kRegex
  std::shared_ptr<Regex> regex;

  int Arity() const;
};

}  // namespace asl::jsonata

#endif  // ASL_CORE_JSONATA_FUNCTION_H_
