#include "core/mocks/mock_table.h"

#include <utility>

#include "core/json/pointer.h"

namespace asl::mocks {

MockTable::MockTable(std::map<std::string, MockedResponse, std::less<>> responses)
    : responses_(std::move(responses)) {}

std::optional<TaskOutcome> MockTable::Invoke(const TaskRequest& request, std::string* why_not) {
  const std::string& state_name = request.state_name.as_string();
  auto count_it = counts_.find(state_name);
  if (count_it == counts_.end()) count_it = counts_.emplace(state_name, 0).first;
  int64_t invocation = count_it->second++;
  auto it = responses_.find(state_name);
  if (it == responses_.end()) {
    if (why_not) *why_not = "No mocked response for the Task state '" + state_name + "'.";
    return std::nullopt;
  }
  const TaskOutcome* outcome = it->second.ForInvocation(invocation);
  if (outcome == nullptr) {
    if (why_not) {
      *why_not = "No mocked response for invocation " + std::to_string(invocation) +
                 " of the Task state '" + state_name +
                 "' (mocked invocations: " + it->second.DescribeKeys() + ").";
    }
    return std::nullopt;
  }
  return *outcome;
}

bool MockTable::HasState(std::string_view state_name) const {
  return responses_.find(state_name) != responses_.end();
}

int64_t MockTable::InvocationCount(std::string_view state_name) const {
  auto it = counts_.find(state_name);
  return it == counts_.end() ? 0 : it->second;
}

std::variant<MockTable, MockError> ParseMockTable(const json::Value& value) {
  if (!value.is_object()) {
    return MockError{"Mocks must be an object mapping Task state names to mocked responses.", ""};
  }
  std::map<std::string, MockedResponse, std::less<>> responses;
  for (const json::Member& m : value.as_object()) {
    auto response = ParseMockedResponse(m.value, json::AppendPointer("", m.key));
    if (auto* e = std::get_if<MockError>(&response)) return std::move(*e);
    responses.emplace(m.key, std::get<MockedResponse>(std::move(response)));
  }
  return MockTable(std::move(responses));
}

std::variant<MockTable, std::string> ParseMockTableText(std::string_view text,
                                                        std::string_view file_name) {
  json::ParseResult parsed;
  std::string message;
  if (!ParseMockText(text, file_name, &parsed, &message)) return message;
  auto table = ParseMockTable(parsed.value);
  if (auto* e = std::get_if<MockError>(&table)) {
    return FormatMockError(*e, file_name, text, parsed);
  }
  return std::get<MockTable>(std::move(table));
}

}  // namespace asl::mocks
