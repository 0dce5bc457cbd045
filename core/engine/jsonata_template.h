// JSONata payloads of ASL's JSONata query language: a value whose strings that are exactly
// "{% expr %}" are JSONata expressions, in objects and arrays at any depth; other strings are
// literals (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html).
//
// A template is compiled once, when the program is built; evaluating it only runs the
// expressions.
#ifndef ASL_CORE_ENGINE_JSONATA_TEMPLATE_H_
#define ASL_CORE_ENGINE_JSONATA_TEMPLATE_H_

#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "core/json/value.h"
#include "core/jsonata/jsonata.h"

namespace asl::engine {

// Why a JSONata field could not be evaluated: the detail AWS puts after the state's prefix in
// the States.QueryEvaluationError cause, and the field's location ("Output/result") as the
// EvaluationFailed event names it.
struct JsonataProblem {
  std::string detail;
  std::string location;
};

class JsonataTemplate {
 public:
  // An absent field.
  JsonataTemplate() = default;
  // Compiles `tmpl`, the value of field `field` (e.g. "Output"). Syntax errors are kept and
  // reported when the template is evaluated (the validator rejects such definitions).
  static JsonataTemplate Compile(const json::Value& tmpl, const std::string& field);
  static JsonataTemplate Compile(const std::optional<json::Value>& tmpl, const std::string& field);

  bool present() const { return root_ != nullptr; }
  // Whether the template is one "{% %}" string (not a literal, object or array).
  bool is_expression() const;
  // The trimmed expression of a one-expression template ("" otherwise).
  std::string expression_text() const;

  // The value with every expression replaced by its result. An expression that yields
  // undefined is an error, as in the service: "The JSONata expression 'E' specified for the
  // field 'F' returned nothing (undefined)."; one that yields a function is "returned an
  // unsupported result type." `limits` bound each expression's evaluation.
  std::variant<json::Value, JsonataProblem> Evaluate(const jsonata::Bindings& bindings,
                                                     const jsonata::Limits& limits) const;

 private:
  struct Node;
  std::shared_ptr<const Node> root_;
};

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_JSONATA_TEMPLATE_H_
