// Helpers for the engine's tests: build a machine from JSON text and run it.
#ifndef ASL_CORE_ENGINE_EXECUTION_TEST_SUPPORT_H_
#define ASL_CORE_ENGINE_EXECUTION_TEST_SUPPORT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/execution.h"
#include "core/json/parser.h"
#include "core/mocks/mock_table.h"
#include "core/model/build.h"

namespace asl::engine::testing {

inline json::Value J(std::string_view text) {
  std::string error;
  std::optional<json::Value> v = json::ParseValue(text, &error);
  return v ? *v : json::Value("unparsable test JSON: " + error);
}

inline std::shared_ptr<const model::StateMachine> Machine(std::string_view definition) {
  return std::make_shared<model::StateMachine>(model::BuildStateMachine(J(definition)));
}

inline mocks::MockTable Mocks(std::string_view text) {
  auto table = mocks::ParseMockTable(J(text));
  return std::holds_alternative<mocks::MockTable>(table) ? std::get<mocks::MockTable>(table)
                                                         : mocks::MockTable();
}

inline std::vector<std::string> EventTypes(const ExecutionReport& report) {
  std::vector<std::string> out;
  for (const HistoryEvent& e : report.history) out.emplace_back(EventTypeName(e.type));
  return out;
}

// Runs `definition` to the end with the simple mocks map `mocks` answering its tasks.
inline ExecutionReport RunWithMocks(std::string_view definition, std::string_view mocks,
                                    std::string_view input = "{}") {
  mocks::MockTable table = Mocks(mocks);
  ExecuteOptions options;
  options.invoker = &table;
  return RunToCompletion(Machine(definition), J(input), options);
}

}  // namespace asl::engine::testing

#endif  // ASL_CORE_ENGINE_EXECUTION_TEST_SUPPORT_H_
