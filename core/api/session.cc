#include "core/api/session.h"

#include <utility>

#include "core/api/asl.h"
#include "core/api/run.h"
#include "core/api/wire_format.h"
#include "core/timestamp/timestamp.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/model/build.h"

namespace asl::api {
namespace {

std::string ErrorJson(std::string message) {
  return json::Serialize(json::Value(json::Members{{"error", json::Value(std::move(message))}}));
}

const std::string kOk = R"({"ok":true})";

// Reads the options object into `options`; returns an error message or "".
std::string ReadOptions(const json::Value& value, engine::ExecuteOptions& options,
                        std::unique_ptr<mocks::MockTable>& table, bool& history, bool& data_flow) {
  if (!value.is_object()) return "options must be a JSON object";
  if (const json::Value* mocks = value.Find("mocks"); mocks && !mocks->is_null()) {
    auto parsed = mocks::ParseMockTable(*mocks);
    if (auto* error = std::get_if<mocks::MockError>(&parsed)) {
      return "mocks" + error->pointer + ": " + error->message;
    }
    table = std::make_unique<mocks::MockTable>(std::move(std::get<mocks::MockTable>(parsed)));
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
  for (auto [key, flag] : {std::pair{"history", &history}, std::pair{"dataFlow", &data_flow}}) {
    if (const json::Value* v = value.Find(key); v && !v->is_null()) {
      if (!v->is_bool()) return std::string(key) + " must be a boolean";
      *flag = v->as_bool();
    }
  }
  return "";
}

}  // namespace

Session Session::Create(std::string_view definition, std::string_view input_json,
                        std::string_view options_json) {
  Session session;
  ValidationReport validation = Validate(definition);
  if (!validation.valid) {
    session.error_ = json::Serialize(json::Value(json::Members{
        {"error", json::Value("the definition has errors")},
        {"diagnostics", DiagnosticsToValue(validation.diagnostics)}}));
    return session;
  }
  std::string message;
  std::optional<json::Value> input = ParseDocument(input_json, "input", &message);
  std::optional<json::Value> options_value =
      input ? ParseDocument(options_json.empty() ? "{}" : options_json, "options", &message)
            : std::nullopt;
  engine::ExecuteOptions options;
  if (options_value) {
    message = ReadOptions(*options_value, options, session.mocks_, session.history_,
                          session.data_flow_);
  }
  if (!message.empty()) {
    session.error_ = ErrorJson(message);
    return session;
  }
  std::optional<json::Value> parsed = json::ParseValue(definition);
  if (!parsed) {
    session.error_ = ErrorJson("the definition is not JSON");
    return session;
  }
  if (!session.mocks_) session.mocks_ = std::make_unique<mocks::MockTable>();
  options.invoker = session.mocks_.get();
  options.host_answers_tasks = true;
  options.record_history = session.history_;
  options.record_data_flow = session.data_flow_;
  auto machine = std::make_shared<model::StateMachine>(model::BuildStateMachine(*parsed));
  session.execution_ = std::make_unique<engine::Execution>(
      engine::Execution::Start(std::move(machine), std::move(*input), std::move(options)));
  return session;
}

std::string Session::StateJson() {
  json::Array pending;
  for (const mocks::TaskRequest& task : execution_->pending_tasks()) {
    pending.push_back(json::Value(json::Members{{"token", json::Value(task.task_token)},
                                                {"state", json::Value(task.state_name)},
                                                {"resource", json::Value(task.resource)},
                                                {"input", task.parameters},
                                                {"attempt", json::Value(task.attempt)}}));
  }
  const char* state = execution_->status() != engine::ExecutionStatus::kRunning ? "finished"
                      : pending.empty()                                   ? "running"
                                                                          : "waiting";
  auto events = static_cast<int64_t>(execution_->report().history.size());
  return json::Serialize(json::Value(json::Members{{"state", json::Value(state)},
                                                   {"pending", json::Value(std::move(pending))},
                                                   {"events", json::Value(events)}}));
}

std::string Session::Advance(int64_t max_steps) {
  if (!execution_) return error_;
  for (int64_t i = 0; i < max_steps; ++i) {
    if (execution_->status() != engine::ExecutionStatus::kRunning) break;
    if (!execution_->Step()) break;
  }
  return StateJson();
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

std::string Session::Fail(std::string_view token, std::string_view error,
                          std::string_view cause) {
  if (!execution_) return error_;
  if (!execution_->FailTask(token, std::string(error), std::string(cause))) {
    return ErrorJson("no pending task has the token '" + std::string(token) + "'");
  }
  return kOk;
}

std::string Session::Stop() {
  if (!execution_) return error_;
  if (execution_->status() == engine::ExecutionStatus::kRunning) execution_->Stop();
  return kOk;
}

std::string Session::Report() {
  if (!execution_) return error_;
  return json::Serialize(engine::ReportToJson(execution_->report(), history_, data_flow_));
}

}  // namespace asl::api
