// The string a ".$" field holds (ASL spec "Payload Template"), also accepted by ErrorPath,
// CausePath and similar fields: a path ($..., $$..., $variable...) or an intrinsic call
// (States.Name(...)). Compiled once, evaluated many times.
#ifndef ASL_CORE_INTRINSICS_EXPRESSION_H_
#define ASL_CORE_INTRINSICS_EXPRESSION_H_

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/intrinsics/intrinsic.h"
#include "core/path/path.h"

namespace asl::intrinsics {

class Expression {
 public:
  // A call when the text looks like "States.Name(", a path otherwise.
  static std::variant<Expression, path::PathProblem> Compile(std::string_view text);

  const std::string& text() const;
  bool is_call() const { return intrinsic_.has_value(); }
  const path::Path* path() const { return path_ ? &*path_ : nullptr; }

  // A path that matches nothing fails with States.Runtime: "The JSONPath '<path>' specified
  // for the field '<field>' could not be found in the input '<input as JSON>'", `field`
  // being the key as written (with ".$").
  Result Evaluate(const path::Environment& env, RandomSource* random, std::string_view field) const;

 private:
  std::optional<path::Path> path_;
  std::optional<Intrinsic> intrinsic_;
};

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_EXPRESSION_H_
