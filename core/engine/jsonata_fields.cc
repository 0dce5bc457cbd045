#include "core/engine/jsonata_fields.h"

#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/jsonata_template.h"
#include "core/engine/state_error.h"

namespace asl::engine {

jsonata::Bindings JsonataBindings(Interpreter& in, Frame& frame, const StatesBinding& states) {
  jsonata::Bindings bindings;
  if (frame.scope) {
    json::Value visible = frame.scope->Visible();
    if (visible.is_object()) {
      for (const json::Member& m : visible.as_object()) bindings.Set(m.key, m.value);
    }
  }
  json::Members members{{"input", states.input}, {"context", in.Context(frame)}};
  if (states.result) members.push_back({"result", *states.result});
  if (states.error_output) members.push_back({"errorOutput", *states.error_output});
  bindings.Set("states", json::Value(std::move(members)));
  return bindings;
}

ValueOrError EvaluateJsonataField(Interpreter& in, Frame& frame, const json::Value& tmpl,
                                  const std::string& field, const jsonata::Bindings& bindings) {
  auto out = EvaluateJsonataTemplate(tmpl, field, bindings);
  if (auto* problem = std::get_if<JsonataProblem>(&out)) {
    StateError error = in.RuntimeError(frame, problem->detail);
    error.error = std::string(kStatesQueryEvaluationError);
    error.terminal = false;
    return error;
  }
  return std::get<json::Value>(std::move(out));
}

std::variant<OutputAndAssign, StateError> EvaluateOutputAndAssign(Interpreter& in, Frame& frame,
                                                                  const jsonata::Bindings& bindings,
                                                                  const json::Value& fallback) {
  const model::State& state = *in.Current(frame).model;
  OutputAndAssign out{fallback, json::Value()};
  if (state.assign) {
    ValueOrError assigned = EvaluateJsonataField(in, frame, *state.assign, "Assign", bindings);
    if (auto* e = std::get_if<StateError>(&assigned)) return std::move(*e);
    out.assigned = std::get<json::Value>(std::move(assigned));
  }
  if (state.output) {
    ValueOrError output = EvaluateJsonataField(in, frame, *state.output, "Output", bindings);
    if (auto* e = std::get_if<StateError>(&output)) return std::move(*e);
    out.output = std::get<json::Value>(std::move(output));
  }
  return out;
}

}  // namespace asl::engine
