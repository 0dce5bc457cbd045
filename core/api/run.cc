#include "core/api/run.h"

#include <memory>

#include "core/engine/execution.h"
#include "core/json/parser.h"
#include "core/json/small_document.h"
#include "core/model/build.h"

namespace asl::api {

RunResult Run(const RunRequest& request) {
  RunResult result;
  result.validation = Validate(request.definition);
  if (!result.validation.valid) return result;
  std::optional<json::Value> definition = json::ParseValue(request.definition);
  if (!definition) return result;  // Unreachable: a valid definition is JSON.
  auto machine = std::make_shared<model::StateMachine>(model::BuildStateMachine(*definition));
  engine::ExecuteOptions options;
  if (request.start_time_ms) options.start_time_ms = *request.start_time_ms;
  options.seed = request.seed;
  options.invoker = request.mocks;
  options.record_history = request.record_history;
  options.record_data_flow = request.record_data_flow;
  options.max_history_events = request.max_history_events;
  result.report = engine::RunToCompletion(machine, request.input, options);
  result.ran = true;
  return result;
}

std::optional<json::Value> ParseDocument(std::string_view text, std::string_view name,
                                         std::string* error) {
  // Hosts send a small document per task; most need none of the full parser's machinery.
  if (std::optional<json::Value> small = json::ParseSmallDocument(text)) return small;
  json::ParseResult parsed = json::Parse(text);
  if (parsed.ok()) return std::move(parsed.value);
  diag::Position at = json::LineIndex(text).ToPosition(parsed.error->span.begin);
  *error = std::string(name) + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
           ": " + parsed.error->message;
  return std::nullopt;
}

}  // namespace asl::api
