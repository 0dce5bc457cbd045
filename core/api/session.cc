#include "core/api/session.h"

#include <set>
#include <utility>

#include "core/api/asl.h"
#include "core/api/run.h"
#include "core/api/wire_format.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/model/build.h"
#include "core/timestamp/timestamp.h"

namespace asl::api {

// Sends the tasks of the host's states and resources to the host (no answer: they stay
// pending) and every other task to the mocks; a task neither answers fails with States.Runtime.
class TaskRouter : public mocks::TaskInvoker {
 public:
  TaskRouter(std::set<std::string, std::less<>> states,
             std::set<std::string, std::less<>> resources, mocks::MockTable* mocks)
      : states_(std::move(states)), resources_(std::move(resources)), mocks_(mocks) {}

  std::optional<mocks::TaskOutcome> Invoke(const mocks::TaskRequest& request,
                                           std::string* why_not) override {
    // A request from the state last found among the host's states (one shared name string per
    // state, so an identity test) goes to the host without a lookup: the sets never change.
    if (request.state_name.is_string() && request.state_name.SameAs(last_host_state_)) {
      return std::nullopt;
    }
    if (states_.contains(request.state_name.as_string())) {
      last_host_state_ = request.state_name;
      return std::nullopt;
    }
    if (resources_.contains(request.resource.as_string())) return std::nullopt;
    std::string reason;
    if (mocks_ != nullptr) {
      if (std::optional<mocks::TaskOutcome> outcome = mocks_->Invoke(request, &reason)) {
        return outcome;
      }
    } else {
      reason = "No mock or task handler answers the Task state '" + request.state_name.as_string() +
               "'.";
    }
    return mocks::TaskOutcome::Failure("States.Runtime", std::move(reason));
  }

 private:
  std::set<std::string, std::less<>> states_;
  std::set<std::string, std::less<>> resources_;
  mocks::MockTable* mocks_;      // Not owned; may be null.
  json::Value last_host_state_;  // Null, or a state name found in states_.
};

namespace {

std::string ErrorJson(std::string message, std::string_view kind = "") {
  json::Members members{{"error", json::Value(std::move(message))}};
  if (!kind.empty()) members.push_back({"kind", json::Value(std::string(kind))});
  return json::Serialize(json::Value(std::move(members)));
}

const std::string kOk = R"({"ok":true})";

// What the options object asks for besides the engine's own options.
struct SessionOptions {
  std::unique_ptr<mocks::MockTable> mocks;
  bool hosted = false;
  std::set<std::string, std::less<>> host_states;
  std::set<std::string, std::less<>> host_resources;
  bool history = true;
  bool data_flow = true;
};

// Reads {"states": [...], "resources": [...]}; returns an error message or "".
std::string ReadHost(const json::Value& host, SessionOptions& out) {
  if (!host.is_object()) return "host must be an object with \"states\" and \"resources\" arrays";
  out.hosted = true;
  for (auto [key, set] :
       {std::pair{"states", &out.host_states}, std::pair{"resources", &out.host_resources}}) {
    const json::Value* list = host.Find(key);
    if (list == nullptr || list->is_null()) continue;
    if (!list->is_array()) return std::string("host.") + key + " must be an array of strings";
    for (size_t i = 0; i < list->size(); ++i) {
      const json::Value& item = *list->At(i);
      if (!item.is_string()) return std::string("host.") + key + " must be an array of strings";
      set->insert(item.as_string());
    }
  }
  return "";
}

// Reads a non-negative integer option into `*target`; returns an error message or "".
std::string ReadCount(const json::Value& value, const char* key, int64_t* target) {
  const json::Value* v = value.Find(key);
  if (v == nullptr || v->is_null()) return "";
  if (!v->is_int() || v->as_int() < 0) return std::string(key) + " must be a non-negative integer";
  *target = v->as_int();
  return "";
}

// Reads the options object; returns an error message or "".
std::string ReadOptions(const json::Value& value, engine::ExecuteOptions& options,
                        SessionOptions& out) {
  if (!value.is_object()) return "options must be a JSON object";
  if (const json::Value* mocks = value.Find("mocks"); mocks && !mocks->is_null()) {
    auto parsed = mocks::ParseMockTable(*mocks);
    if (auto* error = std::get_if<mocks::MockError>(&parsed)) {
      return "mocks" + error->pointer + ": " + error->message;
    }
    out.mocks = std::make_unique<mocks::MockTable>(std::move(std::get<mocks::MockTable>(parsed)));
  }
  if (const json::Value* host = value.Find("host"); host && !host->is_null()) {
    if (std::string problem = ReadHost(*host, out); !problem.empty()) return problem;
  }
  if (const json::Value* start = value.Find("startTime"); start && !start->is_null()) {
    std::optional<int64_t> ms =
        start->is_string() ? timestamp::ParseTimestamp(start->as_string()) : std::nullopt;
    if (!ms) return "startTime must be an RFC 3339 timestamp";
    options.start_time_ms = *ms;
  }
  if (const json::Value* seed = value.Find("seed"); seed && !seed->is_null()) {
    if (!seed->is_int() || seed->as_int() < 0) return "seed must be a non-negative integer";
    options.seed = static_cast<uint64_t>(seed->as_int());
  }
  for (auto [key, flag] :
       {std::pair{"history", &out.history}, std::pair{"dataFlow", &out.data_flow}}) {
    if (const json::Value* v = value.Find(key); v && !v->is_null()) {
      if (!v->is_bool()) return std::string(key) + " must be a boolean";
      *flag = v->as_bool();
    }
  }
  for (auto [key, target] : {std::pair{"maxPayloadBytes", &options.max_payload_bytes},
                             std::pair{"maxHistoryEvents", &options.max_history_events},
                             std::pair{"maxTransitions", &options.max_transitions}}) {
    if (std::string problem = ReadCount(value, key, target); !problem.empty()) return problem;
  }
  return "";
}

}  // namespace

Session::Session() = default;
Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&&) noexcept = default;
Session::~Session() = default;

