// Payload templates (ASL spec "Payload Template"): Parameters, ResultSelector, ItemSelector
// and Assign in JSONPath states. A JSON value whose object keys ending in ".$" hold a path
// or an intrinsic call; evaluation replaces each such member by "<key without .$>": <value>.
// Objects nested anywhere, inside arrays too, are processed the same way.
//
// Compile once, evaluate many times: every path and call is parsed by Compile, and parts
// without ".$" keys are kept as the original shared values, so evaluating a static template
// returns the template value itself without copying.
#ifndef ASL_CORE_INTRINSICS_PAYLOAD_TEMPLATE_H_
#define ASL_CORE_INTRINSICS_PAYLOAD_TEMPLATE_H_

#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "core/intrinsics/failure.h"
#include "core/intrinsics/random_source.h"
#include "core/json/value.h"
#include "core/path/environment.h"
#include "core/path/problem.h"

namespace asl::intrinsics {

struct TemplateProblem {
  std::string pointer;        // RFC 6901 pointer of the offending member within the template.
  path::PathProblem problem;  // Offsets within that member's string value.
};

class PayloadTemplate {
 public:
  struct Node;

  static std::variant<PayloadTemplate, TemplateProblem> Compile(const json::Value& tmpl);

  // True when the template holds no ".$" member: evaluation returns it unchanged.
  bool is_static() const;

  // Fails with the first failing path (States.Runtime) or call (States.IntrinsicFailure,
  // States.Runtime), in document order.
  Result Evaluate(const path::Environment& env, RandomSource* random) const;
  // The same, setting `out` to the value and returning nullopt, or returning the failure
  // (`out` is then unspecified).
  std::optional<Failure> EvaluateInto(const path::Environment& env, RandomSource* random,
                                      json::Value& out) const;

 private:
  explicit PayloadTemplate(std::shared_ptr<const Node> root) : root_(std::move(root)) {}
  std::shared_ptr<const Node> root_;
};

}  // namespace asl::intrinsics

#endif  // ASL_CORE_INTRINSICS_PAYLOAD_TEMPLATE_H_
