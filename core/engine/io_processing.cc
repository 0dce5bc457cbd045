#include "core/engine/io_processing.h"

#include <string>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/path/reference_setter.h"

namespace asl::engine {
namespace {

ValueOrError SelectPath(Interpreter& interpreter, Frame& frame, const CompiledPath& path,
                        const json::Value& value) {
  switch (path.kind) {
    case CompiledPath::Kind::kIdentity:
      return value;
    case CompiledPath::Kind::kNull:
      return json::Value(json::Members{});
    case CompiledPath::Kind::kPath:
      break;
  }
  if (!path.path) return interpreter.RuntimeError(frame, path.problem);
  std::optional<json::Value> selected = path.path->Evaluate(interpreter.Environment(frame, value));
  if (selected) return std::move(*selected);
  return interpreter.RuntimeError(
      frame, "Invalid path '" + path.path->text() + "' : " + path.path->DescribeMiss(value));
}

ValueOrError SetResult(Interpreter& interpreter, Frame& frame, const CompiledPath& path,
                       const json::Value& raw_input, json::Value result) {
  switch (path.kind) {
    case CompiledPath::Kind::kIdentity:
      return result;
    case CompiledPath::Kind::kNull:
      return raw_input;
    case CompiledPath::Kind::kPath:
      break;
  }
  if (!path.path) return interpreter.RuntimeError(frame, path.problem);
  auto set = path::SetAtPath(raw_input, *path.path, std::move(result));
  if (auto* failure = std::get_if<path::SetFailure>(&set)) {
    return StateError{std::string(kStatesResultPathMatchFailure), std::move(failure->cause)};
  }
  return std::get<json::Value>(std::move(set));
}

}  // namespace

// The identity path ("$", the default) is answered here rather than through SelectPath's or
// SetResult's call.
ValueOrError ApplyInputPath(Interpreter& interpreter, Frame& frame, const json::Value& input) {
  const CompiledPath& path = interpreter.Current(frame).input_path;
  if (path.kind == CompiledPath::Kind::kIdentity) return input;
  return SelectPath(interpreter, frame, path, input);
}

ValueOrError ApplyOutputPath(Interpreter& interpreter, Frame& frame, const json::Value& value) {
  const CompiledPath& path = interpreter.Current(frame).output_path;
  if (path.kind == CompiledPath::Kind::kIdentity) return value;
  return SelectPath(interpreter, frame, path, value);
}

ValueOrError ApplyResultPath(Interpreter& interpreter, Frame& frame, const json::Value& raw_input,
                             json::Value result) {
  const CompiledPath& path = interpreter.Current(frame).result_path;
  if (path.kind == CompiledPath::Kind::kIdentity) return result;
  return SetResult(interpreter, frame, path, raw_input, std::move(result));
}

ValueOrError ApplyCatcherResultPath(Interpreter& interpreter, Frame& frame,
                                    const json::Value& raw_input, size_t catcher,
                                    json::Value error_output) {
  const CompiledState& state = interpreter.Current(frame);
  CompiledPath path = catcher < state.catcher_result_paths.size()
                          ? state.catcher_result_paths[catcher]
                          : CompiledPath{};
  return SetResult(interpreter, frame, path, raw_input, std::move(error_output));
}

json::Value ErrorOutput(const StateError& error) {
  return json::Value::FromUniqueMembers(
      json::Members{{"Error", error.error.empty() ? json::Value() : json::Value(error.error)},
                    {"Cause", error.cause ? json::Value(*error.cause) : json::Value()}});
}

std::optional<StateError> CheckAssignedSize(Interpreter& interpreter, Frame& frame,
                                            const json::Value& assigned) {
  if (!assigned.is_object() || !interpreter.CheckPayloadSize(frame, assigned)) return std::nullopt;
  return StateError::Terminal(kStatesDataLimitExceeded,
                              "The variables assigned by the state '" +
                                  interpreter.Current(frame).name.as_string() +
                                  "' have a size exceeding the maximum number of bytes service "
                                  "limit.");
}

std::optional<StateError> TaskResultOverQuota(Interpreter& interpreter, Frame& frame,
                                              const json::Value& result,
                                              std::string_view resource) {
  if (!interpreter.CheckPayloadSize(frame, result)) return std::nullopt;
  return StateError{std::string(kStatesDataLimitExceeded),
                    "The state/task '" + std::string(resource) +
                        "' returned a result with a size exceeding the maximum number of bytes "
                        "service limit.",
                    false};
}

}  // namespace asl::engine
