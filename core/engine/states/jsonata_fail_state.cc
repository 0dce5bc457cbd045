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
    const CompiledJsonata& fields = *in.Current(frame).jsonata;
    jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input});
    StateError error;
    std::optional<StateError> problem;
    if (fields.error.present()) {
      if (auto text = Read(in, frame, fields.error, "Error", bindings, &problem))
        error.error = *text;
    }
    if (!problem && fields.cause.present()) {
      if (auto text = Read(in, frame, fields.cause, "Cause", bindings, &problem))
        error.cause = *text;
    }
    if (problem) return in.FailFrame(frame, std::move(*problem));
    in.FailFrame(frame, std::move(error));
  }

 private:
  static std::optional<std::string> Read(Interpreter& in, Frame& frame, const JsonataTemplate& tmpl,
                                         const std::string& field,
                                         const jsonata::Bindings& bindings,
                                         std::optional<StateError>* problem) {
    ValueOrError v = EvaluateJsonata(in, frame, tmpl, bindings);
    if (auto* e = std::get_if<StateError>(&v)) {
      *problem = std::move(*e);
      return std::nullopt;
    }
    const json::Value& value = std::get<json::Value>(v);
    if (value.is_string()) return value.as_string();
    *problem = QueryEvaluationError(in, frame,
                                    "The " + field + " field refers to value " +
                                        json::Serialize(value) + ", which is not a string.",
                                    field);
    return std::nullopt;
  }
};

}  // namespace

const StateHandler& JsonataFailHandler() {
  static const JsonataFail handler;
  return handler;
}

}  // namespace asl::engine
