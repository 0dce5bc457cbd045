// The context object ($$) and the environment paths and templates read, for Interpreter
// (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html).
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

const json::Value& Interpreter::Context(Frame& frame) {
  if (context_entry_ != frame.entry || context_retries_ != frame.retries.total()) {
    const CompiledState& current = Current(frame);
    json::Members state_members{
        {"Name", current.name},
        {"EnteredTime", json::Value(timestamp::FormatTimestamp(frame.entered_time_ms))},
    };
    // RetryCount belongs to the states that can retry (recorded histories show no RetryCount
    // for a Pass state).
    model::StateType type = current.model->type;
    if (type == model::StateType::kTask || type == model::StateType::kParallel ||
        type == model::StateType::kMap) {
      state_members.push_back({"RetryCount", json::Value(frame.retries.total())});
    }
    context_base_ =
        ExecutionContext().With("State", json::Value::FromUniqueMembers(std::move(state_members)));
    context_entry_ = frame.entry;
    context_retries_ = frame.retries.total();
  }
  if (frame.task_token.empty() && frame.map_item.is_null()) return context_base_;
  json::Value context = context_base_;
  if (!frame.task_token.empty()) {
    context = context.With("Task", json::Value(json::Members{{"Token", frame.task_token}}));
  }
  if (!frame.map_item.is_null()) {
    context = context.With("Map", json::Value(json::Members{{"Item", frame.map_item}}));
  }
  context_ = std::move(context);
  return context_;
}

path::Environment Interpreter::Environment(Frame& frame, const json::Value& input) {
  path::Environment env;
  env.input = &input;
  if (Current(frame).uses_context) env.context = &Context(frame);
  env.variables = frame.scope.get();
  return env;
}

const std::string& Interpreter::NewTaskToken(Frame& frame) {
  frame.task_token = random_.NextUuid();
  return frame.task_token;
}

}  // namespace asl::engine
