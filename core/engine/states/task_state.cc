// Task (ASL "Task State"): InputPath -> Parameters -> a task request answered by a mock or the
// host -> ResultSelector -> ResultPath -> OutputPath, with Retry and Catch; in JSONata states,
// Arguments -> the task -> Output and Assign (with $states.result). The history shows
// the events of the resource's family (Task*, LambdaFunction*, Activity*).
#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "core/engine/interpreter.h"
#include "core/engine/io_processing.h"
#include "core/engine/jsonata_fields.h"
#include "core/engine/payload_template.h"
#include "core/engine/states/error_recovery.h"
#include "core/engine/states/state_handlers.h"
#include "core/engine/task_resource.h"
#include "core/json/writer.h"
#include "core/path/path.h"

namespace asl::engine {
namespace {

constexpr uint8_t kRetrying = 1;

struct FamilyEvents {
  EventType scheduled, started, succeeded, failed, timed_out;
};

FamilyEvents EventsOf(TaskResource::Family family) {
  switch (family) {
    case TaskResource::Family::kLambdaFunction:
      return {EventType::kLambdaFunctionScheduled, EventType::kLambdaFunctionStarted,
              EventType::kLambdaFunctionSucceeded, EventType::kLambdaFunctionFailed,
              EventType::kLambdaFunctionTimedOut};
    case TaskResource::Family::kActivity:
      return {EventType::kActivityScheduled, EventType::kActivityStarted,
              EventType::kActivitySucceeded, EventType::kActivityFailed,
              EventType::kActivityTimedOut};
    case TaskResource::Family::kTask:
      break;
  }
  return {EventType::kTaskScheduled, EventType::kTaskStarted, EventType::kTaskSucceeded,
          EventType::kTaskFailed, EventType::kTaskTimedOut};
}

// The state's Resource classified once, and the details of its events that name only the
// resource (started, succeeded), shared by every attempt.
struct TaskPlan final : StatePlan {
  TaskResource resource;
  json::Value resource_arn;      // The Resource as written, for the task requests.
  json::Value resource_details;  // Null when the family's events carry no resource.
  // The scheduled event's details when they name only the resource: Lambda and activity
  // tasks without TimeoutSeconds or HeartbeatSeconds (Task-family events add the region).
  json::Value plain_scheduled_details;
};

class Task final : public StateHandler {
 public:
  std::unique_ptr<const StatePlan> Prepare(const CompiledMachine&,
                                           const model::State& state) const override {
    auto plan = std::make_unique<TaskPlan>();
    plan->resource_arn = json::Value(state.As<model::TaskState>()->resource);
    plan->resource = ClassifyResource(state.As<model::TaskState>()->resource);
    json::Members details = ResourceDetails(plan->resource, false);
    if (!details.empty())
      plan->resource_details = json::Value::FromUniqueMembers(std::move(details));
    if (plan->resource.family != TaskResource::Family::kTask) {
      json::Members scheduled = ResourceDetails(plan->resource, true);
      if (!scheduled.empty())
        plan->plain_scheduled_details = json::Value::FromUniqueMembers(std::move(scheduled));
    }
    return plan;
  }

