#include "core/engine/jsonata_fields.h"

#include <cmath>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/state_error.h"
#include "core/json/writer.h"

namespace asl::engine {
namespace {

jsonata::Limits LimitsFor(Interpreter& in) {
  jsonata::Limits limits;
  limits.now_millis = in.clock().now_ms();  // $now() and $millis() read the virtual clock.
  return limits;
}

std::string_view JsonTypeName(const json::Value& v) {
  if (v.is_null()) return "null";
  if (v.is_bool()) return "boolean";
  if (v.is_number()) return "number";
  if (v.is_string()) return "string";
  if (v.is_array()) return "array";
  return "object";
}

}  // namespace

jsonata::Bindings JsonataBindings(Interpreter& in, Frame& frame, const StatesBinding& states) {
  jsonata::Bindings bindings = in.StepFunctionsFunctions();
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

StateError QueryEvaluationError(Interpreter& in, Frame& frame, const std::string& detail,
                                const std::string& location) {
  StateError error = in.RuntimeError(frame, detail);
  error.error = std::string(kStatesQueryEvaluationError);
  error.terminal = false;
  HistoryEvent failed;
  failed.type = EventType::kEvaluationFailed;
  failed.name = in.Current(frame).name;
  if (in.recording_history()) {
    failed.details = json::Value::FromUniqueMembers(json::Members{
        {"error", json::Value(error.error)},
        {"cause", json::Value(*error.cause)},
        {"location", json::Value(location)},
    });
  }
  // Recorded histories link an EvaluationFailed event that comes right after the state was
  // entered to the event before the entry, as the entered event itself is linked.
  if (frame.last_event_id == frame.entered_event_id) {
    frame.last_event_id = frame.entered_previous_event_id;
  }
  in.Emit(frame, std::move(failed));
  return error;
}

ValueOrError EvaluateJsonata(Interpreter& in, Frame& frame, const JsonataTemplate& field,
                             const jsonata::Bindings& bindings) {
  auto out = field.Evaluate(bindings, LimitsFor(in));
  if (auto* problem = std::get_if<JsonataProblem>(&out)) {
    return QueryEvaluationError(in, frame, problem->detail, problem->location);
  }
  return std::get<json::Value>(std::move(out));
}

std::variant<OutputAndAssign, StateError> EvaluateOutputAndAssign(Interpreter& in, Frame& frame,
                                                                  const JsonataTemplate& output,
                                                                  const JsonataTemplate& assign,
                                                                  const jsonata::Bindings& bindings,
                                                                  const json::Value& fallback) {
  OutputAndAssign out{fallback, json::Value()};
  if (assign.present()) {
    ValueOrError assigned = EvaluateJsonata(in, frame, assign, bindings);
    if (auto* e = std::get_if<StateError>(&assigned)) return std::move(*e);
    out.assigned = std::get<json::Value>(std::move(assigned));
  }
  if (output.present()) {
    ValueOrError evaluated = EvaluateJsonata(in, frame, output, bindings);
    if (auto* e = std::get_if<StateError>(&evaluated)) return std::move(*e);
    out.output = std::get<json::Value>(std::move(evaluated));
  }
  return out;
}

ValueOrError EvaluateArguments(Interpreter& in, Frame& frame) {
  const CompiledJsonata& fields = *in.Current(frame).jsonata;
  if (!fields.arguments.present()) return frame.input;
  ValueOrError arguments =
      EvaluateJsonata(in, frame, fields.arguments, JsonataBindings(in, frame, {frame.input}));
  if (DataFlowRecord* flow = in.Flow(frame);
      flow && std::holds_alternative<json::Value>(arguments)) {
    flow->after_arguments = std::get<json::Value>(arguments);
  }
  return arguments;
}

std::optional<StateError> ExitWithResult(Interpreter& in, Frame& frame, const json::Value& result) {
  const CompiledState& state = in.Current(frame);
  jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input, result});
  auto out = EvaluateOutputAndAssign(in, frame, state.jsonata->output, state.jsonata->assign,
                                     bindings, result);
  if (auto* e = std::get_if<StateError>(&out)) return std::move(*e);
  auto& done = std::get<OutputAndAssign>(out);
  in.ExitState(frame, std::move(done.output), state.next, done.assigned);
  return std::nullopt;
}

std::optional<StateError> ExitThroughCatcher(Interpreter& in, Frame& frame, size_t catcher,
                                             const json::Value& error_output) {
  const CompiledState& state = in.Current(frame);
  const CompiledJsonata& fields = *state.jsonata;
  if (catcher >= fields.catcher_output.size() || catcher >= state.catcher_next.size()) {
    return in.RuntimeError(frame, "Internal error: no such Catcher.");
  }
  jsonata::Bindings bindings =
      JsonataBindings(in, frame, {frame.input, std::nullopt, error_output});
  auto out = EvaluateOutputAndAssign(in, frame, fields.catcher_output[catcher],
                                     fields.catcher_assign[catcher], bindings, error_output);
  if (auto* e = std::get_if<StateError>(&out)) return std::move(*e);
  auto& done = std::get<OutputAndAssign>(out);
  in.ExitState(frame, std::move(done.output), state.catcher_next[catcher], done.assigned);
  return std::nullopt;
}

StateError UnexpectedResultType(Interpreter& in, Frame& frame, const JsonataTemplate& field,
                                const std::string& name, std::string_view expected,
                                const json::Value& value) {
  std::string shown = field.is_expression()
                          ? "The JSONata expression '" + field.expression_text() + "'"
                          : std::string("The value");
  return QueryEvaluationError(in, frame,
                              shown + " specified for the field '" + name +
                                  "' returned an unexpected result type. Expected '" +
                                  std::string(expected) + "', but was '" +
                                  std::string(JsonTypeName(value)) +
                                  "' for value: " + json::Serialize(value),
                              name);
}

NumberField EvaluateNumberField(Interpreter& in, Frame& frame, const JsonataTemplate& field,
                                const std::string& name, const jsonata::Bindings& bindings,
                                bool integer, bool positive) {
  NumberField out;
  if (!field.present()) return out;
  ValueOrError v = EvaluateJsonata(in, frame, field, bindings);
  if (auto* e = std::get_if<StateError>(&v)) {
    out.error = std::move(*e);
    return out;
  }
  const json::Value& value = std::get<json::Value>(v);
  bool ok = value.is_number() &&
            (!integer || value.is_int() || value.as_double() == std::floor(value.as_double()));
  if (!ok) {
    out.error = UnexpectedResultType(in, frame, field, name, integer ? "integer" : "number", value);
    return out;
  }
  double number = value.as_double();
  if (number < 0 || (positive && number == 0)) {
    out.error = QueryEvaluationError(in, frame,
                                     "The field '" + name + "' must be " +
                                         (positive ? "positive" : "non-negative") +
                                         ", but was: " + json::Serialize(value),
                                     name);
    return out;
  }
  out.value = number;
  return out;
}

}  // namespace asl::engine