Session Session::Create(std::string_view definition, std::string_view input_json,
                        std::string_view options_json) {
  Session session;
  ValidationReport validation = Validate(definition);
  if (!validation.valid) {
    session.error_ = json::Serialize(
        json::Value(json::Members{{"error", json::Value("the definition has errors")},
                                  {"kind", json::Value("definition")},
                                  {"diagnostics", DiagnosticsToValue(validation.diagnostics)}}));
    return session;
  }
  std::string message;
  std::optional<json::Value> input = ParseDocument(input_json, "input", &message);
  if (!input) {
    session.error_ = ErrorJson(message, "input");
    return session;
  }
  std::optional<json::Value> options_value =
      ParseDocument(options_json.empty() ? "{}" : options_json, "options", &message);
  engine::ExecuteOptions options;
  SessionOptions extra;
  if (options_value) message = ReadOptions(*options_value, options, extra);
  if (!message.empty()) {
    session.error_ = ErrorJson(message, "options");
    return session;
  }
  std::optional<json::Value> parsed = json::ParseValue(definition);
  if (!parsed) {
    session.error_ = ErrorJson("the definition is not JSON", "definition");
    return session;
  }
  session.mocks_ = std::move(extra.mocks);
  session.history_ = extra.history;
  session.data_flow_ = extra.data_flow;
  if (extra.hosted) {
    session.router_ = std::make_unique<TaskRouter>(
        std::move(extra.host_states), std::move(extra.host_resources), session.mocks_.get());
    options.invoker = session.router_.get();
    options.host_answers_tasks = true;
  } else {
    options.invoker = session.mocks_.get();
  }
  options.record_history = session.history_;
  options.record_data_flow = session.data_flow_;
  auto machine = std::make_shared<model::StateMachine>(model::BuildStateMachine(*parsed));
  session.execution_ = std::make_unique<engine::Execution>(
      engine::Execution::Start(std::move(machine), std::move(*input), std::move(options)));
  return session;
}

std::string Session::StateJson(bool blocked) {
  std::span<const mocks::TaskRequest> tasks = execution_->pending_tasks();
  engine::ExecutionStatus status = execution_->status();
  const char* state = status != engine::ExecutionStatus::kRunning ? "finished"
                      : blocked && !tasks.empty()                 ? "waiting"
                                                                  : "running";
  // Written directly rather than through a json::Value: Advance runs once per task round.
  std::string out = R"({"state":")";
  out += state;
  out += R"(","status":")";
  out += engine::ExecutionStatusName(status);
  out += R"(","pending":[)";
  for (size_t i = 0; i < tasks.size(); ++i) {
    const mocks::TaskRequest& task = tasks[i];
    out += i == 0 ? R"({"token":)" : R"(,{"token":)";
    json::AppendQuoted(out, task.task_token);
    out += R"(,"state":)";
    json::AppendQuoted(out, task.state_name.as_string());
    out += R"(,"resource":)";
    json::AppendQuoted(out, task.resource.as_string());
    out += R"(,"input":)";
    json::SerializeTo(out, task.parameters);
    out += R"(,"attempt":)";
    out += std::to_string(task.attempt);
    out += '}';
  }
  out += "]}";
  return out;
}