  void Run(Interpreter& in, Frame& frame) const override {
    const CompiledState& state = in.Current(frame);
    const TaskPlan& plan = PlanOf(state);
    const TaskResource& resource = plan.resource;
    in.NewTaskToken(frame);  // $$.Task.Token / $states.context.Task.Token.
    TaskInput input = state.jsonata ? JsonataInput(in, frame) : JsonPathInput(in, frame);
    if (input.error) return Recover(in, frame, std::move(*input.error));
    std::optional<int64_t> timeout = input.timeout;
    std::optional<int64_t> heartbeat = input.heartbeat;
    json::Value effective = std::move(input.parameters);
    // The task's effective input counts against the payload quota (terminal when over it).
    if (auto over = in.CheckPayloadSize(frame, effective))
      return Recover(in, frame, std::move(*over));
    HistoryEvent scheduled;
    if (!timeout && !heartbeat && !plan.plain_scheduled_details.is_null()) {
      scheduled = Event(EventsOf(resource.family).scheduled, plan.plain_scheduled_details);
    } else {
      json::Members scheduled_details = ResourceDetails(resource, true);
      scheduled_details.reserve(scheduled_details.size() + 3);
      if (resource.family == TaskResource::Family::kTask) {
        scheduled_details.push_back({"region", json::Value(in.options().region)});
      }
      if (timeout) scheduled_details.push_back({"timeoutInSeconds", json::Value(*timeout)});
      if (heartbeat) scheduled_details.push_back({"heartbeatInSeconds", json::Value(*heartbeat)});
      scheduled = Event(EventsOf(resource.family).scheduled, std::move(scheduled_details));
    }
    scheduled.payload = effective;
    in.Emit(frame, std::move(scheduled));
    in.Emit(frame, Event(EventsOf(resource.family).started, plan.resource_details));

    if (resource.pattern != IntegrationPattern::kRequestResponse &&
        resource.family == TaskResource::Family::kTask) {
      // .sync and .waitForTaskToken: the service reports the submission before the outcome.
      HistoryEvent submitted = Event(EventType::kTaskSubmitted, plan.resource_details);
      submitted.payload = json::Value(json::Members{});
      in.Emit(frame, std::move(submitted));
    }
    mocks::TaskRequest request;
    request.state_name = state.name;
    request.resource = plan.resource_arn;
    request.parameters = std::move(effective);
    request.attempt = frame.retries.total();
    request.entered_time_ms = frame.entered_time_ms;
    request.build_context = in.TaskContextBuilder();
    request.timeout_seconds = timeout;
    request.heartbeat_seconds = heartbeat;
    in.SubmitTask(frame, std::move(request));
  }

  // The service records TaskTimedOut (resourceType, resource, error), LambdaFunctionTimedOut or
  // ActivityTimedOut (error) with "States.Timeout" and no cause, for TimeoutSeconds and for
  // HeartbeatSeconds alike (recorded histories: localstack tests/aws/services/stepfunctions/v2/
  // timeouts/test_timeouts and test_heartbeats snapshots); then Retry and Catch as for any error.
  void OnTaskTimedOut(Interpreter& in, Frame& frame, bool heartbeat) const override {
    const TaskResource& resource = PlanOf(in.Current(frame)).resource;
    json::Members details = ResourceDetails(resource, false);
    details.push_back({"error", json::Value(kStatesTimeout)});
    in.Emit(frame, Event(EventsOf(resource.family).timed_out, std::move(details)));
    StateError error{std::string(kStatesTimeout), std::nullopt, false};
    error.heartbeat_timeout = heartbeat;
    Recover(in, frame, std::move(error));
  }

