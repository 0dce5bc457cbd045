// Fail (ASL "Fail State"): ends the machine (or branch) with Error and Cause, literal or read
// with ErrorPath / CausePath (paths or intrinsic calls) from the state's input.
#include <optional>
#include <string>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/states/state_handlers.h"
#include "core/intrinsics/expression.h"
#include "core/json/writer.h"
#include "core/path/path.h"

namespace asl::engine {
namespace {

class Fail final : public StateHandler {
 public:
  void Run(Interpreter& in, Frame& frame) const override {
    const auto& fail = *in.Current(frame).model->As<model::FailState>();
    StateError error;
    std::optional<std::string> problem;
    if (fail.error) error.error = *fail.error;
    if (fail.error_path) {
      if (auto text = Read(in, frame, *fail.error_path, "ErrorPath", &problem)) error.error = *text;
    }
    if (fail.cause) error.cause = *fail.cause;
    if (!problem && fail.cause_path) {
      if (auto text = Read(in, frame, *fail.cause_path, "CausePath", &problem)) error.cause = *text;
    }
    if (problem) return in.FailFrame(frame, in.RuntimeError(frame, *problem));
    in.FailFrame(frame, std::move(error));
  }

 private:
  // The string `path_text` (a path or an intrinsic call) gives for the state's input; sets
  // *problem when there is none.
  static std::optional<std::string> Read(Interpreter& in, Frame& frame,
                                         const std::string& path_text, std::string_view field,
                                         std::optional<std::string>* problem) {
    auto compiled = intrinsics::Expression::Compile(path_text);
    if (auto* p = std::get_if<path::PathProblem>(&compiled)) {
      *problem = std::string(field) + " is not a valid path: " + p->message;
      return std::nullopt;
    }
    const auto& expression = std::get<intrinsics::Expression>(compiled);
    if (const path::Path* path = expression.path()) {
      std::optional<json::Value> value = path->Evaluate(in.Environment(frame, frame.input));
      if (!value) {
        *problem = "Invalid path '" + path_text + "' : " + path->DescribeMiss(frame.input);
        return std::nullopt;
      }
      return Text(*value, field, problem);
    }
    intrinsics::Result result =
        expression.Evaluate(in.Environment(frame, frame.input), &in.random(), field);
    if (auto* failure = std::get_if<intrinsics::Failure>(&result)) {
      *problem = failure->cause;
      return std::nullopt;
    }
    return Text(std::get<json::Value>(result), field, problem);
  }

  static std::optional<std::string> Text(const json::Value& value, std::string_view field,
                                         std::optional<std::string>* problem) {
    if (value.is_string()) return value.as_string();
    *problem = "The " + std::string(field) + " field refers to value " + json::Serialize(value) +
               ", which is not a string.";
    return std::nullopt;
  }
};

}  // namespace

const StateHandler& FailHandler() {
  static const Fail handler;
  return handler;
}

}  // namespace asl::engine
