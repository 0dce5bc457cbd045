// The seam to payload templates (Parameters, ResultSelector, ItemSelector, Assign in JSONPath
// states): objects whose keys ending in ".$" take their value from a path or intrinsic call.
//
// Templates are the path module's to evaluate; until it offers them, only literal templates
// (no ".$" key anywhere) are applied here and any other fails with a States.Runtime that says
// so, instead of running with a wrong payload.
#ifndef ASL_CORE_ENGINE_PAYLOAD_TEMPLATE_H_
#define ASL_CORE_ENGINE_PAYLOAD_TEMPLATE_H_

#include <string_view>

#include "core/engine/frame.h"
#include "core/engine/io_processing.h"
#include "core/json/value.h"

namespace asl::engine {

class Interpreter;

// Evaluates `payload_template` (the value of field `field`, e.g. "Parameters") against `input`.
ValueOrError ApplyPayloadTemplate(Interpreter& interpreter, Frame& frame,
                                  const json::Value& payload_template, const json::Value& input,
                                  std::string_view field);

}  // namespace asl::engine

#endif  // ASL_CORE_ENGINE_PAYLOAD_TEMPLATE_H_