  void OnTaskOutcome(Interpreter& in, Frame& frame,
                     const mocks::TaskOutcome& outcome) const override {
    const CompiledState& state = in.Current(frame);
    const auto& task = *state.model->As<model::TaskState>();
    const TaskPlan& plan = PlanOf(state);
    const TaskResource& resource = plan.resource;
    FamilyEvents events = EventsOf(resource.family);
    if (outcome.failed) {
      return FailTask(in, frame, resource,
                      StateError{outcome.failure.error, outcome.failure.cause, false});
    }
    // A result over the payload quota fails the task itself (its *Failed event, then Retry and
    // Catch); the cause names the service ("lambda") or the function / activity ARN.
    std::string_view quota_name = resource.resource_type.is_string()
                                      ? resource.resource_type.as_string()
                                      : std::string_view(task.resource);
    if (auto over = TaskResultOverQuota(in, frame, outcome.result, quota_name)) {
      return FailTask(in, frame, resource, std::move(*over));
    }
    HistoryEvent succeeded = Event(events.succeeded, plan.resource_details);
    succeeded.payload = outcome.result;
    in.Emit(frame, std::move(succeeded));

    DataFlowRecord* flow = in.Flow(frame);
    if (flow) flow->result = outcome.result;
    if (state.jsonata) {
      if (auto error = ExitWithResult(in, frame, outcome.result)) Recover(in, frame, *error);
      return;
    }
    ValueOrError result = outcome.result;
    if (state.result_selector.present()) {
      result = ApplyPayloadTemplate(in, frame, state.result_selector, outcome.result);
      if (auto* e = std::get_if<StateError>(&result)) return Recover(in, frame, std::move(*e));
      if (flow) flow->after_result_selector = std::get<json::Value>(result);
    }
    ValueOrError assigned = EvaluateAssign(in, frame, state.assign, std::get<json::Value>(result));
    if (auto* e = std::get_if<StateError>(&assigned)) return Recover(in, frame, std::move(*e));
    ValueOrError combined =
        ApplyResultPath(in, frame, frame.input, std::get<json::Value>(std::move(result)));
    if (auto* e = std::get_if<StateError>(&combined)) return Recover(in, frame, std::move(*e));
    if (flow) flow->after_result_path = std::get<json::Value>(combined);
    ValueOrError output = ApplyOutputPath(in, frame, std::get<json::Value>(combined));
    if (auto* e = std::get_if<StateError>(&output)) return Recover(in, frame, std::move(*e));
    in.ExitState(frame, std::get<json::Value>(std::move(output)), state.next,
                 std::get<json::Value>(assigned));
  }

 private:
  // What the task is called with: its parameters and the timeouts the state sets.
  struct TaskInput {
    json::Value parameters;
    std::optional<int64_t> timeout;
    std::optional<int64_t> heartbeat;
    std::optional<StateError> error;
  };

  // InputPath -> Parameters; TimeoutSeconds(Path), HeartbeatSeconds(Path).
  static TaskInput JsonPathInput(Interpreter& in, Frame& frame) {
    const CompiledState& state = in.Current(frame);
    const auto& task = *state.model->As<model::TaskState>();
    DataFlowRecord* flow = in.Flow(frame);
    TaskInput out;
    ValueOrError effective = ApplyInputPath(in, frame, frame.input);
    if (auto* e = std::get_if<StateError>(&effective)) {
      out.error = std::move(*e);
      return out;
    }
    if (flow) flow->after_input_path = std::get<json::Value>(effective);
    if (state.parameters.present()) {
      effective =
          ApplyPayloadTemplate(in, frame, state.parameters, std::get<json::Value>(effective));
      if (auto* e = std::get_if<StateError>(&effective)) {
        out.error = std::move(*e);
        return out;
      }
      if (flow) flow->after_parameters = std::get<json::Value>(effective);
    }
    out.parameters = std::get<json::Value>(std::move(effective));
    std::string problem;
    out.timeout =
        Seconds(in, frame, task.timeout_seconds, task.timeout_seconds_path, "Timeout", &problem);
    if (problem.empty()) {
      out.heartbeat = Seconds(in, frame, task.heartbeat_seconds, task.heartbeat_seconds_path,
                              "Heartbeat", &problem);
    }
    if (!problem.empty()) out.error = in.RuntimeError(frame, problem);
    return out;
  }

  // Arguments; TimeoutSeconds and HeartbeatSeconds as literals or expressions.
  static TaskInput JsonataInput(Interpreter& in, Frame& frame) {
    const CompiledJsonata& fields = *in.Current(frame).jsonata;
    TaskInput out;
    ValueOrError arguments = EvaluateArguments(in, frame);
    if (auto* e = std::get_if<StateError>(&arguments)) {
      out.error = std::move(*e);
      return out;
    }
    out.parameters = std::get<json::Value>(std::move(arguments));
    jsonata::Bindings bindings = JsonataBindings(in, frame, {frame.input});
    for (auto [field, name, target] :
         {std::tuple{&fields.timeout_seconds, "TimeoutSeconds", &out.timeout},
          std::tuple{&fields.heartbeat_seconds, "HeartbeatSeconds", &out.heartbeat}}) {
      NumberField seconds = EvaluateNumberField(in, frame, *field, name, bindings, true, true);
      if (seconds.error) {
        out.error = std::move(seconds.error);
        return out;
      }
      // Clamped so that the conversion is defined for any number an expression yields.
      if (seconds.value) *target = static_cast<int64_t>(std::min(*seconds.value, 1e15));
    }
    return out;
  }

