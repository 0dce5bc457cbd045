// JSONata payloads of ASL's JSONata query language: a value whose strings that are exactly
// "{% expr %}" are JSONata expressions, in objects and arrays at any depth; other strings are
// literals (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html).
#ifndef ASL_CORE_ENGINE_JSONATA_TEMPLATE_H_
#define ASL_CORE_ENGINE_JSONATA_TEMPLATE_H_

#include <string>
#include <variant>

#include "core/json/value.h"
#include "core/jsonata/jsonata.h"

namespace asl::engine {

// Why a JSONata field could not be evaluated: the detail AWS puts after the state's prefix in
// the States.QueryEvaluationError cause.
struct JsonataProblem {
  std::string detail;
};

// Evaluates `tmpl` (the value of field `field`, e.g. "Output") with `bindings` ($states and the
// variables). An expression that yields undefined is an error, as in the service: "The JSONata
// expression 'E' specified for the field 'F' returned nothing (undefined)."
std::variant<json::Value, JsonataProblem> EvaluateJsonataTemplate(
    const json::Value& tmpl, const std::string& field, const jsonata::Bindings& bindings);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_JSONATA_TEMPLATE_H_
