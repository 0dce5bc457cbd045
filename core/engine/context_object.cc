// The context object ($$) and the environment paths and templates read, for Interpreter
// (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html).
#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/timestamp/timestamp.h"

namespace asl::engine {

json::Value Interpreter::ExecutionContext() {
  if (!execution_context_.is_null()) return execution_context_;
  std::string machine_arn = "arn:aws:states:" + options_.region + ":" + options_.account +
                            ":stateMachine:" + options_.state_machine_name;
  std::string execution_arn = "arn:aws:states:" + options_.region + ":" + options_.account +
                              ":execution:" + options_.state_machine_name + ":" +
                              options_.execution_name;
  json::Value execution(json::Members{
      {"Id", json::Value(execution_arn)},
      {"Input", input_},
      {"StartTime", json::Value(timestamp::FormatTimestamp(options_.start_time_ms))},
      {"Name", json::Value(options_.execution_name)},
      {"RoleArn", json::Value(options_.role_arn)},
      {"RedriveCount", json::Value(0)},
  });
  json::Value machine(json::Members{{"Id", json::Value(machine_arn)},
                                    {"Name", json::Value(options_.state_machine_name)}});
  execution_context_ =
      json::Value(json::Members{{"Execution", execution}, {"StateMachine", machine}});
  return execution_context_;
}

namespace {

// $$.State: Name, EnteredTime, and RetryCount for the states that can retry (recorded
// histories show no RetryCount for a Pass state).
json::Value StateObject(const json::Value& name, int64_t entered_time_ms,
                        std::optional<int64_t> retry_count) {
  json::Members members{
      {"Name", name},
      {"EnteredTime", json::Value(timestamp::FormatTimestamp(entered_time_ms))},
  };
  if (retry_count) members.push_back({"RetryCount", json::Value(*retry_count)});
  return json::Value::FromUniqueMembers(std::move(members));
}

json::Value WithTaskToken(const json::Value& context, const std::string& token) {
  return context.With("Task", json::Value(json::Members{{"Token", json::Value(token)}}));
}

}  // namespace

const json::Value& Interpreter::Context(Frame& frame) {
  if (context_entry_ != frame.entry || context_retries_ != frame.retries.total()) {
    const CompiledState& current = Current(frame);
    model::StateType type = current.model->type;
    bool retries = type == model::StateType::kTask || type == model::StateType::kParallel ||
                   type == model::StateType::kMap;
    context_base_ = ExecutionContext().With(
        "State",
        StateObject(current.name, frame.entered_time_ms,
                    retries ? std::optional<int64_t>(frame.retries.total()) : std::nullopt));
    context_entry_ = frame.entry;
    context_retries_ = frame.retries.total();
  }
  if (frame.task_token.empty() && frame.map_item.is_null()) return context_base_;
  json::Value context = context_base_;
  if (!frame.task_token.empty()) context = WithTaskToken(context, frame.task_token);
  if (!frame.map_item.is_null()) {
    context = context.With("Map", json::Value(json::Members{{"Item", frame.map_item}}));
  }
  context_ = std::move(context);
  return context_;
}

// A Task state's frame has no Map item ($$.Map.Item is only for a Map state's ItemSelector),
// and its request carries the state's name, entry time, token and retry count. The builder
// captures one pointer, which std::function keeps without allocating.
std::function<json::Value(const mocks::TaskRequest&)> Interpreter::TaskContextBuilder() {
  return [interpreter = this](const mocks::TaskRequest& request) {
    json::Value state = StateObject(request.state_name, request.entered_time_ms, request.attempt);
    return WithTaskToken(interpreter->ExecutionContext().With("State", std::move(state)),
                         request.task_token);
  };
}

path::Environment Interpreter::Environment(Frame& frame, const json::Value& input) {
  path::Environment env;
  env.input = &input;
  if (Current(frame).uses_context) env.context = &Context(frame);
  env.variables = frame.scope.get();
  return env;
}

const std::string& Interpreter::NewTaskToken(Frame& frame) {
  random_.NextUuid(frame.task_token);
  return frame.task_token;
}

}  // namespace asl::engine