  // resourceType and resource for Task* events; only the resource for the scheduling of a
  // Lambda function or an activity; nothing for their other events.
  static json::Members ResourceDetails(const TaskResource& resource, bool scheduling) {
    json::Members out;
    if (resource.family == TaskResource::Family::kTask) {
      if (!resource.resource_type.is_null()) {
        out.push_back({"resourceType", resource.resource_type});
      }
      out.push_back({"resource", resource.resource});
    } else if (scheduling) {
      out.push_back({"resource", resource.resource});
    }
    return out;
  }

  static HistoryEvent Event(EventType type, json::Members details) {
    HistoryEvent e;
    e.type = type;
    if (!details.empty()) e.details = json::Value::FromUniqueMembers(std::move(details));
    return e;
  }

  static HistoryEvent Event(EventType type, const json::Value& details) {
    HistoryEvent e;
    e.type = type;
    e.details = details;
    return e;
  }

  static const TaskPlan& PlanOf(const CompiledState& state) {
    return static_cast<const TaskPlan&>(*state.plan);
  }

  // TimeoutSeconds / HeartbeatSeconds, literal or read with their *Path from the state's raw
  // input. `which` is "Timeout" or "Heartbeat". They fire for tasks the host answers (tasks
  // answered by mocks complete at the instant they are submitted).
  static std::optional<int64_t> Seconds(Interpreter& in, Frame& frame,
                                        const std::optional<json::Value>& literal,
                                        const std::optional<std::string>& path_text,
                                        std::string_view which, std::string* problem) {
    if (literal)
      return literal->is_int() ? std::optional<int64_t>(literal->as_int()) : std::nullopt;
    if (!path_text) return std::nullopt;
    return SecondsAtPath(in, frame, *path_text, which, problem);
  }

  // Seconds() for a ...SecondsPath: apart, so that the frequent cases above stay small.
  static std::optional<int64_t> SecondsAtPath(Interpreter& in, Frame& frame,
                                              const std::string& path_text,
                                              std::string_view which, std::string* problem) {
    auto parsed = path::Path::Parse(path_text);
    if (auto* p = std::get_if<path::PathProblem>(&parsed)) {
      *problem = std::string(which) + "SecondsPath is not a valid path: " + p->message;
      return std::nullopt;
    }
    const path::Path& path = std::get<path::Path>(parsed);
    std::optional<json::Value> value = path.Evaluate(in.Environment(frame, frame.input));
    if (!value) {
      *problem = "Invalid path '" + path_text + "' : " + path.DescribeMiss(frame.input);
      return std::nullopt;
    }
    if (!value->is_int() || value->as_int() <= 0) {
      *problem = "The " + std::string(which) +
                 "SecondsPath parameter references an invalid "
                 "value: " +
                 path_text + " == " + json::Serialize(*value);
      return std::nullopt;
    }
    return value->as_int();
  }

  // Records the family's *Failed event (error and cause when set), then Retry and Catch.
  static void FailTask(Interpreter& in, Frame& frame, const TaskResource& resource,
                       StateError error) {
    json::Members details = ResourceDetails(resource, false);
    if (!error.error.empty()) details.push_back({"error", json::Value(error.error)});
    if (error.cause) details.push_back({"cause", json::Value(*error.cause)});
    in.Emit(frame, Event(EventsOf(resource.family).failed, std::move(details)));
    Recover(in, frame, std::move(error));
  }

  static void Recover(Interpreter& in, Frame& frame, StateError error) {
    const auto& task = *in.Current(frame).model->As<model::TaskState>();
    RecoverOrFail(in, frame, std::move(error), task.retry, task.catch_, kRetrying);
  }
};

}  // namespace

const StateHandler& TaskHandler() {
  static const Task handler;
  return handler;
}

}  // namespace asl::engine
