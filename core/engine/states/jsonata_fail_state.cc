// Fail in JSONata states: Error and Cause are literals or "{% %}" expressions that must give
// strings (https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html).
#include <optional>
#include <string>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/states/state_handlers.h"
#include "core/json/writer.h"

namespace asl::engine {
namespace {

class JsonataFail final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    const auto& fail = *in.Current(frame).model->As<model::FailState>();
    jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input});
    StateError error;
    std::optional<StateError> problem;
    if (fail.error) {
      if (auto text = Read(in, frame, *fail.error, "Error", bindings, &problem))
        error.error = *text;
    }
    if (!problem && fail.cause) {
      if (auto text = Read(in, frame, *fail.cause, "Cause", bindings, &problem))
        error.cause = *text;
    }
    if (problem) return in.FailFrame(frame, std::move(*problem));
    in.FailFrame(frame, std::move(error));
  }

 private:
  static std::optional<std::string> Read(Interpreter& in, Frame& frame, const std::string& text,
                                         const std::string& field,
                                         const jsonata::Bindings& bindings,
                                         std::optional<StateError>* problem) {
    ValueOrError v = EvaluateJsonataField(in, frame, json::Value(text), field, bindings);
    if (auto* e = std::get_if<StateError>(&v)) {
      *problem = std::move(*e);
      return std::nullopt;
    }
    const json::Value& value = std::get<json::Value>(v);
    if (value.is_string()) return value.as_string();
    StateError e = in.RuntimeError(frame, "The " + field + " field refers to value " +
                                              json::Serialize(value) + ", which is not a string.");
    e.error = std::string(kStatesQueryEvaluationError);
    e.terminal = false;
    *problem = std::move(e);
    return std::nullopt;
  }
};

}  // namespace

const StateHandler& JsonataFailHandler() {
  static const JsonataFail handler;
  return handler;
}

}  // namespace asl::engine
