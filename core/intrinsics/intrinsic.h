// An intrinsic call parsed once and evaluated many times (ASL spec "Intrinsic Functions").
//
//   auto parsed = Intrinsic::Parse("States.Format('Hello {}', $.name)");
//   Result r = std::get<Intrinsic>(parsed).Evaluate(env, &random);
//
// Evaluation reads paths from the environment ($, $$, $variable), evaluates nested calls
// first, and fails with:
// - States.Runtime when a path argument matches nothing: "The JsonPath argument for the
//   field '$.x' could not be found in the input '<input as JSON>'";
// - States.IntrinsicFailure when an argument has the wrong type or breaks a limit of the
//   function (see each function's file for its rules and causes).
#ifndef ASL_CORE_INTRINSICS_INTRINSIC_H_
#define ASL_CORE_INTRINSICS_INTRINSIC_H_

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "core/intrinsics/call.h"
#include "core/intrinsics/failure.h"
#include "core/intrinsics/random_source.h"
#include "core/path/environment.h"
#include "core/path/problem.h"

namespace asl::intrinsics {

class Intrinsic {
 public:
  static std::variant<Intrinsic, path::PathProblem> Parse(std::string_view text);

  const std::string& text() const { return text_; }
  const Call& call() const { return *call_; }

  // `random` may be null when the call uses neither States.UUID nor an unseeded
  // States.MathRandom; those fail with States.Runtime without one.
  Result Evaluate(const path::Environment& env, RandomSource* random) const;

 private:
  Intrinsic(std::string text, std::shared_ptr<const Call> call)
      : text_(std::move(text)), call_(std::move(call)) {}

  std::string text_;
  std::shared_ptr<const Call> call_;
};

// Evaluates a parsed call tree (what Intrinsic::Evaluate does).
Result EvaluateCall(const Call& call, const path::Environment& env, RandomSource* random);

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_INTRINSIC_H_
