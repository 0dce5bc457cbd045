#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/api/asl.h"
#include "core/api/run.h"
#include "core/engine/execution_report.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/mocks/mock_table.h"
#include "tests/fuzz/fuzz_targets.h"

namespace asl::fuzz {

constexpr int64_t kFuzzHistoryEvents = 2'500;

// DEFINITION [NUL INPUT [NUL MOCKS]]: the input defaults to {}, the mocks (the simple mock
// table form) to none. Validation always completes; a valid definition runs to an end: loops
// end at a history quota of kFuzzHistoryEvents (a tenth of the service's 25,000, whose path is
// the same; an Assign-heavy loop to 25,000 events takes 0.2 s natively but over 10 s under the
// sanitizers, and such inputs held the target at ~100 executions per second).
void FuzzPipeline(std::string_view data) {
  std::string_view definition;
  std::string_view rest;
  SplitAtNul(data, &definition, &rest);
  std::string_view input_text;
  std::string_view mocks_text;
  SplitAtNul(rest, &input_text, &mocks_text);

  api::ValidationReport report = api::Validate(definition);
  std::string report_json = api::ToJson(report);
  if (!json::ParseValue(report_json)) __builtin_trap();
  std::string graph;
  std::string graph_error;
  api::Graph(definition, "json", &graph, &graph_error);
  if (!report.valid) return;

  api::RunRequest request;
  request.definition = definition;
  if (std::optional<json::Value> input = json::ParseValue(input_text)) request.input = *input;
  std::optional<mocks::MockTable> table;
  if (std::optional<json::Value> mocks_value = json::ParseValue(mocks_text)) {
    auto parsed = mocks::ParseMockTable(*mocks_value);
    if (auto* parsed_table = std::get_if<mocks::MockTable>(&parsed)) {
      table = std::move(*parsed_table);
      request.mocks = &*table;
    }
  }
  request.start_time_ms = 1700000000000;
  request.seed = 7;
  request.max_history_events = kFuzzHistoryEvents;
  api::RunResult result = api::Run(request);
  if (!result.ran) __builtin_trap();  // Validate said the definition is valid.
  if (result.report.status == engine::ExecutionStatus::kRunning) __builtin_trap();
  json::Serialize(engine::ReportToJson(result.report, true, false));
}

}  // namespace asl::fuzz
