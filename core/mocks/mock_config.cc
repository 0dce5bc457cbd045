#include "core/mocks/mock_config.h"

#include <utility>

#include "core/json/pointer.h"

namespace asl::mocks {
namespace {

std::string Quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::optional<MockError> CheckKeys(const json::Value& object, const std::string& pointer,
                                   std::initializer_list<std::string_view> allowed,
                                   std::string_view where) {
  for (const json::Member& m : object.as_object()) {
    bool known = false;
    for (std::string_view key : allowed) known = known || m.key == key;
    if (!known) {
      return MockError{"Unknown field " + Quote(m.key) + " in " + std::string(where) + ".",
                       json::AppendPointer(pointer, m.key)};
    }
  }
  return std::nullopt;
}

std::variant<ExpectedResult, MockError> ParseExpected(const json::Value& value,
                                                      const std::string& pointer) {
  if (!value.is_object()) return MockError{"An expected result must be an object.", pointer};
  if (auto e = CheckKeys(value, pointer, {"Input", "Status", "Output", "Error", "Cause"},
                         "an expected result")) {
    return *e;
  }
  ExpectedResult out;
  if (const json::Value* v = value.Find("Input")) out.input = *v;
  if (const json::Value* v = value.Find("Output")) out.output = *v;
  for (auto [key, field] : {std::pair{"Status", &out.status}, std::pair{"Error", &out.error},
                            std::pair{"Cause", &out.cause}}) {
    const json::Value* v = value.Find(key);
    if (v == nullptr) continue;
    if (!v->is_string()) {
      return MockError{Quote(key) + " must be a string.", json::AppendPointer(pointer, key)};
    }
    *field = v->as_string();
  }
  if (out.status && *out.status != "SUCCEEDED" && *out.status != "FAILED" &&
      *out.status != "TIMED_OUT" && *out.status != "ABORTED") {
    return MockError{"\"Status\" must be SUCCEEDED, FAILED, TIMED_OUT or ABORTED.",
                     json::AppendPointer(pointer, "Status")};
  }
  return out;
}

std::variant<MockStateMachine, MockError> ParseMachine(const json::Value& value,
                                                       const std::string& pointer,
                                                       const MockConfig& config) {
  if (!value.is_object()) return MockError{"A state machine entry must be an object.", pointer};
  if (auto e =
          CheckKeys(value, pointer, {"TestCases", "ExpectedResults"}, "a state machine entry")) {
    return *e;
  }
  const json::Value* cases = value.Find("TestCases");
  std::string cases_pointer = json::AppendPointer(pointer, "TestCases");
  if (cases == nullptr || !cases->is_object()) {
    return MockError{"A state machine entry needs a \"TestCases\" object.",
                     cases ? cases_pointer : pointer};
  }
  MockStateMachine machine;
  for (const json::Member& c : cases->as_object()) {
    std::string case_pointer = json::AppendPointer(cases_pointer, c.key);
    if (!c.value.is_object()) {
      return MockError{
          "Test case " + Quote(c.key) + " must map Task state names to mocked response names.",
          case_pointer};
    }
    MockTestCase test_case;
    for (const json::Member& s : c.value.as_object()) {
      std::string state_pointer = json::AppendPointer(case_pointer, s.key);
      if (!s.value.is_string()) {
        return MockError{"The mocked response of state " + Quote(s.key) +
                             " must be the name of an entry in \"MockedResponses\".",
                         state_pointer};
      }
      if (config.mocked_responses.find(s.value.as_string()) == config.mocked_responses.end()) {
        return MockError{"Unknown mocked response " + Quote(s.value.as_string()) +
                             ": \"MockedResponses\" has no entry with this name.",
                         state_pointer};
      }
      test_case.state_responses.emplace(s.key, s.value.as_string());
    }
    machine.test_cases.emplace(c.key, std::move(test_case));
  }
  if (const json::Value* expected = value.Find("ExpectedResults")) {
    std::string expected_pointer = json::AppendPointer(pointer, "ExpectedResults");
    if (!expected->is_object()) {
      return MockError{"\"ExpectedResults\" must map test case names to expected results.",
                       expected_pointer};
    }
    for (const json::Member& m : expected->as_object()) {
      std::string member_pointer = json::AppendPointer(expected_pointer, m.key);
      auto it = machine.test_cases.find(m.key);
      if (it == machine.test_cases.end()) {
        return MockError{"Expected result for unknown test case " + Quote(m.key) + ".",
                         member_pointer};
      }
      auto parsed = ParseExpected(m.value, member_pointer);
      if (auto* e = std::get_if<MockError>(&parsed)) return std::move(*e);
      it->second.expected = std::get<ExpectedResult>(std::move(parsed));
    }
  }
  return machine;
}

}  // namespace

std::optional<MockTable> MockConfig::TableFor(std::string_view machine,
                                              std::string_view test_case) const {
  auto m = state_machines.find(machine);
  if (m == state_machines.end()) return std::nullopt;
  auto c = m->second.test_cases.find(test_case);
  if (c == m->second.test_cases.end()) return std::nullopt;
  std::map<std::string, MockedResponse, std::less<>> responses;
  for (const auto& [state, name] : c->second.state_responses) {
    responses.emplace(state, mocked_responses.find(name)->second);
  }
  return MockTable(std::move(responses));
}

std::variant<MockConfig, MockError> ParseMockConfig(const json::Value& value) {
  if (!value.is_object()) {
    return MockError{
        "A mock configuration must be an object with \"StateMachines\" and \"MockedResponses\".",
        ""};
  }
  if (auto e =
          CheckKeys(value, "", {"StateMachines", "MockedResponses"}, "the mock configuration")) {
    return *e;
  }
  MockConfig config;
  const json::Value* responses = value.Find("MockedResponses");
  if (responses != nullptr) {
    if (!responses->is_object()) {
      return MockError{"\"MockedResponses\" must be an object.", "/MockedResponses"};
    }
    for (const json::Member& m : responses->as_object()) {
      auto response = ParseMockedResponse(m.value, json::AppendPointer("/MockedResponses", m.key));
      if (auto* e = std::get_if<MockError>(&response)) return std::move(*e);
      config.mocked_responses.emplace(m.key, std::get<MockedResponse>(std::move(response)));
    }
  }
  const json::Value* machines = value.Find("StateMachines");
  if (machines == nullptr || !machines->is_object()) {
    return MockError{"A mock configuration needs a \"StateMachines\" object.",
                     machines ? "/StateMachines" : ""};
  }
  for (const json::Member& m : machines->as_object()) {
    auto machine = ParseMachine(m.value, json::AppendPointer("/StateMachines", m.key), config);
    if (auto* e = std::get_if<MockError>(&machine)) return std::move(*e);
    config.state_machines.emplace(m.key, std::get<MockStateMachine>(std::move(machine)));
  }
  return config;
}

std::variant<MockConfig, std::string> ParseMockConfigText(std::string_view text,
                                                          std::string_view file_name) {
  json::ParseResult parsed;
  std::string message;
  if (!ParseMockText(text, file_name, &parsed, &message)) return message;
  auto config = ParseMockConfig(parsed.value);
  if (auto* e = std::get_if<MockError>(&config)) {
    return FormatMockError(*e, file_name, text, parsed);
  }
  return std::get<MockConfig>(std::move(config));
}

}  // namespace asl::mocks