bool Session::RunSteps(int64_t max_steps) {
  bool blocked = false;
  for (int64_t i = 0; i < max_steps && !blocked; ++i) {
    if (execution_->status() != engine::ExecutionStatus::kRunning) break;
    blocked = !execution_->Step();
  }
  return blocked;
}

std::string Session::Advance(int64_t max_steps) {
  if (!execution_) return error_;
  return StateJson(RunSteps(max_steps));
}

const std::string& Session::Settle(std::string_view answers, int64_t max_steps) {
  if (!execution_) return error_;
  if (std::string problem = rounds_.Apply(*execution_, answers); !problem.empty()) {
    settle_error_ = ErrorJson("malformed answers: " + problem);
    return settle_error_;
  }
  return rounds_.List(*execution_, RunSteps(max_steps));
}

std::string Session::Complete(std::string_view token, std::string_view result_json) {
  if (!execution_) return error_;
  std::string message;
  std::optional<json::Value> result = ParseDocument(result_json, "result", &message);
  if (!result) return ErrorJson(message);
  if (!execution_->CompleteTask(token, std::move(*result))) {
    return ErrorJson("no pending task has the token '" + std::string(token) + "'");
  }
  return kOk;
}

std::string Session::Fail(std::string_view token, std::string_view error, std::string_view cause) {
  if (!execution_) return error_;
  if (!execution_->FailTask(token, std::string(error), std::string(cause))) {
    return ErrorJson("no pending task has the token '" + std::string(token) + "'");
  }
  return kOk;
}

std::string Session::Heartbeat(std::string_view token) {
  if (!execution_) return error_;
  if (!execution_->SendTaskHeartbeat(token)) {
    return ErrorJson("no pending task has the token '" + std::string(token) + "'");
  }
  return kOk;
}

std::string Session::AdvanceClockTo(int64_t epoch_ms) {
  if (!execution_) return error_;
  if (execution_->status() == engine::ExecutionStatus::kRunning) {
    execution_->AdvanceClockTo(epoch_ms);
  }
  return rounds_.List(*execution_, true);
}

std::string Session::Clock() {
  if (!execution_) return error_;
  std::optional<int64_t> next = execution_->NextDeadline();
  return R"({"now":)" + std::to_string(execution_->now_ms()) + R"(,"next":)" +
         (next ? std::to_string(*next) : "null") + "}";
}

std::string Session::Stop() {
  if (!execution_) return error_;
  if (execution_->status() == engine::ExecutionStatus::kRunning) execution_->Stop();
  return kOk;
}

const engine::ExecutionReport& Session::CurrentReport() {
  if (final_report_) return *final_report_;
  if (execution_->status() == engine::ExecutionStatus::kRunning) return execution_->report();
  final_report_ = execution_->TakeReport();
  return *final_report_;
}

std::string Session::Report() {
  if (!execution_) return error_;
  return json::Serialize(engine::ReportToJson(CurrentReport(), history_, data_flow_));
}

std::string Session::Outcome() {
  if (!execution_) return error_;
  return json::Serialize(engine::ReportToJson(CurrentReport(), false, false));
}

std::string Session::History() {
  if (!execution_) return error_;
  std::string out;
  engine::AppendHistoryJson(out, CurrentReport().history);
  return out;
}

std::string Session::DataFlow() {
  if (!execution_) return error_;
  return json::Serialize(engine::DataFlowToJson(CurrentReport().data_flow));
}

const engine::EventList& Session::Events() {
  if (!final_report_ && execution_->status() == engine::ExecutionStatus::kRunning) {
    return execution_->events();
  }
  return CurrentReport().history;
}

std::string Session::EventsSince(int64_t first) {
  if (!execution_) return error_;
  const engine::EventList& history = Events();
  std::string out = R"({"events":)";
  engine::AppendHistoryJson(out, history, first < 0 ? 0 : static_cast<size_t>(first));
  out += R"(,"count":)";
  out += std::to_string(history.size());
  out += '}';
  return out;
}

std::string Session::PendingContexts() {
  if (!execution_) return error_;
  std::string out = "[";
  for (const mocks::TaskRequest& task : execution_->pending_tasks()) {
    if (out.size() > 1) out += ',';
    json::SerializeTo(out, task.Context());
  }
  out += ']';
  return out;
}

}  // namespace asl::api
